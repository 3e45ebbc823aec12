import { isDigitAt } from "./numbers";

/**
 * An accelerator for the mask rules whose every match starts at a digit with no digit before it
 * (dates, years, months, days, phone numbers, list markers: mask.ts): each rule's pattern
 * searched a whole paragraph, most of it words, for the few places a run of digits starts.
 * Here those places are found once for all the rules, and each rule is tried at them alone.
 */

/** An ASCII digit (what \d matches), searched from its lastIndex. */
const DIGIT = /[0-9]/g;

/** Where the runs of digits in `text` start, in order. */
export function digitRunStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT.lastIndex = 0;
  // A search for the next digit, then a walk over the run (a lookbehind tried at every
  // character costs more).
  while (DIGIT.test(text)) {
    let end = DIGIT.lastIndex;
    starts.push(end - 1);
    while (isDigitAt(text, end)) end++;
    DIGIT.lastIndex = end;
  }
  return starts;
}

/** A global pattern's sticky copy, to be tried at one place. */
export const stickyOf = (re: RegExp): RegExp =>
  new RegExp(re.source, `${re.flags.replace("g", "")}y`);

/**
 * `text.replace(re, replace)` for a global pattern whose every match starts at a digit with no
 * digit before it, given its sticky copy and `starts`, the digitRunStarts of `text`. Tried at each
 * start after the last match, in order, the pattern finds the matches a search would.
 */
export function replaceAtDigitStarts(
  text: string,
  sticky: RegExp,
  starts: readonly number[],
  replace: (m: string) => string,
): string {
  let out = "";
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    if (!sticky.test(text)) continue;
    const end = sticky.lastIndex;
    out += text.slice(from, start) + replace(text.slice(start, end));
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}
