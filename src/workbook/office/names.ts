/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** Used when a wanted name has nothing usable left. */
const FALLBACK_NAME = "Хуудас";

/** Excel reserves this name (compared without case). */
const RESERVED = "history";

/** Cut text to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A name Excel accepts: the characters []:*?/\ replaced (brackets by parentheses, the rest by
 * "-"), control characters dropped, no apostrophe at either end, at most 31 characters.
 */
export function validSheetName(wanted: string): string {
  const replaced = wanted
    .replace(/\[/g, "(")
    .replace(/\]/g, ")")
    .replace(/[:*?/\\]/g, "-")
    .split("")
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== "\u007f")
    .join("")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const name = clip(replaced, MAX_SHEET_NAME).trimEnd().replace(/'+$/, "");
  return name || FALLBACK_NAME;
}

/**
 * A valid name that no existing sheet has (compared without case, as Excel does): the wanted name,
 * or it with " (2)", " (3)"… cut so that the whole stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  taken.add(RESERVED);
  const base = validSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = clip(base, MAX_SHEET_NAME - suffix.length)
      .trimEnd()
      .replace(/'+$/, "");
    const name = `${stem || FALLBACK_NAME}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
