import { MAX_COLUMN_CHARS, widthChars, widthPoints } from "../../src/workbook/column-width";

describe("Excel's column width in characters and in points", () => {
  it("writes characters as whole pixels in points and reads them back", () => {
    // 40 characters: 40 × 7 + 5 = 285 pixels = 213.75 points.
    expect(widthPoints(40)).toBe(213.75);
    expect(widthChars(213.75)).toBe(40);
    // Excel's default 8.43 is 8.43 × 7 + 5 = 64.01, kept as 64 pixels = 48 points: 59 ÷ 7 back.
    expect(widthPoints(8.43)).toBe(48);
    expect(widthChars(48)).toBeCloseTo(59 / 7, 12);
  });

  it("keeps a width within Excel's widest column and never below nothing", () => {
    // 255 × 7 + 5 = 1790 pixels = 1342.5 points.
    expect(widthPoints(MAX_COLUMN_CHARS + 100)).toBe(1342.5);
    expect(widthChars(0)).toBe(0);
  });
});
