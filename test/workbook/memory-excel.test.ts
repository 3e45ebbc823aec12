import type { Grid } from "../../src/core/grid";
import type { XlWorksheet } from "../../src/workbook/office/api";
import {
  MemoryExcelError,
  createMemoryExcel,
  emptyWorkbook,
  gridOf,
  memoryWorkbookFromGrids,
  sheetNamed,
} from "../../src/workbook/memory";

const grid: Grid = {
  sheet: "Төлөвлөгөө",
  origin: { row: 1, col: 1 },
  cells: [
    ["Зорилт", "Хүрэх түвшин", null],
    ["Орлого нэмэгдүүлэх", 0.63, "1,081"],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  numberFormats: [
    [null, null, null],
    [null, "0%", null],
  ],
};

describe("MemoryWorkbook helpers", () => {
  it("builds a workbook from grids and reads the grid back unchanged", () => {
    const wb = memoryWorkbookFromGrids([grid, { origin: { row: 0, col: 0 }, cells: [[1]] }]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Төлөвлөгөө", "Sheet2"]);
    expect(wb.sheets[0].cells.C3).toEqual({ value: 0.63, numberFormat: "0%" });
    expect(gridOf(wb.sheets[0])).toEqual(grid);
  });

  it("is plain JSON, so a preview page can store or send it", () => {
    const wb = memoryWorkbookFromGrids([grid]);
    expect(JSON.parse(JSON.stringify(wb))).toEqual(wb);
  });

  it("gives an empty grid for an empty sheet", () => {
    expect(gridOf(emptyWorkbook().sheets[0])).toEqual({
      sheet: "Sheet1",
      origin: { row: 0, col: 0 },
      cells: [],
      merges: [],
    });
  });
});

/** Read a property as code that forgot load or sync would (the lint rules catch direct reads). */
function propertyOf<T, K extends keyof T>(object: T, key: K): T[K] {
  return object[key];
}

describe("createMemoryExcel: proxies like Office.js", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]));
    await excel.run({}, async (context) => {
      const range = context.workbook.worksheets.getItem("Төлөвлөгөө").getRange("B2:C3");
      expect(() => propertyOf(range, "values")).toThrow(/not available/);
      range.load("values");
      expect(() => propertyOf(range, "values")).toThrow(MemoryExcelError);
      await context.sync();
      expect(range.values).toEqual([
        ["Зорилт", "Хүрэх түвшин"],
        ["Орлого нэмэгдүүлэх", 0.63],
      ]);
      expect(() => propertyOf(range, "numberFormat")).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  it("applies writes only at sync and counts each sync's payload", async () => {
    const excel = createMemoryExcel();
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Биелэлт", 64]];
      expect(excel.workbook.sheets[0].cells).toEqual({});
      await context.sync();
    });
    expect(excel.workbook.sheets[0].cells).toEqual({ A1: { value: "Биелэлт" }, B1: { value: 64 } });
    expect(excel.stats.syncs).toBe(1);
    // The request carries the values; Cyrillic counts two bytes a letter.
    expect(excel.stats.bytesPerSync[0]).toBeGreaterThan("Биелэлт".length * 2);
  });

  it("takes text as Excel takes typed input unless the cell is formatted as text", async () => {
    const excel = createMemoryExcel();
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:E1").values = [["=SUM(A1)", "63%", "1,081", "2025-01-02", "TRUE"]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=SUM(A1)", "63%"]];
      await context.sync();
    });
    const cells = excel.workbook.sheets[0].cells;
    // A formula reading its own cell: Excel warns of the circular reference and shows 0.
    expect(cells.A1).toEqual({ formula: "=SUM(A1)", value: 0 });
    expect(cells.B1).toEqual({ value: 0.63, numberFormat: "0%" });
    expect(cells.C1).toEqual({ value: 1081 });
    expect(cells.D1).toEqual({ value: 45659, numberFormat: "yyyy-mm-dd" });
    expect(cells.E1).toEqual({ value: true });
    expect(cells.A2).toEqual({ value: "=SUM(A1)", numberFormat: "@" });
    expect(cells.B2).toEqual({ value: "63%", numberFormat: "@" });
  });

  it("leaves cells whose input is null unchanged and clears those given an empty string", async () => {
    const excel = createMemoryExcel(
      memoryWorkbookFromGrids([{ origin: { row: 0, col: 0 }, cells: [[1, 2]] }]),
    );
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(excel.workbook.sheets[0].cells).toEqual({ A1: { value: 1 } });
  });

  it("refuses a values array of the wrong size like Excel", async () => {
    const excel = createMemoryExcel();
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reports isNullObject only after the sync", async () => {
    const excel = createMemoryExcel();
    await excel.run({}, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Алга");
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
      expect(() => propertyOf(missing, "isNullObject")).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it("loads collection items with only the properties asked for", async () => {
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]));
    await excel.run({}, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Төлөвлөгөө"]);
      expect(() => propertyOf(sheets.items[0], "visibility")).toThrow(/not available/);
    });
  });

  it("adds sheets only under names Excel accepts", async () => {
    const excel = createMemoryExcel();
    const add = (name: string) =>
      excel.run({}, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add("sheet1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("a/b")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("x".repeat(32))).rejects.toMatchObject({ code: "InvalidArgument" });
    await add("Биелэлт");
    expect(sheetNamed(excel.workbook, "биелэлт")?.name).toBe("Биелэлт");
  });
});

describe("createMemoryExcel: failures and limits", () => {
  it("fails the chosen sync and applies nothing of it", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), {
      failSync: { at: 2, code: "GeneralException" },
    });
    await expect(
      excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        await context.sync();
        sheet.getRange("A2").values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.workbook.sheets[0].cells).toEqual({ A1: { value: 1 } });
    expect(excel.stats.syncs).toBe(2);
  });

  it("refuses a request over the size limit", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), { requestLimit: 1000 });
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ж".repeat(600)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.workbook.sheets[0].cells).toEqual({});
  });

  it("fails in cell-edit mode unless the run waits for the edit to end", async () => {
    const wb = emptyWorkbook();
    wb.cellEditMode = true;
    const excel = createMemoryExcel(wb);
    const write = (delayForCellEdit: boolean) =>
      excel.run({ delayForCellEdit }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      });
    await expect(write(false)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await write(true);
    expect(excel.workbook.sheets[0].cells.A1).toEqual({ value: 1 });
  });

  it("refuses writes to a protected sheet", async () => {
    const wb = emptyWorkbook();
    wb.sheets[0].protected = true;
    const excel = createMemoryExcel(wb);
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("keeps what the actions before a failing one did, as Excel does", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), {
      // The worksheets' and the sheet's proxies, then a range's proxy and its values for each
      // cell: the first six actions are A1's and A2's.
      failSync: { at: 1, code: "InvalidArgument", after: 6 },
    });
    await expect(
      excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        for (const cell of ["A1", "A2", "A3"]) sheet.getRange(cell).values = [[cell]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // Two of the three writes ran before the refusal; the third did not.
    expect(excel.workbook.sheets[0].cells).toEqual({ A1: { value: "A1" }, A2: { value: "A2" } });
  });

  it("takes values in a protected sheet's unlocked cells, and nothing else there or elsewhere", async () => {
    const wb = emptyWorkbook();
    wb.sheets[0].protected = true;
    wb.sheets[0].unlocked = [{ top: 0, left: 7, bottom: 99, right: 7 }]; // H1:H100
    const excel = createMemoryExcel(wb);
    const write = (apply: (sheet: XlWorksheet) => void) =>
      excel.run({}, async (context) => {
        apply(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      });
    await write((sheet) => (sheet.getRange("H5").values = [[0.75]]));
    expect(excel.workbook.sheets[0].cells.H5).toEqual({ value: 0.75 });
    // A format is not a value: refused even in an unlocked cell (no «Format cells» permission).
    await expect(
      write((sheet) => (sheet.getRange("H5").numberFormat = [["0%"]])),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    // A range reaching one locked cell is refused whole.
    await expect(
      write((sheet) => (sheet.getRange("G5:H5").values = [[1, 2]])),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.workbook.sheets[0].cells).toEqual({ H5: { value: 0.75 } });
  });

  it("refuses a text longer than a cell holds (32,767 characters), as Excel does", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    const write = (text: string) =>
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
        await context.sync();
      });
    await expect(write("ж".repeat(32_767))).resolves.toBeUndefined();
    await expect(write("ж".repeat(32_768))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(String(excel.workbook.sheets[0].cells.A1.value).length).toBe(32_767);
  });

  it("answers requirement checks and refuses APIs above the version it plays", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), { apiSets: { ExcelApi: "1.8" } });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await expect(
      excel.run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
