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
  // Greek
  Θ: "Ө",
  θ: "ө",
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
  ρ: "р",
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
  // Arabic letters seen in converted documents (seed 000: шалгالت, фэйсбууک)
  ا: "а",
  ل: "л",
  ت: "т",
  ک: "к",
  ك: "к",
};

/** Digits that stand for letters inside a Cyrillic word ("(3XX)" for "(ЗХХ)"). */
export const DIGIT_TO_CYRILLIC: Readonly<Record<string, string>> = { "3": "З", "0": "О" };

const CYRILLIC = /[\u0400-\u04FF]/;

export function isCyrillic(ch: string): boolean {
  return CYRILLIC.test(ch);
}

/** Replace every look-alike letter (not digits) by its Cyrillic letter. */
export function foldLookalikes(text: string): string {
  let out = "";
  for (const ch of text) out += LOOKALIKE_TO_CYRILLIC[ch] ?? ch;
  return out;
}
