import type ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../core/grid";
import type { CellStyle, SheetModel } from "../core/sheet";
import {
  cellBounds,
  memoryWorkbookFromGrids,
  type MemoryCell,
  type MemoryCellFormat,
  type MemorySheet,
  type MemoryWorkbook,
} from "../workbook/memory/model";
import { STATE_SETTING } from "../workbook/office/adapter";
import { hexColor } from "../workbook/colors";
import { widthChars, widthPoints } from "../workbook/column-width";
import { isAddinSheet, parseState, readStateSheet, serializeState } from "../workbook/state";
import { readXlsx, type SheetGrid, type XlsxError } from "../workbook/xlsx/read";
import { sheetsToXlsx } from "../workbook/xlsx/write";

// Loaded on demand (it carries exceljs): the preview opens before any file is read or written.

const H_ALIGN: Record<string, string> = { left: "Left", center: "Center", right: "Right" };
const V_ALIGN: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom" };

/** What the grid draws of an exceljs cell's style; undefined when nothing. */
function formatOf(style: Partial<ExcelJS.Style>): MemoryCellFormat | undefined {
  const f: MemoryCellFormat = {};
  if (style.font?.bold) f.bold = true;
  if (style.font?.italic) f.italic = true;
  if (style.font?.size) f.size = style.font.size;
  const color = hexColor(style.font?.color?.argb);
  if (color) f.color = color;
  const fill = style.fill?.type === "pattern" ? hexColor(style.fill.fgColor?.argb) : undefined;
  if (fill) f.fill = fill;
  if (style.alignment?.wrapText) f.wrap = true;
  const h = H_ALIGN[style.alignment?.horizontal ?? ""];
  if (h) f.hAlign = h;
  const v = V_ALIGN[style.alignment?.vertical ?? ""];
  if (v) f.vAlign = v;
  const edges = (["top", "bottom", "left", "right"] as const).filter(
    (e) => style.border?.[e]?.style,
  );
  if (edges.length) f.borders = Object.fromEntries(edges.map((e) => [e, "Continuous"]));
  return Object.keys(f).length ? f : undefined;
}

/**
 * Formulas, styles, widths, heights, freeze panes and print setup of a worksheet, onto its memory
 * sheet (which holds its values already).
 */
function copyLook(ws: ExcelJS.Worksheet, sheet: MemorySheet, grid: SheetGrid): void {
  if (ws.state === "hidden" || ws.state === "veryHidden") {
    sheet.visibility = ws.state === "hidden" ? "Hidden" : "VeryHidden";
  }
  // A sheet read around its table (a stray value at XFD1048576) keeps the look of that part:
  // every one of its million rows would be made to be looked at.
  const read = grid.unread?.read;
  const eachRow = (fn: (row: ExcelJS.Row, r: number) => void) => {
    if (!read) return ws.eachRow({ includeEmpty: true }, fn);
    for (let r = 1; r <= read.bottom + 1; r++) fn(ws.getRow(r), r);
  };
  eachRow((row, r) => {
    if (row.height) sheet.rowHeights[r - 1] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (read && c - 1 > read.right) return;
      const address = cellAddress(r - 1, c - 1);
      // A person's formula stays one (its last result is the cell's value, as Excel shows it
      // until it calculates): saved from the preview, it is written back as a formula.
      const formula = cell.formula as string | undefined;
      if (formula) sheet.cells[address] = { ...sheet.cells[address], formula: `=${formula}` };
      const format = formatOf(cell.style);
      if (format) sheet.cells[address] = { ...sheet.cells[address], format };
    });
  });
  (ws.columns ?? []).forEach((column, c) => {
    if (column.width) sheet.columnWidths[c] = widthPoints(column.width);
  });
  const view = ws.views?.[0];
  if (view?.state === "frozen" && (view.xSplit || view.ySplit)) {
    sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
  }
  if (ws.pageSetup.orientation) {
    sheet.pageLayout.orientation =
      ws.pageSetup.orientation === "landscape" ? "Landscape" : "Portrait";
  }
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? "");
  if (titles) sheet.pageLayout.printTitleRows = `$${titles[1]}:$${titles[2]}`;
}

export type OpenResult = { ok: true; workbook: MemoryWorkbook } | { ok: false; error: XlsxError };

/** An .xlsx file as a memory workbook: values, number formats, merges, the look, the add-in's state. */
export async function openXlsx(data: ArrayBuffer): Promise<OpenResult> {
  const read = await readXlsx(data);
  if (!read.ok) return read;
  const workbook = memoryWorkbookFromGrids(read.sheets);
  read.sheets.forEach((grid, i) => {
    const ws = read.workbook.getWorksheet(grid.sheet);
    if (ws) copyLook(ws, workbook.sheets[i], grid);
  });
  const visible = workbook.sheets.find((s) => s.visibility === "Visible");
  if (visible) workbook.activeSheetId = visible.id;
  const stored = readStateSheet(read.workbook);
  if (stored) workbook.settings[STATE_SETTING] = serializeState(stored.state);
  return { ok: true, workbook };
}

function styleOf(cell: MemoryCell): CellStyle | undefined {
  const f = cell.format ?? {};
  const style: CellStyle = {};
  if (f.bold) style.bold = true;
  if (f.italic) style.italic = true;
  if (f.size) style.size = f.size;
  if (f.fill) style.fill = f.fill;
  if (f.color) style.color = f.color;
  if (f.wrap) style.wrap = true;
  const h = f.hAlign?.toLowerCase();
  if (h === "left" || h === "center" || h === "right") style.hAlign = h;
  const v = f.vAlign?.toLowerCase();
  if (v === "top" || v === "bottom") style.vAlign = v;
  if (v === "center") style.vAlign = "middle";
  if (f.borders && Object.values(f.borders).some(Boolean)) style.border = true;
  if (cell.numberFormat) style.numberFormat = cell.numberFormat;
  return Object.keys(style).length ? style : undefined;
}

/** A memory sheet as the SheetModel the .xlsx writer takes. */
function sheetModel(sheet: MemorySheet): SheetModel {
  const bounds = cellBounds(sheet, () => true);
  const rows = bounds ? bounds.bottom + 1 : 0;
  const cols = bounds ? bounds.right + 1 : 0;
  const values: SheetModel["values"] = Array.from({ length: rows }, () =>
    new Array(cols).fill(null),
  );
  const formulas: NonNullable<SheetModel["formulas"]> = [];
  const styles: NonNullable<SheetModel["styles"]> = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (!pos) continue;
    const { row, col } = pos;
    if (cell.formula !== undefined) {
      formulas.push({ row, col, formula: cell.formula.slice(1), result: cell.value ?? null });
    } else if (cell.value !== undefined) {
      values[row][col] = cell.value;
    }
    const style = styleOf(cell);
    if (style) styles.push({ range: { top: row, left: col, bottom: row, right: col }, style });
  }
  const columnWidths: number[] = [];
  for (const [c, points] of Object.entries(sheet.columnWidths)) {
    columnWidths[Number(c)] = Math.round(widthChars(points) * 100) / 100;
  }
  const rowHeights: (number | undefined)[] = [];
  for (const [r, points] of Object.entries(sheet.rowHeights)) rowHeights[Number(r)] = points;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(sheet.pageLayout.printTitleRows ?? "");
  const orientation = sheet.pageLayout.orientation?.toLowerCase();
  return {
    name: sheet.name,
    values,
    formulas,
    merges: sheet.merges.map((m) => ({ ...m })),
    styles,
    columnWidths,
    rowHeights,
    freeze: sheet.freeze,
    print:
      orientation === "landscape" || orientation === "portrait" || titles
        ? {
            paper: "A4",
            orientation: orientation === "portrait" ? "portrait" : "landscape",
            repeatRows: titles
              ? { top: Number(titles[1]) - 1, bottom: Number(titles[2]) - 1 }
              : undefined,
            fitToWidth: true,
          }
        : undefined,
  };
}

/** The memory workbook as .xlsx bytes: the person's sheets, then the add-in's state. */
export async function saveXlsx(workbook: MemoryWorkbook): Promise<Uint8Array> {
  const models = workbook.sheets.filter((s) => !isAddinSheet(s.name)).map(sheetModel);
  const stored = workbook.settings[STATE_SETTING];
  const state = stored === undefined ? undefined : parseState(stored).state;
  return new Uint8Array(await sheetsToXlsx(models, state));
}
