import { createMemoryExcel, memorySheet, type MemoryExcel } from "../../src/workbook/memory";

/** Sheets Plan, Report (reading Plan) and Notes, Plan active. */
function threeSheets(): MemoryExcel {
  const plan = memorySheet("{1}", "Plan");
  plan.cells = { A1: { value: 5 } };
  const report = memorySheet("{2}", "Report");
  report.cells = { A1: { formula: "=Plan!A1*2", value: 10 } };
  report.validations = [
    {
      range: { top: 1, left: 0, bottom: 1, right: 0 },
      list: { inCellDropDown: true, source: "=Plan!$A$1" },
    },
  ];
  const notes = memorySheet("{3}", "Notes");
  return createMemoryExcel({ sheets: [plan, report, notes], activeSheetId: "{1}", settings: {} });
}

const names = (excel: MemoryExcel) => excel.workbook.sheets.map((s) => s.name);

describe("Worksheet.position", () => {
  it("reads and moves a sheet's 0-based place among all sheets", async () => {
    const excel = threeSheets();
    await excel.run({}, async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      notes.load("position");
      await context.sync();
      expect(notes.position).toBe(2);
      notes.position = 0;
      notes.load("position");
      await context.sync();
      expect(notes.position).toBe(0);
    });
    expect(names(excel)).toEqual(["Notes", "Plan", "Report"]);
  });

  it("refuses a place outside the workbook", async () => {
    const excel = threeSheets();
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Plan").position = 3;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(names(excel)).toEqual(["Plan", "Report", "Notes"]);
  });
});

describe("Worksheet.delete", () => {
  it("deletes a sheet; formulas naming it become #REF!, the next sheet is shown", async () => {
    const excel = threeSheets();
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("Plan").delete();
      await context.sync();
    });
    expect(names(excel)).toEqual(["Report", "Notes"]);
    const report = excel.workbook.sheets[0];
    expect(report.cells.A1).toEqual({ formula: "=#REF!A1*2", value: "#REF!" });
    expect(report.validations[0].list?.source).toBe("=#REF!$A$1");
    expect(excel.workbook.activeSheetId).toBe("{2}");
  });

  it("refuses a very hidden sheet and the last visible one", async () => {
    const excel = threeSheets();
    const remove = (name: string) =>
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
    excel.workbook.sheets[2].visibility = "VeryHidden";
    await expect(remove("Notes")).rejects.toMatchObject({ code: "InvalidOperation" });
    excel.workbook.sheets[1].visibility = "Hidden";
    await expect(remove("Plan")).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(names(excel)).toEqual(["Plan", "Report", "Notes"]);
  });
});

describe("Worksheet.name", () => {
  const rename = (excel: MemoryExcel, from: string, to: string) =>
    excel.run({}, async (context) => {
      context.workbook.worksheets.getItem(from).name = to;
      await context.sync();
    });

  it("renames a sheet, and formulas naming it follow", async () => {
    const excel = threeSheets();
    await rename(excel, "Plan", "Төлөвлөгөө 2026");
    expect(names(excel)).toEqual(["Төлөвлөгөө 2026", "Report", "Notes"]);
    expect(excel.workbook.sheets[1].cells.A1.formula).toBe("='Төлөвлөгөө 2026'!A1*2");
    // A change of case alone is a rename Excel allows.
    await rename(excel, "Notes", "NOTES");
    expect(names(excel)).toContain("NOTES");
  });

  it("refuses a taken name with ItemAlreadyExists and a name Excel cannot take with InvalidArgument", async () => {
    const excel = threeSheets();
    await expect(rename(excel, "Plan", "report")).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    for (const bad of [
      "",
      "x".repeat(32),
      "a[1]",
      "a:b",
      "a*",
      "a?",
      "a/b",
      "a\\b",
      "'a",
      "a'",
      "History",
      "history",
    ]) {
      await expect(rename(excel, "Plan", bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    // 31 characters and an apostrophe inside are fine.
    await rename(excel, "Plan", `O'${"x".repeat(29)}`);
    expect(names(excel)[0]).toHaveLength(31);
  });
});
