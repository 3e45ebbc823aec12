import type { SheetModel } from "../sheet";
import { linesFor, linesHeight } from "./layout";

const DEFAULT_WIDTH = 8.43;

/**
 * A row the model leaves automatic that holds wrapped text: the estimate of its height, and
 * whether a cell merged across columns holds text in it. Excel's AutoFit passes over merged
 * cells, so only such a row needs the estimate where Excel itself can fit rows.
 */
export interface RowFit {
  points: number;
  merged: boolean;
}

/**
 * Row heights for the rows a model leaves automatic that hold wrapped text: neither Excel nor
 * LibreOffice grows such a row when it opens a file (and merged cells never grow), so the
 * writers set an estimate from the text and the column widths. Rows with a height keep it.
 */
export function fitRowHeights(model: SheetModel): (number | undefined)[] {
  const heights = [...(model.rowHeights ?? [])];
  for (const [r, fit] of rowFits(model)) {
    while (heights.length < r) heights.push(undefined);
    heights[r] = fit.points;
  }
  return heights;
}

/**
 * The estimate is made for Calibri 11, the body font of every .xlsx the add-in writes (exceljs
 * writes it as the workbook's font 0). In Excel a workbook's body font may be another (Aptos
 * Narrow in new workbooks, 12 points on a Mac): the Office.js writer lets Excel fit the rows
 * it can, and uses the estimate only where a merged cell decides the height.
 */
export function rowFits(model: SheetModel): Map<number, RowFit> {
  const fits = new Map<number, RowFit>();
  const set = model.rowHeights ?? [];
  const widths = model.columnWidths ?? [];
  const width = (left: number, right: number) => {
    let w = 0;
    for (let c = left; c <= right; c++) w += widths[c] ?? DEFAULT_WIDTH;
    return w;
  };
  const wrapped = new Map<number, { left: number; right: number; size: number }[]>();
  for (const { range, style } of model.styles ?? []) {
    if (!style.wrap) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      const list = wrapped.get(r) ?? [];
      list.push({ left: range.left, right: range.right, size: style.size ?? 11 });
      wrapped.set(r, list);
    }
  }
  const span = new Map<string, { right: number; rows: number }>();
  for (const m of model.merges ?? []) {
    span.set(`${m.top}:${m.left}`, { right: m.right, rows: m.bottom - m.top + 1 });
  }
  for (const [r, ranges] of wrapped) {
    if (set[r] !== undefined) continue;
    const row = model.values[r] ?? [];
    let points = 0;
    let merged = false;
    row.forEach((v, c) => {
      if (typeof v !== "string" || v === "") return;
      const wrap = ranges.find((x) => x.left <= c && c <= x.right);
      if (!wrap) return;
      const area = span.get(`${r}:${c}`);
      if (area && area.rows > 1) return; // spread over rows: no single row to grow
      if (area && area.right > c) merged = true;
      const lines = linesFor(v, width(c, area?.right ?? c) * (11 / wrap.size));
      points = Math.max(points, linesHeight(lines, wrap.size));
    });
    if (points > linesHeight(1)) fits.set(r, { points: Math.round(points), merged });
  }
  return fits;
}
