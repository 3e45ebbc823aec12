/**
 * Words that give a number its meaning in НДЕГ level cells: scale words, percent and money
 * words, counted nouns (with the class of thing they count), and small words that may sit
 * between a number and its unit ("80 орчим хувь", "70-аас доошгүй хувь").
 */

/** Classes of counted things; two counts of different classes cannot be compared. */
export type UnitClass =
  | "person"
  | "times"
  | "document"
  | "contract"
  | "request"
  | "organisation"
  | "event"
  | "publication"
  | "act"
  | "place"
  | "piece"
  | "duration"
  | "type"
  | "object";

/** A counted noun as countedNounAt finds it: its unit, class and how many words it takes. */
export interface FoundNoun {
  /** Canonical unit written into Quantity.unit. */
  unit: string;
  cls: UnitClass;
  length: number;
}

interface CountedNoun {
  /** Each word of the noun as written: a pattern of letters, `\p{L}` for any letter. */
  sources: string[];
  /** The same for a word of letters (ofLetters), matched against lower-cased words. */
  words: RegExp[];
  /** What countedNounAt gives for it: one object for every find (nothing changes it). */
  found: Readonly<FoundNoun>;
}

const w = (source: string): RegExp => new RegExp(`^(?:${source})$`, "u");

/** A word of letters alone (Unicode letters, as `\p{L}`). */
const LETTERS = /^\p{L}+$/u;

/**
 * LETTERS.test(word), told code by code for small Cyrillic and ASCII letters (nearly every
 * word here is lower-cased Mongolian): the pattern costs 90 ns a word, about what the nouns'
 * patterns cost together. Any other character leaves it to the pattern.
 */
function isOfLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const small = (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x4af || c === 0x4e9;
    if (!small && !(c >= 0x61 && c <= 0x7a)) return LETTERS.test(word);
  }
  return word.length > 0;
}

/**
 * A counted noun's word as a pattern of a word of letters: the nouns are written in letters,
 * their endings too (`\p{L}`), so only a word of letters can write one. The word is asked that
 * once (isOfLetters), and in the pattern an ending's `\p{L}` stands for any character: V8 compiles
 * every `\p{L}` anew as all the letters of Unicode, and the nouns' first words in one pattern,
 * 62 of them, took it 28 ms to compile and 60 µs a test until it tiered up (0.7 ms and 2 µs
 * written with `[^]`), in every thread and page that reads a level.
 */
const ofLetters = (source: string): string => source.replaceAll("\\p{L}", "[^]");

const noun = (unit: string, cls: UnitClass, ...words: string[]): CountedNoun => ({
  sources: words,
  words: words.map((source) => w(ofLetters(source))),
  found: Object.freeze({ unit, cls, length: words.length }),
});

// Longer nouns first so "албан хаагч" wins over a one-word reading.
export const COUNTED_NOUNS: readonly CountedNoun[] = [
  noun("аж ахуйн нэгж", "organisation", "аж", "ахуйн", "нэгж\\p{L}{0,6}"),
  noun("тэтгэвэр авагч", "person", "тэтгэвэр", "авагч\\p{L}{0,6}"),
  noun("албан хаагч", "person", "албан", "хаагч\\p{L}{0,6}"),
  noun("ажил олгогч", "organisation", "ажил", "олгогч\\p{L}{0,6}"),
  noun("арга хэмжээ", "event", "арга", "хэмжээ\\p{L}{0,6}"),
  noun("албан бичиг", "act", "албан", "бичиг\\p{L}{0,5}|бичг\\p{L}{1,5}"),
  noun("удаа", "times", "удаа\\p{L}{0,5}"),
  noun("боть", "document", "бот(?:ь|ийг|ийн|ид)"),
  noun("хуудас", "document", "хуудас\\p{L}{0,4}|хуудс\\p{L}{1,4}"),
  noun("баримт", "document", "баримт\\p{L}{0,5}"),
  noun("иргэн", "person", "ирг(?:эн|эд)\\p{L}{0,6}"),
  noun("хүн", "person", "хүн(?:ий|ийн|ийг|д|ээс|тэй)?"),
  noun("даатгуулагч", "person", "даатгуулагч\\p{L}{0,8}"),
  noun("ажилтан", "person", "ажилт(?:ан|н)\\p{L}{0,6}"),
  noun("байцаагч", "person", "байцаагч\\p{L}{0,6}"),
  noun("малчин", "person", "малч(?:ин|ид)\\p{L}{0,6}"),
  noun("оролцогч", "person", "оролцогч\\p{L}{0,6}"),
  noun("хэрэглэгч", "person", "хэрэглэгч\\p{L}{0,6}"),
  noun("сурагч", "person", "сурагч\\p{L}{0,6}"),
  noun("оюутан", "person", "оюут(?:ан|н)\\p{L}{0,6}"),
  noun("хамрагдагч", "person", "хамрагдагс\\p{L}{0,6}|хамрагдагч\\p{L}{0,6}"),
  noun("гэрээ", "contract", "гэрээ\\p{L}{0,6}"),
  noun("өргөдөл", "request", "өргөд(?:өл|л)\\p{L}{0,6}"),
  noun("гомдол", "request", "гомд(?:ол|л)\\p{L}{0,5}"),
  noun("санал", "request", "санал\\p{L}{0,5}"),
  noun("хүсэлт", "request", "хүсэлт\\p{L}{0,5}"),
  noun("асуулт", "request", "асуулт\\p{L}{0,5}"),
  noun("дуудлага", "request", "дуудлага\\p{L}{0,5}"),
  noun("байгууллага", "organisation", "байгууллага\\p{L}{0,6}"),
  noun("ААНБ", "organisation", "аанб\\p{L}{0,4}"),
  noun("АО", "organisation", "ао"),
  noun("нэгж", "organisation", "нэгж\\p{L}{0,6}"),
  noun("сургалт", "event", "сургалт\\p{L}{0,5}"),
  noun("өдөрлөг", "event", "өдөрлөг\\p{L}{0,5}"),
  noun("хурал", "event", "хур(?:ал|л)\\p{L}{0,5}"),
  noun("уулзалт", "event", "уулзалт\\p{L}{0,5}"),
  noun("мэдээлэл", "publication", "мэдээ(?:лэл|лл)?\\p{L}{0,5}"),
  noun("тайлан", "publication", "тайл(?:ан|анг|н)\\p{L}{0,5}"),
  noun("постер", "publication", "постер\\p{L}{0,5}"),
  noun("контент", "publication", "контент\\p{L}{0,5}"),
  noun("бичлэг", "publication", "бичлэг\\p{L}{0,5}"),
  noun("нэвтрүүлэг", "publication", "нэвтрүүл(?:эг|г)\\p{L}{0,5}"),
  noun("хандалт", "publication", "хандалт\\p{L}{0,5}"),
  noun("тушаал", "act", "тушаал\\p{L}{0,5}"),
  noun("журам", "act", "жур(?:ам|м)\\p{L}{0,5}"),
  noun("заавар", "act", "заав(?:ар|р)\\p{L}{0,5}"),
  noun("зөвлөмж", "act", "зөвлөмж\\p{L}{0,5}"),
  noun("дүрэм", "act", "дүр(?:эм|м)\\p{L}{0,5}"),
  noun("аргачлал", "act", "аргачл(?:ал|л)\\p{L}{0,5}"),
  noun("тогтоол", "act", "тогтоол\\p{L}{0,5}"),
  noun("акт", "act", "акт\\p{L}{0,4}"),
  noun("аймаг", "place", "аймаг\\p{L}{0,5}|аймг\\p{L}{1,5}"),
  noun("сум", "place", "сум(?:ын|д|дын|ууд|дад|аас|ыг)?"),
  noun("дүүрэг", "place", "дүүр(?:эг|г)\\p{L}{0,5}"),
  noun("хэлтэс", "place", "хэлт(?:эс|с)\\p{L}{0,6}"),
  noun("ширхэг", "piece", "ширхэг\\p{L}{0,5}"),
  noun("хоног", "duration", "хоног\\p{L}{0,5}"),
  noun("өдөр", "duration", "өд(?:өр|р)\\p{L}{0,5}"),
  noun("цаг", "duration", "цаг(?:ийн|аар|т)?"),
  noun("жил", "duration", "жил(?:ийн)?"),
  noun("төрөл", "type", "төр(?:өл|л)\\p{L}{0,5}"),
  noun("объект", "object", "объект\\p{L}{0,5}"),
];

/** The most words a counted noun takes: countedNounAt looks no further on. */
export const NOUN_WORDS = Math.max(...COUNTED_NOUNS.map((n) => n.words.length));

/** `noun` is written by the words from words[from] on (the first is known to be of letters). */
function writes(noun: CountedNoun, words: string[], from: number): boolean {
  if (noun.words.length > words.length - from) return false;
  for (let i = 0; i < noun.words.length; i++) {
    const word = words[from + i];
    if (!noun.words[i].test(word) || (i > 0 && !isOfLetters(word))) return false;
  }
  return true;
}

/** The first words of every counted noun in one pattern: most words start none. */
const ANY_FIRST_WORD = new RegExp(COUNTED_NOUNS.map((n) => n.words[0].source).join("|"), "u");

/** `word` may be the first word of a counted noun: only then does countedNounAt read on. */
export const mayStartNoun = (word: string): boolean =>
  ANY_FIRST_WORD.test(word) && isOfLetters(word);

/** The letters a noun's word opens with: the first of each of its alternatives. */
function openingLetters(source: string): Set<string> {
  const letters = new Set<string>();
  let depth = 0;
  let opening = true;
  for (const c of source) {
    if (opening) {
      // Every noun is written from a letter: one that is not stops the module from loading.
      if (!/^\p{Ll}$/u.test(c)) throw new Error(`A counted noun opens with no letter: ${source}`);
      letters.add(c);
      opening = false;
    }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) opening = true;
  }
  return letters;
}

/**
 * The counted nouns by the letter their first word opens with, in their order: a word is tried
 * against these alone ("тэтгэвэр" against "тэтгэвэр авагч", "тайлан", "тушаал" and the other
 * nouns in «т», not all 62).
 */
const NOUNS_BY_LETTER = new Map<string, CountedNoun[]>();
for (const noun of COUNTED_NOUNS) {
  for (const letter of openingLetters(noun.sources[0])) {
    NOUNS_BY_LETTER.set(letter, [...(NOUNS_BY_LETTER.get(letter) ?? []), noun]);
  }
}

/** A counted noun starting at words[from]: its unit, class and how many words it used. */
export function countedNounAt(words: string[], from = 0): Readonly<FoundNoun> | null {
  if (from >= words.length || !mayStartNoun(words[from])) return null;
  return countedNounOpening(words, from);
}

/** countedNounAt for a words[from] that mayStartNoun has said yes to. */
export function countedNounOpening(words: string[], from: number): Readonly<FoundNoun> | null {
  for (const noun of NOUNS_BY_LETTER.get(words[from][0]) ?? []) {
    if (writes(noun, words, from)) return noun.found;
  }
  return null;
}

/**
 * `word` in lower case. Most words are already (small Cyrillic and ASCII letters), and
 * toLowerCase on a text beyond ASCII is a call into the runtime: those are given as they are.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const small =
      c < 0x80 ? c < 0x41 || c > 0x5a : (c >= 0x430 && c <= 0x45f) || c === 0x4af || c === 0x4e9;
    if (!small) return word.toLowerCase();
  }
  return word;
}

/** The class of a unit or label ("иргэн" → person, "Иргэд, даат-ч" → person, "АО" → organisation). */
export function unitClass(unit: string | null): UnitClass | null {
  if (!unit) return null;
  const words = unit
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((x) => x.length > 0);
  for (let i = 0; i < words.length; i++) {
    const found = countedNounAt(words, i);
    if (found) return found.cls;
  }
  return null;
}

const SCALES: { re: RegExp; factor: number }[] = [
  { re: w("мянга(?:н|ар)?|мян\\.?"), factor: 1e3 },
  { re: w("сая(?:ар|ын)?"), factor: 1e6 },
  { re: w("тэрбум(?:аар|ын)?"), factor: 1e9 },
];

/** Scale factor of a scale word ("мянган" → 1000), or null. */
export function scaleOf(word: string): number | null {
  for (const s of SCALES) if (s.re.test(word)) return s.factor;
  return null;
}

// "хувиараа" (on one's own account) is not a percent.
const PERCENT_WORD = w("хувь\\p{L}{0,4}|хуви(?!араа)\\p{L}{1,4}");
const MONEY_WORD = w("төгрөг\\p{L}{0,5}|төг\\.?|₮|mnt");

export const isPercentWord = (word: string): boolean => PERCENT_WORD.test(word);
export const isMoneyWord = (word: string): boolean => MONEY_WORD.test(word);

/** The words and marks of a floor, a level to reach or pass: "3-аас доошгүй", "≥95%". */
export const FLOOR_WORDS = "доошгүй|багагүй|≥";
/** The words and marks of a ceiling, a level not to pass: "5-аас дээшгүй", "≤5". */
export const CEILING_WORDS = "дээшгүй|илүүгүй|≤";

/** Words that may sit between a number and its unit without breaking the link. */
const BETWEEN = w(
  "гаруй|орчим|хүртэл|хүртэлх|доошгүй|аас|ээс|оос|өөс|дээш|илүү|буюу|түүнээс|шинэ|шинээр",
);
export const isBetweenWord = (word: string): boolean => BETWEEN.test(word);

/**
 * Every word a unit reading can take or pass over, but a counted noun's first word, in one
 * pattern: a scale, percent or money word or a word between. Most words after a number are
 * none of them, and one search costs less than one for each.
 */
const ANY_UNIT_WORD = new RegExp(
  [...SCALES.map((s) => s.re), PERCENT_WORD, MONEY_WORD, BETWEEN].map((re) => re.source).join("|"),
  "u",
);
/**
 * `word` may be a scale, percent or money word or a word between (false: scaleOf, isPercentWord,
 * isMoneyWord and isBetweenWord all say no).
 */
export const mayBeUnitWord = (word: string): boolean => ANY_UNIT_WORD.test(word);

/** Words before a number that mark it as a total ("Нийт 939 даатгуулагчийг"). */
export const isTotalWord = (word: string): boolean => /^(?:нийт|нийтдээ|бүгд)$/u.test(word);

/**
 * A count criterion names a number of things ("Шинээр хамрагдсан даатгуулагчийн тоо");
 * "тооцоо" (calculation) and "тооллого" (inventory) are other words.
 */
export function isCountCriterion(text: string | undefined): boolean {
  return !!text && /(?:^|[^\p{L}])тоо(?!ц|л)/iu.test(text);
}
