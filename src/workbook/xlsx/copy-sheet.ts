import ExcelJS from "exceljs";
import { mergeAreas, mergesOf, type MergeArea } from "./merge";
import { shared } from "./write";

const NO_STYLE = shared({});
/** The one key of every style-less cell (exceljs gives each its own empty style). */
const EMPTY_STYLE: Partial<ExcelJS.Style> = {};

/**
 * The value to store in the copy: a formula becomes the value it last computed, or its text when
 * it never computed one. Whatever it holds (`INDIRECT("Нэгтгэл"&CHAR(33)&"B5")` reaches another
 * sheet without a "!"; `WEBSERVICE` sends what it reads away), a formula from another office's
 * file never runs in the workbook it is copied into; only the add-in's own formulas are written
 * as formulas, by the add-in.
 */
function copiedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const result = cell.result;
  if (result !== undefined && result !== null) return result;
  return cell.formula ? `=${cell.formula}` : null;
}

/** A cell of a SheetCopy: its column, value (none for a merged area's other cells) and style. */
interface CellCopy {
  col: number;
  value?: ExcelJS.CellValue;
  /** Index in SheetCopy.styles. */
  style: number;
}

interface RowCopy {
  number: number;
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
  cells: CellCopy[];
}

/**
 * What copySheet keeps of a worksheet, as plain data: a worker thread that read the file hands
 * it to the thread writing the consolidation (an exceljs worksheet cannot cross threads).
 */
export interface SheetCopy {
  properties: Partial<ExcelJS.WorksheetProperties>;
  pageSetup: Partial<ExcelJS.PageSetup>;
  views: Partial<ExcelJS.WorksheetView>[];
  merges: MergeArea[];
  /** Each style the source's cells share, once. */
  styles: Partial<ExcelJS.Style>[];
  rows: RowCopy[];
  columns: { width?: number; hidden?: boolean; outlineLevel?: number }[];
}

/**
 * A worksheet as copySheet copies it: values (formulas as their values), styles and number
 * formats, merges, column widths, row heights, hidden rows and columns, frozen panes, page setup
 * and tab colour. The source is not changed.
 */
export function sheetCopy(source: ExcelJS.Worksheet): SheetCopy {
  const margins = source.pageSetup.margins;
  const styles: Partial<ExcelJS.Style>[] = [];
  const styleIndex = new Map<Partial<ExcelJS.Style>, number>();
  const indexOf = (given: Partial<ExcelJS.Style>): number => {
    const style = Object.keys(given).length === 0 ? EMPTY_STYLE : given;
    let i = styleIndex.get(style);
    if (i === undefined) {
      i = styles.push(style) - 1;
      styleIndex.set(style, i);
    }
    return i;
  };
  const rows: RowCopy[] = [];
  source.eachRow({ includeEmpty: true }, (row, r) => {
    const copy: RowCopy = { number: r, cells: [] };
    if (row.height !== undefined) copy.height = row.height;
    if (row.hidden) copy.hidden = true;
    if (row.outlineLevel) copy.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const to: CellCopy = { col: c, style: indexOf(cell.style) };
      // A merged cell's value lives in its top-left cell; the others only carry a style.
      if (cell.type !== ExcelJS.ValueType.Merge) to.value = copiedValue(cell);
      copy.cells.push(to);
    });
    rows.push(copy);
  });
  return {
    properties: { ...source.properties },
    pageSetup: { ...source.pageSetup, ...(margins ? { margins: { ...margins } } : {}) },
    // A sheet written without views loads with null ones.
    views: (source.views ?? []).map((v) => ({ ...v })),
    merges: mergesOf(source).map(({ top, left, bottom, right }) => ({ top, left, bottom, right })),
    styles,
    rows,
    // `columns` is null on a sheet that defines none.
    columns: (source.columns ?? []).map((c) => ({
      ...(c.width !== undefined ? { width: c.width } : {}),
      ...(c.hidden ? { hidden: true } : {}),
      ...(c.outlineLevel ? { outlineLevel: c.outlineLevel } : {}),
    })),
  };
}

/** Add a SheetCopy to a workbook as a new sheet named `name` (the caller makes it unique). */
export function putSheetCopy(
  copy: SheetCopy,
  target: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet {
  const ws = target.addWorksheet(name, {
    properties: copy.properties,
    pageSetup: copy.pageSetup,
    views: copy.views,
  });

  // Merge first, without styles: the loop below gives every cell, merged or not, its style.
  mergeAreas(ws, copy.merges);

  // Cells sharing a style in the source share one frozen copy of it, its parts copied so that
  // the source's stay unfrozen: the writer serialises each style once, not once per cell.
  const styles = copy.styles.map((s) =>
    Object.keys(s).length === 0 ? NO_STYLE : shared(structuredClone(s)),
  );
  for (const row of copy.rows) {
    const to = ws.getRow(row.number);
    if (row.height !== undefined) to.height = row.height;
    if (row.hidden) to.hidden = true;
    if (row.outlineLevel) to.outlineLevel = row.outlineLevel;
    for (const c of row.cells) {
      const cell = to.getCell(c.col);
      if ("value" in c) cell.value = c.value as ExcelJS.CellValue;
      cell.style = styles[c.style];
    }
  }
  copy.columns.forEach((from, i) => {
    const to = ws.getColumn(i + 1);
    if (from.width !== undefined) to.width = from.width;
    if (from.hidden) to.hidden = true;
    if (from.outlineLevel) to.outlineLevel = from.outlineLevel;
  });
  return ws;
}

/** Copy a worksheet into another workbook as sheetCopy describes. Returns the new sheet. */
export function copySheet(
  source: ExcelJS.Worksheet,
  target: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet {
  return putSheetCopy(sheetCopy(source), target, name);
}
