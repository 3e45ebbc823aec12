/**
 * An accelerator for the searches a level text goes through before its numbers are read
 * (parse.ts, mask.ts): its runs of digits (a pattern's search for the next ASCII digit), each
 * mark a mask rule needs (String.includes, once for each rule), FIGURES_AND_MARKS and
 * parse.ts's ODD_SPACE. Each of these is a pass over a paragraph; here one walk by code finds
 * them all. Measured on the 1,500 level cells of bench/real-sizes.ts's 600-row report (medians
 * of 101 rounds in turns, a loaded shared 2-core machine): parseLevel over them 0.89–0.93 of
 * the time the searches took. Its equivalence test is
 * test/core/text-marks.accelerator.property.test.ts.
 */
import { isSpaceCode } from "./numbers";

/** What a walk over a text found. */
export interface TextMarks {
  /** The runs of ASCII digits: the start and end of each, one after the other. */
  runs: number[];
  /** One bit for each of the scanner's marks the text holds. */
  held: number;
  /** The text has an ASCII letter or a character beyond ASCII: FIGURES_AND_MARKS fails. */
  wordy: boolean;
  /** A space other than one plain space: a tab, a line break, two spaces (parse.ts's ODD_SPACE). */
  oddSpace: boolean;
}

/** A walk for some marks, and the test whether a walked text holds one of them. */
export interface MarkScanner {
  scan(text: string): TextMarks;
  /** The text holds `mark` (one of the scanner's marks), as `text.includes(mark)` answers. */
  holds(marks: TextMarks, mark: string): boolean;
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The scanner for `marks`: each one ASCII character, neither a digit, a letter nor a space (up
 * to 29 of them, one bit each).
 */
export function markScanner(marks: readonly string[]): MarkScanner {
  // By code below 0x80: a mark's bit, or LETTER for an ASCII letter.
  const kinds = new Int32Array(0x80);
  const LETTER = 1 << 30;
  const ODD = 1 << 29;
  for (let c = 0; c < 0x80; c++) {
    if (isAsciiLetter(c)) kinds[c] = LETTER;
    else if (c !== 0x20 && isSpaceCode(c)) kinds[c] = ODD;
  }
  const bits = new Map<string, number>();
  for (const mark of new Set(marks)) {
    const c = mark.charCodeAt(0);
    if (mark.length !== 1 || c >= 0x80 || kinds[c] !== 0 || c === 0x20 || isDigitCode(c)) {
      throw new Error(`markScanner: ${JSON.stringify(mark)} is no ASCII mark`);
    }
    if (bits.size >= 29) throw new Error("markScanner: more than 29 marks");
    kinds[c] = 1 << bits.size;
    bits.set(mark, kinds[c]);
  }
  return {
    scan(text) {
      const runs: number[] = [];
      let held = 0;
      let wide = false;
      let odd = false;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) {
          const start = i;
          while (i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) i++;
          runs.push(start, i + 1);
        } else if (c < 0x80) {
          held |= kinds[c];
          if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) odd = true;
        } else {
          wide = true;
          if (isSpaceCode(c)) odd = true;
        }
      }
      return {
        runs,
        held: held & ~(LETTER | ODD),
        wordy: wide || (held & LETTER) !== 0,
        oddSpace: odd || (held & ODD) !== 0,
      };
    },
    holds({ held }, mark) {
      const bit = bits.get(mark);
      if (bit === undefined)
        throw new Error(`markScanner: ${JSON.stringify(mark)} not scanned for`);
      return (held & bit) !== 0;
    },
  };
}
