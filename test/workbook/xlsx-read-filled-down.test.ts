import { checkGrid } from "../../src/core/checks";
import type { CellValue, Grid } from "../../src/core/grid";
import { objectivesOf, plainText } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * Tables whose merged cells a person unmerged and filled down (to sort or filter them): a
 * programme item's number and text on each of its activities' rows, an objective's heading on
 * the row under it. Typed with exceljs as the command line reads them, they read to the same
 * objectives as the merged seed, with no number said to repeat; unmerged and left blank, a
 * programme item's activities keep its number and the rating given once for it.
 */

/** The grid's merges below its header undone, each cell of a merge given the merge's value. */
function filledDown(seed: Grid, headerBottom: number): { rows: CellValue[][] } {
  const rows = seed.cells.map((r) => [...r]);
  for (const m of seed.merges ?? []) {
    if (m.top <= headerBottom || m.bottom === m.top) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) rows[r][c] = rows[m.top][m.left];
    }
  }
  return { rows };
}

async function checked(rows: CellValue[][], merges: Grid["merges"] = []) {
  const check = checkGrid(await typedSheet("Биелэлт", rows, merges), DEFAULT_SETTINGS);
  if (!check.ok) throw new Error(check.reason.en);
  return check;
}

const objectives = (check: Awaited<ReturnType<typeof checked>>) =>
  objectivesOf(check.plan).map((o) => [o.number, o.measures.length]);
const codes = (check: Awaited<ReturnType<typeof checked>>, code: string) =>
  check.findings.filter((f) => f.code === code).map((f) => f.cell);

describe("a table unmerged and filled down", () => {
  it("seed 002: «1» and its programme item on each of its three activities' rows are one item", async () => {
    const merged = await checked(seed002.cells, seed002.merges);
    const filled = await checked(filledDown(seed002, 1).rows.slice(0, 15));
    // Before, each row opened an item of its own: «1» three times, each a STRUCT-NUMBER-DUP.
    expect(objectives(filled)).toEqual(objectives(merged));
    expect(objectives(filled)[0]).toEqual(["1", 3]);
    expect(codes(filled, "STRUCT-NUMBER-DUP")).toEqual([]);
  });

  it("seed 002 unmerged and left blank: a programme item's activities keep its number", async () => {
    const merged = await checked(seed002.cells, seed002.merges);
    const blank = await checked(seed002.cells.slice(0, 15));
    const numbers = (check: typeof merged) =>
      check.plan.goals
        .flatMap((g) => g.objectives)
        .flatMap((o) => o.measures.map((m) => plainText(m.number.value)));
    // Before, item 1's second and third activities had no number («»).
    expect(numbers(blank)).toEqual(numbers(merged));
    expect(numbers(blank).slice(0, 3)).toEqual(["1", "1", "1"]);
    expect(objectives(blank)).toEqual(objectives(merged));
  });

  it("seed 002 unmerged and left blank: an item's activities keep the rating given once for the item", async () => {
    const merged = await checked(seed002.cells, seed002.merges);
    const blank = await checked(seed002.cells.slice(0, 15));
    const ratings = (check: typeof merged) =>
      check.evaluation.measures.map((m) => plainText(m.measure.rating?.value ?? null));
    // Before, items 1, 5 and 6's second and third activities had none, and the mean was the
    // six items' (589.6 / 6 = 98.27), not the stated «98.2».
    expect(ratings(blank)).toEqual(ratings(merged));
    expect(ratings(blank)).toEqual([
      ...["100", "100", "100", "100", "100", "95"],
      ...["97.9", "97.9", "97.9", "96.7", "96.7", "96.7"],
    ]);
    // (3 × 100 + 100 + 100 + 95 + 3 × 97.9 + 3 × 96.7) / 12 = 1178.8 / 12 = 98.23, shown 98.2.
    expect([blank.figures.rated, blank.figures.overall]).toEqual([12, 98.2]);
    expect(codes(blank, "RATING-AGGREGATE")).toEqual([]);
  });

  it("seed 002 with item 5's «№» still merged and its rating not: a blank rating is missing", async () => {
    const notMerged = (m: NonNullable<Grid["merges"]>[number]) => !(m.top === 8 && m.left === 5);
    const check = await checked(seed002.cells, seed002.merges?.filter(notMerged));
    const item5 = check.evaluation.measures.filter((m) => m.measure.number.row === 8);
    expect(item5.map((m) => plainText(m.measure.rating?.value ?? null))).toEqual(["97.9", "", ""]);
  });

  it("seed 003: «Зорилт 7.» on the row of its declared count is one objective, its count kept", async () => {
    const filled = await checked(filledDown(seed003, 4).rows);
    const seven = objectivesOf(filled.plan).filter((o) => o.number === "7");
    expect(seven).toHaveLength(1);
    expect(plainText(seven[0].declaredCount?.target.value ?? null)).toBe("23");
    expect(codes(filled, "STRUCT-NUMBER-DUP")).toEqual([]);
  });

  it("an objective's heading written again further down is still said to repeat", async () => {
    const rows: CellValue[][] = [
      ["Д/д", "Арга хэмжээ", "Шалгуур үзүүлэлт", "Суурь түвшин", "Зорилтот түвшин"],
      ["Зорилт 1. Хамралтыг нэмэгдүүлэх"],
      ["1.1", "Даатгуулагчийг бүртгэх", "Бүртгэсэн даатгуулагчийн тоо", 100, 120],
      ["Зорилт 1. Хамралтыг нэмэгдүүлэх"],
      ["1.2", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6],
    ];
    expect(codes(await checked(rows), "STRUCT-NUMBER-DUP")).toEqual(["A4"]);
  });
});
