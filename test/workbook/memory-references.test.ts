import {
  quoteSheet,
  renameSheetInFormula,
  rewriteReferences,
  type FormulaRef,
} from "../../src/workbook/memory/references";
import { shiftFormula, type Shift } from "../../src/workbook/memory/shift";

/** Every reference the scanner finds, as written, with the sheet it names. */
function found(formula: string): string[] {
  const refs: string[] = [];
  rewriteReferences(formula, (ref: FormulaRef) => {
    refs.push(
      `${ref.sheet ?? ""}|${ref.start.col ?? "-"},${ref.start.row ?? "-"}${ref.end ? `:${ref.end.col ?? "-"},${ref.end.row ?? "-"}` : ""}`,
    );
    return undefined;
  });
  return refs;
}

describe("rewriteReferences: finding A1 references in a formula", () => {
  it("finds cells, ranges, whole rows and columns, with and without a sheet", () => {
    // Columns and rows 0-based: C3 is column 2, row 2; "5:7" rows 4–6; "C:D" columns 2–3.
    expect(found("=A1+$C$3*Plan!B2")).toEqual(["|0,0", "|2,2", "Plan|1,1"]);
    expect(found("=SUM(B2:C4)+SUM('Plan 2025'!$A$1:A10)")).toEqual([
      "|1,1:2,3",
      "Plan 2025|0,0:0,9",
    ]);
    expect(found("=SUM(5:7)+COUNTA(C:$D)")).toEqual(["|-,4:-,6", "|2,-:3,-"]);
    expect(found("=Төлөвлөгөө!F12")).toEqual(["Төлөвлөгөө|5,11"]);
    expect(found("='It''s'!A1")).toEqual(["It's|0,0"]);
  });

  it("leaves strings, functions, names and numbers alone", () => {
    expect(found('="A1 and B2"&A1')).toEqual(["|0,0"]);
    expect(found('="say ""A1"""&B2')).toEqual(["|1,1"]);
    // LOG10( is a function, DAYS360( too; ABC1D is a name; 1E3 is a number; XFE1 is past XFD.
    expect(found("=LOG10(A2)+DAYS360(A1,B1)+ABC1D+1E3+XFE1")).toEqual(["|0,1", "|0,0", "|1,0"]);
    expect(found("=#REF!+Plan!#REF!")).toEqual([]);
  });

  it("gives a formula back character for character when nothing is rewritten", () => {
    const formula = "=IF(a1>0,'Plan 2025'!$B$2:b9,\"x\")";
    expect(rewriteReferences(formula, () => undefined)).toBe(formula);
  });
});

describe("shiftFormula: references after rows or columns move", () => {
  // Two rows inserted before row 5 (index 4): rows 5 and on move down by 2.
  const insertRows: Shift = { kind: "insert", axis: "rows", at: 4, count: 2 };
  // Row 5 (index 4) deleted: rows 6 and on move up by 1.
  const deleteRow: Shift = { kind: "delete", axis: "rows", at: 4, count: 1 };

  it("moves references below an insertion, keeps those above, grows ranges it passes through", () => {
    expect(shiftFormula("=A4+A5+$B$9", "Plan", "Plan", insertRows)).toBe("=A4+A7+$B$11");
    expect(shiftFormula("=SUM(C3:C6)", "Plan", "Plan", insertRows)).toBe("=SUM(C3:C8)");
    // A range ending just above the insertion does not grow, as in Excel.
    expect(shiftFormula("=SUM(C3:C4)", "Plan", "Plan", insertRows)).toBe("=SUM(C3:C4)");
    expect(shiftFormula("=SUM(5:7)+SUM(C:C)", "Plan", "Plan", insertRows)).toBe(
      "=SUM(7:9)+SUM(C:C)",
    );
  });

  it("turns a reference to a deleted cell into #REF! and shrinks a range", () => {
    expect(shiftFormula("=A5*2+A6", "Plan", "Plan", deleteRow)).toBe("=#REF!*2+A5");
    expect(shiftFormula("=SUM(A3:A7)", "Plan", "Plan", deleteRow)).toBe("=SUM(A3:A6)");
    expect(shiftFormula("=SUM(A5:B5)", "Plan", "Plan", deleteRow)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=Plan!A5", "Other", "Plan", deleteRow)).toBe("=Plan!#REF!");
  });

  it("adjusts only the references to the shifted sheet", () => {
    // On another sheet, a reference without a sheet names that sheet, not the shifted one.
    expect(shiftFormula("=A5+Plan!A5+'plan'!A6", "Other", "Plan", insertRows)).toBe(
      "=A5+Plan!A7+'plan'!A8",
    );
    expect(shiftFormula("=A5+Other!A5", "Plan", "Plan", insertRows)).toBe("=A7+Other!A5");
  });

  it("moves columns: a column inserted before C moves C and D, not A or rows", () => {
    const insertColumn: Shift = { kind: "insert", axis: "columns", at: 2, count: 1 };
    expect(shiftFormula("=A1+C1+$D$2+SUM(B1:C1)+SUM(3:3)", "S", "S", insertColumn)).toBe(
      "=A1+D1+$E$2+SUM(B1:D1)+SUM(3:3)",
    );
  });

  it("moves a cell in a shifted band only, and leaves a range the band would tear", () => {
    // B4:C4 shifted down by one: columns B–C (1–2) from row 4 (index 3) move.
    const band: Shift = { kind: "insert", axis: "rows", at: 3, count: 1, band: { from: 1, to: 2 } };
    expect(shiftFormula("=A4+B4+C9+D4", "S", "S", band)).toBe("=A4+B5+C10+D4");
    expect(shiftFormula("=SUM(B1:C9)+SUM(A4:D4)", "S", "S", band)).toBe("=SUM(B1:C10)+SUM(A4:D4)");
  });
});

describe("renameSheetInFormula", () => {
  it("follows a renamed sheet, quoting the new name where Excel does", () => {
    expect(renameSheetInFormula("=Plan!A1+'plan'!B2+A3", "Plan", "Төлөвлөгөө 2026")).toBe(
      "='Төлөвлөгөө 2026'!A1+'Төлөвлөгөө 2026'!B2+A3",
    );
    expect(renameSheetInFormula("=Plan!A1", "Plan", "Report")).toBe("=Report!A1");
  });

  it("writes a reference to a deleted sheet as #REF!A1", () => {
    expect(renameSheetInFormula("=SUM(Plan!A1:B2)+Other!C3", "Plan", null)).toBe(
      "=SUM(#REF!A1:B2)+Other!C3",
    );
  });

  it("quotes names that are not plain or look like a cell", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("AB12")).toBe("'AB12'");
    expect(quoteSheet("R1C1")).toBe("'R1C1'");
    expect(quoteSheet("It's")).toBe("'It''s'");
  });
});
