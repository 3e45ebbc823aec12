/**
 * An accelerator for parseLevel (parse.ts): most level cells are one figure with "%" or one word
 * after it ("817", "76,5%", "3.3 тэрбум"), and these are found by their shape without the rule's
 * passes for spaces, quotes, keywords, labels and words between numbers. parse.ts reads the word
 * by its own rule for a unit. Measured with `npm run bench`'s grids (median of 15 runs in turns,
 * a shared 2-core machine): parseLevel over every text of the 10,000-row report 114 ms with it
 * and the clean accelerator, 209 ms without either, 187 ms without this one; seed 003's
 * 141-row plan 1.1 ms with, 1.8 ms without.
 */
import { maskNonMeasures } from "./mask";
import { digitsAt, figureValue } from "./numbers";

/** A figure at the start of a cell and what follows it. */
export interface PlainFigure {
  /** Where the figure's digits end. */
  end: number;
  value: number;
  /** "%", the word after the space, or null for a figure alone. */
  after: string | null;
}

/** One figure, alone or with "%" or a space and one word. */
const FIGURE_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:%| \p{L}+)?$/u;

/**
 * The figure of a cell that is one figure with "%", one word or nothing after it. Null for any
 * other text, and where the rule reads more into the figure: two readings ("1,081", the
 * context settles), a word masked as a date, a month or an ordinal ("2024 онд"). A figure with
 * a word is masked all the same: no unit word is masked today, and the accelerator must not
 * depend on that.
 */
export function plainFigure(text: string): PlainFigure | null {
  if (!FIGURE_WITH_UNIT.test(text)) return null;
  // The figure's digits, and its decimal mark and digits if it has them (the pattern's shape).
  const intEnd = digitsAt(text, 0);
  const mark = text[intEnd];
  const marked = mark === "," || mark === ".";
  const end = marked ? intEnd + 1 + digitsAt(text, intEnd + 1) : intEnd;
  // "1,081": a comma and three digits read as thousands too (scanNumber's oneMark).
  if (mark === "," && end - intEnd === 4 && intEnd <= 3 && text[0] !== "0") return null;
  if (end === text.length)
    return { end, value: figureValue(text, end, marked ? intEnd : -1), after: null };
  if (text[end] !== "%" && maskNonMeasures(text) !== text) return null;
  const after = text[end] === "%" ? "%" : text.slice(end + 1);
  return { end, value: figureValue(text, end, marked ? intEnd : -1), after };
}
