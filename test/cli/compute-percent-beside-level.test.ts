import * as fs from "fs";
import * as path from "path";
import { PERCENT_BESIDE_LEVEL } from "../fixtures/xlsx/percent-beside-level";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * A report where the person wrote the percentage beside the level reached ("12 (100%)",
 * "9 буюу 80%") and left the fulfilment column empty there: check, compute, check again.
 */
let dir: string;
beforeAll(async () => {
  dir = makeTmp("beside");
  fs.writeFileSync(
    path.join(dir, "report.xlsx"),
    await typedSheetXlsx("Биелэлт", PERCENT_BESIDE_LEVEL),
  );
});
afterAll(() => removeTmp(dir));

const mismatches = async (file: string) => {
  const r = await run(["check", file, "--json"], dir);
  const [sheet] = parseCheckJson(r.stdout).sheets;
  const cells = sheet.findings.filter((f) => f.code === "CALC-MISMATCH").map((f) => f.cell);
  return { sheet, cells };
};

describe("a percentage written beside the level reached", () => {
  it("is the figure stated where the fulfilment cell is empty: 80% beside 9 of 12 is found", async () => {
    const { sheet, cells } = await mismatches("report.xlsx");
    // F5: 9 ÷ 12 × 100 = 75, not 80. G6: 12 of 12 = 100, not 90. F4's (100%) agrees.
    expect(cells).toEqual(["F5", "G6"]);
    expect(sheet.findings.map((f) => f.code)).not.toContain("VALUE-MULTI");
    expect(sheet.findings.map((f) => f.code)).not.toContain("CALC-MISSING");
    // (100 + 75 + 100) / 3 = 91.67 → 91.7.
    expect(sheet.figures.overall).toBe(91.7);
  });

  it("compute fills the empty fulfilment cells; the 80% beside the level is still found", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "done.xlsx"], dir);
    expect(r.code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "done.xlsx"))).getWorksheet("Биелэлт")!;
    // 100% and 75% written as percentages; the person's 90% and the levels kept as typed.
    expect(["G4", "G5", "G6", "F5"].map((a) => ws.getCell(a).value)).toEqual([
      1,
      0.75,
      "90%",
      "9 буюу 80%",
    ]);
    const { sheet, cells } = await mismatches("done.xlsx");
    expect(cells).toEqual(["F5", "G6"]);
    expect(sheet.figures.overall).toBe(91.7);
  });
});
