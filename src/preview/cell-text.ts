import { shownNumber, typedNumber } from "../core/cells/number-format";
import type { MemoryCell } from "../workbook/memory/model";

/** What a cell shows in the grid: its value as formatted, or its formula when it has no value. */
export function shownText(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === undefined) return cell.formula ?? "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return shownNumber(v, cell.numberFormat);
  return v;
}

/** What the formula bar shows: the formula when there is one, else the value as typed. */
export function enteredText(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "number") return typedNumber(v, cell.numberFormat);
  return shownText(cell);
}
