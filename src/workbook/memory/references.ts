import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  columnLetters,
  columnOfLetters,
  quotedSheetName,
} from "../../core/grid";

/**
 * A1 references inside a formula's text, found and rewritten the way Excel sees them: outside
 * string literals, not part of a name or a function ("LOG10(" is no cell), with an optional sheet
 * ("Plan!A1", "'Plan 2025'!A1:B2"), as cells, ranges, whole rows ("5:7") or whole columns ("C:D").
 * `$` marks are kept: they matter when a formula is copied, not when the cells it names move.
 */

export interface RefEnd {
  /** 0-based; absent in a whole-column reference ("C:D"). */
  row?: number;
  /** 0-based; absent in a whole-row reference ("5:7"). */
  col?: number;
  rowAbsolute: boolean;
  colAbsolute: boolean;
}

export interface FormulaRef {
  /** The sheet named before "!", unquoted; absent when the reference names none. */
  sheet?: string;
  /** The sheet part as written, with its "!" ("'Plan 2025'!"), or "". */
  prefix: string;
  start: RefEnd;
  /** The second end of a range. */
  end?: RefEnd;
}

const SHEET = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/y;
const CELL_RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}):(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
/** A character that, next to a reference, makes it part of a name, a number or a function. */
const NAME_CHAR = /[\w.\u00C0-\uFFFF]/;
const BEFORE_NO_REF = /[\w.\u00C0-\uFFFF$'!:\]]/;

function column(dollar: string, letters: string): Partial<RefEnd> | null {
  const col = columnOfLetters(letters);
  return col < SHEET_COLUMNS ? { col, colAbsolute: dollar === "$" } : null;
}

function row(dollar: string, digits: string): Partial<RefEnd> | null {
  const r = Number(digits);
  return r >= 1 && r <= SHEET_ROWS ? { row: r - 1, rowAbsolute: dollar === "$" } : null;
}

function end(...parts: (Partial<RefEnd> | null)[]): RefEnd | null {
  if (parts.some((p) => p === null)) return null;
  return Object.assign({ rowAbsolute: false, colAbsolute: false }, ...parts) as RefEnd;
}

/** The reference starting exactly at `at` (after any sheet part): its ends and its length. */
function refAt(text: string, at: number): { start: RefEnd; end?: RefEnd; length: number } | null {
  const attempts: [RegExp, (m: RegExpExecArray) => [RefEnd | null, RefEnd | null | undefined]][] = [
    [
      CELL_RANGE,
      (m) => [end(column(m[1], m[2]), row(m[3], m[4])), end(column(m[5], m[6]), row(m[7], m[8]))],
    ],
    [COLUMNS, (m) => [end(column(m[1], m[2])), end(column(m[3], m[4]))]],
    [ROWS, (m) => [end(row(m[1], m[2])), end(row(m[3], m[4]))]],
    [CELL, (m) => [end(column(m[1], m[2]), row(m[3], m[4])), undefined]],
  ];
  for (const [pattern, read] of attempts) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) continue;
    const next = text[at + m[0].length] ?? "";
    if (NAME_CHAR.test(next) || next === "(" || next === "!") continue;
    const [start, last] = read(m);
    if (!start || last === null) continue;
    return last ? { start, end: last, length: m[0].length } : { start, length: m[0].length };
  }
  return null;
}

function endText(e: RefEnd): string {
  const col = e.col === undefined ? "" : `${e.colAbsolute ? "$" : ""}${columnLetters(e.col)}`;
  const r = e.row === undefined ? "" : `${e.rowAbsolute ? "$" : ""}${e.row + 1}`;
  return col + r;
}

/** A reference as Excel writes it, with `prefix` (default: the one it was written with). */
export function refText(ref: FormulaRef, prefix = ref.prefix): string {
  return `${prefix}${endText(ref.start)}${ref.end ? `:${endText(ref.end)}` : ""}`;
}

/**
 * The formula with each reference replaced by what `rewrite` returns for it (undefined keeps
 * the reference as written, so an untouched formula comes back character for character).
 */
export function rewriteReferences(
  formula: string,
  rewrite: (ref: FormulaRef) => string | undefined,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      // A doubled quote inside a string is one quote: the scan carries on past it.
      let j = close < 0 ? formula.length : close + 1;
      while (formula[j] === '"') {
        const again = formula.indexOf('"', j + 1);
        j = again < 0 ? formula.length : again + 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (i > 0 && BEFORE_NO_REF.test(formula[i - 1])) {
      out += ch;
      i += 1;
      continue;
    }
    SHEET.lastIndex = i;
    const sheet = SHEET.exec(formula);
    const at = sheet ? i + sheet[0].length : i;
    const found = refAt(formula, at);
    if (!found) {
      // A sheet part before something else ("Plan!#REF!", a defined name) stays as written.
      const skip = sheet ? sheet[0].length : 1;
      out += formula.slice(i, i + skip);
      i += skip;
      continue;
    }
    const ref: FormulaRef = { prefix: sheet ? sheet[0] : "", start: found.start };
    if (sheet) ref.sheet = sheet[1] !== undefined ? sheet[1].replace(/''/g, "'") : sheet[2];
    if (found.end) ref.end = found.end;
    const written = formula.slice(i, at + found.length);
    out += rewrite(ref) ?? written;
    i = at + found.length;
  }
  return out;
}

/** A sheet's name as a formula or an address writes it: quoted unless a plain name. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain && !/^[Rr]\d*[Cc]\d*$/.test(name) ? name : quotedSheetName(name);
}

/** Whether two sheet names are the same sheet (Excel compares them without case). */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The formula after a sheet was renamed (`to`) or deleted (null): references naming it follow
 * the new name, or become "#REF!A1" as Excel writes a reference to a sheet that is gone.
 */
export function renameSheetInFormula(formula: string, from: string, to: string | null): string {
  return rewriteReferences(formula, (ref) => {
    if (ref.sheet === undefined || !sameSheet(ref.sheet, from)) return undefined;
    return refText(ref, to === null ? "#REF!" : `${quoteSheet(to)}!`);
  });
}
