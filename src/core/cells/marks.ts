/**
 * The marks people write in a level, fulfilment or rating cell for "no figure here": the one
 * vocabulary every reader uses (DOMAIN §4: a measure whose term has not come is not due).
 */

/** Hyphen, en dash, em dash and minus sign: Word and the keyboard give any of them for "-". */
const DASH = "-–—−";

/** "-", "--", "*", "/-/", "(-)", with any of the dashes: a cell marked as holding no figure. */
const NO_FIGURE_MARK = new RegExp(`^(?:[${DASH}]{1,2}|\\*|[/(]\\s*[${DASH}]\\s*[/)])$`, "u");

/** "Хугацаа болоогүй", "Хэрэгжилт тооцох хугацаа болоогүй": the words for not yet due. */
const NOT_DUE_WORDS = /хугацаа\s+болоогүй/iu;
/** «ХБ», «Х/Б»: their abbreviation, a cell's whole text (as tables' notes spell it out). */
const NOT_DUE_ABBREVIATION = /^(?:хб|х\/б)$/iu;

/** A trimmed text that is only a no-figure mark. */
export const isNoFigureMark = (text: string): boolean => NO_FIGURE_MARK.test(text);

/** A trimmed text that says "not due": a no-figure mark, the words or their abbreviation. */
export const saysNotDue = (text: string): boolean =>
  NO_FIGURE_MARK.test(text) || NOT_DUE_WORDS.test(text) || NOT_DUE_ABBREVIATION.test(text);

/**
 * Excel's error values as a cell shows them, in a file's cached results and in what Office.js
 * reads (Excel.ErrorCellValueType): a formula that failed, not a figure nor a word.
 */
const FORMULA_ERRORS: ReadonlySet<string> = new Set([
  "#BLOCKED!",
  "#BUSY!",
  "#CALC!",
  "#CONNECT!",
  "#DIV/0!",
  "#EXTERNAL!",
  "#FIELD!",
  "#GETTING_DATA",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#PYTHON!",
  "#REF!",
  "#SPILL!",
  "#UNKNOWN!",
  "#VALUE!",
]);

/** A trimmed text that is one of Excel's error values ("#N/A", "#REF!", "#DIV/0!"). */
export const isFormulaError = (text: string): boolean =>
  text.startsWith("#") && FORMULA_ERRORS.has(text.toUpperCase());
