import type { Lang } from "../text";
import { excelDayText } from "./excel-dates";

/**
 * Excel number formats: what a format does to the number in its cell. One reading for the level
 * reader, the stated-figure check, Compute, the CLI, the pane and the preview grid.
 */

/** A format's first section without quoted text, escaped characters and [colour]/[condition] parts. */
function codeOf(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[[^\]]*\]/gu, "");
}

/** A format's "%" scales the value unless it is quoted or escaped ("0%" vs `0"%"`). */
export function percentFormat(format: string | null | undefined): "scaled" | "literal" | null {
  if (!format) return null;
  if (codeOf(format).includes("%")) return "scaled";
  return format.includes("%") ? "literal" : null;
}

/** A number format that scales the value by 100 ("0%", "0.0%"; not a quoted "%"). */
export const isPercentFormat = (format: string | null | undefined): boolean =>
  percentFormat(format) === "scaled";

/**
 * Decimals a number format shows ("0.0%" → 1, "#,##0" → 0), from its first section; null for
 * "General", text or a format without digits, which show the digits the number has.
 */
export function shownDecimals(format: string | null | undefined): number | null {
  if (!format) return null;
  const code = codeOf(format);
  if (!/[0#?]/u.test(code) || /e[+-]/iu.test(code)) return null;
  const fraction = /\.([0#?]+)/u.exec(code);
  return fraction ? fraction[1].length : 0;
}

/** A format showing a date or a time. */
export const isDateFormat = (format: string): boolean => /[ymdhs]/iu.test(codeOf(format));

/** Excel's General format: up to ten significant digits, no trailing zeros. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  return String(Number(v.toPrecision(10)));
}

/**
 * The formatters fixed has made, by decimals and grouping: making one costs tens of times more
 * than formatting a number with it, and a summary formats thousands (toLocaleString makes one at
 * every call: the 10,000-row report's summary sheets took 2× the time).
 */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function fixed(v: number, decimals: number, grouping: boolean): string {
  const key = `${decimals}${grouping ? "," : ""}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(v);
}

/** An Excel date serial as "YYYY-MM-DD". */
function serialDate(v: number): string {
  return excelDayText(v) ?? general(v);
}

/**
 * A number as a cell with this format shows it (the common formats; else as General). Written
 * "en" as Excel shows it under an English locale ("85.7%", "1,081"); "mn" the way the staff write
 * it in their documents ("85,7%", "1 081": a decimal comma and spaces between thousands).
 */
export function shownNumber(
  v: number,
  format: string | null | undefined,
  writing: Lang = "en",
): string {
  const text = shownEnglish(v, format);
  // A date ("2024-05-01") holds neither separator.
  if (writing === "en") return text;
  return text.replace(/[.,]/gu, (sep) => (sep === "." ? "," : "\u00a0"));
}

function shownEnglish(v: number, format: string | null | undefined): string {
  if (!format || format === "General" || format === "@") return general(v);
  const decimals = shownDecimals(format);
  if (isPercentFormat(format)) return `${fixed(v * 100, decimals ?? 0, false)}%`;
  if (isDateFormat(format)) return serialDate(v);
  if (decimals !== null) return fixed(v, decimals, codeOf(format).includes(","));
  return general(v);
}

/** A number as a person types it into a cell with this format: 0.75 in "0%" is "75%". */
export function typedNumber(v: number, format: string | null | undefined): string {
  return isPercentFormat(format) ? `${general(v * 100)}%` : general(v);
}
