import { checkGrid } from "../../src/core/checks";
import { cellAddress } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { evaluationSummary, fulfilmentSummary } from "../../src/core/summary";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { FILLED_SHEET, filledReport } from "../fixtures/filled-report";

async function checked() {
  const read = await readXlsx(await filledReport());
  if (!read.ok) throw new Error(read.error.kind);
  const grid = read.sheets.find((s) => s.sheet === FILLED_SHEET)!;
  const result = checkGrid(grid, DEFAULT_SETTINGS);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

describe("a report filled with formulas: stated figures at their precision, figures from computed fulfilment", () => {
  test("CALC-MISMATCH on the two wrong figures only, not on the 11-of-12 formula or the typed 91,67%", async () => {
    const { findings } = await checked();
    const mismatches = findings.filter((f) => f.code === "CALC-MISMATCH");
    expect(mismatches.map((f) => [f.cell, f.severity])).toEqual([
      ["H7", "error"],
      ["H9", "error"],
    ]);
    // Shown as the person sees it, not as the 15 digits the cell holds.
    expect(mismatches[1].message.en).toContain("91.7%");
  });

  test("the objective and overall figures use the computed fulfilment; the two replaced cells are named", async () => {
    const { evaluation } = await checked();
    // Objective 1.1: 45 of 50 = 90; 16 against a lower-is-better 20 is met = 100 (stated 80).
    // (90 + 100) / 2 = 95.0
    // Objective 1.2: 150 of 200 = 75 (stated 91.7); 11 of 12 = 91.666…; 11 of 12 = 91.666…
    // (75 + 91.6667 + 91.6667) / 3 = 258.3333 / 3 = 86.111 → 86.1
    expect(evaluation.objectives.map((o) => o.value)).toEqual([95, 86.1]);
    // Pooled over the five measures: (90 + 100 + 75 + 91.6667 + 91.6667) / 5 = 448.3333 / 5 = 89.667 → 89.7
    expect(evaluation.overall).toBe(89.7);
    expect(evaluation.replaced.map((c) => cellAddress(c.row, c.col))).toEqual(["H7", "H9"]);
  });

  test("the товчоо and the fulfilment summary say that the two stated figures were replaced, and where", async () => {
    const { evaluation } = await checked();
    const conclusion = evaluationSummary(evaluation).conclusion;
    const said = conclusion.filter((p) => p.kind === "replaced").map((p) => p.text);
    expect(said).toEqual([
      {
        mn: "Гүйцэтгэлийн хувь бичсэн 2 нүдний утга (H7, H9) түвшнээс тооцсон хувиас зөрж байгаа тул дүнд тооцсон хувийг авав.",
        en: "2 stated fulfilment figures (H7, H9) differ from the fulfilment computed from the levels; the figures use the computed fulfilment.",
      },
    ]);
    expect(fulfilmentSummary(evaluation).replaced).toEqual(["H7", "H9"]);
    // Its objectives' averages are the computed ones too: 95 and 86.1, overall 89.7.
    const summary = fulfilmentSummary(evaluation);
    expect(summary.goals[0].objectives.map((o) => o.value)).toEqual([95, 86.1]);
    expect(summary.total.value).toBe(89.7);
  });
});
