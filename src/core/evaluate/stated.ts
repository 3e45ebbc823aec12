import { figureIn, readFigure, type WrittenFigure } from "../checks/calc-figure";
import { cellKey } from "../grid";
import { isPlainEmpty } from "../cells/normalize";
import type { CellRef } from "../plan/model";
import { agreement, mean, roundTo, type Agreement } from "../ratings";
import type { Rounding, Settings } from "../settings";
import type { CriterionEvaluation } from "./types";

/** Most decimals a stated percentage is compared at ("63%" at none, "97,9%" at one). */
const MAX_DECIMALS = 3;

/** The criteria that share one fulfilment cell (a % merged over a measure's criterion rows). */
export interface StatedCell {
  cell: CellRef;
  criteria: CriterionEvaluation[];
}

/** The criteria grouped by their fulfilment cell, in the order the cells first come. */
export function statedCells(criteria: CriterionEvaluation[]): StatedCell[] {
  const byCell = new Map<number | string, StatedCell>();
  for (const ce of criteria) {
    const cell = ce.criterion.fulfilment;
    // A figure written beside the level, its fulfilment cell empty, is stated there instead.
    if (!cell || cell.absent || (ce.statedWithin && isPlainEmpty(cell.value))) continue;
    const key = cellKey(cell);
    const group = byCell.get(key);
    if (group) group.criteria.push(ce);
    else byCell.set(key, { cell, criteria: [ce] });
  }
  return [...byCell.values()];
}

/** Decimals written in a stated figure (its format's where it has more than it shows). */
function writtenDecimals(written: WrittenFigure | null, value: number): number {
  return written ? written.decimals : (String(value).split(".")[1]?.length ?? 0);
}

/** The decimals a stated figure is compared at: those written, at most three. */
export function comparedDecimals(written: WrittenFigure | null, value: number): number {
  return Math.min(writtenDecimals(written, value), MAX_DECIMALS);
}

/**
 * A stated figure against an exact one at the precision it is shown or written in. A figure
 * as written is held to the rounding habits (DOMAIN section 5): the settings' one is "equal",
 * the other "other-habit". Where the cell holds digits nobody wrote or sees (a formula's
 * result shown as "91.7%", or more decimals than are compared), both are read at that
 * precision, and either habit agrees: the digits past it are never held against the person.
 */
function agreeAt(
  stated: number,
  exact: number,
  rounding: Rounding,
  written: WrittenFigure | null,
): Agreement {
  const decimals = comparedDecimals(written, stated);
  const beyond = written?.held !== undefined || writtenDecimals(written, stated) > MAX_DECIMALS;
  if (!beyond) return agreement(stated, exact, rounding, decimals);
  const at = (r: Rounding) =>
    Math.abs(roundTo(stated, decimals, r) - roundTo(exact, decimals, r)) < 1e-9;
  return at("round") || at("truncate") ? "equal" : "different";
}

/** What a stated figure is held against: the computed one, capped, and another reading. */
export interface ExpectedFigure {
  value: number;
  /** Over-achievement before the cap. */
  uncapped: number;
  /** Another reading the stated figure may equal (a decrease read from the numbers alone). */
  alternative?: number;
}

/**
 * How a stated fulfilment % stands against the computed one: "equal"; "other-habit" (the
 * other rounding habit, a note); "over-achieved" (over 100 as computed before the cap, while
 * the settings cap: a note); "different" (wrong at the precision shown: an error).
 */
export type StatedJudgement = Agreement | "over-achieved";

/** The one rule for a stated figure: CALC-MISMATCH reports it, the figures replace it by it. */
export function judgeStated(
  cell: CellRef,
  stated: number,
  expected: ExpectedFigure,
  settings: Pick<Settings, "rounding" | "cap">,
  written: WrittenFigure | null = figureIn(cell),
): StatedJudgement {
  const { rounding } = settings;
  const seen = agreeAt(stated, expected.value, rounding, written);
  if (seen === "equal") return seen;
  const alternative = expected.alternative;
  if (
    alternative !== undefined &&
    agreeAt(stated, alternative, rounding, written) !== "different"
  ) {
    return "equal";
  }
  const overAchieved =
    settings.cap &&
    expected.uncapped > 100 &&
    stated > 100 &&
    agreeAt(stated, expected.uncapped, rounding, written) !== "different";
  return overAchieved ? "over-achieved" : seen;
}

/** A judgement that changes the figure: the stated value is replaced by the computed one. */
const replacesStated = (j: StatedJudgement): boolean => j === "different" || j === "over-achieved";

/**
 * The stated fulfilment cells whose figures the computed ones replace: every criterion of the
 * cell has a computed figure and the stated one differs from their mean (DOMAIN section 4); and
 * the achieved cells whose percentage beside the level differs from the computed figure.
 */
export function replacedCells(criteria: CriterionEvaluation[], settings: Settings): CellRef[] {
  const cells: CellRef[] = [];
  for (const group of statedCells(criteria)) {
    const stated = group.criteria[0].stated;
    if (stated.kind !== "percent" || group.criteria.some((c) => c.source !== "computed")) continue;
    const value = mean(group.criteria.map((c) => c.value ?? 0)) ?? 0;
    const uncapped =
      mean(
        group.criteria.map((c) => (c.computed?.status === "computed" ? c.computed.uncapped : 100)),
      ) ?? 0;
    const judgement = judgeStated(group.cell, stated.value, { value, uncapped }, settings);
    if (replacesStated(judgement)) cells.push(group.cell);
  }
  // A percentage written inside an achieved cell («…буюу гүйцэтгэлийн хувь»): that cell.
  for (const c of criteria) {
    const percent = c.statedWithin;
    const cell = c.criterion.achieved;
    if (!percent || !cell || c.source !== "computed" || c.value === null) continue;
    const uncapped = c.computed?.status === "computed" ? c.computed.uncapped : 100;
    const written = readFigure(percent.source);
    const judgement = judgeStated(
      cell,
      percent.value,
      { value: c.value, uncapped },
      settings,
      written,
    );
    if (replacesStated(judgement)) cells.push(cell);
  }
  return cells;
}
