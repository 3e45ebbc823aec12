import { gridSize, numberFormatAt, valueAt, type CellValue, type Grid, type Merge } from "../grid";
import type { CellRef } from "./model";
import { opensPlainly, plainText, shortPlainText } from "../cells/normalize";

/**
 * Read access to a grid in sheet positions: values, plain text, merges and CellRefs. Merges
 * are clamped to the grid, so every position it hands out lies inside the grid.
 */
export interface SheetCells {
  grid: Grid;
  /** First and last sheet row / column of the grid (last < first when the grid is empty). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  value(row: number, col: number): CellValue;
  /** Plain text of a cell (HTML and spaces cleaned), "" when empty. */
  text(row: number, col: number): string;
  /** text(row, col) when it is at most `max` characters long, else null (a paragraph is not made plain). */
  shortText(row: number, col: number, max: number): string | null;
  /** The merge covering a position, clamped to the grid. */
  mergeAt(row: number, col: number): Merge | undefined;
  /** The cell as a CellRef (its merged rows when it is the top of a vertical merge). */
  ref(row: number, col: number): CellRef;
  /** The cell holding the value shown at a position: the top of a vertical merge covering it. */
  shownRef(row: number, col: number): CellRef;
  /** Columns of a row holding text, left to right. */
  filled(row: number): readonly number[];
  inside(row: number, col: number): boolean;
}

/**
 * A row's plain texts, each made on first ask: most of a report's characters are in paragraphs
 * that only need to be told filled, and plainText reads every character. Only arrays sized to
 * the row: an object per cell, kept alive for the whole read, cost more than making the texts.
 */
interface RowTexts {
  values: readonly CellValue[];
  /** Plain text by column (index col - left), "" for an empty cell; undefined until asked. */
  texts: (string | undefined)[];
  /** Columns holding text, left to right. */
  filled: number[];
}

const EMPTY_ROW: RowTexts = { values: [], texts: [], filled: [] };

function rowTexts(values: readonly CellValue[], left: number): RowTexts {
  const texts = new Array<string | undefined>(values.length);
  const filled: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null;
    if (opensPlainly(value)) {
      filled.push(left + i);
      continue;
    }
    // The text must be made to tell: kept for later asks.
    texts[i] = plainText(value);
    if (texts[i] !== "") filled.push(left + i);
  }
  return { values, texts, filled };
}

/** The plain text at index `i` of a row, made once. */
function textAt(row: RowTexts, i: number): string {
  if (i < 0 || i >= row.values.length) return "";
  return (row.texts[i] ??= plainText(row.values[i] ?? null));
}

/** A merge as it covers the grid (clamped), with its original corners to tell the owner by. */
interface MergeAt {
  area: Merge;
  owner: Merge;
}

function validMerge(m: Merge): boolean {
  return [m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n));
}

export function sheetCells(grid: Grid): SheetCells {
  const size = gridSize(grid);
  const top = grid.origin.row;
  const left = grid.origin.col;
  const bottom = top + size.rows - 1;
  const right = left + size.cols - 1;
  const inside = (row: number, col: number): boolean =>
    row >= top && row <= bottom && col >= left && col <= right;

  // Merges indexed by row - top; each kept with its original top-left so the owner can be told
  // apart. An array, as every CellRef looks its row up.
  const byRow: (MergeAt[] | undefined)[] = [];
  for (const m of grid.merges ?? []) {
    if (!validMerge(m)) continue;
    const owner: Merge = {
      top: Math.min(m.top, m.bottom),
      bottom: Math.max(m.top, m.bottom),
      left: Math.min(m.left, m.right),
      right: Math.max(m.left, m.right),
    };
    const area: Merge = {
      top: Math.max(owner.top, top),
      bottom: Math.min(owner.bottom, bottom),
      left: Math.max(owner.left, left),
      right: Math.min(owner.right, right),
    };
    if (area.top > area.bottom || area.left > area.right) continue;
    for (let r = area.top; r <= area.bottom; r++) (byRow[r - top] ??= []).push({ area, owner });
  }
  const covering = (row: number, col: number): MergeAt | undefined => {
    if (row < top || row > bottom) return undefined;
    return byRow[row - top]?.find((m) => m.area.left <= col && col <= m.area.right);
  };

  /** Each row's texts, made on first ask. */
  const rows = new Array<RowTexts | undefined>(size.rows);
  const rowAt = (row: number): RowTexts => {
    if (row < top || row > bottom) return EMPTY_ROW;
    return (rows[row - top] ??= rowTexts(grid.cells[row - top] ?? [], left));
  };

  const formatAt = (row: number, col: number): string | null | undefined =>
    numberFormatAt(grid, row, col);

  const ref = (row: number, col: number): CellRef => refIn(row, col, covering(row, col));

  /** The CellRef of a cell with the merge `m` covering it (found once by the caller). */
  const refIn = (row: number, col: number, m: MergeAt | undefined): CellRef => {
    const value = valueAt(grid, row, col) ?? null;
    const format = formatAt(row, col);
    if (m && m.owner.top === row && m.owner.left === col && m.area.bottom > m.area.top) {
      const cell: CellRef = {
        row,
        col,
        value,
        mergedRows: { top: m.area.top, bottom: m.area.bottom },
      };
      if (format !== undefined) cell.numberFormat = format;
      return cell;
    }
    // The usual cell in one literal: no properties added one by one.
    return format === undefined ? { row, col, value } : { row, col, value, numberFormat: format };
  };

  return {
    grid,
    top,
    bottom,
    left,
    right,
    inside,
    value: (row, col) => valueAt(grid, row, col) ?? null,
    text: (row, col) => textAt(rowAt(row), col - left),
    shortText(row, col, max) {
      const texts = rowAt(row);
      const i = col - left;
      const made = texts.texts[i];
      if (made !== undefined) return made.length <= max ? made : null;
      if (i < 0 || i >= texts.values.length) return "";
      const short = shortPlainText(texts.values[i] ?? null, max);
      // A short text is the cell's whole plain text: kept for later asks.
      if (short !== null) texts.texts[i] = short;
      return short;
    },
    mergeAt: (row, col) => covering(row, col)?.area,
    ref,
    shownRef(row, col) {
      const m = covering(row, col);
      if (m && m.owner.left === col && inside(m.owner.top, col)) return ref(m.owner.top, col);
      return refIn(row, col, m);
    },
    filled: (row) => rowAt(row).filled,
  };
}
