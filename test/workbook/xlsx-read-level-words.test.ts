import { checkGrid } from "../../src/core/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { YEAR_END_HEAD } from "../fixtures/xlsx/year-end-head";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * A year-end report whose targets are written with a floor or a ceiling, as plans write them,
 * the fulfilment column left for the add-in (rows as Excel shows them):
 *   4  satisfaction: 90% → «≥95%», reached 96%
 *   5  trainings: 5 → «3-аас доошгүй» (at least 3), 2 held
 *   6  complaints: 8 → «5-аас дээшгүй» (at most 5), 6 received
 */
const rows = [
  ...YEAR_END_HEAD,
  ["1.", "Үйлчилгээг сайжруулах", "Иргэдийн сэтгэл ханамж", "90%", "≥95%", "96%"],
  ["2.", "Сургалт зохион байгуулах", "Сургалтын тоо", 5, "3-аас доошгүй", 2],
  ["3.", "Гомдлыг шийдвэрлэх", "Ирсэн гомдлын тоо", 8, "5-аас дээшгүй", 6],
];

describe("targets written with a floor or a ceiling", () => {
  it("are levels: each criterion's % is computed and counts, with a fix to write it", async () => {
    const check = checkGrid(await typedSheet("Биелэлт", rows), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    // 96% passes the floor of 95%: 100. 2 of at least 3: 66.67. 6 where at most 5: 5 / 6 = 83.33.
    const values = check.evaluation.criteria.map((c) => c.value);
    expect(values[0]).toBe(100);
    expect(values[1]).toBeCloseTo((2 / 3) * 100, 9);
    expect(values[2]).toBeCloseTo((5 / 6) * 100, 9);
    // (100 + 66.67 + 83.33) / 3 = 83.33 → 83.3.
    expect(check.figures.overall).toBe(83.3);
    const missing = check.findings.filter((f) => f.code === "CALC-MISSING");
    // Written as fractions in a percentage format: 100%, 66.7%, 83.3%.
    expect(missing.map((f) => [f.cell, f.fix?.value])).toEqual([
      ["G4", 1],
      ["G5", 0.667],
      ["G6", 0.833],
    ]);
  });

  it("a floor set below last year's level is noted; a ceiling below it is what it should be", async () => {
    const check = checkGrid(await typedSheet("Биелэлт", rows), DEFAULT_SETTINGS);
    const direction = check.findings.filter((f) => f.code === "VALUE-DIRECTION");
    // At least 3 after 5 held: the target says more, its figure is less.
    expect(direction.map((f) => f.cell)).toEqual(["E5"]);
  });
});

describe("a sum written in falling scale words", () => {
  it("is one figure: «1 тэрбум 250 сая» of «1 тэрбум 300 сая төгрөг» is 96.2%", async () => {
    const grid = await typedSheet("Биелэлт", [
      ...YEAR_END_HEAD,
      [
        "1.",
        "Шимтгэлийн орлогыг нэмэгдүүлэх",
        "Шимтгэлийн орлого",
        "1 тэрбум 200 сая төгрөг",
        "1 тэрбум 300 сая төгрөг",
        "1 тэрбум 250 сая төгрөг",
      ],
    ]);
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    // 1,250,000,000 ÷ 1,300,000,000 × 100 = 96.15… → 96.2; no cell holds two figures.
    expect(check.evaluation.criteria[0].value).toBeCloseTo((1250 / 1300) * 100, 9);
    expect(check.figures.overall).toBe(96.2);
    expect(check.findings.map((f) => f.code)).not.toContain("VALUE-MULTI");
  });
});
