import { isPercentFormat } from "../core/cells/number-format";
import { enterValue, type Entry } from "../workbook/memory/input";

/**
 * What typing `text` into a cell gives, as Excel takes typed input (en-US): what assigning it
 * through the API gives (`enterValue`), except that a number typed into a cell already
 * formatted as a percentage is a percentage, as Excel's automatic percent entry (on by
 * default) reads it: 15 → 15 % (0.15); a number below 1 is the fraction it is (0.15 → 15 %).
 */
export function typedEntry(text: string, numberFormat: string | undefined): Entry {
  const entry = enterValue(text, numberFormat);
  if (entry.kind !== "value" || typeof entry.value !== "number") return entry;
  // A percentage or a date typed as such brings its own format: it is read as typed.
  if (entry.numberFormat !== undefined || !isPercentFormat(numberFormat)) return entry;
  if (Math.abs(entry.value) < 1) return entry;
  return { kind: "value", value: entry.value / 100 };
}
