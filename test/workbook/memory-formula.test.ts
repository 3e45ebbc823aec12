import { evaluateFormula } from "../../src/workbook/memory/formula";
import { createMemoryExcel, emptyWorkbook } from "../../src/workbook/memory";

/** A sheet of a report's levels: F10 = 12 (target), G10 = 11 (achieved), H1 = "хувь". */
const CELLS: Record<string, string | number> = {
  F10: 12,
  G10: 11,
  F11: 0,
  H1: "хувь",
  A1: 60,
  B1: 80,
};
const at = (row: number, col: number) =>
  CELLS[`${String.fromCharCode(65 + col)}${row + 1}`] as string | number | undefined;

describe("the formulas the in-memory Excel works out", () => {
  it.each([
    ["=G10/F10", 11 / 12],
    ["=ROUND(G10/F10*100,1)", 91.7],
    ["=AVERAGE(A1:B1)", 70],
    ["=SUM(A1:B1,F10)-G10", 141],
    ["=-A1+2^3", -52],
    ["=MAX(A1,B1)/MIN(F10,G10)", 80 / 11],
    ["=COUNT(A1:B1,H1)", 2],
    ['=G10&" of "&F10', "11 of 12"],
  ])("%s is %p", (formula, expected) => {
    const value = evaluateFormula(formula, at);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it("gives Excel's errors: a division by an empty or zero cell, a text in arithmetic", () => {
    expect(evaluateFormula("=G10/F11", at)).toBe("#DIV/0!");
    expect(evaluateFormula("=G10/Z99", at)).toBe("#DIV/0!");
    expect(evaluateFormula("=H1*2", at)).toBe("#VALUE!");
    expect(evaluateFormula("=AVERAGE(H1)", at)).toBe("#DIV/0!");
  });

  it("leaves without a value what it does not know: another sheet, another function, odd syntax", () => {
    expect(evaluateFormula("=Нэгтгэл!B5", at)).toBeUndefined();
    expect(evaluateFormula("=VLOOKUP(A1,B1:C9,2)", at)).toBeUndefined();
    expect(evaluateFormula("=(A1", at)).toBeUndefined();
    expect(evaluateFormula("=A1:B1", at)).toBeUndefined();
  });

  it("works a formula out when it is written through the API, and leaves unknown ones empty", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("F10:G10").values = [[12, 11]];
      sheet.getRange("H10:I10").formulas = [["=G10/F10", "=WEBSERVICE(A1)"]];
      await context.sync();
    });
    const cells = excel.workbook.sheets[0].cells;
    expect(cells.H10).toEqual({ formula: "=G10/F10", value: 11 / 12 });
    expect(cells.I10).toEqual({ formula: "=WEBSERVICE(A1)" });
  });

  it("works formulas out again when the cells they read change, before a read in the same sync", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    const read: unknown[][][] = [];
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // A report's fulfilment column and the average under it, as a person's template has them;
      // compute fills the empty F7 later. J1 reads the average: a chain of two formulas.
      sheet.getRange("F5:F7").values = [[90], [80], [null]];
      sheet.getRange("F8").formulas = [["=AVERAGE(F5:F7)"]];
      sheet.getRange("J1").formulas = [["=ROUND(F8,1)"]];
      await context.sync();
      sheet.getRange("F7").values = [[100]];
      const after = sheet.getRange("F8");
      const chained = sheet.getRange("J1");
      after.load("values");
      chained.load("values");
      await context.sync();
      read.push(after.values, chained.values);
    });
    // (90 + 80) / 2 = 85 before; (90 + 80 + 100) / 3 = 90 after.
    expect(read).toEqual([[[90]], [[90]]]);
    const cells = excel.workbook.sheets[0].cells;
    expect(cells.F8.value).toBe(90);
    expect(cells.J1.value).toBe(90);
  });

  it("keeps the cached result of a formula it cannot work out when its sheet changes", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    excel.workbook.sheets[0].cells.B1 = { formula: "=VLOOKUP(A1,C1:D9,2)", value: 7 };
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[3]];
      await context.sync();
    });
    expect(excel.workbook.sheets[0].cells.B1).toEqual({
      formula: "=VLOOKUP(A1,C1:D9,2)",
      value: 7,
    });
  });
});
