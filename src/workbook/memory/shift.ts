import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  cellAddress,
  parseAddress,
  type CellPos,
  type Merge,
} from "../../core/grid";
import { fail } from "./error";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "./model";
import { rewriteReferences, refText, sameSheet, type FormulaRef, type RefEnd } from "./references";

/** Rows move up or down; columns move left or right. */
export type Axis = "rows" | "columns";

/**
 * One structural change of a sheet, as Range.insert and Range.delete make it: `count` rows (or
 * columns) inserted before `at`, or deleted from `at` on. Entire rows or columns move the whole
 * sheet; a range of cells moves only its `band` of the other axis (B4:E4 shifted down moves
 * columns B–E from row 4 on).
 */
export interface Shift {
  kind: "insert" | "delete";
  axis: Axis;
  /** 0-based index of the first row (column) inserted or deleted. */
  at: number;
  count: number;
  /** 0-based first and last index across the shift; absent for entire rows or columns. */
  band?: { from: number; to: number };
}

function size(axis: Axis): number {
  return axis === "rows" ? SHEET_ROWS : SHEET_COLUMNS;
}

function isWholeRows(r: Merge): boolean {
  return r.left === 0 && r.right === SHEET_COLUMNS - 1;
}

function isWholeColumns(r: Merge): boolean {
  return r.top === 0 && r.bottom === SHEET_ROWS - 1;
}

/**
 * The shift a range makes when inserted or deleted in a direction ("Down"/"Up" move rows,
 * "Right"/"Left" move columns). Entire rows move rows and entire columns move columns whatever
 * the direction, as Excel inserts or deletes them.
 */
export function shiftOf(kind: Shift["kind"], rect: Merge, direction: "rows" | "columns"): Shift {
  const axis: Axis = isWholeRows(rect) ? "rows" : isWholeColumns(rect) ? "columns" : direction;
  const whole = axis === "rows" ? isWholeRows(rect) : isWholeColumns(rect);
  const [at, last, from, to] =
    axis === "rows"
      ? [rect.top, rect.bottom, rect.left, rect.right]
      : [rect.left, rect.right, rect.top, rect.bottom];
  const shift: Shift = { kind, axis, at, count: last - at + 1 };
  if (!whole) shift.band = { from, to };
  return shift;
}

/** Where an index along the shift's axis goes: null when deleted. */
export function shiftIndex(s: Shift, i: number): number | null {
  if (i < s.at) return i;
  if (s.kind === "insert") return i + s.count;
  if (i < s.at + s.count) return null;
  return i - s.count;
}

/**
 * Where a span [lo, hi] along the axis goes: it moves when it lies after the shift, grows when an
 * insertion passes through it, loses its deleted part, and is null when all of it is deleted. A
 * span reaching the sheet's end keeps reaching it (A:A stays A:A, A5:A1048576 stays open-ended).
 */
export function shiftSpan(s: Shift, lo: number, hi: number): [number, number] | null {
  const last = size(s.axis) - 1;
  if (lo === 0 && hi === last) return [lo, hi];
  if (s.kind === "insert") {
    const top = lo >= s.at ? lo + s.count : lo;
    if (top > last) return null;
    return [top, hi >= s.at ? Math.min(hi + s.count, last) : hi];
  }
  const after = s.at + s.count;
  const top = lo < s.at ? lo : lo >= after ? lo - s.count : s.at;
  const bottom = hi === last ? last : hi < s.at ? hi : hi >= after ? hi - s.count : s.at - 1;
  return bottom < top ? null : [top, bottom];
}

/** A cell's place after the shift: null when it was deleted or pushed off the sheet. */
export function shiftCell(s: Shift, cell: CellPos): CellPos | null {
  const [along, across] = s.axis === "rows" ? [cell.row, cell.col] : [cell.col, cell.row];
  if (s.band && (across < s.band.from || across > s.band.to)) return cell;
  const to = shiftIndex(s, along);
  if (to === null || to >= size(s.axis)) return null;
  return s.axis === "rows" ? { row: to, col: cell.col } : { row: cell.row, col: to };
}

/**
 * A rectangle after the shift: moved, grown or shrunk; null when all of it was deleted; "split"
 * when the shift of a band would tear it, moving part of it and leaving the rest.
 */
export function shiftRect(s: Shift, r: Merge): Merge | null | "split" {
  const [lo, hi, from, to] =
    s.axis === "rows" ? [r.top, r.bottom, r.left, r.right] : [r.left, r.right, r.top, r.bottom];
  if (s.band) {
    if (to < s.band.from || from > s.band.to || hi < s.at) return r;
    if (from < s.band.from || to > s.band.to) return "split";
  }
  const span = shiftSpan(s, lo, hi);
  if (!span) return null;
  return s.axis === "rows"
    ? { ...r, top: span[0], bottom: span[1] }
    : { ...r, left: span[0], right: span[1] };
}

function sameSize(a: Merge, b: Merge): boolean {
  return a.bottom - a.top === b.bottom - b.top && a.right - a.left === b.right - b.left;
}

function refRect(ref: FormulaRef): Merge {
  const a = ref.start;
  const b = ref.end ?? ref.start;
  const rows = (e: RefEnd, whole: number) => e.row ?? whole;
  const cols = (e: RefEnd, whole: number) => e.col ?? whole;
  return {
    top: Math.min(rows(a, 0), rows(b, 0)),
    bottom: Math.max(rows(a, SHEET_ROWS - 1), rows(b, SHEET_ROWS - 1)),
    left: Math.min(cols(a, 0), cols(b, 0)),
    right: Math.max(cols(a, SHEET_COLUMNS - 1), cols(b, SHEET_COLUMNS - 1)),
  };
}

/** The reference with its ends at a new rectangle (each end keeps its `$` marks and its kind). */
function movedRef(ref: FormulaRef, to: Merge): FormulaRef {
  const place = (e: RefEnd, first: boolean): RefEnd => ({
    ...e,
    ...(e.row === undefined ? {} : { row: first ? to.top : to.bottom }),
    ...(e.col === undefined ? {} : { col: first ? to.left : to.right }),
  });
  if (!ref.end) return { ...ref, start: place(ref.start, true) };
  return { ...ref, start: place(ref.start, true), end: place(ref.end, false) };
}

/**
 * A formula on sheet `host` after `shifted` was shifted: references to moved cells follow them,
 * a range grows or shrinks with its rows, and a reference to a deleted cell (or a range wholly
 * deleted) becomes #REF! as Excel writes it ("#REF!", "Plan!#REF!").
 */
export function shiftFormula(formula: string, host: string, shifted: string, s: Shift): string {
  return rewriteReferences(formula, (ref) => {
    if (!sameSheet(ref.sheet ?? host, shifted)) return undefined;
    const rect = refRect(ref);
    const next = ref.end ? shiftRect(s, rect) : shiftCell(s, { row: rect.top, col: rect.left });
    if (next === "split") return undefined;
    if (next === null) return `${ref.prefix}#REF!`;
    const to =
      "row" in next ? { top: next.row, bottom: next.row, left: next.col, right: next.col } : next;
    if (
      to.top === rect.top &&
      to.bottom === rect.bottom &&
      to.left === rect.left &&
      to.right === rect.right
    ) {
      return undefined;
    }
    return refText(movedRef(ref, to));
  });
}

function cellsAt(sheet: MemorySheet): [CellPos, MemoryCell][] {
  const out: [CellPos, MemoryCell][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (pos) out.push([pos, cell]);
  }
  return out;
}

/** What an inserted cell takes from its neighbour: the formats, never the content. */
function formatsOf(cell: MemoryCell): MemoryCell | null {
  const copy: MemoryCell = {};
  if (cell.numberFormat !== undefined) copy.numberFormat = cell.numberFormat;
  if (cell.format !== undefined) copy.format = JSON.parse(JSON.stringify(cell.format));
  return Object.keys(copy).length > 0 ? copy : null;
}

/**
 * Refuse what Excel refuses, before anything changes (Excel changes all or nothing):
 * InsertDeleteConflict when a range shift would split a merged area, NonBlankCellOffSheet when
 * an insertion would push cells off the sheet.
 */
export function checkShift(sheet: MemorySheet, s: Shift): void {
  for (const m of sheet.merges) {
    const next = shiftRect(s, m);
    // A range shift moves a merged area whole or not at all; entire rows or columns may resize it.
    if (next === "split" || (s.band && next !== null && !sameSize(m, next))) {
      fail(
        "InsertDeleteConflict",
        `This operation would split the merged cells at ${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}.`,
      );
    }
  }
  if (s.kind === "insert") {
    for (const [pos] of cellsAt(sheet)) {
      if (shiftCell(s, pos) === null) {
        fail(
          "NonBlankCellOffSheet",
          "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
        );
      }
    }
  }
}

/** Heights (widths) by index after the shift; inserted lines take their neighbour's. */
function shiftSizes(
  s: Shift,
  sizes: Record<number, number>,
  source: number,
): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [key, value] of Object.entries(sizes)) {
    const to = shiftIndex(s, Number(key));
    if (to !== null && to < size(s.axis)) out[to] = value;
  }
  if (s.kind === "insert" && sizes[source] !== undefined) {
    for (let k = 0; k < s.count; k++) out[s.at + k] = sizes[source];
  }
  return out;
}

function shiftRowRange(s: Shift, rows: string): string | undefined {
  const m = /^(\$?)(\d+):(\$?)(\d+)$/.exec(rows);
  if (!m) return rows;
  const span = shiftSpan(s, Number(m[2]) - 1, Number(m[4]) - 1);
  return span ? `${m[1]}${span[0] + 1}:${m[3]}${span[1] + 1}` : undefined;
}

/**
 * Insert or delete cells on a sheet as Excel does, in place. Cells move with their values,
 * formulas, formats and hyperlinks; inserted cells take the formats of the line before them (the
 * row above, the column to the left; for the first row or column, the one after); merged areas,
 * drop-down lists, conditional formats and charts move, grow or shrink with their cells; row
 * heights and column widths move with their rows and columns; frozen panes and print title rows
 * follow; and every formula of the workbook naming the sheet's cells is adjusted. Call
 * `checkShift` first: this assumes Excel would make the change.
 */
export function shiftSheet(wb: MemoryWorkbook, sheet: MemorySheet, s: Shift): void {
  const cells = cellsAt(sheet);
  const along = (p: CellPos) => (s.axis === "rows" ? p.row : p.col);
  const across = (p: CellPos) => (s.axis === "rows" ? p.col : p.row);
  // The line whose formats an inserted line takes, by its index before the shift.
  const source = s.at > 0 ? s.at - 1 : s.at;

  const next: Record<string, MemoryCell> = {};
  for (const [pos, cell] of cells) {
    const to = shiftCell(s, pos);
    if (to) next[cellAddress(to.row, to.col)] = cell;
  }
  if (s.kind === "insert") {
    for (const [pos, cell] of cells) {
      if (along(pos) !== source) continue;
      if (s.band && (across(pos) < s.band.from || across(pos) > s.band.to)) continue;
      for (let k = 0; k < s.count; k++) {
        const formats = formatsOf(cell);
        if (!formats) break;
        const at =
          s.axis === "rows" ? { row: s.at + k, col: pos.col } : { row: pos.row, col: s.at + k };
        next[cellAddress(at.row, at.col)] = formats;
      }
    }
  }
  sheet.cells = next;

  sheet.merges = sheet.merges.flatMap((m) => {
    const moved = shiftRect(s, m);
    if (moved === "split") return [m];
    // A merged area shrunk to one cell is no merged area.
    if (moved === null || (moved.top === moved.bottom && moved.left === moved.right)) return [];
    return [moved];
  });
  const keep = <T extends { range: Merge }>(entries: T[]): T[] =>
    entries.flatMap((e) => {
      const moved = shiftRect(s, e.range);
      if (moved === null) return [];
      return moved === "split" ? [e] : [{ ...e, range: moved }];
    });
  sheet.validations = keep(sheet.validations);
  sheet.conditionalFormats = keep(sheet.conditionalFormats);

  if (!s.band) {
    if (s.axis === "rows") sheet.rowHeights = shiftSizes(s, sheet.rowHeights, source);
    else sheet.columnWidths = shiftSizes(s, sheet.columnWidths, source);
    if (sheet.freeze) {
      const frozen = s.axis === "rows" ? sheet.freeze.rows : sheet.freeze.cols;
      const span = frozen > 0 ? shiftSpan(s, 0, frozen - 1) : null;
      const count = span ? span[1] + 1 : 0;
      sheet.freeze =
        s.axis === "rows" ? { ...sheet.freeze, rows: count } : { ...sheet.freeze, cols: count };
      if (sheet.freeze.rows === 0 && sheet.freeze.cols === 0) delete sheet.freeze;
    }
    const titles = sheet.pageLayout.printTitleRows;
    if (titles !== undefined && s.axis === "rows") {
      const moved = shiftRowRange(s, titles);
      if (moved === undefined) delete sheet.pageLayout.printTitleRows;
      else sheet.pageLayout.printTitleRows = moved;
    }
  }

  for (const chart of sheet.charts) {
    const moved = shiftRect(s, chart.source);
    if (moved && moved !== "split") chart.source = moved;
    if (chart.xValues) {
      const x = shiftRect(s, chart.xValues);
      if (x && x !== "split") chart.xValues = x;
    }
    if (chart.position) {
      const moveCell = (address: string) => {
        const pos = parseAddress(address);
        const to = pos && shiftCell(s, pos);
        return to ? cellAddress(to.row, to.col) : address;
      };
      chart.position = chart.position.end
        ? { start: moveCell(chart.position.start), end: moveCell(chart.position.end) }
        : { start: moveCell(chart.position.start) };
    }
  }

  for (const host of wb.sheets) {
    const adjust = (formula: string) => shiftFormula(formula, host.name, sheet.name, s);
    for (const cell of Object.values(host.cells)) {
      if (cell.formula === undefined) continue;
      const formula = adjust(cell.formula);
      if (formula === cell.formula) continue;
      // The fake does not calculate; a formula that lost a reference shows what Excel shows.
      if (formula.includes("#REF!") && !cell.formula.includes("#REF!")) cell.value = "#REF!";
      cell.formula = formula;
    }
    for (const v of host.validations) {
      if (v.list?.source.startsWith("=")) v.list = { ...v.list, source: adjust(v.list.source) };
    }
    for (const f of host.conditionalFormats) {
      if (f.formula !== undefined) f.formula = adjust(f.formula);
    }
  }
}
