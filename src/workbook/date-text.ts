// Shared by the .xlsx reader and the Office.js adapter; kept apart from exceljs so the task
// pane's first script does not load it.
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date cell as text: "YYYY-MM-DD", with " HH:MM" when it has a time of day, or only "HH:MM"
 * for a time without a date. Both hosts give dates in UTC.
 */
export function dateText(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const ms = d.getTime() % 86400000;
  if (ms === 0) return day;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const timeOnly = d.getTime() < Date.UTC(1900, 0, 1);
  return timeOnly ? time : `${day} ${time}`;
}
