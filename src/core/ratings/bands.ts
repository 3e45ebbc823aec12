import type { Bilingual } from "../text";
import { scaleOf, type Band, type RatingScheme } from "./scheme";

/**
 * Which band a rating is counted in. Bounds are inclusive. Ratings are continuous (97.9, 30.4)
 * while printed bands have whole-number bounds ("0-30", "31-59"), so a value above a band's
 * whole-number max and below max + 1 is counted in that band when no band holds it and a band
 * lies above: the printed max reads as "below the next band". 30.4 is in "0 /0-30/"; with the
 * printed "60-69" and "90-100", 69.5 is in "60-69" and 75 in none (a gap, see
 * `validateScheme`); 100.5 is above the top band and in none.
 */
export function bandOf(value: number, scheme: RatingScheme): Band | null {
  if (!Number.isFinite(value)) return null;
  for (const b of scheme.bands) if (value >= b.min && value <= b.max) return b;
  for (const b of scheme.bands) {
    const tail = Number.isInteger(b.max) && value > b.max && value < b.max + 1;
    if (tail && scheme.bands.some((above) => above.min > value)) return b;
  }
  return null;
}

export interface SchemeProblem {
  /** "shape": a custom scheme that is not a scheme at all (from/to are then 0). */
  kind: "gap" | "overlap" | "order" | "range" | "shape";
  from: number;
  to: number;
  message: Bilingual;
}

const span = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

const gap = (from: number, to: number): SchemeProblem => ({
  kind: "gap",
  from,
  to,
  message: {
    mn: `${span(from, to)} үнэлгээ аль ч бүлэгт хамаарахгүй байна (бүлгүүдийн хооронд завсар үлдсэн).`,
    en: `Ratings ${span(from, to)} fall in no band (the bands leave a gap).`,
  },
});

const overlap = (from: number, to: number): SchemeProblem => ({
  kind: "overlap",
  from,
  to,
  message: {
    mn: `${span(from, to)} үнэлгээ хоёр бүлэгт давхцаж байна.`,
    en: `Ratings ${span(from, to)} fall in two bands (the bands overlap).`,
  },
});

const outOfRange = (what: Bilingual, x: number, scale: number): SchemeProblem => ({
  kind: "range",
  from: x,
  to: x,
  message: {
    mn: `${what.mn} 0-${scale} хооронд байх ёстой: ${x}.`,
    en: `${what.en} must lie between 0 and ${scale}: ${x}.`,
  },
});

const within = (x: number, scale: number): boolean => Number.isFinite(x) && x >= 0 && x <= scale;

/** Just past a band: values below this still count in it (see `bandOf`). */
const reach = (b: Band): number => (Number.isInteger(b.max) ? b.max + 1 : b.max);
const lastUncovered = (nextMin: number): number =>
  Number.isInteger(nextMin) ? nextMin - 1 : nextMin;

/** Gaps, overlaps, reversed bounds and out-of-range values of a scheme (RATING-SCHEME). */
export function validateScheme(s: RatingScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const bands: Band[] = [];
  const scale = scaleOf(s);
  const inRange = (x: number) => within(x, scale);
  const bound = { mn: "Бүлгийн хязгаар", en: "A band bound" };
  for (const b of s.bands) {
    if (!inRange(b.min)) problems.push(outOfRange(bound, b.min, scale));
    else if (!inRange(b.max)) {
      problems.push(outOfRange(bound, b.max, scale));
    } else if (b.min > b.max) {
      problems.push({
        kind: "order",
        from: b.min,
        to: b.max,
        message: {
          mn: `"${b.label}" бүлгийн доод хязгаар (${b.min}) дээд хязгаараас (${b.max}) их байна.`,
          en: `Band "${b.label}" has its lower bound (${b.min}) above its upper bound (${b.max}).`,
        },
      });
    } else bands.push(b);
  }
  bands.sort((a, b) => a.min - b.min || a.max - b.max);

  // Compare each band with the one reaching furthest so far, so nested bands are caught too.
  for (let i = 1, furthest = bands[0]; i < bands.length; i++) {
    const n = bands[i];
    if (n.min <= furthest.max) problems.push(overlap(n.min, Math.min(furthest.max, n.max)));
    if (n.max > furthest.max) furthest = n;
  }

  if (s.allowed) {
    for (const v of s.allowed) {
      if (!inRange(v)) problems.push(outOfRange({ mn: "Үнэлгээ", en: "A rating" }, v, scale));
      else if (!bands.some((b) => v >= b.min && v <= b.max)) problems.push(gap(v, v));
    }
  } else if (bands.length === 0) {
    problems.push(gap(0, scale));
  } else {
    if (bands[0].min > 0) problems.push(gap(0, lastUncovered(bands[0].min)));
    let furthest = bands[0];
    for (const n of bands.slice(1)) {
      if (n.min > reach(furthest)) problems.push(gap(reach(furthest), lastUncovered(n.min)));
      if (n.max > furthest.max) furthest = n;
    }
    if (furthest.max < scale) problems.push(gap(Math.min(reach(furthest), scale), scale));
  }

  problems.push(...thresholdProblems(s));
  return problems;
}

function thresholdProblems(s: RatingScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const scale = scaleOf(s);
  const allowed = (v: number) => !s.allowed || s.allowed.includes(v);
  let previous = Infinity;
  for (const t of s.thresholds) {
    if (!Number.isFinite(t.min)) {
      problems.push(outOfRange({ mn: "Босго", en: "A threshold" }, t.min, scale));
      continue;
    }
    if (!within(t.value, scale) || !allowed(t.value)) {
      problems.push({
        kind: "range",
        from: t.value,
        to: t.value,
        message: {
          mn: `Босгоны үнэлгээ ${t.value} энэ аргачлалд зөвшөөрөгдөөгүй.`,
          en: `Threshold rating ${t.value} is not a rating this scheme allows.`,
        },
      });
    }
    if (t.min > previous) {
      problems.push({
        kind: "order",
        from: t.min,
        to: previous,
        message: {
          mn: `Босго ${t.min} нь өмнөх ${previous} босгоос их тул хэзээ ч хэрэглэгдэхгүй: босгыг буурах дарааллаар бичнэ.`,
          en: `Threshold ${t.min} comes after ${previous} and can never apply: list thresholds from high to low.`,
        },
      });
    }
    previous = Math.min(previous, t.min);
  }
  for (const l of s.levels ?? []) {
    if (!allowed(l.value)) {
      problems.push({
        kind: "range",
        from: l.value,
        to: l.value,
        message: {
          mn: `"${l.label.mn}" түвшний утга ${l.value} зөвшөөрөгдсөн үнэлгээнд алга.`,
          en: `Level "${l.label.en}" has value ${l.value}, which is not an allowed rating.`,
        },
      });
    }
  }
  return problems;
}
