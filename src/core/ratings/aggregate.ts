import type { Rounding } from "../settings";

/**
 * `x` to `decimals` decimals, rounded half up or truncated, on the decimal the number stands
 * for, not its binary approximation: 1.45 × 10 is 14.499999999999998 in binary and still
 * rounds to 1.5; 98.25 → 98.3, 0.15 → 0.2. Halves round away from zero. Non-finite input, and
 * numbers from 10^15 on, are returned as they are.
 */
export function roundTo(x: number, decimals: number, rounding: Rounding): number {
  if (!Number.isFinite(x)) return x;
  // From 10^15 on a double holds no decimals to round; scaling one near its limit would overflow.
  if (Math.abs(x) >= 1e15) return x;
  const scale = 10 ** decimals;
  const quick = roundedQuickly(x * scale, decimals, rounding);
  if (quick !== null) return quick / scale + 0;
  const scaled = Number((x * scale).toPrecision(15));
  const whole =
    rounding === "truncate"
      ? Math.trunc(scaled)
      : Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5);
  // "+ 0" turns -0 into 0.
  return Number((whole / scale).toPrecision(15)) + 0;
}

/**
 * The whole number roundTo takes `scaled` to, when its 15 digits cannot matter; else null.
 * Reading `scaled` to 15 significant digits moves it by less than |scaled| × 10^-14: a figure
 * further than that from where the rounding turns (an integer, or a half for rounding) rounds
 * the same either way. Below 10^15 the whole number has at most 15 digits, so dividing it by
 * an exact power of ten already gives the double that the 15-digit reading would.
 */
function roundedQuickly(scaled: number, decimals: number, rounding: Rounding): number | null {
  const size = Math.abs(scaled);
  if (size >= 1e15 || !Number.isInteger(decimals) || decimals < 0 || decimals > 15) return null;
  const fraction = size - Math.floor(size);
  const slack = size * 1e-14;
  if (rounding === "truncate") {
    if (fraction !== 0 && (fraction <= slack || fraction >= 1 - slack)) return null;
    return Math.trunc(scaled);
  }
  if (Math.abs(fraction - 0.5) <= slack) return null;
  return Math.sign(scaled) * Math.floor(size + 0.5);
}

/** One decimal, the rule for results (DOMAIN section 5). */
export function roundFigure(x: number, rounding: Rounding): number {
  return roundTo(x, 1, rounding);
}

export type Agreement = "equal" | "other-habit" | "different";

/**
 * A stated figure against the exact one at `decimals` decimals: "equal" under the chosen
 * rounding, "other-habit" under the other one (a note: published reports contain both), else
 * "different" (an error).
 */
export function agreement(
  stated: number,
  exact: number,
  rounding: Rounding,
  decimals = 1,
): Agreement {
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const other: Rounding = rounding === "round" ? "truncate" : "round";
  if (same(stated, roundTo(exact, decimals, rounding))) return "equal";
  if (same(stated, roundTo(exact, decimals, other))) return "other-habit";
  return "different";
}

/**
 * A stated figure against the exact one under the default rounding: "equal" when it is the
 * rounded value; "truncated-only" when it is the truncated but not the rounded value.
 */
export function compareStated(
  stated: number,
  exact: number,
): "equal" | "truncated-only" | "different" {
  const seen = agreement(stated, exact, "round");
  return seen === "other-habit" ? "truncated-only" : seen;
}

/** Arithmetic mean; null for no values. */
export function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}

export interface RatingAggregate {
  /** Each objective's rating (mean of its measures' ratings), to one decimal. */
  objectives: (number | null)[];
  /** The same, unrounded, to compare stated figures with `compareStated`. */
  objectivesExact: (number | null)[];
  /** Mean over all rated measures (pooled), to one decimal. */
  overall: number | null;
  overallExact: number | null;
  /** Number of rated measures. */
  rated: number;
}

const rated = (r: number | null): r is number => r !== null && Number.isFinite(r);

/**
 * Objective ratings and the overall rating. The overall figure pools all rated measures; it is
 * not the mean of the objective means (an objective with three measures weighs three times
 * one with a single measure). Not-due measures (null) are left out of sums and counts.
 */
export function aggregateRatings(
  objectives: { ratings: (number | null)[] }[],
  rounding: Rounding,
): RatingAggregate {
  const kept = objectives.map((o) => o.ratings.filter(rated));
  const objectivesExact = kept.map(mean);
  const all = kept.flat();
  const overallExact = mean(all);
  const round = (x: number | null) => (x === null ? null : roundFigure(x, rounding));
  return {
    objectives: objectivesExact.map(round),
    objectivesExact,
    overall: round(overallExact),
    overallExact,
    rated: all.length,
  };
}
