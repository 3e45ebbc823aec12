import fc from "fast-check";
import { cellAddress, type CellValue } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet";
import {
  createMemoryExcel,
  emptyWorkbook,
  gridOf,
  memoryWorkbookFromGrids,
  sheetNamed,
  type MemoryExcelOptions,
  type MemoryWorkbook,
} from "../../src/workbook/memory";
import { defaultHost } from "../../src/workbook/memory/excel";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { widthPoints } from "../../src/workbook/column-width";
import { SYNC_BYTES_LIMIT } from "../../src/workbook/office/write-plan";
import { LISTS_SHEET } from "../../src/workbook/state";
import { WorkbookError } from "../../src/workbook/port";

/** A fulfilment report as the templates lay it out: title, header, `rows` criterion rows. */
function reportModel(rows: number, name = "Биелэлт"): SheetModel {
  const header = ["№", "Зорилт", "Шалгуур үзүүлэлт", "Нэгж", "Суурь", "Зорилт", "Хүрсэн", "%"];
  const values: CellValue[][] = [["Гүйцэтгэлийн төлөвлөгөөний биелэлт"], header];
  for (let i = 0; i < rows; i++) {
    values.push([
      i + 1,
      `${(i % 7) + 1}. Нийгмийн даатгалын шимтгэлийн орлогыг нэмэгдүүлэх ${i}`,
      `Шимтгэл төлөгчийн тоо ${i % 13}-аар өснө`,
      "хувь",
      100 + (i % 50),
      110 + (i % 40),
      105 + (i % 45),
      Math.round(((105 + (i % 45)) / (110 + (i % 40))) * 1000) / 10,
    ]);
  }
  const bottom = rows + 1;
  return {
    name,
    values,
    merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
    styles: [
      {
        range: { top: 1, left: 0, bottom: 1, right: 7 },
        style: { bold: true, fill: "#DDEBF7", border: true, hAlign: "center" },
      },
      { range: { top: 2, left: 0, bottom, right: 7 }, style: { border: true, wrap: true } },
      { range: { top: 2, left: 7, bottom, right: 7 }, style: { numberFormat: "0.0" } },
    ],
    columnWidths: [5, 40, 30, 8, 10, 10, 10, 10],
    freeze: { rows: 2, cols: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { top: 1, bottom: 1 },
    },
    conditionalFormats: [
      { range: { top: 2, left: 7, bottom, right: 7 }, below: 100, fill: "#FFC7CE" },
    ],
  };
}

function setup(wb: MemoryWorkbook = emptyWorkbook(), options: MemoryExcelOptions = {}) {
  const excel = createMemoryExcel(wb, options);
  return { excel, office: new OfficeWorkbook(excel) };
}

/** The model's values as Excel should hold them: rows padded to the widest with nulls. */
function expectedCells(model: SheetModel): CellValue[][] {
  const width = Math.max(...model.values.map((r) => r.length));
  return model.values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
}

describe("OfficeWorkbook.writeNewSheet: batches", () => {
  it.each([1_000, 10_000, 50_000])(
    "writes %i rows with every sync under 4 MB and syncs growing only by 4 MB chunks",
    async (rows) => {
      const { excel, office } = setup();
      const model = reportModel(rows);
      const progress: number[] = [];
      const { name } = await office.writeNewSheet(model, {
        onProgress: (done, total) => {
          expect(total).toBe(rows + 2);
          progress.push(done);
        },
      });
      const { bytesPerSync, syncs } = excel.stats;
      const total = bytesPerSync.reduce((a, b) => a + b, 0);
      expect(Math.max(...bytesPerSync)).toBeLessThan(SYNC_BYTES_LIMIT);
      // Beside the batches: the sheet names read first, the print zoom set apart and the
      // person's sheet made active again after the panes are frozen.
      expect(syncs).toBeLessThanOrEqual(Math.ceil(total / SYNC_BYTES_LIMIT) + 4);
      expect(progress[progress.length - 1]).toBe(rows + 2);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));

      const sheet = sheetNamed(excel.workbook, name);
      expect(sheet).toBeDefined();
      const written = gridOf(sheet!);
      expect(written.origin).toEqual({ row: 0, col: 0 });
      expect(JSON.stringify(written.cells)).toBe(JSON.stringify(expectedCells(model)));
      // Large writes suspend recalculation for each batch of values.
      if (rows >= 10_000) expect(excel.stats.calculationSuspensions).toBeGreaterThan(0);
    },
  );

  it("runs with delayForCellEdit, and mergeUndoGroup only where ExcelApi 1.20 is there", async () => {
    const recent = setup();
    await recent.office.writeNewSheet(reportModel(1));
    expect(recent.excel.stats.runOptions).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    const older = setup(emptyWorkbook(), { apiSets: { ExcelApi: "1.12" } });
    await older.office.writeNewSheet(reportModel(1));
    expect(older.excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
  });
});

describe("OfficeWorkbook.writeNewSheet: text stays text", () => {
  it("keeps a value such as =SUM(A1) as text, not a formula", async () => {
    const { excel, office } = setup();
    const model: SheetModel = {
      name: "Алдаа",
      values: [["=SUM(A1)", "63%", "1,081", "+976", "-", "2025-01-02", "Биелэлт 64%"]],
    };
    const { name } = await office.writeNewSheet(model);
    const cells = sheetNamed(excel.workbook, name)!.cells;
    // Written under "@" so that Excel keeps it as text, then given "General" back: the text
    // stays text and the cell's format is the model's, not a mark the add-in left.
    expect(cells.A1).toEqual({ value: "=SUM(A1)" });
    expect(cells.A1.formula).toBeUndefined();
    expect(gridOf(sheetNamed(excel.workbook, name)!).cells).toEqual(model.values);
    expect(Object.values(cells).every((c) => c.numberFormat === undefined)).toBe(true);
  });

  it("writes any text back as the same text", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("=", "+", "-", "'", "@", "%", "TRUE", "false", "1/2/2025", "1e5", " 12 "),
      fc
        .tuple(
          fc.constantFrom("=", "+", "-", ""),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        )
        .map(([p, n]) => `${p}${n}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), async (row) => {
        const { excel, office } = setup();
        const { name } = await office.writeNewSheet({ name: "Шалгалт", values: [row] });
        const cells = sheetNamed(excel.workbook, name)!.cells;
        const back = row.map((_, c) => cells[cellAddress(0, c)]?.value ?? null);
        expect(back).toEqual(row.map((v) => (v === "" ? null : v)));
        expect(Object.values(cells).some((cell) => cell.formula !== undefined)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("writes formulas as formulas, and reads back what Excel works out from them", async () => {
    const { excel, office } = setup();
    const { name } = await office.writeNewSheet({
      name: "Товчоо",
      values: [[60, 80, null]],
      formulas: [{ row: 0, col: 2, formula: "AVERAGE(A1:B1)", result: 70 }],
    });
    const cells = sheetNamed(excel.workbook, name)!.cells;
    // (60 + 80) ÷ 2 = 70, as Excel shows it once the formula is entered.
    expect(cells.C1).toEqual({ formula: "=AVERAGE(A1:B1)", value: 70 });
    expect((await office.readSheet(name)).cells).toEqual([[60, 80, 70]]);
  });
});

describe("OfficeWorkbook.writeNewSheet: formats", () => {
  const model: SheetModel = {
    ...reportModel(3),
    validations: [
      { range: { top: 2, left: 3, bottom: 4, right: 3 }, list: ["хувь", "тоо", "төгрөг"] },
      {
        range: { top: 2, left: 6, bottom: 4, right: 6 },
        list: ["Хангалттай, 90", "Дунд, 70"],
        allowOther: true,
      },
    ],
    links: [{ row: 2, col: 1, sheet: "Төлөвлөгөө 2025", cell: "E84" }],
    rowHeights: [30, undefined, 24, 24],
    chart: {
      kind: "bar",
      title: "Зорилтын биелэлт",
      labels: { top: 2, left: 1, bottom: 4, right: 1 },
      values: { top: 2, left: 7, bottom: 4, right: 7 },
      at: { row: 7, col: 1 },
    },
  };

  it("applies styles per range, merges, sizes, freeze, print, lists, highlights, link and chart", async () => {
    const { excel, office } = setup();
    const { name } = await office.writeNewSheet(model, { activate: true });
    const sheet = sheetNamed(excel.workbook, name)!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(sheet.cells.B2.format).toMatchObject({
      bold: true,
      fill: "#DDEBF7",
      hAlign: "Center",
      borders: { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" },
    });
    expect(sheet.cells.H3.numberFormat).toBe("0.0");
    expect(sheet.columnWidths[1]).toBe(widthPoints(40));
    // Rows 1–4 keep the model's heights; Excel fits the last data row's wrapped text, two
    // lines in the body font: 2 × 15 + 2 = 32 points at 11 points; on a Mac, at 12 points,
    // 2 × 15 × 12/11 + 2 = 34.7, 34.75 to a quarter point.
    const fitted = defaultHost.profile === "mac" ? 34.75 : 32;
    expect(sheet.rowHeights).toEqual({ 0: 30, 2: 24, 3: 24, 4: fitted });
    expect(sheet.freeze).toEqual({ rows: 2, cols: 0 });
    expect(sheet.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$2:$2",
    });
    expect(sheet.conditionalFormats).toEqual([
      {
        range: { top: 2, left: 7, bottom: 4, right: 7 },
        type: "Custom",
        formula: "=AND(ISNUMBER(H3),H3<100)",
        fill: "#FFC7CE",
      },
    ]);
    expect(sheet.validations[0]).toMatchObject({
      list: { inCellDropDown: true, source: "хувь,тоо,төгрөг" },
      errorAlert: { showAlert: true },
    });
    // A list with commas cannot be inline: it goes to the very-hidden lists sheet.
    expect(sheet.validations[1]).toMatchObject({
      list: { source: `='${LISTS_SHEET}'!$A$1:$A$2` },
      errorAlert: { showAlert: false },
    });
    const lists = sheetNamed(excel.workbook, LISTS_SHEET)!;
    expect(lists.visibility).toBe("VeryHidden");
    expect(gridOf(lists).cells).toEqual([["Хангалттай, 90"], ["Дунд, 70"]]);
    expect(sheet.cells.B3.hyperlink).toEqual({
      documentReference: "'Төлөвлөгөө 2025'!E84",
      textToDisplay: "1. Нийгмийн даатгалын шимтгэлийн орлогыг нэмэгдүүлэх 0",
    });
    expect(sheet.charts).toEqual([
      {
        name: "guitsetgel_chart",
        type: "ColumnClustered",
        source: { top: 2, left: 7, bottom: 4, right: 7 },
        seriesBy: "Auto",
        xValues: { top: 2, left: 1, bottom: 4, right: 1 },
        title: "Зорилтын биелэлт",
        position: { start: "B8" },
      },
    ]);
    expect(excel.workbook.activeSheetId).toBe(sheet.id);
  });

  it.each(["windows", "mac", "web"] as const)(
    "on %s, hides the lists sheet in a run of its own: a sheet's visibility has no undo",
    async (host) => {
      const { excel, office } = setup(emptyWorkbook(), { host });
      await office.writeNewSheet(model);
      expect(sheetNamed(excel.workbook, LISTS_SHEET)!.visibility).toBe("VeryHidden");
      // The write itself runs in a merged undo group (ExcelApi 1.20), the hiding without one.
      expect(excel.stats.runOptions.map((o) => !!o.mergeUndoGroup)).toEqual([true, false]);
    },
  );

  it.each(["windows", "mac", "web"] as const)(
    "the in-memory Excel on %s refuses a visibility inside a merged undo group unless on the web",
    async (host) => {
      const grid = (sheet: string) => ({ sheet, origin: { row: 0, col: 0 }, cells: [[1]] });
      const excel = createMemoryExcel(memoryWorkbookFromGrids([grid("A"), grid("B")]), { host });
      const hide = excel.run({ delayForCellEdit: true, mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("B").visibility = "Hidden";
        await context.sync();
      });
      if (host === "web") await expect(hide).resolves.toBeUndefined();
      else await expect(hide).rejects.toMatchObject({ code: "UndoNotSupported" });
    },
  );

  it.each(["windows", "mac", "web"] as const)(
    "on %s, a sheet written with frozen panes and not activated leaves the person's sheet the active one",
    async (host) => {
      const person = { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [["Хүний бичсэн"]] };
      const { excel, office } = setup(memoryWorkbookFromGrids([person]), { host });
      await office.writeNewSheet({ ...model, name: "Товчоо" });
      // Excel on Windows and Mac takes a sheet whose panes are frozen for the active one
      // (office-js #3148): the next «Шалгах» would check the summary instead of the report.
      expect(sheetNamed(excel.workbook, "Товчоо")!.freeze).toEqual({ rows: 2, cols: 0 });
      await expect(office.activeSheetName()).resolves.toBe("Биелэлт");
    },
  );

  it("the in-memory Excel on Windows reports a sheet active once its panes are frozen", async () => {
    const grid = (sheet: string) => ({ sheet, origin: { row: 0, col: 0 }, cells: [[1]] });
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid("A"), grid("B")]), {
      host: "windows",
    });
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("B").freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(excel.workbook.activeSheetId).toBe(sheetNamed(excel.workbook, "B")!.id);
  });

  it("prints the columns on one page wide where Excel refuses 0 pages tall, and writes the rest", async () => {
    const { excel, office } = setup(emptyWorkbook(), { refuseZeroFitToPages: true });
    const { name } = await office.writeNewSheet(model);
    const sheet = sheetNamed(excel.workbook, name)!;
    // Only the width, as Excel's «Fit All Columns on One Page»; the rows take as many pages as needed.
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(sheet.pageLayout.printTitleRows).toBe("$2:$2");
    expect(sheet.conditionalFormats).toHaveLength(1);
  });

  it("adds the next list as a new column of an existing lists sheet", async () => {
    const { excel, office } = setup();
    await office.writeNewSheet(model);
    const second = await office.writeNewSheet(model);
    const sheet = sheetNamed(excel.workbook, second.name)!;
    expect(sheet.validations[1].list?.source).toBe(`='${LISTS_SHEET}'!$B$1:$B$2`);
    expect(gridOf(sheetNamed(excel.workbook, LISTS_SHEET)!).cells[0]).toEqual([
      "Хангалттай, 90",
      "Хангалттай, 90",
    ]);
  });

  it("skips print setup and links without error where the API sets are missing", async () => {
    const { excel, office } = setup(emptyWorkbook(), { apiSets: { ExcelApi: "1.6" } });
    const { name } = await office.writeNewSheet(model);
    const sheet = sheetNamed(excel.workbook, name)!;
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.cells.B3.hyperlink).toBeUndefined();
    expect(sheet.charts[0].xValues).toBeUndefined();
    expect(sheet.freeze).toEqual({ rows: 2, cols: 0 });
  });
});

describe("OfficeWorkbook.writeNewSheet: names", () => {
  it("picks a unique valid name and never touches the existing sheet", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [["Хүний бичсэн"]] },
    ]);
    const before = JSON.stringify(wb.sheets[0]);
    const { excel, office } = setup(wb);
    expect(await office.writeNewSheet(reportModel(1, "Биелэлт"))).toEqual({ name: "Биелэлт (2)" });
    expect(await office.writeNewSheet(reportModel(1, "биелэлт"))).toEqual({ name: "биелэлт (3)" });
    expect(JSON.stringify(excel.workbook.sheets[0])).toBe(before);
  });

  it("cuts long names to 31 characters and replaces forbidden characters", async () => {
    const { office } = setup();
    const long = "Гүйцэтгэлийн төлөвлөгөөний биелэлтийн нэгдсэн тайлан";
    const { name } = await office.writeNewSheet(reportModel(1, long));
    expect(name).toBe(long.slice(0, 31).trimEnd());
    expect((await office.writeNewSheet(reportModel(1, long))).name).toMatch(/^.{1,27} \(2\)$/);
    expect((await office.writeNewSheet(reportModel(1, "2025/2026 [I]: *?"))).name).toBe(
      "2025-2026 (I)- --",
    );
  });
});

describe("OfficeWorkbook writes: failures become typed errors", () => {
  it("says how many rows were written when a sync fails midway", async () => {
    // Sync 1 reads the sheet names, syncs 2 and 3 carry values: fail the second batch of values.
    const { excel, office } = setup(emptyWorkbook(), {
      failSync: { at: 3, code: "GeneralException" },
    });
    const error = await office.writeNewSheet(reportModel(20_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    const { progress, text } = error as WorkbookError;
    const written = gridOf(excel.workbook.sheets[1]).cells.length;
    expect(progress).toMatchObject({ sheet: "Биелэлт", unit: "rows", formatsDone: false });
    expect(progress!.rowsTotal).toBe(20_002);
    expect(progress!.rowsWritten).toBe(written);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(20_002);
    expect(text.en).toContain(`${written} of 20002 rows were written`);
    expect(text.mn).toContain(`20002 мөрөөс эхний ${written} мөрийг бичсэн`);
  });

  it("counts the rows a batch refused part way reached: Excel keeps what ran before the failure", async () => {
    // The second batch writes the remaining rows' values in one action, then their formats: it
    // fails after that action ran, so every value is in, as the sheet shows.
    const { excel, office } = setup(emptyWorkbook(), {
      failSync: { at: 3, code: "GeneralException", after: 3 },
    });
    const error = (await office
      .writeNewSheet(reportModel(20_000))
      .catch((e) => e)) as WorkbookError;
    expect(gridOf(excel.workbook.sheets[1]).cells.length).toBe(20_002);
    expect(error.progress).toMatchObject({ rowsWritten: 20_002, formatsDone: false });
    expect(error.progress?.rowsUnsure).toBeUndefined();
    expect(error.text.en).toMatch(/All 20002 rows of values were written to “Биелэлт”/);
  });

  it("says all values are in but the formatting is not when the last sync fails", async () => {
    const probe = setup();
    await probe.office.writeNewSheet(reportModel(10_000));
    const last = probe.excel.stats.syncs;
    const { office } = setup(emptyWorkbook(), { failSync: { at: last, code: "GeneralException" } });
    const error = (await office
      .writeNewSheet(reportModel(10_000))
      .catch((e) => e)) as WorkbookError;
    // The last syncs set the print zoom and make the person's sheet active again, apart: every
    // value is in, the formatting is not done.
    expect(error.progress).toMatchObject({ rowsWritten: 10_002, formatsDone: false });
    expect(error.text.en).toMatch(
      /All 10002 rows of values were written.*formatting .* is incomplete/,
    );
    // The one sync that carries all 10,000 rows with their formats, refused whole: nothing is in.
    const values = probe.excel.stats.bytesPerSync.findIndex((b) => b > 1_000_000) + 1;
    const before = setup(emptyWorkbook(), { failSync: { at: values, code: "GeneralException" } });
    const nothing = (await before.office
      .writeNewSheet(reportModel(10_000))
      .catch((e) => e)) as WorkbookError;
    expect(nothing.progress).toMatchObject({ rowsWritten: 0, formatsDone: false });
    expect(nothing.text.en).toMatch(/Nothing was written/);
  });

  it("explains cell-edit mode when Excel refuses to wait", async () => {
    const { office } = setup(emptyWorkbook(), {
      failSync: { at: 1, code: "InvalidOperationInCellEditMode" },
    });
    const error = (await office.writeNewSheet(reportModel(1)).catch((e) => e)) as WorkbookError;
    expect(error.kind).toBe("cell-edit");
    expect(error.text.mn).toMatch(/нүд засварлаж/);
    expect(error.text.en).toMatch(/Nothing was written/);
  });

  it("explains a protected sheet for writeCells", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [] },
    ]);
    wb.sheets[0].protected = true;
    const { office } = setup(wb);
    const error = (await office
      .writeCells("Биелэлт", [{ cell: "H10", value: 64 }])
      .catch((e) => e)) as WorkbookError;
    expect(error.kind).toBe("protected");
    expect(error.text.en).toMatch(/protected.*0 of 1 cells/);
  });

  it("explains a payload refusal", async () => {
    const { office } = setup(emptyWorkbook(), { requestLimit: 100_000 });
    const error = (await office.writeNewSheet(reportModel(1_000)).catch((e) => e)) as WorkbookError;
    expect(error.kind).toBe("too-large");
    expect(error.text.mn).toMatch(/5 МБ/);
  });
});

describe("OfficeWorkbook.writeCells and selectCell", () => {
  it("writes values into a person's sheet, text kept as text, formats after values", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [["Зорилт", 3.2, 5]] },
    ]);
    const { excel, office } = setup(wb);
    await office.writeCells("Биелэлт", [
      { cell: "D1", value: 0.64, numberFormat: "0%" },
      { cell: "E1", value: "-" },
    ]);
    expect(excel.workbook.sheets[0].cells.D1).toEqual({ value: 0.64, numberFormat: "0%" });
    expect(excel.workbook.sheets[0].cells.E1).toEqual({ value: "-", numberFormat: "@" });
    expect(excel.workbook.sheets[0].cells.A1).toEqual({ value: "Зорилт" });
    expect(excel.stats.syncs).toBe(1);
  });

  it("refuses a bad address before calling Excel", async () => {
    const { excel, office } = setup();
    await expect(office.writeCells("Sheet1", [{ cell: "H", value: 1 }])).rejects.toMatchObject({
      kind: "not-found",
    });
    expect(excel.stats.runs).toBe(0);
  });

  it("activates the sheet and selects the cell of a finding", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Алдаа", origin: { row: 0, col: 0 }, cells: [] },
      { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [] },
    ]);
    const { excel, office } = setup(wb);
    await office.selectCell("Биелэлт", "E84");
    expect(excel.workbook.activeSheetId).toBe(wb.sheets[1].id);
    expect(excel.workbook.selection).toBe("E84");
  });
});
