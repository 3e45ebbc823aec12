/**
 * Excel's dates: a day number ("serial") and a fraction of a day. Both hosts and exceljs count
 * them from 1899-12-30, which is right from 1 March 1900 (day 61) on. Before it Excel counts a
 * 29 February 1900 that never was (kept from Lotus 1-2-3): its day 1 is 1900-01-01, day 59 is
 * 1900-02-28 and day 60 is 1900-02-29, so days 1 to 59 fall a day later than counted so.
 */
const DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel's 29 February 1900. */
const LEAP_DAY = 60;

const pad = (n: number) => String(n).padStart(2, "0");

/** A serial counted from 1899-12-30 for a time in UTC (as both hosts give dates). */
export const serialOfTime = (ms: number): number => (ms - EPOCH) / DAY;

/**
 * A date serial as grids carry a date cell: "YYYY-MM-DD", with " HH:MM" when it has a time of
 * day, or only "HH:MM" for a time of day without a date (a serial under 1). Null when it is no
 * number.
 */
export function excelDateText(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  // To the millisecond, then the whole minutes of the day (seconds are not shown).
  const ms = Math.round(serial * DAY);
  const day = Math.floor(ms / DAY);
  const minute = Math.floor((ms - day * DAY) / 60000);
  const time = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
  const hasTime = ms !== day * DAY;
  if (day === 0 && hasTime) return time;
  const date = dayText(day);
  return hasTime ? `${date} ${time}` : date;
}

/** The day of a date serial, "YYYY-MM-DD" (its time of day aside), or null when it is no number. */
export function excelDayText(serial: number): string | null {
  return Number.isFinite(serial) ? dayText(Math.floor(Math.round(serial * DAY) / DAY)) : null;
}

function dayText(day: number): string {
  if (day === LEAP_DAY) return "1900-02-29";
  const d = new Date(EPOCH + (day >= 1 && day < LEAP_DAY ? day + 1 : day) * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The serial Excel keeps for a calendar day (and time), or null for a day there is not. */
export function serialOfDate(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
): number | null {
  if (year === 1900 && month === 2 && day === 29) return LEAP_DAY + (hours * 60 + minutes) / 1440;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  const counted = Math.round((t - EPOCH) / DAY);
  // 1 January to 28 February 1900: a day earlier in Excel's count than counted from the epoch.
  const serial = counted >= 2 && counted <= LEAP_DAY ? counted - 1 : counted;
  return serial + (hours * 60 + minutes) / 1440;
}
