import { cellAddress, type Merge } from "../../core/grid";
import { MAX_ROW_HEIGHT, linesFor, linesHeight } from "../../core/templates/layout";
import { widthChars } from "../column-width";
import type { MemorySheet } from "./model";

/**
 * The body font's size of a new workbook on each host: Excel for Mac's is 12 points, Windows'
 * and the web's 11 (Aptos Narrow in Microsoft 365). Its line height is taken as Calibri's per
 * point (15 points at 11): Aptos Narrow's own is *unverified*; the size is what clips an
 * estimate made for 11 points.
 */
export const BODY_FONT_SIZE = { windows: 11, mac: 12, web: 11 } as const;

/** Excel's width of a column never set, in characters. */
const DEFAULT_WIDTH_CHARS = 8.43;

function inMerge(merges: readonly Merge[], r: number, c: number): boolean {
  return merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
}

/**
 * Range.format.autofitRows: each row as high as its tallest wrapped text needs in the body
 * font, one line where none wraps; merged cells are passed over, as Excel's AutoFit does.
 */
export function autofitRows(sheet: MemorySheet, rect: Merge, bodySize: number): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    let points = linesHeight(1, bodySize);
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = sheet.cells[cellAddress(r, c)];
      if (typeof cell?.value !== "string" || !cell.format?.wrap) continue;
      if (inMerge(sheet.merges, r, c)) continue;
      const size = cell.format.size ?? bodySize;
      const width = sheet.columnWidths[c];
      const chars = width === undefined ? DEFAULT_WIDTH_CHARS : widthChars(width);
      const lines = linesFor(cell.value, chars * (11 / size));
      points = Math.max(points, linesHeight(lines, size));
    }
    sheet.rowHeights[r] = Math.min(MAX_ROW_HEIGHT, Math.round(points * 4) / 4);
  }
}
