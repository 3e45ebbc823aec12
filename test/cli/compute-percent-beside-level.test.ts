import * as fs from "fs";
import * as path from "path";
import { PERCENT_BESIDE_LEVEL } from "../fixtures/xlsx/percent-beside-level";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * A report where the person wrote the percentage beside the level reached ("12 (100%)",
 * "9 буюу 80%") and left the fulfilment column empty there, and (row 7) the level as done of
 * planned, "12/15": check, compute, check again.
 */
let dir: string;
beforeAll(async () => {
  dir = makeTmp("beside");
  const rows = [
    ...PERCENT_BESIDE_LEVEL,
    ["4.", "Мэдээлэл хүргэх", "Мэдээллийн тоо", 10, 15, "12/15"],
  ];
  fs.writeFileSync(path.join(dir, "report.xlsx"), await typedSheetXlsx("Биелэлт", rows));
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
    // Only G7 lacks a figure: 12 of 15 is 80%, written nowhere yet.
    const missing = sheet.findings.filter((f) => f.code === "CALC-MISSING");
    expect(missing.map((f) => [f.cell, f.fix?.value])).toEqual([["G7", "80%"]]);
    // 12 of 15 = 80: (100 + 75 + 100 + 80) / 4 = 88.75 → 88.8.
    expect(sheet.figures.overall).toBe(88.8);
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
    expect(sheet.findings.filter((f) => f.cell === "G7")).toEqual([]);
    expect(sheet.figures.overall).toBe(88.8);
  });
});
