// Shared by the .xlsx reader and the Office.js adapter; kept apart from exceljs so the task
// pane's first script does not load it.
import { excelDateText, serialOfTime } from "../core/cells/excel-dates";

/**
 * A date cell as text: "YYYY-MM-DD", with " HH:MM" when it has a time of day, or only "HH:MM"
 * for a time without a date; the day as Excel shows it (core/cells/excel-dates). Both hosts give
 * dates in UTC.
 */
export function dateText(d: Date): string | null {
  return excelDateText(serialOfTime(d.getTime()));
}
