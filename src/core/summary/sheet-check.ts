import { cellAddress, intersects, type Merge } from "../grid";
import type { SheetModel } from "../sheet";
import { MAX_ROW_HEIGHT } from "../templates/layout";

const FORBIDDEN = /[[\]:*?/\\]/;

const show = (m: Merge) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;

/**
 * What a workbook adapter would trip over in a sheet model: a name Excel refuses, ragged rows,
 * merges, styles, links or chart ranges outside the values, overlapping merges, values hidden
 * under a merge, a row taller than Excel's 409 points. Empty when the model is sound.
 */
export function sheetModelProblems(model: SheetModel): string[] {
  const problems: string[] = [];
  const rows = model.values.length;
  const cols = Math.max(0, ...model.values.map((r) => r.length));
  const inside = (m: Merge) =>
    m.top >= 0 &&
    m.left >= 0 &&
    m.top <= m.bottom &&
    m.left <= m.right &&
    m.bottom < rows &&
    m.right < cols;

  if (
    !model.name ||
    model.name.length > 31 ||
    FORBIDDEN.test(model.name) ||
    /^'|'$/.test(model.name)
  ) {
    problems.push(`sheet name "${model.name}" is not one Excel accepts`);
  }
  model.values.forEach((r, i) => {
    if (r.length !== cols) problems.push(`row ${i + 1} has ${r.length} cells, not ${cols}`);
  });
  const merges = model.merges ?? [];
  merges.forEach((m, i) => {
    if (!inside(m)) problems.push(`merge ${show(m)} lies outside the values`);
    for (const other of merges.slice(i + 1)) {
      if (intersects(m, other)) problems.push(`merges ${show(m)} and ${show(other)} overlap`);
    }
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const hidden = (r !== m.top || c !== m.left) && (model.values[r]?.[c] ?? null) !== null;
        if (hidden)
          problems.push(`${cellAddress(r, c)} holds a value hidden under merge ${show(m)}`);
      }
    }
  });
  for (const { range } of model.styles ?? []) {
    if (!inside(range)) problems.push(`style range ${show(range)} lies outside the values`);
  }
  for (const link of model.links ?? []) {
    if (link.row >= rows || link.col >= cols) {
      problems.push(`link at ${cellAddress(link.row, link.col)} lies outside the values`);
    }
  }
  (model.rowHeights ?? []).forEach((points, r) => {
    if (points !== undefined && !(points >= 0 && points <= MAX_ROW_HEIGHT)) {
      problems.push(
        `row ${r + 1} is ${points} points high; Excel's rows stop at ${MAX_ROW_HEIGHT}`,
      );
    }
  });
  if (model.chart) {
    for (const range of [model.chart.labels, model.chart.values]) {
      if (!inside(range) || range.left !== range.right) {
        problems.push(`chart range ${show(range)} is not one column inside the values`);
      }
    }
    const { labels, values } = model.chart;
    if (labels.top !== values.top || labels.bottom !== values.bottom) {
      problems.push("chart labels and values cover different rows");
    }
  }
  return problems;
}
