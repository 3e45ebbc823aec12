import type { TotalRow } from "../plan/model";
import { mean } from "../ratings";
import type { Evaluation, MeasureEvaluation } from "./types";

/** What a total row ("Дундаж үнэлгээ") sums up, and its exact figure. */
export interface TotalFigure {
  /** On a sheet of two parts, those of its own part (an average under part one is part one's). */
  measures: MeasureEvaluation[];
  /** The pooled mean of their figures; null without any. */
  exact: number | null;
}

/**
 * A total row's measures and figure: one rule for the check of a stated average and for the
 * figure Compute writes there.
 */
export function totalFigure(total: TotalRow, e: Evaluation): TotalFigure {
  const measures = measuresOfTotal(total, e);
  const values = measures.flatMap((m) => (m.value === null ? [] : [m.value]));
  return { measures, exact: mean(values) };
}

function measuresOfTotal(total: TotalRow, e: Evaluation): MeasureEvaluation[] {
  const second = e.plan.tables?.[1];
  if (!second || !e.measures.some((m) => m.objective.part === 2)) return e.measures;
  const part = total.row >= second.headerTop ? 2 : 1;
  return e.measures.filter((m) => m.objective.part === part);
}
