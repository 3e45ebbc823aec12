import type { LevelReading, Quantity, QuantityKind } from "./types";
import { unitClass } from "./vocabulary";

/**
 * Whether two quantities can be compared: a bare number goes with anything; a percentage only
 * with a percentage, money only with money; counts of different kinds of things (people and
 * contracts) do not compare, counts of unknown things do.
 */
export function unitsCompatible(a: Quantity, b: Quantity): boolean {
  if (a.kind === "number" || b.kind === "number") return true;
  if (a.kind !== b.kind) return false;
  if (a.kind !== "count" || a.unit === b.unit) return true;
  const ca = unitClass(a.unit);
  const cb = unitClass(b.unit);
  return ca === null || cb === null || ca === cb;
}

function matchesUnit(q: Quantity, unit: string): boolean {
  if (unit === "%") return q.kind === "percent";
  if (unit === "төгрөг") return q.kind === "money";
  if (q.kind !== "count") return false;
  if (q.unit === unit) return true;
  const cls = unitClass(unit);
  return cls !== null && unitClass(q.unit) === cls;
}

/** The unit and kind a level's quantity is preferred in (usually the target's). */
interface QuantityPreference {
  preferUnit?: string | null;
  preferKind?: QuantityKind;
}

/** No preference: one object for every call without one (most calls). */
const NO_PREFERENCE: QuantityPreference = Object.freeze({});

/**
 * The quantity that stands for the level. For a cell with one quantity, that one; in free text
 * or a cell with several, the one in the preferred unit (usually the target's), then the preferred
 * kind, then one marked
 * as a total ("Нийт 939 …"), then one with any unit, the first on ties. Such a pick is a
 * suggestion: the reading's confidence already says so.
 */
export function primaryQuantity(
  reading: LevelReading,
  ctx: QuantityPreference = NO_PREFERENCE,
): Quantity | null {
  const qs = reading.quantities;
  if (qs.length <= 1) return qs[0] ?? null;
  let best: Quantity | null = null;
  let bestScore = -1;
  for (const q of qs) {
    // The target's own unit outweighs a mere kind match ("2463 даатгуулагч" over "96 гэрээ").
    const sameUnit = !!ctx.preferUnit && matchesUnit(q, ctx.preferUnit);
    const sameKind = !!ctx.preferKind && ctx.preferKind !== "number" && q.kind === ctx.preferKind;
    const score =
      (sameUnit ? 8 : 0) + (sameKind ? 4 : 0) + (q.total ? 2 : 0) + (q.kind !== "number" ? 1 : 0);
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}
