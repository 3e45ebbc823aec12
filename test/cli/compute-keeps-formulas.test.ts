import * as path from "path";
import ExcelJS from "exceljs";
import { loadXlsx, makeTmp, removeTmp, run } from "./helpers";

/*
 * A fulfilment cell holding a person's formula that shows nothing: =IFERROR(G12/F12,"") on the
 * example report's first criterion, whose achieved level is free text (so the division fails
 * and the cell shows ""). Compute took the cell for empty and wrote 60% over the formula.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);
const FORMULA = 'IFERROR(G12/F12,"")';

beforeAll(async () => {
  dir = makeTmp("keeps-formulas");
  const made = await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at("report.xlsx"));
  const ws = wb.getWorksheet("Биелэлт")!;
  ws.getCell("H12").value = { formula: FORMULA, result: "" } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(at("report.xlsx"));
});
afterAll(() => removeTmp(dir));

describe("compute beside a person's formula that shows nothing", () => {
  it("keeps the formula, says so with it, and writes nothing over it", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "computed.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("«Биелэлт»: filled 0 cells; kept 1 cell a person typed.");
    // 12 of 20 is 60%: the figure the add-in would have written.
    expect(r.stdout).toContain(`H12    Fulfilment: kept «=${FORMULA}» (computed 60%)`);
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet("Биелэлт")!;
    expect(ws.getCell("H12").formula).toBe(FORMULA);
  });

  it("leaves the computed workbook's Word export nothing to call not computed", async () => {
    // Run after the compute above: its summaries are in the workbook.
    const r = await run(["export", "computed.xlsx", "-o", "report.docx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    // The one cell compute would fill holds the person's formula: no figure is pending there.
    expect(r.stderr).toBe("");
  });
});
