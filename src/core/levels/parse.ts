import { cellText, type CellValue } from "../grid";
import { maskNonMeasures } from "./mask";
import { clean, scanNumber, type NumberToken } from "./numbers";
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
  countedNounAt,
  isBetweenWord,
  isCountCriterion,
  isMoneyWord,
  isPercentWord,
  isTotalWord,
  scaleOf,
  unitClass,
} from "./vocabulary";

const EMPTY_MARKS = new Set(["", "-", "–", "—", "−", "--", "*", "/-/"]);

const KEYWORDS: { re: RegExp; keyword: LevelKeyword }[] = [
  { re: /^тухай\s+бүр\p{L}{0,3}$/iu, keyword: "as-needed" },
  { re: /^сар\s+(?:бүр|тутам)\p{L}{0,4}$/iu, keyword: "monthly" },
  { re: /^улирал\s+(?:бүр|тутам)\p{L}{0,4}$/iu, keyword: "quarterly" },
];

/** Every keyword has one of these words: other texts skip the keyword patterns. */
const MAY_BE_KEYWORD = /бүр|тутам/iu;
const DAMAGE = /[\uFFFD\u25A1]/u;
const QUOTE_CHARS = `"“”«»„'‘’`;
const EDGE_QUOTES = new RegExp(`^[${QUOTE_CHARS}]+|[${QUOTE_CHARS}]+$`, "gu");
const ASCII_DIGIT = /[0-9]/;
const QUOTED = new RegExp(`^[${QUOTE_CHARS}].*[${QUOTE_CHARS}]$`, "u");
const LETTER = /\p{L}/u;
const INLINE_SPACE = /[ \t\u00A0\u202F\u2009]/u;
/** Short words that may stand beside the numbers of a cell that is "just numbers". */
const JOINING_WORDS = /^(?:нийт|нийтдээ|бүгд|ба|болон|буюу)$/iu;

/**
 * Reads a baseline, target or achieved cell. Never throws: whatever the cell holds, the
 * reading says what was found and how sure it is.
 */
export function parseLevel(value: CellValue, ctx: LevelContext = {}): LevelReading {
  if (typeof value === "number") return readNumberCell(value, ctx.numberFormat ?? null);
  if (typeof value === "string") return readText(value, ctx);
  return readText(typeof value === "boolean" ? cellText(value) : "", ctx);
}

/** A format's "%" scales the value unless it is quoted or escaped ("0%" vs `0"%"`). */
function percentFormat(format: string | null): "scaled" | "literal" | null {
  if (!format) return null;
  const unquoted = format
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[[^\]]*\]/gu, "");
  if (unquoted.includes("%")) return "scaled";
  return format.includes("%") ? "literal" : null;
}

function readNumberCell(v: number, format: string | null): LevelReading {
  const percent = percentFormat(format);
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

function readText(text: string, ctx: LevelContext): LevelReading {
  const damaged = DAMAGE.test(text);
  // One literal for every reading (one object shape), built once per cell.
  const result = (
    kind: LevelReading["kind"],
    quantities: Quantity[],
    confidence: LevelReading["confidence"],
    slips: FormatSlip[] = [],
    ambiguities: Ambiguity[] = [],
  ): LevelReading => {
    const r: LevelReading = { text, kind, quantities, confidence, slips, ambiguities };
    if (damaged) r.damaged = true;
    return r;
  };

  const plain = (text.includes("<") ? text.replace(/<[^<>]*>/gu, " ") : text)
    .replace(/\s+/gu, " ")
    .trim();
  if (EMPTY_MARKS.has(plain)) {
    return result("empty", [], "certain");
  }
  const bare = plain
    .replace(EDGE_QUOTES, "")
    .replace(/[.,;:!]+$/u, "")
    .trim();
  const keyword = MAY_BE_KEYWORD.test(bare) ? KEYWORDS.find((k) => k.re.test(bare)) : undefined;
  if (keyword) {
    return { ...result("keyword", [], "certain"), keyword: keyword.keyword };
  }

  // Every number starts with an ASCII digit: a text without one has nothing to mask or read.
  const hasDigit = ASCII_DIGIT.test(text);
  const work = hasDigit ? maskNonMeasures(text) : text;
  const found = hasDigit ? readQuantities(text, work, ctx) : noQuantities();
  const { quantities, ambiguities, slips } = found;

  if (quantities.length === 0) {
    const words = bare.split(" ").filter((x) => LETTER.test(x));
    const quoted = QUOTED.test(plain);
    const qualitative = !/\d/u.test(plain) && (words.length <= 3 || (quoted && plain.length <= 80));
    return result(qualitative ? "qualitative" : "text", quantities, "certain", slips);
  }

  const onlyNumbers = isOnlyNumbers(work, found.spans);
  if (onlyNumbers) {
    const stray = /(?:[,;:]|(?<=[\d%])\.)$/u.exec(plain);
    if (stray) {
      slips.push({ kind: "trailing-punctuation", text: plain, fixed: plain.slice(0, stray.index) });
    }
  }
  const confidence =
    found.unresolved > 0
      ? "guess"
      : onlyNumbers && quantities.length === 1 && ambiguities.length === 0
        ? "certain"
        : "suggested";
  return result(onlyNumbers ? "number" : "text", quantities, confidence, slips, ambiguities);
}

/** True when, apart from the quantities (with their units and labels), the cell holds no words. */
function isOnlyNumbers(work: string, spans: [number, number][]): boolean {
  // The text between the quantities (spans are in order and do not overlap).
  let rest = "";
  let from = 0;
  for (const [s, e] of spans) {
    rest += `${work.slice(from, s)} `;
    from = Math.max(from, e);
  }
  rest += work.slice(from);
  return rest
    .split(/[\s,.;:()/•–—"“”«»'-]+/u)
    .every((word) => word === "" || JOINING_WORDS.test(word));
}

interface Found {
  quantities: Quantity[];
  spans: [number, number][];
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

function noQuantities(): Found {
  return { quantities: [], spans: [], slips: [], ambiguities: [], unresolved: 0 };
}

function readQuantities(text: string, work: string, ctx: LevelContext): Found {
  const located = locateNumbers(work);
  const found = noQuantities();
  located.forEach((loc, k) => {
    const next = located[k + 1];
    const limit = next ? next.labelStart : work.length;
    const unit = readUnit(work, loc.token.end, limit);
    const { token } = loc;
    // Hundreds of digits overflow to Infinity: not a measure anyone wrote.
    if (!Number.isFinite(token.value * unit.scale)) return;

    let kind: QuantityKind = "number";
    let unitName: string | null = null;
    if (unit.percent) [kind, unitName] = ["percent", "%"];
    else if (unit.money) [kind, unitName] = ["money", "төгрөг"];
    else if (loc.label) [kind, unitName] = ["count", loc.label];
    else if (unit.noun) [kind, unitName] = ["count", unit.noun];

    const sign = loc.negative ? -1 : 1;
    let chosen = token.value;
    if (token.decimalReading !== undefined) {
      const choice = settle(kind, unit.scale, ctx);
      chosen = choice.decimal ? token.decimalReading : token.value;
      if (!choice.settled) found.unresolved++;
      found.ambiguities.push({
        text: token.raw,
        readings: [token.value, token.decimalReading].map((v) => clean(sign * v * unit.scale)),
        chosen: clean(sign * chosen * unit.scale),
      });
    }
    if (unit.percentSpace !== null) {
      const written = text.slice(token.start, unit.percentSpace);
      found.slips.push({ kind: "percent-space", text: written, fixed: `${token.raw}%` });
    }

    const start = loc.label ? loc.labelStart : loc.negative ? token.start - 1 : token.start;
    const quantity: Quantity = {
      value: clean(sign * chosen * unit.scale),
      unit: unitName,
      kind,
      source: text.slice(start, unit.end),
      start,
    };
    if (loc.total) quantity.total = true;
    found.quantities.push(quantity);
    found.spans.push([start, unit.end]);
  });
  return found;
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
  return m ? m[0].toLowerCase() : "";
}

const isUnitWord = (word: string): boolean =>
  scaleOf(word) !== null ||
  isPercentWord(word) ||
  isMoneyWord(word) ||
  countedNounAt([word]) !== null;

const NEXT_DIGIT = /[0-9]/g;

function locateNumbers(work: string): Located[] {
  const out: Located[] = [];
  let i = 0;
  while (i < work.length) {
    // Jump to the next digit (a native search, not a step per character).
    NEXT_DIGIT.lastIndex = i;
    const next = NEXT_DIGIT.exec(work);
    if (!next) break;
    i = next.index;
    const token = scanNumber(work, i, (end) => {
      let j = end;
      while (INLINE_SPACE.test(work[j] ?? "")) j++;
      const word = wordAt(work, j);
      return scaleOf(word) !== null || isMoneyWord(word) || work[j] === "₮";
    });
    if (!token) {
      // Not a number ("8.2.9", "10.9.0.5"): skip the whole run.
      while (i < work.length && /[\d.,]/u.test(work[i])) i++;
      continue;
    }
    i = token.end;
    // Glued to letters: "ISO9001", "А4", "(3XX)" (a digit for a letter), "5С".
    if (LETTER.test(work[token.start - 1] ?? "")) continue;
    if (LETTER.test(work[token.end] ?? "") && !isUnitWord(wordAt(work, token.end))) continue;
    out.push(locate(work, token));
  }
  return out;
}

const LABEL =
  /(?:^|[^\p{L}.-])(\p{L}[\p{L}.-]*(?:,\s*\p{L}[\p{L}.-]*)?)[ \t\u00A0]*[-–—−][ \t\u00A0]*$/u;

function locate(work: string, token: NumberToken): Located {
  const before = work.slice(Math.max(0, token.start - 60), token.start);
  const offset = token.start - before.length;
  const leading = work.slice(0, token.start);
  const negative = /^\s*[-−]$/u.test(leading);
  let label: string | null = null;
  let labelStart = token.start;
  let total = false;
  const m = negative ? null : LABEL.exec(before);
  if (m) {
    const words = m[1].replace(/[.-]+$/u, "");
    if (isTotalWord(words.toLowerCase())) total = true;
    else if (words.length > 0) {
      label = words;
      labelStart = offset + m.index + m[0].indexOf(m[1]);
    }
  }
  // "Нийт 939 …", "нийт шинээр 1141 …": a total word among the three words before.
  const clause = work.slice(Math.max(0, labelStart - 40), labelStart).split(/[.;:\n\d]/u);
  const lastWords = (clause[clause.length - 1] ?? "").toLowerCase().split(/[\s,/]+/u);
  if (lastWords.slice(-4).some(isTotalWord)) total = true;
  return { token, labelStart, label, negative, total };
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

/** Reads what follows a number: "%", a scale word, "төгрөг", a counted noun. */
function readUnit(work: string, pos: number, limit: number): UnitReading {
  const r: UnitReading = {
    scale: 1,
    percent: false,
    money: false,
    noun: null,
    end: pos,
    percentSpace: null,
  };
  let j = pos;
  while (j < limit && INLINE_SPACE.test(work[j])) j++;
  if (work[j] === "%" && j < limit) {
    r.percent = true;
    if (j > pos) r.percentSpace = j + 1;
    // "83,5%-тай": the case ending belongs to the quantity.
    const ending = /^-[а-яёөү]{1,5}(?!\p{L})/u.exec(work.slice(j + 1, j + 9));
    r.end = j + 1 + (ending ? ending[0].length : 0);
    return r;
  }
  // Case endings and approximations: "1-г", "70-аас", "10-аад".
  const suffix = /^-[а-яёөү]{1,5}(?!\p{L})/u.exec(work.slice(pos, pos + 8));
  if (suffix) r.end = pos + suffix[0].length;

  const words: { word: string; end: number; last: boolean }[] = [];
  const wordRe = /\S+/gu;
  wordRe.lastIndex = r.end;
  // Words up to `limit` (a word running past it is cut there), without copying the text.
  for (let m = wordRe.exec(work); m && m.index < limit && words.length < 6; m = wordRe.exec(work)) {
    const raw = m[0].slice(0, limit - m.index);
    if (/^[\d([«“"'/]/u.test(raw)) break;
    const stripped = raw.replace(/[,.;:!?)\]»”"'/]+$/u, "");
    const cut = /^(\p{L}+)-[а-яёөү]{1,5}$/u.exec(stripped);
    const word = (cut ? cut[1] : stripped).toLowerCase();
    words.push({ word, end: m.index + stripped.length, last: stripped.length < raw.length });
    if (stripped.length < raw.length || word.length === 0) break;
  }

  for (let k = 0; k < words.length; k++) {
    const { word, end, last } = words[k];
    const scale = r.scale === 1 ? scaleOf(word) : null;
    if (scale !== null) {
      r.scale = scale;
      r.end = end;
    } else if (isPercentWord(word)) {
      return { ...r, percent: true, end };
    } else if (isMoneyWord(word)) {
      return { ...r, money: true, end };
    } else {
      const noun = countedNounAt(words.slice(k).map((x) => x.word));
      if (noun) return { ...r, noun: noun.unit, end: words[k + noun.length - 1].end };
      if (!isBetweenWord(word)) return r;
    }
    if (last) return r;
  }
  return r;
}
