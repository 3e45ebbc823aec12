/**
 * Excel's column width in its two units: characters of the body font's digit (what a sheet
 * model and a file give) and points (what Office.js sets and reads). A digit is 7 pixels wide
 * with 5 pixels of padding; a pixel is 0.75 points.
 */

/** Excel's widest column, in characters. */
export const MAX_COLUMN_CHARS = 255;

/** Characters → points, as far as Excel's widest column (Excel keeps whole pixels). */
export function widthPoints(chars: number): number {
  const width = Math.min(chars, MAX_COLUMN_CHARS);
  return Math.round((Math.trunc(width * 7 + 5) * 0.75 + Number.EPSILON) * 100) / 100;
}

/** Points → characters: widthPoints read back. */
export function widthChars(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}
