/**
 * A colour as the sheet model ("#RRGGBB") or a file ("AARRGGBB", exceljs's ARGB) writes it, read
 * once for every writer and reader: Office.js takes "#RRGGBB", exceljs "AARRGGBB".
 */
export interface Color {
  /** Two hex digits of opacity, "FF" when the colour gave none. */
  alpha: string;
  /** Six hex digits, upper case. */
  rgb: string;
}

/** The colour `text` names, or undefined for anything else (a theme colour, a name). */
export function parseColor(text: string | undefined): Color | undefined {
  const h = text?.replace(/^#/, "") ?? "";
  if (/^[0-9a-fA-F]{6}$/.test(h)) return { alpha: "FF", rgb: h.toUpperCase() };
  if (/^[0-9a-fA-F]{8}$/.test(h))
    return { alpha: h.slice(0, 2).toUpperCase(), rgb: h.slice(2).toUpperCase() };
  return undefined;
}

/** "#RRGGBB", as Office.js and the sheet model want it. */
export function hexColor(text: string | undefined): string | undefined {
  const c = parseColor(text);
  return c && `#${c.rgb}`;
}

/** "AARRGGBB", as exceljs wants it. */
export function argbColor(text: string | undefined): string | undefined {
  const c = parseColor(text);
  return c && `${c.alpha}${c.rgb}`;
}
