import type { CriterionEvaluation } from "../evaluate";
import { computeFulfilment, decreaseFromNumbers } from "../evaluate/fulfilment";
import {
  EMPTY_LEVEL,
  primaryQuantity,
  unitClass,
  type LevelReading,
  type Quantity,
} from "../levels";
import type { Settings } from "../settings";

/** The fulfilment a criterion row should state, as far as its levels tell. */
export interface ExpectedFulfilment {
  /** The figure to write (capped as the settings say), unrounded. */
  value: number;
  /** Over-achievement before the cap. */
  uncapped: number;
  /**
   * Another reading a stated figure may equal without a finding: a decrease read from the
   * numbers alone (target below baseline, no reducing word) may as well be a plain ratio.
   */
  alternative?: number;
  /** One plain number in each level, in the same unit, read one way: the fix is certain. */
  certain: boolean;
  /** The numbers say decreasing but the criterion counts something: read as a plain ratio. */
  readAsRatio?: true;
  /** The levels the figure comes from, for the message. */
  target: Quantity | null;
  achieved: Quantity | null;
  /** The figure is the mean of this many numbered criteria listed in one cell. */
  items?: number;
}

/** A reading that gives its number plainly: one quantity, no guess, no damage. */
const plain = (r: LevelReading): boolean =>
  r.quantities.length === 1 && r.confidence !== "guess" && r.ambiguities.length === 0 && !r.damaged;

function sameUnit(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== "count" || a.unit === b.unit) return true;
  const ca = unitClass(a.unit);
  return ca !== null && ca === unitClass(b.unit);
}

/**
 * What the Гүйцэтгэлийн хувь of a criterion should be, from the evaluation's computation
 * (DOMAIN section 4); null when the levels give no figure. A number taken from free text is
 * certain only when it is the one number of its cell, in the target's unit: nothing was picked.
 * Where the numbers alone say "decreasing" and the words name a count ("…тоо"), the words win
 * for the suggestion (more of a count is better); VALUE-DIRECTION reports the doubt.
 */
export function expectedFulfilment(
  ce: CriterionEvaluation,
  settings: Settings,
): ExpectedFulfilment | null {
  const computed = ce.computed;
  if (!computed || !ce.achieved) return null;
  const target = primaryQuantity(ce.target);
  const achieved = target
    ? primaryQuantity(ce.achieved, { preferUnit: target.unit, preferKind: target.kind })
    : null;
  if (computed.status === "met") {
    return { value: 100, uncapped: 100, certain: true, target, achieved };
  }
  if (computed.status !== "computed") return null;
  if (computed.items) {
    // Each item's levels are plain figures on their own lines: the mean is as sure as they are.
    const { value, uncapped, items } = computed;
    return { value, uncapped, certain: !computed.suggested, target: null, achieved: null, items };
  }

  const unitsAgree = !!target && !!achieved && sameUnit(target, achieved);
  // The levels the figure is computed from: target and achieved, and the baseline for progress.
  const usedPlain =
    plain(ce.target) &&
    plain(ce.achieved) &&
    (computed.method !== "progress" || plain(ce.baseline));
  const plainLevels = !computed.suggested || (usedPlain && unitsAgree);
  if (!decreaseFromNumbers(computed)) {
    return {
      value: computed.value,
      uncapped: computed.uncapped,
      certain: plainLevels,
      target,
      achieved,
    };
  }
  // The same levels read as a plain ratio: without a baseline the direction is increasing.
  const ratio = computeFulfilment(
    { texts: [], baseline: EMPTY_LEVEL, target: ce.target, achieved: ce.achieved },
    { method: "ratio", cap: settings.cap },
  );
  if (ratio.status !== "computed") {
    return { value: computed.value, uncapped: computed.uncapped, certain: false, target, achieved };
  }
  if (computed.direction.conflict) {
    return {
      value: ratio.value,
      uncapped: ratio.uncapped,
      certain: false,
      readAsRatio: true,
      target,
      achieved,
    };
  }
  return {
    value: computed.value,
    uncapped: computed.uncapped,
    alternative: ratio.value,
    certain: false,
    target,
    achieved,
  };
}
