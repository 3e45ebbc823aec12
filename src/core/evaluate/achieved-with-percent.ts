import { EMPTY_LEVEL, primaryQuantity, type LevelReading, type Quantity } from "../levels";

/** An achieved cell of a column that holds the level and its percentage, read apart. */
export interface AchievedWithPercent {
  /** The level reached, without the percentage. */
  level: LevelReading;
  /** The fulfilment percentage the cell states, if it states one. */
  percent: Quantity | null;
}

/** A unit column's word for a percentage. */
const PERCENT_UNIT = /%|хувь/u;

/**
 * «Хүрсэн түвшин буюу гүйцэтгэлийн хувь»: one column for the level reached and its percentage.
 * A percentage written after the level, with nothing but figures in the cell ("6700 (100,5%)",
 * "87% буюу 102,4%"), is the stated fulfilment; so is one written before a level that is no
 * percentage ("96,0% (576)") where the target is none either. A percentage alone is the
 * fulfilment where the target counts or sums something ("2 удаа", or 4 with the unit column's
 * «удаа»: "100%"), and the level where the target is a percentage or a bare number of no unit
 * (then it may well be the level itself). Anything else is the level, as in any report. `unit`:
 * the row's unit column, "" without one.
 */
export function splitAchieved(
  achieved: LevelReading,
  target: LevelReading,
  unit: string,
): AchievedWithPercent {
  const qs = achieved.quantities;
  const alone = { level: achieved, percent: null };
  if (achieved.kind !== "number" || qs.length === 0 || qs.length > 2) return alone;
  const last = qs[qs.length - 1];
  const aim = primaryQuantity(target);
  if (qs.length === 1) {
    if (last.kind !== "percent") return alone;
    const counted = aim?.kind === "count" || aim?.kind === "money";
    const stated = counted || (aim?.kind === "number" && unit !== "" && !PERCENT_UNIT.test(unit));
    return stated ? { level: EMPTY_LEVEL, percent: last } : alone;
  }
  const percentFirst = qs[0].kind === "percent" && last.kind !== "percent";
  if (last.kind !== "percent" && !(percentFirst && aim && aim.kind !== "percent")) return alone;
  const percent = percentFirst ? qs[0] : last;
  return { level: levelApart(achieved, percentFirst ? last : qs[0], percent), percent };
}

/**
 * Any report's achieved cell holding the level and, after it, its percentage ("12 (100%)",
 * "12 буюу 100%"), where the target is one level of no percentage: the level read apart, the
 * percentage the fulfilment it states. Null for any other cell: a percentage beside a target
 * that is one, or two levels, are two measures (VALUE-MULTI).
 */
export function levelThenPercent(
  achieved: LevelReading,
  target: LevelReading,
): AchievedWithPercent | null {
  const qs = achieved.quantities;
  if (achieved.kind !== "number" || qs.length !== 2) return null;
  const [level, percent] = qs;
  if (level.kind === "percent" || percent.kind !== "percent") return null;
  const aim = target.quantities;
  if (aim.length !== 1 || aim[0].kind === "percent") return null;
  return { level: levelApart(achieved, level, percent), percent };
}

/** "12/12", "4/4 буюу 100%", "3/4 (75%)": done of planned, with what may follow. */
const DONE_OF_PLANNED = /^\s*(\d+)\s*\/\s*(\d+)(?![\d/])/u;

/**
 * An achieved cell written as done of planned ("12/12", "3/4 (75%)"), where the planned figure
 * is the target's own (one level of no percentage): the level done, and a percentage written
 * after it as the fulfilment stated. The reader leaves "a/b" out as an order number ("А/50",
 * "13/1"); against a target of b it is the count done. Null for any other cell.
 */
export function doneOfPlanned(
  achieved: LevelReading,
  target: LevelReading,
): AchievedWithPercent | null {
  const m = DONE_OF_PLANNED.exec(achieved.text);
  const aim = target.quantities;
  if (!m || aim.length !== 1 || aim[0].kind === "percent" || Number(m[2]) !== aim[0].value) {
    return null;
  }
  // Nothing but a percentage may follow: anything else read is a measure of its own.
  const after = achieved.quantities;
  if (after.length > 1 || (after.length === 1 && after[0].kind !== "percent")) return null;
  const done: Quantity = {
    value: Number(m[1]),
    unit: aim[0].unit,
    kind: aim[0].kind,
    source: m[1],
    start: m.index + m[0].indexOf(m[1]),
  };
  const level: LevelReading = {
    ...achieved,
    kind: "number",
    quantities: [done],
    confidence: "certain",
  };
  return { level, percent: after[0] ?? null };
}

/** The achieved reading with only `level`, the `percent` beside it taken out. */
function levelApart(achieved: LevelReading, level: Quantity, percent: Quantity): LevelReading {
  // The percentage's own decimal-comma doubt goes with it; the level's stays.
  const ambiguities = achieved.ambiguities.filter((a) => !percent.source.startsWith(a.text));
  return {
    ...achieved,
    quantities: [level],
    ambiguities,
    confidence:
      achieved.confidence === "suggested" && ambiguities.length === 0
        ? "certain"
        : achieved.confidence,
  };
}
