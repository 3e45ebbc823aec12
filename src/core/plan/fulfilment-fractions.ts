import { percentFormat } from "../cells/number-format";
import { measuresOf, type CellRef, type Plan } from "./model";

/** The largest fraction a column of fractions holds: twice the target. */
const MOST = 2;

/** A number whose format says nothing of a percentage (General, "0.00"). */
const unformatted = (cell: CellRef): boolean =>
  typeof cell.value === "number" && percentFormat(cell.numberFormat) === null;

/**
 * The sheet's fulfilment figures written as fractions of one: `=G12/F12` left in General shows
 * 0.6 for 60%, and a met target 1. The column holds fractions when every number in it without
 * a "%" format lies between 0 and 2, one at least above 0: a column of fulfilments of 2% and
 * less is no office's report. Those numbers are marked `ratio`, so that every reader of the
 * cell takes 0.6 as 60%; a number with a "%" format reads by its format. The plan keeps the
 * cells marked, once each, in sheet order (`fractions`).
 */
export function markFulfilmentFractions(plan: Plan): void {
  const columns = new Set((plan.tables ?? [plan.header]).map((t) => t.columns.fulfilment));
  const cells: CellRef[] = [];
  for (const m of measuresOf(plan)) {
    for (const c of m.criteria) {
      if (c.fulfilment && !c.fulfilment.absent && unformatted(c.fulfilment)) {
        cells.push(c.fulfilment);
      }
    }
  }
  // The average under the column ("Дундаж", =AVERAGE(H12:H40)) is a fraction like its rows.
  for (const total of plan.totals) {
    const v = total.value;
    if (v && columns.has(v.col) && unformatted(v)) cells.push(v);
  }
  const fractions = cells.map((c) => c.value as number);
  const all = fractions.every((v) => v >= 0 && v <= MOST);
  if (!all || !fractions.some((v) => v > 0)) return;
  for (const c of cells) c.ratio = true;
  // A fulfilment merged over a measure's criteria is one cell, however many criteria share it.
  const byPosition = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  plan.fractions = [...byPosition.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}
