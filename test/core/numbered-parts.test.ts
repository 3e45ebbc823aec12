import { numberedFulfilment, numberedItems } from "../../src/core/evaluate/numbered-parts";
import { parseLevel } from "../../src/core/levels";

/*
 * A criterion cell listing its criteria numbered one a line («1. Сургалтын тоо», «2. …»), its
 * levels listed alike («1. 100», «2. 4»): each criterion computed from its own line, the
 * fulfilment their mean. Every figure is worked out by hand.
 */

const RATIO = { method: "ratio", cap: true } as const;

describe("a cell's numbered items", () => {
  it("reads each line's item after its number, a line without one going with the item above", () => {
    expect(numberedItems("1. Сургалтын тоо\n2. Зөвлөгөөний\nтоо")).toEqual([
      "Сургалтын тоо",
      "Зөвлөгөөний тоо",
    ]);
    expect(numberedItems("1. 100\n\n2. 4\n")).toEqual(["100", "4"]);
    expect(numberedItems("1) Сургалтын тоо\r\n2) Зөвлөгөөний тоо")).toEqual([
      "Сургалтын тоо",
      "Зөвлөгөөний тоо",
    ]);
  });

  it("is no list out of order, of one item, or opening without a number", () => {
    expect(numberedItems("2. Сургалт\n1. Зөвлөгөө")).toBeNull();
    expect(numberedItems("1. Сургалтын тоо")).toBeNull();
    expect(numberedItems("Үүнд:\n1. Сургалт\n2. Зөвлөгөө")).toBeNull();
    expect(numberedItems("Арга хэмжээ 1. Сургалт\nАрга хэмжээ 2. Зөвлөгөө")).toBeNull();
    // Activities' numbers, not a list's.
    expect(numberedItems("1.1 Сургалт\n1.2 Зөвлөгөө")).toBeNull();
  });
});

describe("the fulfilment of numbered criteria in one cell", () => {
  const fulfilment = (criterion: string, baseline: string, target: string, achieved: string) =>
    numberedFulfilment(
      {
        criterion,
        measureText: "Сургалт, зөвлөгөө өгөх",
        baseline: parseLevel(baseline),
        target: parseLevel(target),
        achieved: parseLevel(achieved),
      },
      RATIO,
    );

  it("is the mean of each criterion's: 90 of 100 and 4 of 4 give (90 + 100) / 2 = 95", () => {
    const r = fulfilment(
      "1. Сургалтын тоо\n2. Зөвлөгөөний тоо",
      "1. 80\n2. 3",
      "1. 100\n2. 4",
      "1. 90\n2. 4",
    );
    expect(r && [r.value, r.items, r.suggested]).toEqual([95, 2, false]);
  });

  it("reads each criterion's direction from its own words: 8 errors against 5 is 5 / 8", () => {
    // 90 / 100 = 90; «бууруулах» reduces: 8 > 5, so 5 / 8 = 62.5; (90 + 62.5) / 2 = 76.25.
    const r = fulfilment(
      "1. Сургалтын тоо\n2. Алдааг бууруулах",
      "1. 80\n2. 10",
      "1. 100\n2. 5",
      "1. 90\n2. 8",
    );
    expect(r?.value).toBe(76.25);
  });

  it("caps each criterion before the mean: 120 of 100 and 2 of 4 give (100 + 50) / 2 = 75", () => {
    const r = fulfilment(
      "1. Сургалтын тоо\n2. Зөвлөгөөний тоо",
      "",
      "1. 100\n2. 4",
      "1. 120\n2. 2",
    );
    expect(r && [r.value, r.uncapped]).toEqual([75, (120 + 50) / 2]);
  });

  it("is none where the levels do not list one figure for each criterion", () => {
    const criteria = "1. Сургалтын тоо\n2. Зөвлөгөөний тоо";
    expect(fulfilment(criteria, "", "1. 100\n2. 4", "1. 90\n2. 4\n3. 5")).toBeNull();
    expect(fulfilment(criteria, "", "100, 4", "90, 4")).toBeNull();
    expect(fulfilment("Сургалтын тоо", "", "1. 100\n2. 4", "1. 90\n2. 4")).toBeNull();
  });
});
