import fc from "fast-check";
import { excelDateText, excelDayText, serialOfDate } from "../../src/core/cells/excel-dates";

/** "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" read back into its parts. */
function parts(text: string): [number, number, number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`not a date text: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
}

describe("Excel's dates", () => {
  it("count 1900-01-01 as day 1 and a 29 February 1900 as day 60", () => {
    expect(excelDateText(1)).toBe("1900-01-01");
    expect(excelDateText(31)).toBe("1900-01-31");
    expect(excelDateText(59)).toBe("1900-02-28");
    expect(excelDateText(60)).toBe("1900-02-29");
    expect(excelDateText(61)).toBe("1900-03-01");
    // 2025-01-01 is day 45658, as Excel shows =DATE(2025,1,1) in General.
    expect(excelDateText(45658)).toBe("2025-01-01");
    expect(serialOfDate(1900, 1, 1)).toBe(1);
    expect(serialOfDate(1900, 2, 29)).toBe(60);
    expect(serialOfDate(1900, 3, 1)).toBe(61);
    expect(serialOfDate(2025, 1, 1)).toBe(45658);
  });

  it("show a time of day, alone under day 1 and after the day from it on", () => {
    expect(excelDateText(0.5)).toBe("12:00");
    expect(excelDateText(45659.5)).toBe("2025-01-02 12:00");
    expect(excelDateText(32.75)).toBe("1900-02-01 18:00");
    expect(excelDayText(45659.5)).toBe("2025-01-02");
    expect(excelDateText(Number.NaN)).toBeNull();
    expect(excelDateText(45657)).toBe("2024-12-31");
  });

  it("know no 30 February, nor a 29 February but 1900's", () => {
    expect(serialOfDate(2025, 2, 29)).toBeNull();
    expect(serialOfDate(2024, 2, 30)).toBeNull();
    expect(serialOfDate(2024, 2, 29)).toBe(45351);
  });

  it("read back every day and minute they write, from 1900-01-01 on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }), // 9999-12-31
        fc.integer({ min: 0, max: 1439 }),
        (day, minute) => {
          const serial = day + minute / 1440;
          const text = excelDateText(serial)!;
          const back = serialOfDate(...parts(text))!;
          return Math.abs(back - serial) < 1e-9;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
