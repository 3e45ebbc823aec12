import type { MemoryCell } from "../workbook/memory/model";

/** A number format showing a date (after quoted text, [..] sections and escapes are removed). */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*]|\\./g, "");
  return /[ymdhs]/i.test(bare);
}

/** Decimal places a format section asks for ("0.0%" → 1). */
function decimalsOf(section: string): number {
  const m = /\.(0+)/.exec(section);
  return m ? m[1].length : 0;
}

/** Excel's General format: up to ten significant digits, no trailing zeros. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  return String(Number(v.toPrecision(10)));
}

function fixed(v: number, decimals: number, grouping: boolean): string {
  return v.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

/** An Excel date serial as "YYYY-MM-DD". */
function serialDate(v: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000));
  return Number.isNaN(d.getTime()) ? general(v) : d.toISOString().slice(0, 10);
}

/** A number as a cell with this number format shows it (the common formats; else General). */
export function formatNumber(v: number, format: string | undefined): string {
  if (!format || format === "General" || format === "@") return general(v);
  const section = format.split(";")[0];
  if (section.includes("%")) return `${fixed(v * 100, decimalsOf(section), false)}%`;
  if (isDateFormat(section)) return serialDate(v);
  if (/[0#]/.test(section)) return fixed(v, decimalsOf(section), section.includes(","));
  return general(v);
}

/** What a cell shows in the grid: its value as formatted, or its formula when it has no value. */
export function shownText(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === undefined) return cell.formula ?? "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return formatNumber(v, cell.numberFormat);
  return v;
}

/** What the formula bar shows: the formula when there is one, else the value as typed. */
export function enteredText(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "number" && cell.numberFormat?.includes("%")) return `${general(v * 100)}%`;
  return shownText(cell);
}
