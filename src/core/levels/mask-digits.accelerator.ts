import { isDigitAt } from "./numbers";

/**
 * An accelerator for the mask rules whose every match starts at a digit with no digit before it
 * (dates, years, months, days, phone numbers, list markers: mask.ts): each rule's pattern
 * searched a whole paragraph, most of it words, for the few places a run of digits starts.
 * Here those places are found once for all the rules, and each rule is tried at them alone,
 * where the run is as long as the rule's matches start with. Measured on the 675 level cells
 * with a digit of bench/real-sizes.ts's 600-row report (medians of 200 rounds in turns, CPU
 * time, a loaded shared 2-core machine): maskByRules over them 6.3 ms without it, 5.3 ms with it.
 */

/** A rule tried at runs of digits: its pattern, sticky, and how many digits its matches start with. */
export interface DigitRule {
  sticky: RegExp;
  /** Every match starts with a whole run of `min` to `max` digits. */
  min: number;
  max: number;
  /**
   * The rule's matches are words before the digits ("сарын 20", "Зорилт 1.1"): `sticky` looks
   * back at the words and matches from the digits on, so a replace of its match is the rule's
   * only where the rule blanks digits (the words have none).
   */
  lookBack: boolean;
}

/** A global pattern's rule at runs of digits: its matches start with `min` to `max` digits. */
export const digitRule = (re: RegExp, min: number, max = min): DigitRule => ({
  sticky: new RegExp(re.source, `${re.flags.replace("g", "")}y`),
  min,
  max,
  lookBack: false,
});

/**
 * The rule `(?:before)digits` (flags `flags`) at runs of digits, for a `before` that holds no
 * digit and ends where its `digits` start, with `min` to `max` of them. A search for the words
 * of `before` goes through a whole paragraph; here they are looked back at from each run (the
 * look back walks a word once: linear, where a search trying it at every character would not
 * be). A match of `before` cannot end in a digit, so the rule's matches start their digits at
 * runs; none overlap another's words, so the runs where the look back holds are those the rule
 * reaches.
 */
export const digitRuleAfter = (
  before: string,
  digits: string,
  flags: string,
  min: number,
  max = min,
): DigitRule => ({
  sticky: new RegExp(`(?<=${before})${digits}`, `${flags.replace("g", "")}y`),
  min,
  max,
  lookBack: true,
});

/**
 * The runs of digits of `text` (the start and end of each, one after the other), given those
 * of a text it masks (of the same length, with some characters made spaces): its digits lie in
 * those runs, so only their characters are read, not the whole text searched again after each
 * rule that masked something.
 */
export function digitRunsWithin(text: string, runs: readonly number[]): number[] {
  const within: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const end = runs[k + 1];
    for (let i = runs[k]; i < end; i++) {
      if (!isDigitAt(text, i)) continue;
      const start = i;
      while (i + 1 < end && isDigitAt(text, i + 1)) i++;
      within.push(start, i + 1);
    }
  }
  return within;
}

/**
 * `text.replace(re, replace)` for the global pattern of `rule`, given the runs of digits of `text`.
 * Tried at the start of each run after the last match that is as long as its matches start
 * with, in order, the pattern finds the matches a search would.
 */
export function replaceAtDigitRuns(
  text: string,
  { sticky, min, max }: DigitRule,
  runs: readonly number[],
  replace: (m: string) => string,
): string {
  let out = "";
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k];
    const length = runs[k + 1] - start;
    if (start < from || length < min || length > max) continue;
    sticky.lastIndex = start;
    if (!sticky.test(text)) continue;
    const end = sticky.lastIndex;
    out += text.slice(from, start) + replace(text.slice(start, end));
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}
