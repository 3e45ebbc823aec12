import {
  createMemoryExcel,
  memorySheet,
  type MemoryExcel,
  type MemoryWorkbook,
} from "../../src/workbook/memory";

/** A sheet "Plan": A1:B1 merged title, values in A2:C4, a total in C5, a formula on Summary. */
function planExcel(options: Parameters<typeof createMemoryExcel>[1] = {}): MemoryExcel {
  const plan = memorySheet("{1}", "Plan");
  plan.cells = {
    A1: { value: "Гарчиг" },
    A2: { value: "Д/д", format: { bold: true } },
    B2: { value: "Утга", format: { bold: true } },
    A3: { value: "1.1." },
    B3: { value: 10, numberFormat: "0.0" },
    A4: { value: "1.2." },
    B4: { value: 20, numberFormat: "0.0" },
    B5: { formula: "=SUM(B3:B4)", value: 30 },
  };
  plan.merges = [{ top: 0, left: 0, bottom: 0, right: 1 }];
  const summary = memorySheet("{2}", "Summary");
  summary.cells = { A1: { formula: "=Plan!B5", value: 30 } };
  const wb: MemoryWorkbook = { sheets: [plan, summary], activeSheetId: "{1}", settings: {} };
  return createMemoryExcel(wb, options);
}

/** Read a property as code that forgot load or sync would. */
function propertyOf<T, K extends keyof T>(object: T, key: K): T[K] {
  return object[key];
}

describe("Range.insert", () => {
  it("inserts entire rows at sync and returns the new, empty rows", async () => {
    const excel = planExcel();
    const plan = excel.workbook.sheets[0];
    await excel.run({}, async (context) => {
      const added = context.workbook.worksheets.getItem("Plan").getRange("4:5").insert("Down");
      added.load(["address", "rowCount"]);
      expect(plan.cells.A4.value).toBe("1.2.");
      expect(() => propertyOf(added, "address")).toThrow(/not available/);
      await context.sync();
      expect(added.address).toBe("Plan!4:5");
      expect(added.rowCount).toBe(2);
    });
    // Rows 4 and 5 are new, with row 3's formats; old row 4 is row 6, the total row 7.
    expect(plan.cells.A4).toBeUndefined();
    expect(plan.cells.B4).toEqual({ numberFormat: "0.0" });
    expect(plan.cells.B5).toEqual({ numberFormat: "0.0" });
    expect(plan.cells.A6.value).toBe("1.2.");
    expect(plan.cells.B7).toEqual({ formula: "=SUM(B3:B6)", value: 30 });
    expect(excel.workbook.sheets[1].cells.A1.formula).toBe("=Plan!B7");
    expect(JSON.stringify(excel.stats.bytesPerSync)).not.toBe("[]");
  });

  it("inserts entire columns and a range of cells shifted right", async () => {
    const excel = planExcel();
    const plan = excel.workbook.sheets[0];
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("B:B").insert("Right");
      await context.sync();
      // A3:A4 shifted right: only rows 3–4 of column A onwards move.
      const cells = sheet.getRange("A3:A4").insert("Right");
      cells.load(["address", "values"]);
      await context.sync();
      expect(cells.address).toBe("Plan!A3:A4");
      expect(cells.values).toEqual([[""], [""]]);
    });
    expect(plan.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(plan.cells.A2.value).toBe("Д/д");
    expect(plan.cells.B2).toEqual({ format: { bold: true } });
    expect(plan.cells.C2.value).toBe("Утга");
    expect(plan.cells.B3.value).toBe("1.1.");
    expect(plan.cells.D3.value).toBe(10);
    expect(plan.cells.C5.formula).toBe("=SUM(D3:D4)");
  });

  it("refuses what Excel refuses, and changes nothing then", async () => {
    const excel = planExcel();
    const before = structuredClone(excel.workbook);
    const insert = (address: string, shift: "Down" | "Right") =>
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange(address).insert(shift);
        await context.sync();
      });
    // B1 moved down would split the merged title A1:B1.
    await expect(insert("B1", "Down")).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    await expect(insert("A1", "Up" as "Down")).rejects.toMatchObject({ code: "InvalidArgument" });
    excel.workbook.sheets[0].cells.A1048576 = { value: "сүүлийн мөр" };
    await expect(insert("2:2", "Down")).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });
    delete excel.workbook.sheets[0].cells.A1048576;
    expect(excel.workbook).toEqual(before);
    excel.workbook.sheets[0].protected = true;
    await expect(insert("2:2", "Down")).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("is ExcelApi 1.1, like getEntireRow", async () => {
    const excel = planExcel({ apiSets: { ExcelApi: "1.0" } });
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A2").insert("Down");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("Range.delete", () => {
  it("deletes entire rows and columns; references to them become #REF!", async () => {
    const excel = planExcel();
    const plan = excel.workbook.sheets[0];
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("3:3").delete("Up");
      sheet.getRange("A:A").delete("Left");
      await context.sync();
    });
    // Row 3 gone: 1.2. is on row 3; column A gone: values are in column A.
    expect(plan.cells.A3).toEqual({ value: 20, numberFormat: "0.0" });
    expect(plan.cells.A4).toEqual({ formula: "=SUM(A3:A3)", value: 30 });
    // The title A1:B1 lost column A: a single cell is no merge.
    expect(plan.merges).toEqual([]);
    expect(plan.cells.A1).toBeUndefined();
    expect(excel.workbook.sheets[1].cells.A1.formula).toBe("=Plan!A4");
  });

  it("shifts a range of cells up, refusing to cut a merged area", async () => {
    const excel = planExcel();
    const plan = excel.workbook.sheets[0];
    const remove = (address: string) =>
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange(address).delete("Up");
        await context.sync();
      });
    await expect(remove("A1")).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    await remove("B3");
    expect(plan.cells.B3).toEqual({ value: 20, numberFormat: "0.0" });
    // The total moved up with its column and reads what is left of B3:B4.
    expect(plan.cells.B4).toEqual({ formula: "=SUM(B3:B3)", value: 30 });
    expect(plan.cells.A4.value).toBe("1.2.");
  });
});

describe("Range.getEntireRow and getEntireColumn", () => {
  it("give the rows and the columns of a range", async () => {
    const excel = planExcel();
    await excel.run({}, async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("B4:E11");
      const rows = range.getEntireRow();
      const cols = range.getEntireColumn();
      rows.load(["address", "rowIndex", "columnCount"]);
      cols.load("address");
      await context.sync();
      expect(rows.address).toBe("Plan!4:11");
      expect(rows.rowIndex).toBe(3);
      expect(rows.columnCount).toBe(16384);
      expect(cols.address).toBe("Plan!B:E");
    });
  });
});

describe("what a host's undo hears", () => {
  it("hears once per sync that changes the workbook, never for selecting or a refused change", async () => {
    const excel = planExcel();
    let heard = 0;
    excel.beforeChange = () => (heard += 1);
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("A2").select();
      sheet.activate();
      await context.sync();
      expect(heard).toBe(0);
      sheet.getRange("2:2").insert("Down");
      sheet.getRange("A2").values = [["шинэ"]];
      await context.sync();
      expect(heard).toBe(1);
      sheet.getRange("A3").values = [["дахин"]];
      await context.sync();
    });
    expect(heard).toBe(2);
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("B1").delete("Up");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(heard).toBe(2);
  });
});
