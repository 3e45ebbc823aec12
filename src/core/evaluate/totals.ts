import type { TotalRow } from "../plan/model";
import { mean } from "../ratings";
import type { Evaluation, MeasureEvaluation } from "./types";

/**
 * The measures a total row ("Дундаж үнэлгээ") sums up: on a sheet of two parts, those of its
 * own part (an average under part one is part one's); else all of them. One rule for the check
 * of a stated average and for the figure Compute writes there.
 */
export function measuresOfTotal(total: TotalRow, e: Evaluation): MeasureEvaluation[] {
  const second = e.plan.tables?.[1];
  if (!second || !e.measures.some((m) => m.objective.part === 2)) return e.measures;
  const part = total.row >= second.headerTop ? 2 : 1;
  return e.measures.filter((m) => m.objective.part === part);
}

/** A total row's exact figure: the pooled mean of its measures' figures; null without any. */
export function totalExact(total: TotalRow, e: Evaluation): number | null {
  const values = measuresOfTotal(total, e).flatMap((m) => (m.value === null ? [] : [m.value]));
  return mean(values);
}
