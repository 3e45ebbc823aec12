/**
 * A sheet's used range as the core sees it: plain values with their sheet positions.
 * Rows and columns are 0-based sheet positions (row 0 is Excel row 1, col 0 is column A).
 */
export type CellValue = string | number | boolean | null;

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;

/** A merged area, 0-based inclusive sheet positions. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name, when the grid came from a sheet. */
  sheet?: string;
  /** Sheet position of cells[0][0]. */
  origin: { row: number; col: number };
  /** Row-major values; rows may have different lengths. */
  cells: CellValue[][];
  /** Merged areas in sheet positions. Only the top-left cell of a merge holds its value. */
  merges?: Merge[];
  /** Excel number formats, same shape as cells where known ("0%" marks a stored fraction). */
  numberFormats?: (string | null)[][];
  /**
   * The sheet's used range was too large to read whole (one stray value at XFD1048576 makes one
   * of 17 billion cells): `used` is all of it, `read` the part the grid holds.
   */
  unread?: { used: Merge; read: Merge };
}

/** A position on a sheet, 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

/** Columns a sheet can have: Excel's last, XFD, is the 16,384th. */
export const SHEET_COLUMNS = 2 ** 14;
/** Rows a sheet can have: Excel's last is 1,048,576. */
export const SHEET_ROWS = 2 ** 20;

/** Letters of the columns asked for so far: a sheet's addresses reuse a few dozen of them. */
const LETTERS: string[] = [];

/** 0-based column index → letters ("A", "Z", "AA"). */
export function columnLetters(col: number): string {
  const index = Math.max(0, Math.floor(col));
  const known = LETTERS[index];
  if (known !== undefined) return known;
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  // Excel's 16,384 columns at most are kept; a wilder index is worked out each time.
  if (index < SHEET_COLUMNS) LETTERS[index] = s;
  return s;
}

/** 0-based position → A1 address ("E84"). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of a 0-based rectangle ("B2:D5", or "B2" for one cell). */
export function rangeAddress(r: Merge): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** A sheet's name quoted for a reference ("'Биелэлт'!A1", "'O''Neil'!A1"): valid for any name. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 address → 0-based position; null when it is not an address. */
export function parseAddress(address: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: columnOfLetters(m[1]) };
}

/** Column letters → 0-based index ("A" → 0, "XFD" → 16,383): columnLetters read back. */
export function columnOfLetters(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** The most cells read as one sheet's grid (what Excel hands over in one range). */
export const MAX_READ_CELLS = 5_000_000;
/** Where the table of a sheet too large to read is looked for: its first columns, then rows. */
const WINDOW_COLUMNS = 256;
const WINDOW_ROWS = 100_000;

/** The cells of a rectangle. */
export const cellCount = (a: Merge): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** The part of one rectangle inside another; null when they do not meet. */
export function overlap(a: Merge, b: Merge): Merge | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/** Whether two rectangles share a cell (overlap without making the shared part). */
export function intersects(a: Merge, b: Merge): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The part of a used range too large to read whole (one stray value at XFD1048576 makes one of
 * 17 billion cells) that is read as the table: what is used in its first 256 columns, and of
 * that, while still too large, in its first 100,000 rows. Each window yielded is answered with
 * the used range within it (its top-left cell when nothing there is used); Excel answers
 * asynchronously, a file at once (tableArea).
 */
export function* tableWindows(whole: Merge): Generator<Merge, Merge, Merge> {
  if (cellCount(whole) <= MAX_READ_CELLS) return whole;
  const columns = yield { ...whole, right: Math.min(whole.right, whole.left + WINDOW_COLUMNS - 1) };
  if (cellCount(columns) <= MAX_READ_CELLS) return columns;
  return yield { ...columns, bottom: Math.min(columns.bottom, columns.top + WINDOW_ROWS - 1) };
}

/**
 * The used range of `cells` within a window (each window tableWindows yields is answered so),
 * the window's top-left cell when none of them is in it.
 */
export function usedWithin(cells: Iterable<CellPos>, window: Merge): Merge {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const { row, col } of cells) {
    if (row < window.top || row > window.bottom || col < window.left || col > window.right)
      continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0
    ? { ...window, bottom: window.top, right: window.left }
    : { top, left, bottom, right };
}

/** tableWindows answered at once. */
export function tableArea(whole: Merge, usedIn: (window: Merge) => Merge): Merge {
  const windows = tableWindows(whole);
  let step = windows.next();
  while (!step.done) step = windows.next(usedIn(step.value));
  return step.value;
}

/**
 * A cell's position as a map key: one number for every cell of a sheet (a small integer, which
 * a map finds fastest, for the first 65,536 rows), "row:col" for anything beyond.
 */
export function cellKey(cell: CellPos): number | string {
  const { row, col } = cell;
  const fits =
    Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && col < SHEET_COLUMNS;
  return fits && row < 2 ** 32 ? row * SHEET_COLUMNS + col : `${row}:${col}`;
}

/** The value at a sheet position, null outside the grid. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.cells[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

/** The number format at a sheet position: undefined where the grid keeps none. */
export function numberFormatAt(grid: Grid, row: number, col: number): string | null | undefined {
  const f = grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col];
  return typeof f === "string" || f === null ? f : undefined;
}

/** A cell value as display text ("" for empty). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Number of rows and the widest row of a grid. */
export function gridSize(grid: Grid): { rows: number; cols: number } {
  let cols = 0;
  for (const r of grid.cells) if (r.length > cols) cols = r.length;
  return { rows: grid.cells.length, cols };
}
