import { roundTo } from "../ratings";
import type { Rounding } from "../settings";
import type { Bilingual } from "../text";

/**
 * An exact figure as a note about rounding shows it: two decimals, cut, not rounded, so that the
 * digit the two habits part on stays in sight (88.095 shows as 88.09, not 88.1).
 */
export function exactForHabit(exact: number): number {
  return roundTo(exact, 2, "truncate");
}

/**
 * The note for a stated figure that is the exact one under the other rounding habit (DOMAIN
 * section 5: published reports hold both): «<what> <stated> нь <exact>-ийг таслан бичсэн утга;
 * тохиргооны дагуу тоймлоход <computed>.» Every figure the checks compare says it so.
 */
export function otherHabitSentence(
  what: Bilingual,
  stated: string,
  exact: Bilingual,
  computed: string,
  rounding: Rounding,
): Bilingual {
  return rounding === "round"
    ? {
        mn: `${what.mn} ${stated} нь ${exact.mn}-ийг таслан бичсэн утга; тохиргооны дагуу тоймлоход ${computed}.`,
        en: `${what.en} ${stated} is ${exact.en} truncated; rounded half up as the settings say, it is ${computed}.`,
      }
    : {
        mn: `${what.mn} ${stated} нь ${exact.mn}-ийг тоймлон бичсэн утга; тохиргооны дагуу таслахад ${computed}.`,
        en: `${what.en} ${stated} is ${exact.en} rounded; truncated as the settings say, it is ${computed}.`,
      };
}
