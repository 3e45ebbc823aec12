import {
  isCountCriterion,
  primaryQuantity,
  unitClass,
  unitsCompatible,
  type LevelReading,
  type Quantity,
} from "../levels";
import { clean } from "../levels/numbers";
import { CEILING_WORDS, FLOOR_WORDS } from "../levels/vocabulary";
import { saysNotDue } from "../cells/marks";

export type Direction = "increasing" | "decreasing";

export interface DirectionReading {
  direction: Direction;
  source: "words" | "numbers" | "default";
  /**
   * The reading is doubtful: the numbers say decreasing but the words name a count ("…тоо")
   * and no reducing word (seed 003, 11.1 "Сургалтын тоо" 9 → 3), or the words and the numbers
   * point opposite ways. Either is a VALUE-DIRECTION finding.
   */
  conflict: boolean;
}

/** Words and marks that lower is better, a ceiling among them ("5-аас дээшгүй", "≤5"). */
const REDUCING = new RegExp(
  `бууруул|буурах|буурсан|бууралт|багасга|багасах|багассан|цөөрүүл|цөөрөх|цөөрсөн|алдалт|хоцрол|хоцрогдол|хэтрүүлэхгүй|${CEILING_WORDS}`,
  "iu",
);
/** Words and marks that higher is better, a floor among them ("70-аас доошгүй", "≥95%"). */
const RAISING = new RegExp(
  `нэмэгдүүл|нэмэгдэх|нэмэгдсэн|өсгөх|өсөх|өссөн|дээшлүүл|дээшилсэн|түүнээс\\s+дээш|${FLOOR_WORDS}`,
  "iu",
);

/** The direction a text's words name: a reducing word wins over a raising one. */
function wordsDirection(text: string): Direction | null {
  return REDUCING.test(text) ? "decreasing" : RAISING.test(text) ? "increasing" : null;
}

/**
 * Which way a criterion is good. `texts` in order of weight (criterion first, then activity),
 * then the target cell's own words (`targetText`, "20-оос бууруулах"): the first text with a
 * direction word decides, a reducing word winning within one text; with no such word, a target
 * below its baseline reads as decreasing; otherwise increasing. `counted`: the target counts
 * things ("2 удаа"), which names a count as "…тоо" does.
 */
export function directionOf(
  criterionTexts: readonly string[],
  baseline: number | null,
  target: number | null,
  counted = false,
  targetText = "",
): DirectionReading {
  const texts = targetText ? [...criterionTexts, targetText] : criterionTexts;
  const numbers: Direction | null =
    baseline === null || target === null || baseline === target
      ? null
      : target < baseline
        ? "decreasing"
        : "increasing";
  for (const text of texts) {
    const words = wordsDirection(text);
    if (words)
      return { direction: words, source: "words", conflict: numbers !== null && numbers !== words };
  }
  if (numbers === "decreasing") {
    const conflict = counted || texts.some((t) => isCountCriterion(t));
    return { direction: "decreasing", source: "numbers", conflict };
  }
  if (numbers === "increasing")
    return { direction: "increasing", source: "numbers", conflict: false };
  return { direction: "increasing", source: "default", conflict: false };
}

export interface FulfilmentOptions {
  method: "ratio" | "progress";
  cap: boolean;
}

export type FulfilmentResult =
  | {
      status: "computed";
      /** Unrounded percentage; within 0..100 when capped. */
      value: number;
      uncapped: number;
      direction: DirectionReading;
      /**
       * The direction computed with. A count whose target is below its baseline (a conflict
       * read from the numbers) is computed as increasing: more done is better, the lower
       * target is a smaller plan (seed 001, 1.2: 939 against 240 after 1141 last year).
       */
      applied: Direction;
      /** A number was picked from free text or settled by context: the evaluator confirms. */
      suggested: boolean;
      /** The method used: "progress" falls back to "ratio" without a usable baseline. */
      method: "ratio" | "progress";
      /** The mean of this many numbered criteria listed in one cell (numbered-parts.ts). */
      items?: number;
    }
  | { status: "met"; value: 100 }
  | {
      status: "none";
      reason:
        | "missing-target"
        | "missing-achieved"
        | "qualitative"
        | "keyword"
        | "unit-mismatch"
        | "zero-target"
        /** A level so large the ratio passes the largest number a cell holds. */
        | "out-of-range"
        | "not-due";
    };

type NoneReason = Extract<FulfilmentResult, { status: "none" }>["reason"];
const none = (reason: NoneReason): FulfilmentResult => ({ status: "none", reason });

/** Text of a qualitative level for comparison: quotes, case and spacing do not matter. */
function qualitativeKey(r: LevelReading): string {
  return r.text
    .replace(/<[^<>]*>/gu, " ")
    .replace(/["“”«»„'‘’.]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

const hasWordsOnly = (r: LevelReading): boolean =>
  r.kind === "qualitative" || (r.kind === "text" && r.quantities.length === 0);

/**
 * Fulfilment of one criterion (DOMAIN section 4). Increasing: achieved ÷ target × 100;
 * decreasing: 100 when achieved ≤ target, else target ÷ achieved × 100; progress:
 * (achieved − baseline) ÷ (target − baseline) × 100. Never throws.
 */
export function computeFulfilment(
  input: {
    texts: readonly string[];
    baseline: LevelReading;
    target: LevelReading;
    achieved: LevelReading;
  },
  options: FulfilmentOptions,
): FulfilmentResult {
  const { target, achieved, baseline } = input;
  if (saysNotDue(achieved.text.trim())) return none("not-due");
  if (target.kind === "empty") return none("missing-target");
  if (target.kind === "keyword") return none("keyword");
  if (hasWordsOnly(target)) {
    if (hasWordsOnly(achieved) && qualitativeKey(achieved) === qualitativeKey(target)) {
      return { status: "met", value: 100 };
    }
    return none("qualitative");
  }
  if (achieved.kind === "empty") return none("missing-achieved");
  if (achieved.kind === "keyword") return none("keyword");

  const t = primaryQuantity(target);
  if (!t) return none("missing-target");
  const like = { preferUnit: t.unit, preferKind: t.kind };
  const a = primaryQuantity(achieved, like);
  if (!a) return none("qualitative");
  if (!unitsCompatible(t, a)) return none("unit-mismatch");
  const bq = primaryQuantity(baseline, like);
  const b = bq && unitsCompatible(t, bq) ? bq : null;

  // A count of things ("2 удаа") is done more of; a duration ("7 хоног") below its baseline is
  // done faster, a decrease as DOMAIN section 4 reads it.
  const counted = t.kind === "count" && unitClass(t.unit) !== "duration";
  const direction = directionOf(input.texts, b?.value ?? null, t.value, counted, target.text);
  const applied: Direction =
    direction.conflict && direction.source === "numbers" ? "increasing" : direction.direction;
  const useProgress = options.method === "progress" && b !== null && b.value !== t.value;
  const raw = useProgress
    ? progress(b as Quantity, t, a)
    : applied === "decreasing"
      ? decreasingRatio(t, a)
      : increasingRatio(t, a);
  if (raw === null) return none("zero-target");
  if (!Number.isFinite(raw)) return none("out-of-range");

  const uncapped = clean(raw);
  const value = capped(uncapped, options);
  return {
    status: "computed",
    value,
    uncapped,
    direction,
    applied,
    suggested: picked(target) || picked(achieved) || (useProgress && picked(baseline)),
    method: useProgress ? "progress" : "ratio",
  };
}

/**
 * A ratio computed as a decrease the numbers alone say (a target below its baseline, no
 * reducing word): a plain ratio is as good a reading of it.
 */
export function decreaseFromNumbers(r: Extract<FulfilmentResult, { status: "computed" }>): boolean {
  return (
    r.method === "ratio" &&
    r.direction.direction === "decreasing" &&
    r.direction.source === "numbers"
  );
}

/** A reading whose number was picked (from free text, among several, or by context). */
const picked = (r: LevelReading): boolean => r.confidence !== "certain" || r.quantities.length > 1;

function increasingRatio(t: Quantity, a: Quantity): number | null {
  return t.value === 0 ? null : (a.value / t.value) * 100;
}

function decreasingRatio(t: Quantity, a: Quantity): number | null {
  if (a.value <= t.value) return 100;
  return a.value === 0 ? null : (t.value / a.value) * 100;
}

function progress(b: Quantity, t: Quantity, a: Quantity): number {
  return ((a.value - b.value) / (t.value - b.value)) * 100;
}

/**
 * A fulfilment as it counts: within 0–100 where the settings cap it (DOMAIN section 4: seed 001
 * shows 939 against a target of 240 as 100%), a person's stated figure as a computed one.
 */
export function capped(value: number, options: Pick<FulfilmentOptions, "cap">): number {
  return options.cap ? Math.min(100, Math.max(0, value)) : value;
}
