/**
 * An accelerator for the label before a number ("АО – 69", "Журам-15": LABEL in parse.ts). The
 * label's pattern ends where the number starts, but a search tries it from each of the 60
 * characters before, and over a paragraph's words and commas one search costs about 5 µs
 * (0.3 µs over a label's own characters). Every match lies in what a walk back from the number
 * over the pattern's parts passes, so the search starts there.
 */

/** The contents of the classes a label's pattern is made of, as in a character class. */
export interface LabelShape {
  /** A label word's characters after its first letter ("\\p{L}.\\-"). */
  word: string;
  /** The dashes between the label and the number. */
  dashes: string;
  /** The spaces around the dash. */
  spaces: string;
}

/** A test of one UTF-16 unit by a class; a surrogate passes (it may be half of a letter). */
const unitTest = (contents: string, surrogates: boolean): ((s: string, i: number) => boolean) => {
  const re = new RegExp(`[${contents}]`, "u");
  return (s, i) => {
    const c = s.charCodeAt(i);
    return (surrogates && c >= 0xd800 && c <= 0xdfff) || re.test(s[i]);
  };
};

/**
 * For a shape, where a search for its label in text[from, end) may start and find the same
 * match as from `from`. Read back from `end`, a match is: spaces, a dash, spaces, a word
 * (its characters and dashes together cover the dash written without spaces), and, after
 * spaces and a comma, a first word. Each part is walked over greedily with a class that holds
 * its characters, so the walk ends at or before the label's start; the character before it is
 * none of a word's, so it is the match's first character or stands before the match.
 */
export function labelStartBound(
  shape: LabelShape,
): (text: string, from: number, end: number) => number {
  const spaces = unitTest(shape.spaces, false);
  const wordOrDash = unitTest(shape.word + shape.dashes, true);
  const anySpace = unitTest("\\s", false);
  const word = unitTest(shape.word, true);
  return (text, from, end) => {
    let i = end;
    const back = (test: (s: string, i: number) => boolean): void => {
      while (i > from && test(text, i - 1)) i--;
    };
    back(spaces);
    back(wordOrDash);
    back(spaces);
    back(wordOrDash);
    back(anySpace);
    if (i > from && text[i - 1] === ",") i--;
    back(word);
    return Math.max(from, i - 1);
  };
}
