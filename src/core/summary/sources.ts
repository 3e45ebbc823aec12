import type { Evaluation, MeasureEvaluation } from "../evaluate";
import { cellAddress } from "../grid";
import { objectivesOf } from "../plan/model";
import type { Bilingual } from "../text";
import { PART_TWO, isParentOnly, objectiveLabel, rounded } from "./common";
import { mean } from "../ratings";

/** A figure of the summary and the cells of the sheet it is the mean of. */
export interface FigureSource {
  label: Bilingual;
  value: number | null;
  /** The cells whose figures it averages: ratings where the table rates, else fulfilment cells. */
  cells: string[];
}

/** The cells a measure's figure comes from. */
function cellsOf(m: MeasureEvaluation, rated: boolean): string[] {
  if (m.value === null) return [];
  if (rated) {
    const rating = m.measure.rating ?? m.objective.rating;
    return rating && !rating.absent ? [cellAddress(rating.row, rating.col)] : [];
  }
  return m.criteria.flatMap((c) => {
    const f = c.criterion.fulfilment;
    return c.value !== null && f && !f.absent ? [cellAddress(f.row, f.col)] : [];
  });
}

/**
 * The figures a person checks after Compute, with the cells each comes from: every objective of
 * part one, part two as one line, and the overall figure (pooled over every measure).
 */
export function figureSources(e: Evaluation): { overall: FigureSource; lines: FigureSource[] } {
  const all = objectivesOf(e.plan);
  const unique = (cells: string[]) => [...new Set(cells)];
  const lines: FigureSource[] = e.objectives
    .filter((o) => o.objective.part !== 2 && !isParentOnly(o.objective, all))
    .map((o) => ({
      label: objectiveLabel(o.objective),
      value: o.value,
      cells: unique(o.measures.flatMap((m) => cellsOf(m, e.rated))),
    }));
  const two = e.objectives.filter((o) => o.objective.part === 2).flatMap((o) => o.measures);
  if (two.length > 0) {
    const figures = two.filter((m) => m.value !== null).map((m) => m.value as number);
    lines.push({
      label: PART_TWO,
      value: rounded(mean(figures), e.settings.rounding),
      cells: unique(two.flatMap((m) => cellsOf(m, e.rated))),
    });
  }
  return {
    overall: {
      label: { mn: "Нийт", en: "Overall" },
      value: e.overall,
      cells: unique(e.measures.flatMap((m) => cellsOf(m, e.rated))),
    },
    lines,
  };
}
