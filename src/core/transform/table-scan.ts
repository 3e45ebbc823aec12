import { cellText, gridSize, valueAt, type Grid, type Merge } from "../grid";
import type { ColumnRole, ColumnSpec } from "../templates/spec";

/** A header text reduced to its words: case, markup, punctuation and spacing do not count. */
export function headerKey(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The role of the column whose header or alias this text is, if any. */
export function roleOfHeader(text: string, columns: readonly ColumnSpec[]): ColumnRole | undefined {
  const key = headerKey(text);
  if (key === "") return undefined;
  const hit = columns.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key));
  return hit?.role;
}

/** Text of a cell, trimmed ("" outside the grid). */
export function textAt(grid: Grid, row: number, col: number): string {
  return cellText(valueAt(grid, row, col)).trim();
}

/** Sheet rows and columns the grid covers (inclusive bounds). */
export function extent(grid: Grid): { top: number; bottom: number; left: number; right: number } {
  const { rows, cols } = gridSize(grid);
  return {
    top: grid.origin.row,
    bottom: grid.origin.row + rows - 1,
    left: grid.origin.col,
    right: grid.origin.col + cols - 1,
  };
}

/** The non-empty cells of a row, left to right. */
export function rowCells(grid: Grid, row: number): { col: number; text: string }[] {
  const { left, right } = extent(grid);
  const out: { col: number; text: string }[] = [];
  for (let c = left; c <= right; c++) {
    const t = textAt(grid, row, c);
    if (t !== "") out.push({ col: c, text: t });
  }
  return out;
}

/** The merged area that covers a cell, if any. */
export function mergeCovering(grid: Grid, row: number, col: number): Merge | undefined {
  return (grid.merges ?? []).find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
}

/** A row of column numbers under a header: only small integers, in increasing order. */
export function isNumberRow(grid: Grid, row: number): boolean {
  const cells = rowCells(grid, row);
  if (cells.length < 2) return false;
  const nums = cells.map((c) => (/^\d{1,2}$/.test(c.text) ? Number(c.text) : NaN));
  return nums.every((n, i) => Number.isFinite(n) && (i === 0 || n > nums[i - 1]));
}

export interface FoundTable {
  headerTop: number;
  headerBottom: number;
  dataTop: number;
  columns: Partial<Record<ColumnRole, number>>;
}

/**
 * Finds a table's header between rows `from` and `to` (inclusive): one header row, or two when
 * sub-headers sit under a group header. Returns the first header that names every required
 * column, with the data starting below it (after the column-number row, if any).
 */
export function findTable(
  grid: Grid,
  columns: readonly ColumnSpec[],
  from: number,
  to: number,
): FoundTable | undefined {
  const { left, right, bottom } = extent(grid);
  const required = columns.filter((c) => c.required).map((c) => c.role);
  for (let r = Math.max(from, grid.origin.row); r <= Math.min(to, bottom); r++) {
    const found: Partial<Record<ColumnRole, number>> = {};
    let usesSecondRow = false;
    let usesOwnRow = false;
    for (let c = left; c <= right; c++) {
      const below = roleOfHeader(textAt(grid, r + 1, c), columns);
      const here = roleOfHeader(textAt(grid, r, c), columns);
      if (below !== undefined && found[below] === undefined && here === undefined) {
        found[below] = c;
        usesSecondRow = true;
      } else if (here !== undefined && found[here] === undefined) {
        found[here] = c;
        usesOwnRow = true;
      }
    }
    // A header row names some columns itself; the row above a one-row header does not.
    if (usesOwnRow && required.every((role) => found[role] !== undefined)) {
      const headerBottom = usesSecondRow ? r + 1 : r;
      const dataTop = isNumberRow(grid, headerBottom + 1) ? headerBottom + 2 : headerBottom + 1;
      return { headerTop: r, headerBottom, dataTop, columns: found };
    }
  }
  return undefined;
}

/** Item numbers as written in Д/д: "1", "1.", "3.2.", "6.1.1", "Арга хэмжээ 2.3". */
export function isItemNumber(text: string): boolean {
  return /^(арга хэмжээ\s*)?\d+(\.\d+)*\.?$/i.test(text.trim());
}
