import { gridSize, type CellValue, type Grid, type Merge } from "../grid";
import { serialOfDate } from "../cells/excel-dates";
import { isDateFormat } from "../cells/number-format";

/** A cell as the add-in copies it: the value and the number format a person gave it. */
export interface CopiedCell {
  value: CellValue;
  numberFormat?: string;
}

/** Rows a change of columns applies to (inclusive); the whole sheet when absent. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** "2026-01-31" or "2026-01-31 09:30", as grids carry date cells (see workbook/date-text). */
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/** A date cell read as text, back to the serial number Excel keeps for it. */
function dateSerial(value: CellValue, format: string | undefined): CellValue {
  if (typeof value !== "string" || !format) return value;
  const m = isDateFormat(format) ? DATE_TEXT.exec(value) : null;
  if (!m) return value;
  const [, y, mo, d, h, mi] = m.map(Number);
  const serial = serialOfDate(y, mo, d, h || 0, mi || 0);
  return serial === null ? value : Math.round(serial * 1e6) / 1e6;
}

/**
 * A person's sheet as the add-in copies it into a new sheet: every cell at its sheet position
 * with its value and number format, and its merges. Columns are inserted and deleted the way
 * Excel does it, so what a person wrote moves with its column and merged areas grow or shrink
 * around the change. The source grid is not changed.
 */
export class SheetCopy {
  private readonly rows: (CopiedCell | undefined)[][] = [];
  merges: Merge[];

  private constructor(merges: Merge[]) {
    this.merges = merges;
  }

  static fromGrid(grid: Grid): SheetCopy {
    const copy = new SheetCopy((grid.merges ?? []).map((m) => ({ ...m })));
    const { rows } = gridSize(grid);
    for (let r = 0; r < rows; r++) {
      const row = grid.cells[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const format = grid.numberFormats?.[r]?.[c] ?? undefined;
        const value = dateSerial(row[c] ?? null, format);
        if (value === null && !format) continue;
        copy.set(grid.origin.row + r, grid.origin.col + c, value, format);
      }
    }
    return copy;
  }

  /** Rows holding anything (cells, or merges reaching further down). */
  get height(): number {
    return Math.max(this.rows.length, ...this.merges.map((m) => m.bottom + 1));
  }

  /** Columns holding anything. */
  get width(): number {
    let width = 0;
    for (const row of this.rows) if (row && row.length > width) width = row.length;
    for (const m of this.merges) width = Math.max(width, m.right + 1);
    return width;
  }

  get(row: number, col: number): CopiedCell | undefined {
    return this.rows[row]?.[col];
  }

  value(row: number, col: number): CellValue {
    return this.get(row, col)?.value ?? null;
  }

  set(row: number, col: number, value: CellValue, numberFormat?: string): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = (this.rows[row] ??= []);
    cells[col] = numberFormat ? { value, numberFormat } : { value };
  }

  /** Empty a cell, keeping its number format (as Delete does in Excel). */
  clear(row: number, col: number): void {
    const cell = this.get(row, col);
    if (cell) this.set(row, col, null, cell.numberFormat);
  }

  /** The merge whose area holds the cell, if any. */
  mergeAt(row: number, col: number): Merge | undefined {
    return this.merges.find(
      (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right,
    );
  }

  private inSpan(row: number, span?: RowSpan): boolean {
    return !span || (row >= span.top && row <= span.bottom);
  }

  private mergeInSpan(m: Merge, span?: RowSpan): boolean {
    return !span || (m.bottom >= span.top && m.top <= span.bottom);
  }

  /**
   * Insert `count` empty columns before column `at` (whole columns, or cells shifted right in
   * the rows of `span`). As in Excel, a merged area the insertion passes through grows; one at
   * or after it moves right.
   */
  insertColumns(at: number, count: number, span?: RowSpan): void {
    this.rows.forEach((cells, r) => {
      if (!cells || !this.inSpan(r, span) || cells.length <= at) return;
      cells.splice(at, 0, ...new Array<CopiedCell | undefined>(count).fill(undefined));
    });
    for (const m of this.merges) {
      if (!this.mergeInSpan(m, span)) continue;
      if (m.left >= at) {
        m.left += count;
        m.right += count;
      } else if (m.right >= at) {
        m.right += count;
      }
    }
  }

  /**
   * Delete `count` columns from `at` (whole columns, or cells shifted left in the rows of
   * `span`). A merged area loses the deleted columns it held; one left a single cell is no
   * longer merged.
   */
  deleteColumns(at: number, count: number, span?: RowSpan): void {
    const end = at + count - 1;
    this.rows.forEach((cells, r) => {
      if (cells && this.inSpan(r, span)) cells.splice(at, count);
    });
    const kept: Merge[] = [];
    for (const m of this.merges) {
      if (this.mergeInSpan(m, span)) {
        const lost = Math.max(0, Math.min(m.right, end) - Math.max(m.left, at) + 1);
        if (m.left > end) {
          m.left -= count;
          m.right -= count;
        } else if (lost > 0) {
          m.left = Math.min(m.left, at);
          m.right -= lost;
          if (m.right < m.left) continue;
        }
      }
      if (m.right > m.left || m.bottom > m.top) kept.push(m);
    }
    this.merges = kept;
  }

  /** Dense values from A1 and the number format of each cell that has one. */
  toValues(): { values: CellValue[][]; formats: { row: number; col: number; format: string }[] } {
    const width = this.width;
    const values: CellValue[][] = [];
    const formats: { row: number; col: number; format: string }[] = [];
    for (let r = 0; r < this.height; r++) {
      const line = new Array<CellValue>(width).fill(null);
      const cells = this.rows[r] ?? [];
      cells.forEach((cell, c) => {
        if (!cell) return;
        line[c] = cell.value;
        if (cell.numberFormat) formats.push({ row: r, col: c, format: cell.numberFormat });
      });
      values.push(line);
    }
    // Only the top-left cell of a merged area holds a value (Excel keeps no other).
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if ((r !== m.top || c !== m.left) && values[r]) values[r][c] = null;
        }
      }
    }
    return { values, formats };
  }
}
