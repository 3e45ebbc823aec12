import { cellText, type CellValue } from "../grid";
import { LOOKALIKE_TO_CYRILLIC, foldLookalikes, hasLookalikeLetter } from "./lookalikes";

const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
};
const ENTITY = /&(nbsp|amp|lt|gt|quot);/g;
/** Spaces of every width, tabs and line breaks. */
const SPACE = /[\s\u00A0\u2007\u202F\u200B]+/g;
/** Whitespace that SPACE would change: any but a single plain space (most cells have none). */
const ODD_SPACE = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;
/**
 * What cleanText would change: the first character of a tag, entity or "**", whitespace other
 * than single spaces (which takes in all that trim removes), a space at either end.
 */
const NEEDS_CLEANING =
  /[<&*\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}|^ | $/;

/** Words of letters and digits between single spaces: no punctuation to drop, no space to collapse. */
const WORDS_ONLY =
  /^[0-9A-Za-z\u0400-\u0481\u048A-\u04FF]+(?: [0-9A-Za-z\u0400-\u0481\u048A-\u04FF]+)*$/;
/** Punctuation and symbols, except № which is itself a header ("№"). */
const PUNCTUATION = /(?!№)[\p{P}\p{S}]/gu;
/** The ASCII punctuation and symbols (every one of them is \p{P} or \p{S}). */
const ASCII_MARK = /[!-/:-@[-`{-~]/g;
/** A character that is neither a letter or digit of WORDS_ONLY, a space, nor an ASCII mark. */
const OTHER_MARK = /[^0-9A-Za-z\u0400-\u0481\u048A-\u04FF\s!-/:-@[-`{-~]/;

/** A character other than Cyrillic letters, ASCII digits, spaces and ASCII marks. */
const NOT_CYRILLIC = /[^0-9\u0400-\u0481\u048A-\u04FF\s!-/:-@[-`{-~]/;
/** The Cyrillic look-alikes (Є є Ї ї Ѳ ѳ Ѵ ѵ Ұ ұ): a small class, quicker than ANY_LOOKALIKE. */
const CYRILLIC_LOOKALIKE = /[\u0404\u0407\u0454\u0457\u0472-\u0475\u04B0\u04B1]/;

/**
 * Only Cyrillic letters (none a look-alike), ASCII digits, spaces and ASCII marks, as most cells
 * are: nothing to fold, every letter lowers to one Cyrillic letter, and no OTHER_MARK. Two
 * small classes tell it quicker than the look-alike test.
 */
function isPlainCyrillic(text: string): boolean {
  return !NOT_CYRILLIC.test(text) && !CYRILLIC_LOOKALIKE.test(text);
}

/**
 * A cell as plain text: HTML left over from a conversion (`<p>`, `<u>`, `<b>`) and markdown
 * bold markers removed, every kind of space collapsed. Used to classify rows, never to rewrite
 * a cell.
 */
export function plainText(value: CellValue): string {
  const text = cellText(value);
  // Most cells hold nothing to clean: one test tells them.
  return NEEDS_CLEANING.test(text) ? cleanText(text) : text;
}

/**
 * A character plainText keeps wherever it stands outside tags and entities: ASCII letters,
 * digits and marks, Cyrillic; not a space, nor the «<» of a tag, the «&» of an entity or the
 * «*» of a bold marker. Other characters may or may not be kept: not counted on.
 */
function keptAtStart(code: number): boolean {
  if (code >= 0x400 && code <= 0x4ff) return true;
  return code > 0x20 && code < 0x7f && code !== 0x3c && code !== 0x26 && code !== 0x2a;
}

/** A text opening with a character plainText keeps: its plain text is not "" (told without reading it through). */
export function opensPlainly(value: CellValue): boolean {
  return typeof value === "string" && value.length > 0 && keptAtStart(value.charCodeAt(0));
}

/** plainText(value) === "": most cells open with a letter or a digit and are not read through. */
export function isPlainEmpty(value: CellValue): boolean {
  return !opensPlainly(value) && plainText(value) === "";
}

/**
 * plainText of a cell when it is at most `max` characters long, else null. A long paragraph is
 * told without being made plain: an opening with nothing to clean (NEEDS_CLEANING, which also
 * finds a space at its start or end) is kept whole, as no tag, entity or space run reaches back
 * into it; failing that, outside tags and entities plainText keeps every character keptAtStart
 * names, so counting those, up to `max`, settles most cells.
 */
export function shortPlainText(value: CellValue, max: number): string | null {
  const text = cellText(value);
  if (text.length > max + 1 && !NEEDS_CLEANING.test(text.slice(0, max + 2))) return null;
  if (text.length > max) {
    let kept = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A tag or entity may go as a whole: none of it is counted.
      if (c === 0x3c || c === 0x26) {
        const close = text.indexOf(c === 0x3c ? ">" : ";", i);
        if (close < 0) break;
        i = close;
      } else if (keptAtStart(c) && ++kept > max) return null;
    }
  }
  const plain = plainText(text);
  return plain.length <= max ? plain : null;
}

/**
 * plainText(text).slice(0, length): labels and numbers are read from a cell's opening. An
 * opening with nothing to clean (as shortPlainText tells it) is the plain text's own: a long
 * cell is then not read through.
 */
export function plainOpening(text: string, length: number): string {
  if (text.length > length && !NEEDS_CLEANING.test(text.slice(0, length + 1))) {
    return text.slice(0, length);
  }
  return plainText(text).slice(0, length);
}

/** plainText written out, for a cell's text. */
export function cleanText(text: string): string {
  // Each replacement runs only when its mark is there: most cells have no tag, entity or "**".
  if (text.includes("<")) text = text.replace(TAG, " ");
  if (text.includes("&")) text = text.replace(ENTITY, (e) => ENTITIES[e] ?? e);
  if (text.includes("**")) text = text.replace(/\*\*/g, "");
  return (ODD_SPACE.test(text) ? text.replace(SPACE, " ") : text).trim();
}

/**
 * A header text reduced to what identifies it: lower case, look-alike letters folded to
 * Cyrillic, ё read as е, punctuation, slashes and brackets dropped, spaces collapsed.
 * "Шaлгуур\nүзүүлэлт" (Latin a) and "ШАЛГУУР ҮЗҮҮЛЭЛТ" both give "шалгуур үзүүлэлт".
 */
export function normalizeHeader(text: string): string {
  return normalizePlain(plainText(text));
}

/** normalizeHeader of a text already made plain (plainText). */
export function normalizePlain(plain: string): string {
  const cyrillic = isPlainCyrillic(plain);
  const folded = !cyrillic && hasLookalikeLetter(plain) ? foldLookalikes(plain) : plain;
  let lower = folded.toLowerCase();
  if (lower.includes("ё")) lower = lower.replace(/ё/g, "е");
  if (WORDS_ONLY.test(lower)) return lower;
  // Marks from the keyboard's ASCII row only ("72,9%", "273.1 сая"): a plain class finds them.
  const marks = !cyrillic && OTHER_MARK.test(lower) ? PUNCTUATION : ASCII_MARK;
  return lower.replace(marks, " ").replace(SPACE, " ").trim();
}

/** A header with every space removed too: "Биелэл тийн хувь" and "Биелэлтийн хувь" agree. */
export function headerKey(text: string): string {
  return plainHeaderKey(plainText(text));
}

/** Spaces and ASCII marks: what a key drops from a text holding no other mark (OTHER_MARK). */
const KEY_DROP = /[\s!-/:-@[-`{-~]+/g;

/** headerKey of a text already made plain (plainText). */
export function plainHeaderKey(plain: string): string {
  // The usual cell (Cyrillic, ASCII marks) needs one pass; normalizePlain's result with its
  // spaces removed is the same text.
  if (isPlainCyrillic(plain)) return dropMarks(plain.toLowerCase());
  const lower = (hasLookalikeLetter(plain) ? foldLookalikes(plain) : plain).toLowerCase();
  if (OTHER_MARK.test(lower)) return normalizePlain(plain).replace(/ /g, "");
  return dropMarks(lower);
}

/** A lower-case text holding no OTHER_MARK as a key: ё read as е, spaces and marks dropped. */
function dropMarks(lower: string): string {
  const e = lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
  return e.replace(KEY_DROP, "");
}

const HAS_LETTER = /\p{L}/u;

/**
 * A text written in capitals: it has a letter and none in lower case ("… ОНЫ ГҮЙЦЭТГЭЛИЙН
 * ТӨЛӨВЛӨГӨӨ", "ЗАХИРГАА, ХЯНАЛТЫН ХЭЛТЭС", "Б.БАТЖАРГАЛ"). Titles and the signature block's
 * names are printed so; a criterion or an activity never is.
 */
export function inCapitals(text: string): boolean {
  return HAS_LETTER.test(text) && text === text.toUpperCase();
}

/** A header names a column in words (or is "№"): a cell of only figures and marks names none. */
export const MAY_NAME_COLUMN = /[\p{L}№]/u;

/**
 * Scripts whose lower case is one character for one, whatever stands beside it: the whole text
 * can be lowered at once. Elsewhere a letter may grow ("İ" → "i̇") or depend on the next one
 * (Greek Σ at a word's end), so the long way lowers each character alone.
 */
const LOWERS_ONE_BY_ONE = /^[\u0000-\u00FF\u0400-\u04FF\u2000-\u206F]*$/;

/**
 * Lower case with look-alikes folded and ё read as е, keeping every character at its index so
 * that a match found in the folded text can be cut from the original.
 */
export function foldForMatch(text: string): string {
  if (isPlainCyrillic(text) || (LOWERS_ONE_BY_ONE.test(text) && !hasLookalikeLetter(text))) {
    return text.toLowerCase().replace(/ё/g, "е");
  }
  let out = "";
  for (const ch of text) {
    const folded = LOOKALIKE_TO_CYRILLIC[ch] ?? ch;
    const small = folded.toLowerCase();
    const one = small.length === ch.length ? small : ch;
    out += one === "ё" ? "е" : one;
  }
  return out;
}

const LEADING_MARKS = /^[\s"'“”„«»‘’(\[{\-–—•·*.,;:…]+/u;

/** The text (after quotes, brackets and bullets) begins with a lower-case letter: it continues a sentence. */
export function startsLowercase(text: string): boolean {
  // The usual text opens with a letter or digit below FIRST_CODES: its answer is in the table.
  const code = text.charCodeAt(0);
  if (code < FIRST_CODES && FIRST_LOWER[code] !== LEADING_MARK) return FIRST_LOWER[code] === 1;
  return firstLetterLower(text);
}

/** startsLowercase written out: skip the leading marks, then read the first character's case. */
export function firstLetterLower(text: string): boolean {
  const code = text.replace(LEADING_MARKS, "").codePointAt(0);
  const first = code === undefined ? undefined : String.fromCodePoint(code);
  if (!first) return false;
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** Characters below this code have startsLowercase's answer for a text they open in FIRST_LOWER. */
const FIRST_CODES = 0x500;
/** FIRST_LOWER of a leading mark: the answer lies further on. */
const LEADING_MARK = 2;
/**
 * 1 when a text opening with the character starts lower case, 0 when not, LEADING_MARK for a
 * mark the rule skips. No character below FIRST_CODES is half of a pair, so the first code
 * point of a text opening with one that is no mark is that character itself.
 */
const FIRST_LOWER = Uint8Array.from({ length: FIRST_CODES }, (_, code) => {
  const ch = String.fromCharCode(code);
  return LEADING_MARKS.test(ch) ? LEADING_MARK : +firstLetterLower(ch);
});
