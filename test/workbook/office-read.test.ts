import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { createMemoryExcel, memoryWorkbookFromGrids } from "../../src/workbook/memory";
import { checkSheet } from "../../src/taskpane/actions/check";
import { defaultState } from "../../src/workbook/state";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { WorkbookError } from "../../src/workbook/port";

const WEB_LIMIT = 5 * 1024 * 1024;

/** A fulfilment-report-like grid: a title, a header and `rows` rows of eight columns. */
function reportGrid(rows: number): Grid {
  const cells: CellValue[][] = [
    ["Гүйцэтгэлийн төлөвлөгөөний биелэлт", null, null, null, null, null, null, null],
    ["№", "Зорилт", "Шалгуур үзүүлэлт", "Нэгж", "Суурь", "Зорилт", "Хүрсэн", "Биелэлт"],
  ];
  const numberFormats: (string | null)[][] = [new Array(8).fill(null), new Array(8).fill(null)];
  for (let i = 0; i < rows; i++) {
    cells.push([
      i + 1,
      `${(i % 7) + 1}. Нийгмийн даатгалын шимтгэлийн орлогыг нэмэгдүүлэх ${i}`,
      `Шимтгэл төлөгчийн тоо ${i % 13}-аар өснө`,
      i % 5 === 0 ? null : "хувь",
      100 + (i % 50),
      110 + (i % 40),
      105 + (i % 45),
      (105 + (i % 45)) / (110 + (i % 40)),
    ]);
    numberFormats.push([null, null, null, null, null, null, null, "0%"]);
  }
  return {
    sheet: "Биелэлт",
    origin: { row: 0, col: 0 },
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
    numberFormats,
  };
}

/** Large grids compared through JSON: jest's deep equality takes seconds on 400,000 cells. */
function expectSameGrid(read: Grid, grid: Grid): void {
  expect({ ...read, cells: [], numberFormats: [] }).toEqual({
    ...grid,
    cells: [],
    numberFormats: [],
  });
  expect(read.cells.length).toBe(grid.cells.length);
  expect(JSON.stringify(read.cells)).toBe(JSON.stringify(grid.cells));
  expect(JSON.stringify(read.numberFormats)).toBe(JSON.stringify(grid.numberFormats));
}

async function readBack(grid: Grid, responseLimit = Infinity) {
  const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]), { responseLimit });
  const read = await new OfficeWorkbook(excel).readSheet("Биелэлт");
  return { read, stats: excel.stats };
}

describe("OfficeWorkbook.readSheet", () => {
  it.each([10_000, 50_000])(
    "reads a %i-row sheet whole in at most 2 syncs where Excel sends it at once",
    async (rows) => {
      const grid = reportGrid(rows);
      const { read, stats } = await readBack(grid);
      expect(stats.syncs).toBeLessThanOrEqual(2);
      expectSameGrid(read, grid);
    },
  );

  it("reads 10,000 rows in 2 syncs under Excel on the web's 5 MB response limit", async () => {
    const grid = reportGrid(10_000);
    const { read, stats } = await readBack(grid, WEB_LIMIT);
    expect(stats.syncs).toBe(2);
    expectSameGrid(read, grid);
  });

  it("reads 50,000 rows in blocks when the web refuses the whole range, losing nothing", async () => {
    const grid = reportGrid(50_000);
    const { read, stats } = await readBack(grid, WEB_LIMIT);
    expectSameGrid(read, grid);
    // Only the first, whole-range answer is refused; the blocks after it fit.
    const refused = stats.responseBytesPerSync.filter((bytes) => bytes > WEB_LIMIT);
    expect(refused).toEqual([stats.responseBytesPerSync[0]]);
    expect(stats.syncs).toBeLessThanOrEqual(12);
  });

  it("gives the used range's position, not A1, as the origin", async () => {
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 3, col: 2 },
      cells: [["Зорилт", 64]],
      merges: [],
      numberFormats: [[null, null]],
    };
    const { read } = await readBack(grid);
    expect(read.origin).toEqual({ row: 3, col: 2 });
    expect(read.cells).toEqual([["Зорилт", 64]]);
  });

  it("turns dates into ISO text as the .xlsx reader does", async () => {
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: [[45659, 45659.5, 0.63]],
      numberFormats: [["yyyy-mm-dd", "m/d/yyyy h:mm", "0%"]],
    };
    const { read } = await readBack(grid);
    expect(read.cells).toEqual([["2025-01-02", "2025-01-02 12:00", 0.63]]);
  });

  it("reads a day before 1 March 1900 as Excel shows it (its 29 February 1900 counted)", async () => {
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: [[5, 60, 61]],
      numberFormats: [["yyyy-mm-dd", "yyyy-mm-dd", "yyyy-mm-dd"]],
    };
    const { read } = await readBack(grid);
    expect(read.cells).toEqual([["1900-01-05", "1900-02-29", "1900-03-01"]]);
  });

  it("reads every merged area even when Excel cuts their address list", async () => {
    // 500 merges (under Excel's 512 at once) low on the sheet, each address about 20
    // characters ("Биелэлт!A1000:B1000"): the list is over Excel's 8,192 characters.
    const merges: Merge[] = Array.from({ length: 500 }, (_, i) => ({
      top: 1000 + i,
      left: 0,
      bottom: 1000 + i,
      right: 1,
    }));
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: Array.from({ length: 1500 }, (_, i) => [`Зорилт ${i}`, null]),
      merges,
    };
    const { read, stats } = await readBack(grid);
    expect(read.merges).toEqual(merges);
    // The values, the cut address list, the areas one by one.
    expect(stats.syncs).toBe(3);
  });

  it("reads more than 512 merged areas, which Excel refuses at once, in halves of the rows", async () => {
    // A plan of ~300 activities merges several cells each: 1,000 areas here.
    const merges: Merge[] = Array.from({ length: 1000 }, (_, i) => ({
      top: i,
      left: 0,
      bottom: i,
      right: 1,
    }));
    merges.push({ top: 499, left: 2, bottom: 502, right: 2 }); // one across the halves' border
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: Array.from({ length: 1000 }, (_, i) => [`Зорилт ${i}`, null, i === 499 ? "x" : null]),
      merges,
    };
    const { read, stats } = await readBack(grid);
    const key = (m: Merge) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    expect((read.merges ?? []).map(key).sort()).toEqual(merges.map(key).sort());
    // The values; all 1,001 at once, refused; rows 1–500 (501 areas: address list, then the
    // areas one by one) and rows 501–1000 (500 areas, the same).
    expect(stats.syncs).toBe(6);
  });

  it("reads no merges, without failing, where ExcelApi 1.13 is missing", async () => {
    const excel = createMemoryExcel(memoryWorkbookFromGrids([reportGrid(3)]), {
      apiSets: { ExcelApi: "1.12" },
    });
    const read = await new OfficeWorkbook(excel).readSheet("Биелэлт");
    expect(read.merges).toEqual([]);
    expect(read.cells[2][1]).toBe("1. Нийгмийн даатгалын шимтгэлийн орлогыг нэмэгдүүлэх 0");
    expect(excel.stats.syncs).toBe(1);
  });

  it("reads the active sheet when no name is given, and an empty sheet as an empty grid", async () => {
    const wb = memoryWorkbookFromGrids([reportGrid(2), { origin: { row: 0, col: 0 }, cells: [] }]);
    wb.activeSheetId = wb.sheets[1].id;
    const office = new OfficeWorkbook(createMemoryExcel(wb));
    expect(await office.readSheet()).toEqual({
      sheet: "Sheet2",
      origin: { row: 0, col: 0 },
      cells: [],
    });
    expect(await office.activeSheetName()).toBe("Sheet2");
  });

  it("says which sheet is missing as a typed, bilingual error", async () => {
    const office = new OfficeWorkbook(createMemoryExcel(memoryWorkbookFromGrids([reportGrid(1)])));
    const error = await office.readSheet("Төлөвлөгөө").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ kind: "not-found", code: "ItemNotFound" });
    expect((error as WorkbookError).text.mn).toMatch(/хуудас/);
    expect((error as WorkbookError).text.en).toMatch(/sheet/);
  });
});

describe("OfficeWorkbook.listSheets", () => {
  it("lists the person's sheets with their visibility and hides the add-in's own", async () => {
    const wb = memoryWorkbookFromGrids([
      reportGrid(1),
      { sheet: "Тайлбар", origin: { row: 0, col: 0 }, cells: [] },
      { sheet: "_guitsetgel", origin: { row: 0, col: 0 }, cells: [] },
    ]);
    wb.sheets[1].visibility = "Hidden";
    wb.sheets[2].visibility = "VeryHidden";
    const sheets = await new OfficeWorkbook(createMemoryExcel(wb)).listSheets();
    expect(sheets).toEqual([
      { name: "Биелэлт", visible: true },
      { name: "Тайлбар", visible: false },
    ]);
  });
});

describe("OfficeWorkbook.readSheet: a used range past Excel's 5,000,000 cells", () => {
  it("reads the table of a sheet with one stray value at XFD1048576, not 17 billion cells", async () => {
    const grid = reportGrid(600);
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]));
    // A person typed one character in the last cell of the sheet, as Excel allows.
    excel.workbook.sheets[0].cells.XFD1048576 = { value: "x" };
    const read = await new OfficeWorkbook(excel).readSheet("Биелэлт");
    expect(read.origin).toEqual(grid.origin);
    expect(read.cells).toEqual(grid.cells);
    // Refused at once; the used range's size; its first 256 columns' used range; the table.
    expect(excel.stats.syncs).toBeLessThanOrEqual(6);
    // What was not read is said: the used range to XFD1048576, the table's part read.
    const bottom = grid.origin.row + grid.cells.length - 1;
    expect(read.unread).toEqual({
      used: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 },
      read: { top: 0, left: 0, bottom, right: grid.cells[0].length - 1 },
    });
  });

  it("the check tells the person, in both languages, that cells far from the table were not read", async () => {
    const grid = reportGrid(60);
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]));
    excel.workbook.sheets[0].cells.XFD1048576 = { value: "x" };
    const run = await checkSheet(new OfficeWorkbook(excel), defaultState(), "Биелэлт");
    const far = run.result.findings.filter((f) => f.code === "STRUCT-FAR-CELLS");
    expect(far.map((f) => [f.cell, f.severity])).toEqual([["A1", "warning"]]);
    expect(far[0].message.en).toMatch(
      /reaches XFD1048576.*only A1:H\d+ was read and checked.*Ctrl\+End/,
    );
    expect(far[0].message.mn).toMatch(/XFD1048576 хүртэл үргэлжилнэ.*Ctrl\+End/);
  });

  it("the in-memory Excel refuses values of a range past 5,000,000 cells, as Excel does", async () => {
    const excel = createMemoryExcel(memoryWorkbookFromGrids([reportGrid(3)]));
    const read = excel.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem("Биелэлт").getRange("A1:E1000001");
      range.load("values");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});
