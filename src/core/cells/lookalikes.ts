/**
 * Letters from other scripts that look like Mongolian Cyrillic ones, and their Cyrillic
 * replacement. Used to detect and fix mixed-script words (TEXT-SCRIPT) and to normalise
 * headers before matching. The map only ever points *to* Cyrillic: a fix never turns
 * Mongolian into Latin.
 */
export const LOOKALIKE_TO_CYRILLIC: Readonly<Record<string, string>> = {
  // Latin
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "Ү",
  D: "Д",
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  V: "Ү",
  v: "ү",
  // Latin transcription letters typed for Ө and Ү
  Ö: "Ө",
  ö: "ө",
  Ü: "Ү",
  ü: "ү",
  // Greek
  Θ: "Ө",
  θ: "ө",
  ϴ: "Ө",
  Ο: "О",
  ο: "о",
  Α: "А",
  Β: "В",
  Ε: "Е",
  Η: "Н",
  Κ: "К",
  Μ: "М",
  Ρ: "Р",
  Τ: "Т",
  Χ: "Х",
  Υ: "Ү",
  α: "а",
  κ: "к",
  ρ: "р",
  τ: "т",
  χ: "х",
  // Other Cyrillic-block and Latin letters used for Ө and Ү
  Ɵ: "Ө",
  ɵ: "ө",
  Ѳ: "Ө",
  ѳ: "ө",
  Є: "Ө",
  є: "ө",
  Ї: "Ү",
  ї: "ү",
  Ѵ: "Ү",
  ѵ: "ү",
  Ұ: "Ү",
  ұ: "ү",
  // Arabic letters seen in converted documents (seed 000: шалгالت, фэйсбууک)
  ا: "а",
  ل: "л",
  ت: "т",
  ک: "к",
  ك: "к",
};

/** Digits that stand for letters inside a Cyrillic word ("(3XX)" for "(ЗХХ)"). */
export const DIGIT_TO_CYRILLIC: Readonly<Record<string, string>> = { "3": "З", "0": "О" };

const DIGIT_TO_LOWER_CYRILLIC: Readonly<Record<string, string>> = { "3": "з", "0": "о" };

const CYRILLIC = /[\u0400-\u04FF]/;

export function isCyrillic(ch: string): boolean {
  return CYRILLIC.test(ch);
}

/** The 35 letters of the Mongolian Cyrillic alphabet, both cases: А–я, Ёё, Өө, Үү (by code, as every character of a text is asked). */
export function isMongolianLetter(ch: string): boolean {
  return ch.length === 1 && isMongolianCode(ch.charCodeAt(0));
}

/** The same letters as a pattern's character class body ("[…]"), for patterns over whole texts. */
export const MONGOLIAN_LETTERS = "\\u0401\\u0410-\\u044f\\u0451\\u04ae\\u04af\\u04e8\\u04e9";

/** isMongolianLetter of a UTF-16 code unit. */
export function isMongolianCode(c: number): boolean {
  return (
    (c >= 0x410 && c <= 0x44f) ||
    c === 0x401 ||
    c === 0x451 ||
    c === 0x4e8 ||
    c === 0x4e9 ||
    c === 0x4ae ||
    c === 0x4af
  );
}

/** Any look-alike letter. All lie in the BMP, so the class needs no "u" flag (a slower match). */
const ANY_LOOKALIKE_LETTER = new RegExp(`[${Object.keys(LOOKALIKE_TO_CYRILLIC).join("")}]`);
const EVERY_LOOKALIKE_LETTER = new RegExp(ANY_LOOKALIKE_LETTER.source, "g");

/** Replace every look-alike letter (not digits) by its Cyrillic letter. */
export function foldLookalikes(text: string): string {
  // One replace of the class, not a string grown character by character (five times slower).
  return text.replace(EVERY_LOOKALIKE_LETTER, (ch) => LOOKALIKE_TO_CYRILLIC[ch]);
}

/** Where a look-alike comes from; "cyrillic" means a Cyrillic letter Mongolian does not use. */
export type LookalikeScript = "latin" | "greek" | "arabic" | "cyrillic" | "digit";

function scriptOf(ch: string): LookalikeScript {
  if (/\p{Script=Greek}/u.test(ch)) return "greek";
  if (/\p{Script=Arabic}/u.test(ch)) return "arabic";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  return "latin";
}

/** Each look-alike's script, worked out once rather than per character checked. */
const LOOKALIKE_SCRIPTS: ReadonlyMap<string, LookalikeScript> = new Map(
  Object.keys(LOOKALIKE_TO_CYRILLIC).map((ch) => [ch, scriptOf(ch)]),
);

/** The text holds a letter that may stand for a Cyrillic one: only then can folding change it. */
export const hasLookalikeLetter = (text: string): boolean => ANY_LOOKALIKE_LETTER.test(text);

/** The script a look-alike character comes from ("digit" for 3 and 0), null for any other text. */
export function lookalikeScript(ch: string): LookalikeScript | null {
  // A Set, not `in`: "constructor" is in every object.
  if (isLookalikeDigit(ch)) return "digit";
  return LOOKALIKE_SCRIPTS.get(ch) ?? null;
}

/** One look-alike inside a word and the Cyrillic letter that replaces it. */
export interface LookalikeLetter {
  /** Code-point index in the text. */
  index: number;
  char: string;
  replacement: string;
  script: LookalikeScript;
}

/** A word written with look-alikes, as found in a text. */
export interface MixedWord {
  /** Code-point index of the word's first character in the text. */
  start: number;
  word: string;
  fixed: string;
  letters: LookalikeLetter[];
}

export interface MixedScriptOptions {
  /**
   * The document around the text is Mongolian: a text with no Cyrillic word of its own (a cell
   * holding only "(3XX)") is then read as Cyrillic too, unless it holds a real foreign word.
   */
  documentIsCyrillic?: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
/** WORD_CHAR of an ASCII code: A-Z, a-z, 0-9. */
const isAsciiWordCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** WORD_CHAR; ASCII (spaces, marks, figures: most that is not a Mongolian letter) by its code. */
const isWordChar = (ch: string): boolean =>
  ch < "\x80" ? isAsciiWordCode(ch.charCodeAt(0)) : WORD_CHAR.test(ch);
const LETTER = /\p{L}/u;
/** Latin capitals that are unmistakably Cyrillic ones (V and Y are also Roman numerals, "TV"). */
const STRONG_LATIN_CAPITALS = /^[ABCEHKMOPTX]+$/;
const ROMAN_NUMERAL = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

interface Word {
  /** Code-point index of its first character. */
  start: number;
  chars: string[];
  /** UTF-16 index just after it. */
  after: number;
}

/** The character (code point) at UTF-16 index `i` as Array.from gives it, "" past the end. */
function pointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
  return pair ? text.slice(i, i + 2) : text.charAt(i);
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A character that is neither a Mongolian letter nor an ASCII one that ends a word. */
const MAY_START_WORD = new RegExp(
  `[^${MONGOLIAN_LETTERS}${Array.from({ length: 0x80 }, (_, c) => c)
    .filter((c) => !isAsciiWordCode(c))
    .map((c) => `\\x${c.toString(16).padStart(2, "0")}`)
    .join("")}]`,
  "g",
);
const ANY_MONGOLIAN = new RegExp(`[${MONGOLIAN_LETTERS}]`);

const LOOKALIKE_DIGIT_SET: ReadonlySet<string> = new Set(Object.keys(DIGIT_TO_CYRILLIC));

/** A digit that may stand for a letter ("3", "0"). */
function isLookalikeDigit(ch: string): boolean {
  return LOOKALIKE_DIGIT_SET.has(ch);
}

/** A letter that is neither Mongolian nor a known look-alike makes its word a real foreign word. */
function isForeignLetter(ch: string): boolean {
  return !isMongolianLetter(ch) && LETTER.test(ch) && !(ch in LOOKALIKE_TO_CYRILLIC);
}

/** What an ASCII character of a word can be: a look-alike (letter or digit), a foreign letter. */
const LOOKALIKE_CHAR = 1;
const FOREIGN_CHAR = 2;
const ASCII_WORD_KINDS = Uint8Array.from({ length: 0x80 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (isLookalikeDigit(ch) || LOOKALIKE_SCRIPTS.has(ch)) return LOOKALIKE_CHAR;
  return isForeignLetter(ch) ? FOREIGN_CHAR : 0;
});

/**
 * The words of a text that may be taken as written with look-alikes, with code-point positions,
 * and whether the text holds a Mongolian letter and a foreign word. Only a word that holds a
 * look-alike (a letter, or a digit that may stand for one) and no foreign letter can be taken.
 * The rest are only noted: words of Mongolian letters or of figures alone, passed over by one
 * search (most words of a paragraph are such; an array of every character of a long cell made
 * most of the cost and garbage), and the foreign words and those without a look-alike, read but
 * not copied into an array of characters.
 */
function splitWords(text: string): { words: Word[]; hasMongolian: boolean; hasForeign: boolean } {
  const words: Word[] = [];
  const hasMongolian = ANY_MONGOLIAN.test(text);
  let hasForeign = false;
  let i = 0;
  let point = 0;
  while (i < text.length) {
    // Passed over by one search: the Mongolian words and ASCII marks before the next other
    // character (one code point each), up to the start of the word that holds it.
    MAY_START_WORD.lastIndex = i;
    if (!MAY_START_WORD.test(text)) break;
    let k = MAY_START_WORD.lastIndex - 1;
    while (k > i && isMongolianCode(text.charCodeAt(k - 1))) k--;
    point += k - i;
    i = k;
    const from = i;
    const start = point;
    let mongolian = false;
    let figure = false;
    let other = false;
    // What its characters can be: LOOKALIKE_CHAR, FOREIGN_CHAR, both or'ed.
    let kinds = 0;
    for (; i < text.length; i++, point++) {
      const c = text.charCodeAt(i);
      if (isMongolianCode(c)) {
        mongolian = true;
        continue;
      }
      // ASCII (spaces, marks, figures: most of what is not a Mongolian letter) by its code.
      if (c < 0x80) {
        if (!isAsciiWordCode(c)) break;
        if (c >= 0x30 && c <= 0x39) figure = true;
        else other = true;
        kinds |= ASCII_WORD_KINDS[c];
        continue;
      }
      const ch = pointAt(text, i);
      if (!isWordChar(ch)) break;
      other = true;
      if (LOOKALIKE_SCRIPTS.has(ch)) kinds |= LOOKALIKE_CHAR;
      else if (isForeignLetter(ch)) kinds |= FOREIGN_CHAR;
      i += ch.length - 1;
    }
    if (other || (mongolian && figure)) {
      if (kinds & FOREIGN_CHAR) hasForeign = true;
      else if (kinds & LOOKALIKE_CHAR) {
        words.push({ start, chars: Array.from(text.slice(from, i)), after: i });
      }
    }
    if (i === from) {
      i += pointAt(text, i).length;
      point++;
    }
  }
  return { words, hasMongolian, hasForeign };
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/**
 * Digits 3 and 0 standing for З and О: a lone digit between two letters ("ба3ар"), or at the
 * edge of an all-capital word of two or more letters ("3ХХ"). Runs of digits are numbers.
 */
function digitLetters(word: Word): LookalikeLetter[] {
  const { chars } = word;
  // Most words hold no such digit.
  if (!chars.some(isLookalikeDigit)) return [];
  const letters = chars.filter((ch) => LETTER.test(ch));
  const capitals = letters.length >= 2 && letters.every(isUpper);
  const out: LookalikeLetter[] = [];
  chars.forEach((ch, i) => {
    if (!isLookalikeDigit(ch)) return;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if ((prev && /\p{Nd}/u.test(prev)) || (next && /\p{Nd}/u.test(next))) return;
    const between =
      prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next);
    const atEdge = (prev === undefined || next === undefined) && capitals;
    if (!between && !atEdge) return;
    const upper = atEdge || (isUpper(prev) && isUpper(next));
    out.push({
      index: word.start + i,
      char: ch,
      replacement: upper ? DIGIT_TO_CYRILLIC[ch] : DIGIT_TO_LOWER_CYRILLIC[ch],
      script: "digit",
    });
  });
  return out;
}

function letterLookalikes(word: Word): LookalikeLetter[] {
  const out: LookalikeLetter[] = [];
  word.chars.forEach((ch, i) => {
    // As lookalikeScript, digits aside; a Mongolian letter (most of a word) is never looked up.
    const script = isMongolianLetter(ch) ? undefined : LOOKALIKE_SCRIPTS.get(ch);
    if (script) {
      out.push({ index: word.start + i, char: ch, replacement: LOOKALIKE_TO_CYRILLIC[ch], script });
    }
  });
  return out;
}

/**
 * An all-Latin abbreviation glued to a Cyrillic suffix ("MTT-өөс") or numbering ("A/61"). The
 * suffix is read in `fixed`, the text as it reads once its other words are fixed ("MTT-Dүрэм"),
 * so that a fix never uncovers another slip.
 */
function isAttachedAbbreviation(
  word: Word,
  text: string,
  fixed: ReadonlyMap<number, string>,
): boolean {
  const written = word.chars.join("");
  if (written.length > 5 || !STRONG_LATIN_CAPITALS.test(written) || ROMAN_NUMERAL.test(written)) {
    return false;
  }
  const end = word.start + word.chars.length;
  const sep = pointAt(text, word.after);
  const next = pointAt(text, word.after + sep.length);
  return (
    (sep === "-" && isMongolianLetter(fixed.get(end + 1) ?? next)) ||
    (sep === "/" && /\p{Nd}/u.test(next))
  );
}

/** The letters by index: sorted in a copy only when out of order (most come in order). */
function byIndex(letters: LookalikeLetter[]): LookalikeLetter[] {
  for (let k = 1; k < letters.length; k++) {
    if (letters[k].index < letters[k - 1].index) {
      return [...letters].sort((a, b) => a.index - b.index);
    }
  }
  return letters;
}

/** A word's look-alike letters and digits, each list in index order, merged in index order. */
function merged(letters: LookalikeLetter[], digits: LookalikeLetter[]): LookalikeLetter[] {
  if (digits.length === 0) return letters;
  const out: LookalikeLetter[] = [];
  let l = 0;
  let d = 0;
  while (l < letters.length || d < digits.length) {
    const letterFirst =
      d === digits.length || (l < letters.length && letters[l].index < digits[d].index);
    out.push(letterFirst ? letters[l++] : digits[d++]);
  }
  return out;
}

/** `letters` in index order. */
function mixedWord(word: Word, letters: LookalikeLetter[]): MixedWord {
  const fixedChars = [...word.chars];
  for (const l of letters) fixedChars[l.index - word.start] = l.replacement;
  return {
    start: word.start,
    word: word.chars.join(""),
    fixed: fixedChars.join(""),
    letters,
  };
}

/**
 * Words of a text written with look-alike letters, with their Cyrillic spelling. A word is
 * mixed when it holds a Mongolian letter and a look-alike (or a digit standing for a letter).
 * A word made only of look-alikes is taken only in a Cyrillic context and only when it cannot be
 * a real Latin word: it has a digit for a letter ("3XX"), a Greek, Arabic or non-Mongolian
 * Cyrillic letter, or is a capital abbreviation glued to Cyrillic ("MTT-өөс", "A/61"). Words with
 * any other foreign letter ("SICOS", "CallPro", "E-mail") are left alone.
 */
export function findMixedWords(text: string, options: MixedScriptOptions = {}): MixedWord[] {
  const { words, hasMongolian, hasForeign } = splitWords(text);
  // Most texts hold no word worth reading: nothing more is made for them.
  if (words.length === 0) return [];
  const cyrillicContext = hasMongolian || (!!options.documentIsCyrillic && !hasForeign);
  // The replacements made so far by code-point index: not a copy of a long text's characters.
  const fixed = new Map<number, string>();
  const found = new Map<Word, MixedWord>();
  const take = (word: Word, letters: LookalikeLetter[]) => {
    const mixed = mixedWord(word, letters);
    for (const l of mixed.letters) fixed.set(l.index, l.replacement);
    found.set(word, mixed);
  };
  const abbreviations: { word: Word; letters: LookalikeLetter[] }[] = [];
  for (const word of words) {
    const letters = letterLookalikes(word);
    const digits = digitLetters(word);
    if (word.chars.some(isMongolianLetter)) {
      if (letters.length + digits.length > 0) take(word, merged(letters, digits));
    } else if (cyrillicContext && letters.length > 0) {
      if (digits.length > 0 || letters.some((l) => l.script !== "latin")) {
        take(word, merged(letters, digits));
      } else {
        abbreviations.push({ word, letters });
      }
    }
  }
  // Right to left, so that "MTT-MTT-өөс" is fixed whole.
  for (const { word, letters } of abbreviations.reverse()) {
    if (isAttachedAbbreviation(word, text, fixed)) take(word, letters);
  }
  return words.filter((w) => found.has(w)).map((w) => found.get(w)!);
}

/** A UTF-16 surrogate: without one, a text's code points and code units are counted alike. */
const SURROGATE = /[\ud800-\udfff]/;

/** The text with the look-alikes of the given words replaced; every other character kept. */
export function replaceLookalikes(text: string, words: readonly MixedWord[]): string {
  const letters = byIndex(words.flatMap((w) => w.letters));
  // Code-point indices, as Array.from counts them: the text is walked to find them only when it
  // holds a surrogate (few do); the kept stretches are copied whole.
  const walk = SURROGATE.test(text);
  let out = "";
  let from = 0;
  let i = 0;
  let point = 0;
  for (let next = 0; next < letters.length; next++) {
    const { index } = letters[next];
    // A character named twice takes its last replacement.
    if (next + 1 < letters.length && letters[next + 1].index === index) continue;
    if (!walk) i = index;
    for (; walk && point < index && i < text.length; point++) i += pointAt(text, i).length;
    if (i >= text.length) break;
    out += text.slice(from, i) + letters[next].replacement;
    from = i + pointAt(text, i).length;
  }
  return out + text.slice(from);
}
