import { cellText, type CellValue } from "../grid";
import { plainText } from "../cells/normalize";
import { roundTo } from "../ratings";
import { isPercentFormat, shownDecimals } from "../cells/number-format";

/** A figure as a person typed it: a number with a decimal point or comma, perhaps "%". */
export interface WrittenFigure {
  value: number;
  /** Decimals written ("97,9" → 1, "63%" → 0). */
  decimals: number;
  /** Written with a decimal comma. */
  comma: boolean;
  percent: boolean;
  /**
   * A number holding more digits than its format shows (a formula's result, 91.6666… shown as
   * "91.7%"): `value` is the figure shown, `held` the one in the cell.
   */
  held?: number;
}

const FIGURE = /^(-?\d+)(?:([.,])(\d+))?\s*(%|хувь)?$/u;
const STARS = /\*/g;

/** A cell as a figure is read from it: its value, its format, a fraction of a fraction column. */
export interface FigureCell {
  value: CellValue;
  numberFormat?: string | null;
  ratio?: true;
}

/** The figure a cell holds (readFigure of its value, read as the column's fractions are). */
export const figureIn = (cell: FigureCell): WrittenFigure | null =>
  readFigure(cell.value, cell.numberFormat, cell.ratio);

/**
 * A cell holding one figure ("<b>98.2</b>", "97,9", "64%", 0.64 with a % format, 0.64 as a
 * fraction in General when `ratio`); else null.
 */
export function readFigure(
  value: CellValue,
  numberFormat?: string | null,
  ratio = false,
): WrittenFigure | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const percent = ratio || isPercentFormat(numberFormat);
    const v = percent ? Number((value * 100).toPrecision(15)) : value;
    const decimalsShown = shownDecimals(numberFormat);
    // A fraction shown as "0.62" is 62%: two of its decimals are the percentage's whole part.
    const shown = ratio && decimalsShown !== null ? Math.max(0, decimalsShown - 2) : decimalsShown;
    const decimals = decimalsOf(v);
    if (shown === null) return { value: v, decimals, comma: false, percent };
    // The format's decimals are the ones a person sees ("68.00%" for 0.68 shown with "0.00%");
    // Excel shows a number rounded half away from zero at them.
    if (decimals <= shown) return { value: v, decimals: shown, comma: false, percent };
    return { value: roundTo(v, shown, "round"), decimals: shown, comma: false, percent, held: v };
  }
  if (typeof value !== "string") return null;
  const m = FIGURE.exec(plainText(value).replace(STARS, "").trim());
  if (!m) return null;
  const decimals = m[3]?.length ?? 0;
  return {
    value: Number(`${m[1]}${m[3] ? `.${m[3]}` : ""}`),
    decimals,
    comma: m[2] === ",",
    percent: m[4] !== undefined,
  };
}

function decimalsOf(x: number): number {
  const s = String(x);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : s.length - dot - 1;
}

/** A figure for a message or a text cell: no trailing zeros, a decimal comma when asked. */
export function formatFigure(x: number, comma = false): string {
  // Read to 15 significant digits: 0.1 + 0.2 is written 0.3, as Excel shows it.
  const s = String(Number(x.toPrecision(15)));
  return comma ? s.replace(".", ",") : s;
}

/**
 * `figure` written the way `cell` holds its figure: a text cell "63%" → "64%", a numeric cell
 * with a % format or in a column of fractions → the fraction 0.64, a bare number → 64. An
 * empty or wordy cell takes `fallback` (how the rest of its column is written). `read` is
 * readFigure of the cell, when the caller has read it already.
 */
export function inCellForm(
  figure: number,
  cell: FigureCell,
  fallback: "text-percent" | "text" | "number" = "text-percent",
  read?: WrittenFigure | null,
): string | number {
  if (typeof cell.value === "number") {
    const fraction = cell.ratio || isPercentFormat(cell.numberFormat);
    return fraction ? Number((figure / 100).toPrecision(15)) : figure;
  }
  const written = read === undefined ? figureIn(cell) : read;
  if (written) {
    const text = formatFigure(figure, written.comma);
    if (!written.percent) return text;
    return /хувь\s*$/u.test(cellText(cell.value)) ? `${text} хувь` : `${text}%`;
  }
  if (fallback === "number") return figure;
  return fallback === "text" ? formatFigure(figure) : `${formatFigure(figure)}%`;
}

/**
 * The fix of a cell holding a figure: `inCellForm`'s value, with the cell's percentage format
 * when it is a fraction under one (so that 0.5 is written, and shown, as "50%").
 */
export function figureFix(
  address: string,
  value: string | number,
  cell: { numberFormat?: string | null },
): { cell: string; value: string | number; numberFormat?: string } {
  const format = cell.numberFormat;
  return typeof value === "number" && format && isPercentFormat(format)
    ? { cell: address, value, numberFormat: format }
    : { cell: address, value };
}
