/**
 * Numbers in level texts that are not measures: dates, years, law article and order numbers,
 * item numbers, standard numbers, phone numbers, web addresses and list markers. They are
 * blanked (replaced by spaces, so positions stay the same) before numbers are read.
 */
import {
  digitRule,
  digitRuleAfter,
  digitRunsWithin,
  replaceAtDigitRuns,
  type DigitRule,
} from "./mask-digits.accelerator";
import { replaceInRuns } from "./mask-runs.accelerator";
import { markScanner, type TextMarks } from "./text-marks.accelerator";
import { LIST_MARKER } from "../cells/item-numbers";

/**
 * `needs`: what every match contains (a character, or a quick pattern): a rule is skipped where
 * its character is missing, and a text where every rule's is (maskNonMeasures' one search).
 * `wordy`: the rule matches only in a text with a letter (or "№"), so that cells of figures
 * and marks alone ("45,5%", "1 250") skip it without testing `needs`.
 */
export type Rule = {
  re: RegExp;
  digitsOnly: boolean;
  needs?: string | RegExp;
  wordy: boolean;
  /** Every match lies in a run of these characters holding `needs` (mask-runs.accelerator.ts). */
  runs?: RegExp;
  /**
   * Where every match starts at a digit with no digit before it: the rule tried there alone
   * (mask-digits.accelerator.ts).
   */
  atDigits?: DigitRule;
};

const rule = (re: RegExp, digitsOnly = true, needs?: string | RegExp): Rule => ({
  re,
  digitsOnly,
  needs,
  wordy: false,
});
const wordy = (r: Rule): Rule => ({ ...r, wordy: true });
/** A rule whose every match starts with a whole run of `min` to `max` digits. */
const atDigits = (r: Rule, min: number, max = min): Rule => ({
  ...r,
  atDigits: digitRule(r.re, min, max),
});

/**
 * A rule of words before a number, `(?:before)digits`, blanking the digits: tried at runs of
 * `min` to `max` digits, the words looked back at (digitRuleAfter).
 */
const afterWords = (
  before: string,
  digits: string,
  flags: string,
  needs: string | RegExp,
  min: number,
  max = min,
): Rule => ({
  ...rule(new RegExp(`(?:${before})${digits}`, flags), true, needs),
  atDigits: digitRuleAfter(before, digits, flags, min, max),
});

/** The words an item or article number follows, and those that take a case ending ("зүйлийн"). */
const ITEM_WORDS: readonly { word: string; endings: boolean }[] = [
  { word: "зорилт", endings: false },
  { word: "арга хэмжээ", endings: false },
  { word: "зүйл", endings: true },
  { word: "заалт", endings: true },
  { word: "хавсралт", endings: true },
  { word: "бүлэг", endings: true },
  { word: "№", endings: false },
  { word: "iso", endings: false },
];
const itemWord = ({ word, endings }: { word: string; endings: boolean }): string =>
  endings ? `${word}\\p{L}*` : word;

/** The characters of an order number, beside its "/" and "-". */
const ORDER = "\\p{L}\\d";

/** A list's item marker before a figure: "1. 100", "2) 4" (the figure is not part of it). */
const LIST_ITEM = `${LIST_MARKER}(?=[ \\t]+\\d)`;

/** No ASCII letter and no character beyond ASCII: figures, spaces and marks only. */
export const FIGURES_AND_MARKS = /^[^A-Za-z\u0080-\uFFFF]*$/;

/** The rules in the order they apply (exported for the tests of `needs` and `wordy`). */
export const RULES: readonly Rule[] = [
  // Markup and addresses: blank all of it.
  rule(/<[^<>]*>/gu, false, "<"),
  rule(/&(?:nbsp|amp|lt|gt|quot|#\d+);/gu, false, "&"),
  wordy(rule(/(?:https?:\/\/|www\.)[^\s<>"”]+/giu, false, /https?:|www\./iu)),
  rule(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, false, "@"),
  // Dates: 2024.04.23, 2024.02.22-02.23, 23.04.2024.
  atDigits(
    rule(
      /(?<!\d)(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}(?:\s*[-–]\s*\d{1,2}(?:[./]\d{1,2})?)?(?!\d)/gu,
      true,
      /(?:19|20)\d\d[./-]\d/,
    ),
    4,
  ),
  atDigits(
    rule(/(?<!\d)\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?!\d)/gu, true, /[./](?:19|20)\d\d/),
    1,
    2,
  ),
  // Years: "2024 онд", "2026-2028 оны", "2025 ОНЫ".
  wordy(
    atDigits(
      rule(
        /(?<![\d.,])(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?(?=\s*-?\s*он(?:ы|д|оос|ыг|той|уудад)?(?!\p{L}))/giu,
        true,
        /он/iu,
      ),
      4,
    ),
  ),
  // Months and days: "1-12 сард", "06 сарын 20-ний", "07 дугаар сарын 09", "29-нд".
  wordy(
    atDigits(
      rule(
        /(?<![\d.,])\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?=сар(?:ын|д|аас|ыг|ууд)?(?!\p{L}))/giu,
        true,
        /сар/iu,
      ),
      1,
      2,
    ),
  ),
  wordy(afterWords("сарын\\s{1,3}", "\\d{1,2}(?!\\d)", "giu", /сарын/iu, 1, 2)),
  wordy(
    atDigits(
      rule(/(?<![\d.,])\d{1,2}\s*-\s*(?=(?:ний|ны|нд|ноос|нөөс|нээс)(?!\p{L}))/giu, true, "-"),
      1,
      2,
    ),
  ),
  // Order and document numbers: "А/50", "03/НД-22/23", "13/1"; standards and times "9001:2015".
  {
    ...rule(
      new RegExp(`(?<![${ORDER}-])[${ORDER}][${ORDER}-]*\\/[${ORDER}][${ORDER}/-]*`, "gu"),
      true,
      "/",
    ),
    runs: new RegExp(`[${ORDER}/-]`, "u"),
  },
  atDigits(rule(/\d+:\d+/gu, true, ":"), 1, Infinity),
  // Item and article numbers after their word: "Зорилт 1.1.", "Арга хэмжээ 2.3", "№ 12".
  // (Matched forwards: a lookbehind with \p{L}* is quadratic on long words, and looked back at
  // from each run of digits (afterWords) 1 µs a run.)
  wordy(
    rule(
      new RegExp(`(?:${ITEM_WORDS.map(itemWord).join("|")})\\s{0,3}\\d+(?:\\.\\d+)*\\.?`, "giu"),
      true,
      new RegExp(ITEM_WORDS.map((w) => w.word).join("|"), "iu"),
    ),
  ),
  // Phone numbers: "7777-1289", "(976-11)".
  atDigits(rule(/(?<!\d)\d{4}-\d{4}(?!\d)/gu, true, "-"), 4),
  rule(/\(\d{2,4}-\d{2,4}\)/gu, true, "("),
  // List markers: "1.Нийгмийн …", "2. Хөдөлмөр …", "3) …" (never a digit after the mark: "2.5").
  atDigits(
    rule(
      new RegExp(`(?<=^|[\\n•;:>(]|\\s)${LIST_MARKER}(?=\\s*[\\p{L}"“«])`, "gu"),
      true,
      /\d[.)]\s*[^\d\s]/,
    ),
    1,
    2,
  ),
  // A numbered list of levels, one a line: "1. 100\n2. 4" for a cell's numbered criteria. A
  // marker opening a line before a figure is one where another line opens so too; a lone
  // "2. 5" is left as it is written. (The other line is looked for lazily: the next or the
  // one before, not across a long cell from each marker.)
  atDigits(
    rule(
      new RegExp(
        `(?<=(?:^|\\n)[ \\t]*)${LIST_ITEM}(?:(?=[^]*?\\n[ \\t]*${LIST_ITEM})|(?<=(?:^|\\n)[ \\t]*${LIST_ITEM}[^]*?\\n[ \\t]*${LIST_MARKER}))`,
        "gu",
      ),
      true,
      new RegExp(`\\n[ \\t]*${LIST_ITEM}`, "u"),
    ),
    1,
    2,
  ),
];

/** The marks the rules need, found with a text's runs of digits in one walk. */
export const RULE_MARKS = markScanner(
  RULES.flatMap(({ needs }) => (typeof needs === "string" ? [needs] : [])),
);

/** Ordinal words: the numbers right before them are article, order or place numbers. */
const ORDINAL = /дугаар|дүгээр|дахь|дэх|тоот|-\s*р(?!\p{L})/giu;
const HAS_ORDINAL = new RegExp(ORDINAL.source, "iu");
const ORDINAL_CHAIN = /[\d.,\-– \t]/u;

/**
 * "8 дугаар зүйл", "8.2-8.6 дугаар заалт", "37, 39 дүгээр", "8.2.9 дэх", "159 тоот", "4-р байр":
 * walks back from the ordinal word over the chain of numbers (a walk, not a regex, so long
 * lists of numbers cannot make matching slow).
 */
function maskOrdinals(work: string): string {
  // The digits to blank, by UTF-16 index; the text is copied only when there are some. One
  // search: a text without an ordinal word (most) is left at its first.
  const blank: number[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(work); m; m = ORDINAL.exec(work)) {
    let i = m.index - 1;
    if (m[0].startsWith("-")) i = m.index;
    while (i >= 0 && ORDINAL_CHAIN.test(work[i])) {
      if (work[i] >= "0" && work[i] <= "9") blank.push(i);
      i--;
    }
  }
  if (blank.length === 0) return work;
  blank.sort((a, b) => a - b);
  let out = "";
  let from = 0;
  for (const i of blank) {
    if (i < from) continue; // walked over twice
    out += `${work.slice(from, i)} `;
    from = i + 1;
  }
  return out + work.slice(from);
}

/** A rule's `needs` as a pattern's source; without one, a source that matches anything. */
const needsSource = ({ needs }: Rule): string =>
  needs === undefined
    ? ""
    : typeof needs === "string"
      ? needs.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")
      : needs.source;

/**
 * What any rule needs, or an ordinal word, in one pattern: most cells have none of them, and
 * one search costs less than one for each rule.
 */
const ANY_NEEDS = new RegExp([...RULES.map(needsSource), HAS_ORDINAL.source].join("|"), "iu");

/** `text` with non-measure numbers (and markup) replaced by spaces; same length as `text`. */
export function maskNonMeasures(text: string): string {
  return ANY_NEEDS.test(text) ? maskByRules(text) : text;
}

const blankDigits = (m: string): string => m.replace(/\d/gu, " ");
const blankAll = (m: string): string => " ".repeat(m.length);

/**
 * maskNonMeasures without its first search (exported for the test of ANY_NEEDS). `marks`: the
 * RULE_MARKS scan of `text`, when the caller has it.
 */
export function maskByRules(text: string, marks: TextMarks = RULE_MARKS.scan(text)): string {
  const wordless = !marks.wordy;
  let work = text;
  // The runs of digits of `work`, or of an earlier `work` (`masked` since), which hold its own.
  let digits: readonly number[] = marks.runs;
  let masked = false;
  for (const { re, digitsOnly, needs, wordy, runs, atDigits } of RULES) {
    if (wordy && wordless) continue;
    // A needed character was found in the text or not (masking only takes characters away: a
    // rule whose mark was masked finds nothing). A needed pattern costs as much as the rule's
    // own search (measured), so the rule is tried instead; the patterns serve ANY_NEEDS.
    if (typeof needs === "string" && !RULE_MARKS.holds(marks, needs)) continue;
    const blank = digitsOnly ? blankDigits : blankAll;
    if (atDigits) {
      if (masked) digits = digitRunsWithin(work, digits);
      masked = false;
      const replaced = replaceAtDigitRuns(work, atDigits, digits, blank);
      if (replaced !== work) masked = true;
      work = replaced;
      continue;
    }
    if (runs && typeof needs === "string") {
      work = replaceInRuns(work, re, runs, needs, blank);
      masked = true;
      continue;
    }
    // A replace that finds nothing still costs garbage, and most rules find nothing.
    re.lastIndex = 0;
    if (!re.test(work)) continue;
    work = work.replace(re, blank);
    masked = true;
  }
  // Every ordinal word has a letter.
  return wordless ? work : maskOrdinals(work);
}
