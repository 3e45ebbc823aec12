import { foldForMatch, plainOpening, plainText, shortPlainText } from "./normalize";

/** An item number as written: "3.2.6" → parts [3, 2, 6]; "1.1." has a trailing dot. */
export interface ItemNumber {
  parts: number[];
  trailingDot: boolean;
  /** Words written before the number ("Арга хэмжээ"). */
  prefix?: string;
}

/** Mongolian numerals one to twenty, ё written е (as foldForMatch gives them). */
const CARDINALS: readonly string[] = [
  "нэг",
  "хоер",
  "гурав",
  "дөрөв",
  "тав",
  "зургаа",
  "долоо",
  "найм",
  "ес",
  "арав",
  "арван нэг",
  "арван хоер",
  "арван гурав",
  "арван дөрөв",
  "арван тав",
  "арван зургаа",
  "арван долоо",
  "арван найм",
  "арван ес",
  "хорь",
];

/** Each numeral and its ordinal forms ("гуравдугаар", "арван нэгдүгээр"); either suffix is accepted. */
const WORD_VALUES = new Map<string, number>();
CARDINALS.forEach((w, i) => {
  WORD_VALUES.set(w, i + 1);
  WORD_VALUES.set(`${w}дугаар`, i + 1);
  WORD_VALUES.set(`${w}дүгээр`, i + 1);
});

/** Longest first, so that "арван нэг" wins over "арав"… and "нэгдүгээр" over "нэг". */
const WORDS_BY_LENGTH = [...WORD_VALUES.keys()].sort((a, b) => b.length - a.length);
const WORD_ALTERNATION = WORDS_BY_LENGTH.map((w) => w.replace(/ /g, "\\s+")).join("|");

/** The value of a Mongolian numeral word one to twenty, in any case ("Гурав", "ХОЁР", "дөрөвдүгээр"). */
export function ordinalWordValue(word: string): number | null {
  const key = foldForMatch(plainText(word))
    .replace(/[.:)\s]+$/, "")
    .replace(/\s+/g, " ");
  return WORD_VALUES.get(key) ?? null;
}

/** Labels and numbers sit at the start of a cell: only that much of a long text is read. */
const MAX_LABEL_TEXT = 80;
const MAX_NUMBER_TEXT = 40;
const NUMBER = "(\\d{1,3}(?:\\.\\d{1,3}){0,4})";
const DOT = ".".charCodeAt(0);
const ZERO = "0".charCodeAt(0);
const ITEM = new RegExp(`^(?:(арга\\s*хэмжээ)\\s*)?${NUMBER}(\\.)?$`);
const LEADING_ITEM = new RegExp(`^(?:(арга\\s*хэмжээ)\\s*)?${NUMBER}(\\.)?(?=\\s|$|[^\\d.,])`);
/** What an item number opens with, folded: "арга хэмжээ" or a digit. */
const ITEM_FIRST = new Set(["а", ..."0123456789"]);

/** The numbers of a dotted number ("3.2.6" → [3, 2, 6]), read digit by digit: no strings made. */
function toParts(digits: string): number[] {
  const parts: number[] = [];
  let part = 0;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code === DOT) {
      parts.push(part);
      part = 0;
    } else part = part * 10 + (code - ZERO);
  }
  parts.push(part);
  return parts;
}

/**
 * An activity's number when the whole cell is one: "1.1.", "3.2.6", "6.3.1", "1", "10.12.",
 * "Арга хэмжээ 2.3". Anything else (dates, amounts, text) gives null.
 */
export function parseItemNumber(text: string): ItemNumber | null {
  const original = shortPlainText(text, MAX_NUMBER_TEXT);
  if (original === null) return null;
  const m = ITEM.exec(foldForMatch(original));
  if (!m) return null;
  const number: ItemNumber = { parts: toParts(m[2]), trailingDot: m[3] === "." };
  if (m[1]) number.prefix = original.slice(0, m[1].length);
  return number;
}

/**
 * A number at the start of a text ("Арга хэмжээ 2.3. Сайн дурын …", "1.Төрийн албан …"), with
 * the number as written and the rest. Without a prefix the number needs a trailing dot, so
 * that "12 удаа" or "2026 онд" are not read as numbers.
 */
export function splitLeadingNumber(
  text: string,
): { number: ItemNumber; written: string; rest: string } | null {
  const opening = plainOpening(text, MAX_LABEL_TEXT);
  // Most texts (an activity's words) open with neither: they need not be folded.
  if (!ITEM_OPENERS.opens(opening)) return null;
  const m = LEADING_ITEM.exec(foldForMatch(opening));
  if (!m || (!m[1] && m[3] !== ".")) return null;
  const number: ItemNumber = { parts: toParts(m[2]), trailingDot: m[3] === "." };
  if (m[1]) number.prefix = opening.slice(0, m[1].length);
  return {
    number,
    written: opening.slice(0, m[0].length),
    rest: plainText(text).slice(m[0].length).trim(),
  };
}

/** A list's item marker: one or two digits and a point or a bracket ("1.", "2)"). */
export const LIST_MARKER = "\\d{1,2}[.)]";
const LIST_ITEM_LINE = new RegExp(`^\\s*(${LIST_MARKER})(?!\\d)\\s*`, "u");

/** The item a line of a list opens ("1. Сургалтын тоо", "2) 4"): its number and the rest; null for another line. */
export function listItemOf(line: string): { number: number; rest: string } | null {
  const m = LIST_ITEM_LINE.exec(line);
  return m ? { number: parseInt(m[1], 10), rest: line.slice(m[0].length).trim() } : null;
}

/** What a section label names. */
export type LabelKind = "goal" | "objective" | "ordinal" | "number";

/** A section label read from the start of a heading row. */
export interface ObjectiveLabel {
  kind: LabelKind;
  /** The label as written ("Зорилт 6.1.", "ХОЁР.", "Стратегийн төлөвлөгөөний зорилго 1:"). */
  label: string;
  /** Normalised number ("6.1", "2", "1"). */
  number: string;
  parts: number[];
  /** The heading text after the label. */
  rest: string;
}

const PUNCT = "\\s*[.:)]?";
const GOAL = new RegExp(
  `^стратеги\\S*\\s+(?:төлөвлөгөөний\\s+)?зорилго\\s*№?\\s*${NUMBER}${PUNCT}`,
);
const OBJECTIVE_NUMBER = new RegExp(`^зорилт\\s*№?\\s*${NUMBER}${PUNCT}`);
const OBJECTIVE_WORD = new RegExp(`^зорилт\\s+(${WORD_ALTERNATION})(?![\\p{L}])${PUNCT}`, "u");
/** "1 дүгээр зорилтын хүрээнд", "2-р зорилт" (job description). */
const OBJECTIVE_ORDINAL = new RegExp(
  `^(\\d{1,2})\\s*-?\\s*(?:дүгээр|дугаар|р|дахь|дэх)\\s+зорилт\\S*(?:\\s+хүрээнд)?${PUNCT}`,
);
/** "Нэгдүгээр зорилт". */
const WORD_OBJECTIVE = new RegExp(
  `^(${WORD_ALTERNATION})(?![\\p{L}])\\s+зорилт\\S*(?:\\s+хүрээнд)?${PUNCT}`,
  "u",
);
/** "Нэг.", "ХОЁР. …": the word must be closed by a dot, colon or bracket. */
const ORDINAL = new RegExp(`^(${WORD_ALTERNATION})\\s*[.:)]`);
const PLAIN_NUMBER = new RegExp(`^${NUMBER}\\.?$`);

/** What a label opens with, folded: "стратеги…", "зорилт…", a digit or a numeral word. */
const LABEL_FIRST = new Set(["с", "з", ..."0123456789", ...CARDINALS.map((w) => w[0])]);

/** Characters below this code have their answer in a table made once. */
const TABLED_CODES = 0x500;

/**
 * Tells a text whose first character, folded, is one of `firsts`. Folding keeps each character
 * apart, so the first one folded alone is the folded text's first: the rest need not be folded,
 * and the usual first characters need not be folded at all.
 */
export class Openers {
  private readonly tabled: Uint8Array;

  constructor(private readonly firsts: ReadonlySet<string>) {
    this.tabled = Uint8Array.from({ length: TABLED_CODES }, (_, code) => +this.foldsIn(code));
  }

  opens(original: string): boolean {
    const code = original.codePointAt(0);
    if (code === undefined) return false;
    return code < TABLED_CODES ? this.tabled[code] === 1 : this.foldsIn(code);
  }

  private foldsIn(code: number): boolean {
    return this.firsts.has(foldForMatch(String.fromCodePoint(code))[0]);
  }
}

const LABEL_OPENERS = new Openers(LABEL_FIRST);
const ITEM_OPENERS = new Openers(ITEM_FIRST);

/** The label `length` characters long opening `opening`, the start of `text` made plain. */
function label(
  kind: LabelKind,
  text: string,
  opening: string,
  length: number,
  number: string,
): ObjectiveLabel {
  return {
    kind,
    label: opening.slice(0, length).trim(),
    number,
    parts: toParts(number),
    rest: plainText(text).slice(length).trim(),
  };
}

function wordNumber(word: string): string {
  return String(WORD_VALUES.get(word.replace(/\s+/g, " ")) ?? "");
}

/**
 * A section label at the start of a text: "Стратегийн төлөвлөгөөний зорилго 1:", "Зорилт 3.",
 * "Зорилт 6.1.", "Зорилт НЭГ.", "Зорилт 1:" (anti-corruption), "1 дүгээр зорилтын хүрээнд",
 * an ordinal word "Нэг.", "ХОЁР.", "Арван нэг." (one to twenty, any case), or a plain "1".
 */
export function parseObjectiveLabel(text: string): ObjectiveLabel | null {
  const opening = plainOpening(text, MAX_LABEL_TEXT);
  if (!LABEL_OPENERS.opens(opening)) return null;
  const folded = foldForMatch(opening);
  let m = GOAL.exec(folded);
  if (m) return label("goal", text, opening, m[0].length, m[1]);
  m = OBJECTIVE_NUMBER.exec(folded);
  if (m) return label("objective", text, opening, m[0].length, m[1]);
  m = OBJECTIVE_WORD.exec(folded);
  if (m) return label("objective", text, opening, m[0].length, wordNumber(m[1]));
  m = OBJECTIVE_ORDINAL.exec(folded);
  if (m) return label("objective", text, opening, m[0].length, String(Number(m[1])));
  m = WORD_OBJECTIVE.exec(folded);
  if (m) return label("objective", text, opening, m[0].length, wordNumber(m[1]));
  m = ORDINAL.exec(folded);
  if (m) return label("ordinal", text, opening, m[0].length, wordNumber(m[1]));
  m = PLAIN_NUMBER.exec(folded);
  if (m) return label("number", text, opening, m[0].length, m[1]);
  return null;
}
