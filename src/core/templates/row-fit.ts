import type { SheetModel } from "../sheet";
import { linesFor, linesHeight } from "./layout";

const DEFAULT_WIDTH = 8.43;

/**
 * Row heights for the rows a model leaves automatic that hold wrapped text: neither Excel nor
 * LibreOffice grows such a row when it opens a file (and merged cells never grow), so the
 * writers set an estimate from the text and the column widths. Rows with a height keep it.
 */
export function fitRowHeights(model: SheetModel): (number | undefined)[] {
  const heights = [...(model.rowHeights ?? [])];
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
    if (heights[r] !== undefined) continue;
    const row = model.values[r] ?? [];
    let points = 0;
    row.forEach((v, c) => {
      if (typeof v !== "string" || v === "") return;
      const wrap = ranges.find((x) => x.left <= c && c <= x.right);
      if (!wrap) return;
      const merged = span.get(`${r}:${c}`);
      if (merged && merged.rows > 1) return; // spread over rows: no single row to grow
      const lines = linesFor(v, width(c, merged?.right ?? c) * (11 / wrap.size));
      points = Math.max(points, linesHeight(lines, wrap.size));
    });
    if (points > linesHeight(1)) {
      while (heights.length < r) heights.push(undefined);
      heights[r] = Math.round(points);
    }
  }
  return heights;
}
