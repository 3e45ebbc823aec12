import { cellAddress, columnLetters, parseAddress, type CellPos, type Merge } from "../core/grid";
import { cellBounds, type MemorySheet } from "../workbook/memory/model";

/** Rows drawn at once: a long sheet is shown a window at a time, so the page never freezes. */
export const ROW_WINDOW = 200;
/** Columns drawn at most. */
export const MAX_COLUMNS = 100;
/** An empty sheet still shows this much of a grid, as Excel does. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/** Empty rows and columns shown past the last filled ones. */
const SPARE_ROWS = 10;
const SPARE_COLUMNS = 3;

/** Excel's default column width and row height, in CSS pixels. */
export const DEFAULT_COLUMN_PX = 64;
export const DEFAULT_ROW_PX = 20;

/**
 * The size of the grid drawn for a sheet: its used cells and merges, a few spare, the selection;
 * `usedRows` counts the rows up to the last one used.
 */
export function sheetExtent(
  sheet: MemorySheet,
  selection: CellPos | null,
): { rows: number; cols: number; allCols: number; usedRows: number } {
  const bounds = cellBounds(sheet, () => true);
  let bottom = bounds?.bottom ?? -1;
  let right = bounds?.right ?? -1;
  for (const m of sheet.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (selection) {
    bottom = Math.max(bottom, selection.row);
    right = Math.max(right, selection.col);
  }
  const allCols = Math.max(right + 1 + SPARE_COLUMNS, MIN_COLUMNS);
  return {
    usedRows: bottom + 1,
    rows: Math.max(bottom + 1 + SPARE_ROWS, MIN_ROWS),
    cols: Math.min(allCols, MAX_COLUMNS),
    allCols,
  };
}

/** The active cell of an address or range ("B3", "B3:D4" → B3); null when unreadable. */
function activeCell(selection: string | undefined): CellPos | null {
  if (!selection) return null;
  const first = selection.slice(selection.lastIndexOf("!") + 1).split(":")[0];
  return parseAddress(first.replace(/\$/g, ""));
}

/** A run of entire rows or columns, 0-based and inclusive. */
export interface Lines {
  from: number;
  to: number;
}

/** What is selected in the grid: a cell, or entire rows or columns with the active cell in them. */
export interface GridSelection {
  active: CellPos;
  rows?: Lines;
  columns?: Lines;
}

/**
 * The selection an address names ("B3", "B3:D4", entire rows "5:7", entire columns "C:D"). Entire
 * rows or columns keep `remembered` as their active cell when it lies in them, as Excel keeps the
 * active cell where it was on Shift+Space; otherwise their first cell is active.
 */
export function readSelection(
  address: string | undefined,
  remembered?: CellPos,
): GridSelection | null {
  if (!address) return null;
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const lines = { from: Number(rows[1]) - 1, to: Number(rows[2]) - 1 };
    const inside = remembered && remembered.row >= lines.from && remembered.row <= lines.to;
    return { active: inside ? remembered : { row: lines.from, col: 0 }, rows: lines };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const from = parseAddress(`${columns[1]}1`)?.col ?? 0;
    const lines = { from, to: parseAddress(`${columns[2]}1`)?.col ?? from };
    const inside = remembered && remembered.col >= lines.from && remembered.col <= lines.to;
    return { active: inside ? remembered : { row: 0, col: lines.from }, columns: lines };
  }
  const active = activeCell(bare);
  return active ? { active } : null;
}

/** The address of entire rows ("5:7") or columns ("C:D"). */
export function linesAddress(axis: "rows" | "columns", lines: Lines): string {
  return axis === "rows"
    ? `${lines.from + 1}:${lines.to + 1}`
    : `${columnLetters(lines.from)}:${columnLetters(lines.to)}`;
}

/** The address of a selection as Excel writes it: "B3", entire rows "5:7", columns "C:D". */
export function selectionAddress(selection: GridSelection): string {
  const { rows, columns, active } = selection;
  if (rows) return linesAddress("rows", rows);
  if (columns) return linesAddress("columns", columns);
  return cellAddress(active.row, active.col);
}

/** The rows (or columns) a selection acts on: its own, or those of the active cell's merged area. */
export function linesOf(
  selection: GridSelection,
  merges: Merge[],
  axis: "rows" | "columns",
): Lines {
  const own = axis === "rows" ? selection.rows : selection.columns;
  if (own) return own;
  const { row, col } = selection.active;
  const area = mergeAt(merges, row, col) ?? { top: row, bottom: row, left: col, right: col };
  return axis === "rows"
    ? { from: area.top, to: area.bottom }
    : { from: area.left, to: area.right };
}

export function mergeAt(merges: Merge[], row: number, col: number): Merge | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** A drawn cell: where it is, and how many rows and columns it spans in the window. */
export interface DrawnCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The cell whose content it shows (a merge's top-left, even above the window). */
  source: CellPos;
}

/**
 * The cells to draw for rows [top, bottom) and columns [0, cols): merged areas become one cell
 * (cut at the window's edges), the cells they cover are left out.
 */
export function drawnRows(
  merges: Merge[],
  top: number,
  bottom: number,
  cols: number,
): DrawnCell[][] {
  const covered = new Set<string>();
  const masters = new Map<string, DrawnCell>();
  for (const m of merges) {
    if (m.bottom < top || m.top >= bottom || m.left >= cols) continue;
    const row = Math.max(m.top, top);
    const last = { row: Math.min(m.bottom, bottom - 1), col: Math.min(m.right, cols - 1) };
    masters.set(`${row},${m.left}`, {
      row,
      col: m.left,
      rowSpan: last.row - row + 1,
      colSpan: last.col - m.left + 1,
      source: { row: m.top, col: m.left },
    });
    for (let r = row; r <= last.row; r++) {
      for (let c = m.left; c <= last.col; c++)
        if (r !== row || c !== m.left) covered.add(`${r},${c}`);
    }
  }
  const rows: DrawnCell[][] = [];
  for (let r = top; r < bottom; r++) {
    const cells: DrawnCell[] = [];
    for (let c = 0; c < cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      cells.push(
        masters.get(key) ?? { row: r, col: c, rowSpan: 1, colSpan: 1, source: { row: r, col: c } },
      );
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * The cell reached by moving from `from` by (dr, dc), as Excel moves: out of a merged area from
 * its edge, onto a merged area's top-left cell, never past the sheet's first row or column.
 */
export function moveFrom(
  merges: Merge[],
  from: CellPos,
  dr: number,
  dc: number,
  limits: { rows: number; cols: number },
): CellPos {
  const here = mergeAt(merges, from.row, from.col);
  let row = from.row;
  let col = from.col;
  if (dr > 0) row = (here?.bottom ?? row) + dr;
  if (dr < 0) row = (here?.top ?? row) + dr;
  if (dc > 0) col = (here?.right ?? col) + dc;
  if (dc < 0) col = (here?.left ?? col) + dc;
  row = Math.min(Math.max(row, 0), limits.rows - 1);
  col = Math.min(Math.max(col, 0), limits.cols - 1);
  const there = mergeAt(merges, row, col);
  return there ? { row: there.top, col: there.left } : { row, col };
}

/** The first row of the window that shows `row`, keeping the window where it is when it can. */
export function windowTop(current: number, row: number, total: number): number {
  if (row >= current && row < current + ROW_WINDOW) return current;
  const top = Math.max(0, row - Math.floor(ROW_WINDOW / 10));
  return Math.min(top, Math.max(0, total - ROW_WINDOW));
}
