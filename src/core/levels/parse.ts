import { cellText, type CellValue } from "../grid";
import { maskByRules, RULE_MARKS } from "./mask";
import { labelStartBound, type LabelShape } from "./label.accelerator";
import { plainFigure, type PlainFigure } from "./plain-figure.accelerator";
import {
  clean,
  isDigitAt,
  isSpaceCode,
  isThinSpace,
  scanNumber,
  type NumberToken,
} from "./numbers";
import type { TextMarks } from "./text-marks.accelerator";
import { EMPTY_LEVEL } from "./types";
import type {
  Ambiguity,
  FormatSlip,
  LevelContext,
  LevelKeyword,
  LevelReading,
  Quantity,
  QuantityKind,
} from "./types";
import {
  CEILING_WORDS,
  FLOOR_WORDS,
  countedNounAt,
  countedNounOpening,
  isBetweenWord,
  isCountCriterion,
  isMoneyWord,
  isPercentWord,
  isTotalWord,
  lowerCase,
  mayStartNoun,
  mayBeUnitWord,
  NOUN_WORDS,
  scaleOf,
  unitClass,
} from "./vocabulary";
import { isFormulaError, isNoFigureMark } from "../cells/marks";
import { percentFormat } from "../cells/number-format";

const KEYWORDS: { re: RegExp; keyword: LevelKeyword }[] = [
  { re: /^тухай\s+бүр\p{L}{0,3}$/iu, keyword: "as-needed" },
  { re: /^сар\s+(?:бүр|тутам)\p{L}{0,4}$/iu, keyword: "monthly" },
  { re: /^улирал\s+(?:бүр|тутам)\p{L}{0,4}$/iu, keyword: "quarterly" },
];

/** The replacement characters a wrong encoding leaves (each looked for alone: no pattern's pass). */
const DAMAGE = ["\uFFFD", "\u25A1"];
const QUOTE_CHARS = `"“”«»„'‘’`;
/** The marks that may end a sentence, dropped with the quotes from a text's end. */
const STOP_MARKS = ".,;:!";
const QUOTED = new RegExp(`^[${QUOTE_CHARS}].*[${QUOTE_CHARS}]$`, "u");
const LETTER = /\p{L}/u;
/** The character at `i` is a space within a line: a space, a tab or a thin space (by code). */
function isInlineSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN outside the text
  return c === 0x20 || c === 0x09 || isThinSpace(c);
}
/**
 * Short words that may stand beside the numbers of a cell that is "just numbers": joining
 * words, and the marks and words of a floor ("≥95%", "3-аас доошгүй", "95%-иас дээш", "буюу
 * түүнээс дээш", "100 гаруй") or a ceiling ("≤5", "5-аас дээшгүй"), which leave the figure a
 * level (the direction they name is read with the criterion's words: directionOf).
 */
const JOINING_WORDS = new RegExp(
  `^(?:нийт|нийтдээ|бүгд|ба|болон|буюу|${FLOOR_WORDS}|${CEILING_WORDS}|[><]|[><]=|=[><]|дээш|түүнээс|гаруй|илүү)$`,
  "iu",
);

/**
 * Reads a baseline, target or achieved cell. Never throws: whatever the cell holds, the
 * reading says what was found and how sure it is.
 */
export function parseLevel(value: CellValue, ctx: LevelContext = {}): LevelReading {
  if (typeof value === "number") return readNumberCell(value, ctx.numberFormat ?? null, ctx.ratio);
  if (typeof value === "string") return readText(value, ctx);
  return readText(typeof value === "boolean" ? cellText(value) : "", ctx);
}

function readNumberCell(v: number, format: string | null, ratio = false): LevelReading {
  const percent = ratio ? "scaled" : percentFormat(format);
  const value = percent === "scaled" ? clean(v * 100) : v;
  if (!Number.isFinite(value)) return EMPTY_LEVEL;
  const money = !percent && !!format && /₮|MNT|төг/iu.test(format);
  const kind: QuantityKind = percent ? "percent" : money ? "money" : "number";
  const text = percent ? `${value}%` : cellText(v);
  const unit = percent ? "%" : money ? "төгрөг" : null;
  return {
    text,
    kind: "number",
    quantities: [{ value, unit, kind, source: text, start: 0 }],
    confidence: "certain",
    slips: [],
    ambiguities: [],
  };
}

/** The text with markup replaced by spaces; `marks`: its RULE_MARKS scan. */
const untaggedOf = (text: string, marks: TextMarks): string =>
  RULE_MARKS.holds(marks, "<") ? text.replace(/<[^<>]*>/gu, " ") : text;

/**
 * The untagged text with every run of spaces made one plain space, trimmed. `marks`: the
 * RULE_MARKS scan of the text it untags, which tells its odd spaces where it is the same text.
 */
function plainOf(untagged: string, text: string, marks: TextMarks): string {
  // Most cells have single plain spaces only: no copy to make.
  const odd = untagged === text ? marks.oddSpace : ODD_SPACE.test(untagged);
  return (odd ? untagged.replace(/\s+/gu, " ") : untagged).trim();
}

/**
 * A space other than one plain space: a tab, a line break, a run of spaces (exported for the
 * test of RULE_MARKS' oddSpace).
 */
export const ODD_SPACE = /[^\S ]| {2}/u;

/** A plain text without the quotes around it and the stop marks after it. */
function bareOf(plain: string): string {
  // Walked in from the ends: a pattern anchored at the end is tried at every mark of a paragraph.
  let from = 0;
  let to = plain.length;
  while (from < to && QUOTE_CHARS.includes(plain[from])) from++;
  while (to > from && QUOTE_CHARS.includes(plain[to - 1])) to--;
  while (to > from && STOP_MARKS.includes(plain[to - 1])) to--;
  return plain.slice(from, to).trim();
}

/**
 * The empty list every reading without slips, ambiguities or quantities shares: readings are
 * kept (an evaluation holds thousands) and are never added to once made. Frozen, so that a
 * push into it fails loudly instead of reaching every other reading.
 */
const NONE: never[] = Object.freeze([]) as never[];

/** One literal for every reading (one object shape). */
function reading(
  text: string,
  kind: LevelReading["kind"],
  quantities: Quantity[],
  confidence: LevelReading["confidence"],
  slips: FormatSlip[] = NONE,
  ambiguities: Ambiguity[] = NONE,
): LevelReading {
  const r: LevelReading = { text, kind, quantities, confidence, slips, ambiguities };
  if (DAMAGE.some((c) => text.includes(c))) r.damaged = true;
  return r;
}

/** A text cell: most are one figure with its unit, found by the accelerator. */
function readText(text: string, ctx: LevelContext): LevelReading {
  const figure = plainFigure(text);
  const quantity = figure && plainQuantity(text, figure);
  return quantity ? reading(text, "number", [quantity], "certain") : readAnyText(text, ctx);
}

/**
 * The quantity of a plain figure with what follows it: nothing, "%", or one word read by
 * readUnit's rule for a word. Null where readUnit would leave the word unread (a word between a
 * number and its unit, or any other) or the scaled figure overflows.
 */
function plainQuantity(text: string, { end, value, after }: PlainFigure): Quantity | null {
  const unit = noUnit(end);
  if (after === "%") unit.percent = true;
  else if (after !== null && !readUnitWord(unit, [lowerCase(after)], 0)) return null;
  if (!Number.isFinite(value * unit.scale)) return null;
  return {
    value: measured(value, 1, unit),
    unit: unitNameOf(unit, null),
    kind: kindOf(unit, null),
    source: text,
    start: 0,
  };
}

/** Any text cell, read by every rule (exported for the accelerator's equivalence test). */
export function readAnyText(text: string, ctx: LevelContext): LevelReading {
  // The text's runs of digits and marks, found once for the masking and the reading.
  const marks = RULE_MARKS.scan(text);
  const untagged = untaggedOf(text, marks);
  // No-figure marks and keywords take any run of spaces: they are read from the text trimmed.
  // Its spaces are made plain (a pass over a paragraph) only where the reading needs them.
  const trimmed = untagged.trim();
  // A formula's error ("#N/A") is no level either: two of them are not a target met.
  if (trimmed === "" || isNoFigureMark(trimmed) || isFormulaError(trimmed)) {
    return reading(text, "empty", NONE, "certain");
  }
  const trimmedBare = bareOf(trimmed);
  const keyword = KEYWORDS.find((k) => k.re.test(trimmedBare));
  if (keyword) {
    const r = reading(text, "keyword", NONE, "certain");
    r.keyword = keyword.keyword;
    return r;
  }

  // Every number starts with an ASCII digit: a text without one has nothing to mask or read.
  const { runs } = marks;
  const hasDigit = runs.length > 0;
  // (Without maskNonMeasures' first search: most texts with a digit hold something a rule needs.)
  const work = hasDigit ? maskByRules(text, marks) : text;
  const found = hasDigit ? readQuantities(text, work, runs, ctx) : NO_QUANTITIES;
  const { quantities, ambiguities } = found;
  let { slips } = found;

  if (quantities.length === 0) {
    const plain = plainOf(untagged, text, marks);
    const quoted = QUOTED.test(plain);
    const qualitative =
      // (A text without a digit has none in its plain form: no search of it.)
      !(hasDigit && /\d/.test(plain)) &&
      (!moreWordsWithLetters(bareOf(plain), 3) || (quoted && plain.length <= 80));
    return reading(text, qualitative ? "qualitative" : "text", quantities, "certain", slips);
  }

  const onlyNumbers = isOnlyNumbers(work, quantities);
  // The last two characters are the same trimmed or with plain spaces.
  if (onlyNumbers && endsInStrayMark(trimmed)) {
    const plain = plainOf(untagged, text, marks);
    const slip: FormatSlip = {
      kind: "trailing-punctuation",
      text: plain,
      fixed: plain.slice(0, -1),
    };
    slips = [...slips, slip];
  }
  const confidence =
    found.unresolved > 0
      ? "guess"
      : onlyNumbers && quantities.length === 1 && ambiguities.length === 0
        ? "certain"
        : "suggested";
  return reading(text, onlyNumbers ? "number" : "text", quantities, confidence, slips, ambiguities);
}

const LETTERS = /\p{L}/gu;

/** The pieces between plain spaces hold more than `most` with a letter. */
function moreWordsWithLetters(text: string, most: number): boolean {
  // From a piece's first letter on to its end: a paragraph is not split.
  LETTERS.lastIndex = 0;
  let count = 0;
  while (LETTERS.test(text)) {
    if (++count > most) return true;
    const space = text.indexOf(" ", LETTERS.lastIndex);
    if (space === -1) break;
    LETTERS.lastIndex = space;
  }
  return false;
}

/** "5%,", "12;", "3.": a comma, semicolon or colon, or a point after a digit or "%", ends the text. */
function endsInStrayMark(plain: string): boolean {
  const last = plain[plain.length - 1];
  if (last === "," || last === ";" || last === ":") return true;
  const at = plain.length - 2;
  return last === "." && (plain[at] === "%" || isDigitAt(plain, at));
}

/** True when, apart from the quantities (with their units and labels), the cell holds no words. */
function isOnlyNumbers(work: string, quantities: Quantity[]): boolean {
  // The text between the quantities (they are in order and do not overlap).
  let from = 0;
  for (const { start, source } of quantities) {
    if (!onlyJoiningWords(work.slice(from, start))) return false;
    from = Math.max(from, start + source.length);
  }
  return onlyJoiningWords(work.slice(from));
}

/** What breaks the words between quantities: spaces and marks. */
const WORD_BREAK = `\\s,.;:()/•–—"“”«»'-`;
/** A word between quantities: a run of anything but the word breaks. */
const BETWEEN_WORD = new RegExp(`[^${WORD_BREAK}]+`, "gu");

/**
 * The words of a stretch of text between quantities are all joining words ("нийт", "ба"). Word
 * by word: the first other word settles it, without splitting the rest of a long paragraph.
 */
function onlyJoiningWords(between: string): boolean {
  for (const m of between.matchAll(BETWEEN_WORD)) if (!JOINING_WORDS.test(m[0])) return false;
  return true;
}

interface Found {
  quantities: Quantity[];
  slips: FormatSlip[];
  ambiguities: Ambiguity[];
  unresolved: number;
}

interface Located {
  token: NumberToken;
  labelStart: number;
  label: string | null;
  negative: boolean;
  total: boolean;
}

/** A text without digits: nothing found (shared, never written to). */
const NO_QUANTITIES: Found = Object.freeze({
  quantities: NONE,
  slips: NONE,
  ambiguities: NONE,
  unresolved: 0,
});

/** `runs`: the runs of digits of `text` (RULE_MARKS' scan), which `work` masks. */
function readQuantities(
  text: string,
  work: string,
  runs: readonly number[],
  ctx: LevelContext,
): Found {
  const totals = totalMarks(work);
  const quantities: Quantity[] = [];
  // Slips and ambiguities are rare: their lists stay the shared NONE until one is found, and
  // grow by copying (NONE is never pushed into).
  const found: Found = { quantities: NONE, slips: NONE, ambiguities: NONE, unresolved: 0 };
  // Each number's unit reaches up to the next one's label: locate one number ahead.
  let next = locateNext(work, 0, totals, runs);
  while (next) {
    const loc = next;
    next = locateNext(work, loc.token.end, totals, runs);
    const limit = next ? next.labelStart : work.length;
    const unit = readUnit(work, loc.token.end, limit);
    const { token } = loc;
    // Hundreds of digits overflow to Infinity: not a measure anyone wrote.
    if (!Number.isFinite(token.value * unit.scale)) continue;

    const kind = kindOf(unit, loc.label);

    const sign = loc.negative ? -1 : 1;
    let chosen = token.value;
    if (token.decimalReading !== undefined) {
      const choice = settle(kind, unit.scale, ctx);
      chosen = choice.decimal ? token.decimalReading : token.value;
      if (!choice.settled) found.unresolved++;
      const ambiguity: Ambiguity = {
        text: token.raw,
        readings: [token.value, token.decimalReading].map((v) => measured(v, sign, unit)),
        chosen: measured(chosen, sign, unit),
      };
      found.ambiguities = [...found.ambiguities, ambiguity];
    }
    if (unit.percentSpace !== null) {
      const written = text.slice(token.start, unit.percentSpace);
      const slip: FormatSlip = { kind: "percent-space", text: written, fixed: `${token.raw}%` };
      found.slips = [...found.slips, slip];
    }

    let value = measured(chosen, sign, unit);
    let last = unit;
    // "1 сая 250 мянган төгрөг", "3 тэрбум 200 сая": one figure in falling scales, one quantity.
    while (next && token.decimalReading === undefined) {
      const part = lowerScalePart(work, last, next, totals, runs);
      if (!part) break;
      value = clean(value + sign * part.value);
      last = part.unit;
      next = part.next;
    }
    const start = loc.label ? loc.labelStart : loc.negative ? token.start - 1 : token.start;
    const quantity: Quantity = {
      value,
      unit: unitNameOf(last, loc.label),
      kind: last === unit ? kind : kindOf(last, loc.label),
      source: text.slice(start, last.end),
      start,
    };
    if (loc.total) quantity.total = true;
    quantities.push(quantity);
  }
  // Readings are kept (an evaluation holds thousands of them), and an array grown by push keeps
  // room for 17 items: a copy holds just its own.
  if (quantities.length > 0) found.quantities = quantities.slice();
  return found;
}

/**
 * The number `next` as the lower part of a figure in scale words ("250 мянга" after "1 сая"):
 * written right after a scale word that ended the figure so far (`before`: no unit yet), with a
 * smaller scale of its own and nothing of its own before it. Its value with that scale, its
 * unit reading and the number after it; null where it is a figure of its own.
 */
function lowerScalePart(
  work: string,
  before: UnitReading,
  next: Located,
  totals: readonly number[],
  runs: readonly number[],
): { value: number; unit: UnitReading; next: Located | null } | null {
  if (before.scale === 1 || before.percent || before.money || before.noun) return null;
  const { token } = next;
  if (next.label || next.negative || next.total || token.decimalReading !== undefined) return null;
  for (let i = before.end; i < token.start; i++) if (!isInlineSpaceAt(work, i)) return null;
  const after = locateNext(work, token.end, totals, runs);
  const unit = readUnit(work, token.end, after ? after.labelStart : work.length);
  if (unit.scale === 1 || unit.scale >= before.scale) return null;
  return { value: token.value * unit.scale, unit, next: after };
}

/** What a quantity measures: by its unit word, else its label ("АО – 69"), else a number. */
function kindOf(unit: UnitReading, label: string | null): QuantityKind {
  if (unit.percent) return "percent";
  if (unit.money) return "money";
  return label || unit.noun ? "count" : "number";
}

/** The unit a quantity is counted in (see kindOf), null for a bare number. */
function unitNameOf(unit: UnitReading, label: string | null): string | null {
  if (unit.percent) return "%";
  if (unit.money) return "төгрөг";
  return label || unit.noun;
}

/** A number's value with its sign and scale, without binary noise. */
function measured(value: number, sign: number, unit: UnitReading): number {
  return clean(sign * value * unit.scale);
}

/**
 * "1,081": a percent or a scale word reads it as a decimal; a count criterion, a counted noun
 * or money as thousands; with nothing to go on, thousands (НДЕГ documents write decimals with
 * one or two digits) and the reading is a guess.
 */
function settle(
  kind: QuantityKind,
  scale: number,
  ctx: LevelContext,
): { decimal: boolean; settled: boolean } {
  if (kind === "percent" || scale > 1 || ctx.preferUnit === "%") {
    return { decimal: true, settled: true };
  }
  const countContext =
    kind === "count" ||
    kind === "money" ||
    isCountCriterion(ctx.criterion) ||
    ctx.preferUnit === "төгрөг" ||
    unitClass(ctx.preferUnit ?? null) !== null;
  return { decimal: false, settled: countContext };
}

/** The next word at `pos` (letters only), lower-cased. */
function wordAt(work: string, pos: number): string {
  const m = /^\p{L}+/u.exec(work.slice(pos, pos + 40));
  return m ? lowerCase(m[0]) : "";
}

const isUnitWord = (word: string): boolean =>
  scaleOf(word) !== null ||
  isPercentWord(word) ||
  isMoneyWord(word) ||
  countedNounAt([word]) !== null;

/** A total word ("нийт", "бүгд") in any case: a cell without one marks no number as a total. */
const TOTAL_MARK = /[Нн][Ии][Йй][Тт]|[Бб][Үү][Гг][Дд]/g;

/**
 * Where each TOTAL_MARK of `work` starts and ends, one after the other: found once for the
 * cell, not again before each number. No two can overlap (no letter of one starts one), so
 * these are the marks a search of any stretch finds.
 */
function totalMarks(work: string): number[] {
  const marks: number[] = [];
  TOTAL_MARK.lastIndex = 0;
  for (let m = TOTAL_MARK.exec(work); m; m = TOTAL_MARK.exec(work)) {
    marks.push(m.index, TOTAL_MARK.lastIndex);
  }
  return marks;
}

/** The character at `i` is a letter (answered without a regex for ASCII, the usual neighbour). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN outside the text
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0x80 && LETTER.test(s[i]);
}

/**
 * Index of the first ASCII digit of `work` at or after `from`, or -1. `runs`: the runs of digits of
 * the text `work` masks. Masking only blanks characters, so every digit of `work` lies in one
 * of them: they are walked instead of searching `work` again.
 */
function nextDigit(work: string, from: number, runs: readonly number[]): number {
  // The first run that ends after `from`, found by halving (a walk from the first run would
  // make a text of many numbers quadratic).
  let lo = 0;
  let hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = 2 * lo; k < runs.length; k += 2) {
    for (let i = Math.max(runs[k], from); i < runs[k + 1]; i++) if (isDigitAt(work, i)) return i;
  }
  return -1;
}

/** "5 000 000 төгрөг", "3 сая": a scale or money word after the digits joins spaced groups. */
function joinHint(work: string, end: number): boolean {
  let j = end;
  while (isInlineSpaceAt(work, j)) j++;
  const word = wordAt(work, j);
  return scaleOf(word) !== null || isMoneyWord(word) || work[j] === "₮";
}

/** The first number at or after `from` that is a measure's candidate, or null. */
function locateNext(
  work: string,
  from: number,
  totals: readonly number[],
  runs: readonly number[],
): Located | null {
  let i = from;
  while (i < work.length) {
    i = nextDigit(work, i, runs);
    if (i === -1) break;
    const token = scanNumber(work, i, joinHint);
    if (!token) {
      // Not a number ("8.2.9", "10.9.0.5"): skip the whole run.
      while (i < work.length && /[\d.,]/u.test(work[i])) i++;
      continue;
    }
    i = token.end;
    // Glued to letters: "ISO9001", "А4", "(3XX)" (a digit for a letter), "5С".
    if (isLetterAt(work, token.start - 1)) continue;
    if (isLetterAt(work, token.end) && !isUnitWord(wordAt(work, token.end))) continue;
    return locate(work, token, totals);
  }
  return null;
}

/** A label's parts ("АО – 69", "Иргэд, даат-ч – 12"), exported for the accelerator's test. */
export const LABEL_SHAPE: LabelShape = {
  word: "\\p{L}.\\-",
  dashes: "\\-–—−",
  spaces: " \\t\\u00A0",
};
/**
 * A start or a character that is no word character, one word or two with a comma between,
 * spaces, a dash and spaces up to the text's end. Group 1 is the label.
 */
export const LABEL = new RegExp(
  `(?:^|[^${LABEL_SHAPE.word}])(\\p{L}[${LABEL_SHAPE.word}]*(?:,\\s*\\p{L}[${LABEL_SHAPE.word}]*)?)` +
    `[${LABEL_SHAPE.spaces}]*[${LABEL_SHAPE.dashes}][${LABEL_SHAPE.spaces}]*$`,
  "u",
);
const labelSearchStart = labelStartBound(LABEL_SHAPE);
/** How far before a number its label may start. */
const LABEL_REACH = 60;

/** `totals`: the cell's total marks (totalMarks). */
function locate(work: string, token: NumberToken, totals: readonly number[]): Located {
  const offset = Math.max(0, token.start - LABEL_REACH);
  const negative = isNegative(work, token.start);
  let label: string | null = null;
  let labelStart = token.start;
  let total = false;
  // LABEL ends in a dash: most numbers have none before them and skip the pattern.
  const from =
    negative || !dashBefore(work, offset, token.start)
      ? -1
      : labelSearchStart(work, offset, token.start);
  const m = from === -1 ? null : LABEL.exec(work.slice(from, token.start));
  if (m) {
    const words = m[1].replace(/[.-]+$/u, "");
    if (isTotalWord(lowerCase(words))) total = true;
    else if (words.length > 0) {
      label = words;
      labelStart = from + m.index + m[0].indexOf(m[1]);
    }
  }
  if (totals.length > 0 && totalBefore(work, labelStart, totals)) total = true;
  return { token, labelStart, label, negative, total };
}

/** Only spaces and one minus sign stand before the number at `start`: "-5", " −3". */
function isNegative(work: string, start: number): boolean {
  const sign = start > 0 ? work[start - 1] : "";
  return (sign === "-" || sign === "−") && /^\s*$/.test(work.slice(0, start - 1));
}

/** A dash, then only spaces or tabs, right before `end` (not before `from`): "АО – 69". */
function dashBefore(work: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && (work[i] === " " || work[i] === "\t" || work[i] === "\u00A0")) i--;
  return i >= from && "-–—−".includes(work[i]);
}

/** "Нийт 939 …", "нийт шинээр 1141 …": a total word among the three words before `end`. */
function totalBefore(work: string, end: number, totals: readonly number[]): boolean {
  const from = Math.max(0, end - 40);
  // The cell's total word may be anywhere: most numbers have none just before them.
  if (!hasMarkIn(totals, from, end)) return false;
  const before = work.slice(from, end);
  const clause = before.split(/[.;:\n\d]/u);
  const lastWords = lowerCase(clause[clause.length - 1] ?? "").split(/[\s,/]+/u);
  return lastWords.slice(-4).some(isTotalWord);
}

/** One of the `marks` (start and end, one after the other) lies in [from, end). */
function hasMarkIn(marks: readonly number[], from: number, end: number): boolean {
  for (let k = 0; k < marks.length; k += 2)
    if (marks[k] >= from && marks[k + 1] <= end) return true;
  return false;
}

interface UnitReading {
  scale: number;
  percent: boolean;
  money: boolean;
  noun: string | null;
  /** End of the quantity's text (number, scale and unit words). */
  end: number;
  /** Where "%" ends when it was written after a space ("100 %"). */
  percentSpace: number | null;
}

/** A case ending or approximation after a number: "-тай", "-аас", "-аад", "-г". */
const CASE_ENDING = /^-[а-яёөү]{1,5}(?!\p{L})/u;
/** The codes of `chars` (each one UTF-16 unit, below 0x10000), as a table by code. */
function codesOf(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
/** A word starting with a digit or one of these begins something else (a bracket, a quote). */
const OTHER_STARTS = codesOf(`([«“"'/`);
/** The marks that may end a word. */
const WORD_END_MARKS = codesOf(`,.;:!?)]»”"'/`);
const WORD_WITH_ENDING = /^(\p{L}+)-[а-яёөү]{1,5}$/u;

/** Length of the case ending at `i`, or 0. */
function caseEndingAt(work: string, i: number): number {
  if (work[i] !== "-") return 0;
  const m = CASE_ENDING.exec(work.slice(i, i + 8));
  return m ? m[0].length : 0;
}

/** A unit that says nothing yet, for a quantity ending at `end`. */
function noUnit(end: number): UnitReading {
  return { scale: 1, percent: false, money: false, noun: null, end, percentSpace: null };
}

/**
 * What words[k] says of the unit, read into `r`: a scale (unless one was read), a percent or
 * money word, or the first word of a counted noun. How many words it took; 0 when it is none.
 * `unitWord` and `nounStart`: what mayBeUnitWord and mayStartNoun say of the word (each asked
 * once for it by the caller).
 */
function readUnitWord(
  r: UnitReading,
  words: string[],
  k: number,
  unitWord = mayBeUnitWord(words[k]),
  nounStart = mayStartNoun(words[k]),
): number {
  const word = words[k];
  if (unitWord) {
    const scale = r.scale === 1 ? scaleOf(word) : null;
    if (scale !== null) {
      r.scale = scale;
      return 1;
    }
    if (isPercentWord(word)) {
      r.percent = true;
      return 1;
    }
    if (isMoneyWord(word)) {
      r.money = true;
      return 1;
    }
  }
  const noun = nounStart ? countedNounOpening(words, k) : null;
  if (!noun) return 0;
  r.noun = noun.unit;
  return noun.length;
}

/**
 * The words after a number (lower case, without marks and case endings) and where each ends,
 * read as the unit reading asks for them: most numbers are settled by the first word after
 * them, and only a word that may start a counted noun looks further on (NOUN_WORDS words in all).
 */
class WordsAfter {
  readonly words: string[] = [];
  readonly ends: number[] = [];
  private more = true;

  constructor(
    private readonly work: string,
    private at: number,
    private readonly limit: number,
  ) {}

  /** Reads words until there are `n` (up to six), up to `limit` (a word running past it is cut there). */
  readTo(n: number): void {
    const { work, limit, words } = this;
    while (this.more && words.length < n && words.length < 6) {
      // A word is a run of anything but spaces (\s), after the spaces before it.
      let start = Math.min(this.at, work.length);
      while (start < work.length && isSpaceCode(work.charCodeAt(start))) start++;
      let end = start;
      while (end < work.length && !isSpaceCode(work.charCodeAt(end))) end++;
      this.at = end;
      // The text or the limit ends the words, or something else begins.
      const rawEnd = Math.min(end, limit);
      if (start >= rawEnd || isDigitAt(work, start) || OTHER_STARTS[work.charCodeAt(start)] === 1) {
        this.more = false;
        return;
      }
      let strippedEnd = rawEnd;
      while (strippedEnd > start && WORD_END_MARKS[work.charCodeAt(strippedEnd - 1)] === 1) {
        strippedEnd--;
      }
      const stripped = work.slice(start, strippedEnd);
      const cut = stripped.includes("-") ? WORD_WITH_ENDING.exec(stripped) : null;
      const word = lowerCase(cut ? cut[1] : stripped);
      words.push(word);
      this.ends.push(strippedEnd);
      // A mark or the limit ends the words.
      this.more = strippedEnd === rawEnd && word.length > 0;
    }
  }
}

/** Reads what follows a number: "%", a scale word, "төгрөг", a counted noun. */
function readUnit(work: string, pos: number, limit: number): UnitReading {
  const r = noUnit(pos);
  let j = pos;
  while (j < limit && isInlineSpaceAt(work, j)) j++;
  if (work[j] === "%" && j < limit) {
    r.percent = true;
    if (j > pos) r.percentSpace = j + 1;
    // "83,5%-тай": the case ending belongs to the quantity.
    r.end = j + 1 + caseEndingAt(work, j + 1);
    return r;
  }
  // Case endings and approximations: "1-г", "70-аас", "10-аад".
  r.end = pos + caseEndingAt(work, pos);

  const after = new WordsAfter(work, r.end, limit);
  const { words, ends } = after;
  for (let k = 0; ; k++) {
    after.readTo(k + 1);
    if (k >= words.length) break;
    const unitWord = mayBeUnitWord(words[k]);
    const nounStart = mayStartNoun(words[k]);
    // Neither a unit word nor a noun's first word: the word says nothing of the unit.
    if (!unitWord && !nounStart) break;
    if (nounStart) after.readTo(k + NOUN_WORDS);
    const took = readUnitWord(r, words, k, unitWord, nounStart);
    if (took > 0) {
      r.end = ends[k + took - 1];
      // A scale may be followed by its unit ("сая төгрөг"); a unit ends the quantity.
      if (r.percent || r.money || r.noun) return r;
    } else if (!unitWord || !isBetweenWord(words[k])) {
      return r;
    }
  }
  return r;
}
