import type { FulfilmentResult } from "./fulfilment";
import type { LevelReading, Quantity } from "../levels";
import type { CellRef, Criterion, Measure, Objective, Plan } from "../plan/model";
import type { RatingScheme, RatingValue } from "../ratings";
import type { Settings } from "../settings";

/** What a fulfilment (Гүйцэтгэлийн хувь) cell states. */
export type StatedFulfilment =
  | { kind: "empty" }
  | { kind: "percent"; value: number }
  /** "*" or "-": not assessable / not due, left out of every average. */
  | { kind: "not-due"; text: string }
  /** Anything else (a placeholder, words): not a figure. */
  | { kind: "other"; text: string };

export interface CriterionEvaluation {
  criterion: Criterion;
  measure: Measure;
  objective: Objective;
  baseline: LevelReading;
  target: LevelReading;
  /** Part two's first-half target, when the table has one of its own. */
  targetH1: LevelReading | null;
  /** The year's target, where `target` is the first half-year's (a half-year report). */
  yearTarget: LevelReading | null;
  /** Null in plans, which have no achieved column. */
  achieved: LevelReading | null;
  /** Computed from the levels; null in plans. */
  computed: FulfilmentResult | null;
  stated: StatedFulfilment;
  /**
   * The percentage `stated` was read from inside the achieved cell, in a table whose achieved
   * column holds the level and its percentage together («…буюу гүйцэтгэлийн хувь»).
   */
  statedWithin?: Quantity;
  /**
   * The achieved cell writes something beside the level ("12 (100%)", "12/15"): `achieved` is
   * the level read apart from it (empty where the cell states only the percentage).
   */
  levelApart?: true;
  /**
   * The figure that counts: the computed one where the levels give it plainly, else a person's
   * stated %, else a computed one read with a doubt about its direction.
   */
  value: number | null;
  /** Where `value` comes from. */
  source: "computed" | "stated" | null;
  notDue: boolean;
}

export interface MeasureEvaluation {
  measure: Measure;
  objective: Objective;
  criteria: CriterionEvaluation[];
  /** Exact mean of the criteria's figures. */
  fulfilment: number | null;
  rating: RatingValue | null;
  /** The figure that counts for the measure: its rating where the table rates, else its fulfilment. */
  value: number | null;
  notDue: boolean;
  /** Band label of the scheme the measure falls in (the not-due label when not due). */
  band: string | null;
}

export interface ObjectiveEvaluation {
  objective: Objective;
  measures: MeasureEvaluation[];
  /** Exact mean of the measures' figures, and that mean with the rounding setting. */
  exact: number | null;
  value: number | null;
  bands: Record<string, number>;
}

export interface Evaluation {
  plan: Plan;
  scheme: RatingScheme;
  settings: Settings;
  /** The table carries ratings (Үнэлгээ) rather than fulfilment percentages. */
  rated: boolean;
  criteria: CriterionEvaluation[];
  measures: MeasureEvaluation[];
  objectives: ObjectiveEvaluation[];
  /** Pooled mean over every measure with a figure (not the mean of objective means). */
  overallExact: number | null;
  overall: number | null;
  /**
   * Stated fulfilment cells whose figure the computed one replaced because they differ
   * (CALC-MISMATCH reports each at its cell).
   */
  replaced: CellRef[];
  /** Part figures of individual reports (part one, part two), rounded. */
  parts: { one: number | null; two: number | null };
}

/** The figures of a sheet as the command line's JSON gives them. */
export interface Figures {
  measures: number;
  rated: number;
  overall: number | null;
  objectives: {
    label: string;
    measures: number;
    value: number | null;
    bands: Record<string, number>;
  }[];
}
