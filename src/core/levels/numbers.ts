/**
 * Reading the digits of one number as written in НДЕГ documents, where both conventions
 * appear: comma or point decimals ("53,6", "127.84"), thousands by space or comma
 * ("14 453,3", "20,000"). "1,081" (comma + exactly three digits) is read both ways and
 * reported; a point followed by three digits is always a decimal ("2673.4", "1.081").
 */

import { cleanByArithmetic } from "./clean.accelerator";

export interface NumberToken {
  /** The digits and separators as written. */
  raw: string;
  start: number;
  end: number;
  value: number;
  /** The decimal reading when `value` took a comma as thousands separator ("1,081"). */
  decimalReading?: number;
}

/**
 * The code `c` is a space Excel and word processors put between thousands (no-break, narrow
 * no-break, thin). Tested by code: a pattern's call costs more than the test, at every number.
 */
export const isThinSpace = (c: number): boolean => c === 0xa0 || c === 0x202f || c === 0x2009;

/** The code `c` is one \s matches (a space, a line break, Unicode's other spaces). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    (c >= 0x1680 &&
      (c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Removes binary noise from arithmetic on decimals (14453.3 × 1000 = 14453300). */
export function clean(x: number): number {
  return cleanByArithmetic(x) ?? cleanByText(x);
}

/**
 * clean by its rule: a whole number below 10^15 as it is (it has no noise), any other written
 * with 15 significant digits and read back.
 */
export function cleanByText(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  if (!Number.isFinite(x)) return x;
  const y = Number(x.toPrecision(15));
  // Near the largest double, rounding to 15 digits can overflow.
  return Number.isFinite(y) ? y : x;
}

/** 10^0 … 10^22: every one a double exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of the figure text[0, end): ASCII digits, with one decimal mark ("," or ".") at
 * `mark` or none (-1), as Number reads it written with a point ("76,5" is 76.5). Up to 15
 * digits it is worked out without a text: the digits make a whole number below 10^15, a double
 * exactly, and dividing it by 10^k (a double exactly) gives the double nearest the decimal, as
 * Number does.
 */
export function figureValue(text: string, end: number, mark: number): number {
  if (end - (mark < 0 ? 0 : 1) > 15) {
    const written = text.slice(0, end);
    return Number(mark < 0 ? written : written.replace(text[mark], "."));
  }
  let whole = 0;
  for (let i = 0; i < end; i++) if (i !== mark) whole = whole * 10 + text.charCodeAt(i) - 0x30;
  return mark < 0 ? whole : whole / POWERS_OF_TEN[end - mark - 1];
}

/** The character at `i` is an ASCII digit (NaN, outside the text, is not). */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** How many ASCII digits stand from `i` on. */
export function digitsAt(s: string, i: number): number {
  let j = i;
  while (isDigitAt(s, j)) j++;
  return j - i;
}

/** A space and a group of exactly three digits start at `j` (" 000"). */
const spacedGroupAt = (s: string, j: number): boolean =>
  (s.charCodeAt(j) === 0x20 || isThinSpace(s.charCodeAt(j))) && digitsAt(s, j + 1) === 3;

/** A decimal or thousands mark and a digit start at `j` (",5", ".000"). */
const markedGroupAt = (s: string, j: number): boolean =>
  (s[j] === "," || s[j] === ".") && isDigitAt(s, j + 1);

/**
 * The numeric run starting at `start` (a digit). Space-separated groups join only when they
 * cannot be two numbers side by side: a non-breaking/thin space, two or more groups
 * ("5 000 000"), or a scale or money word right after (`joinHint`).
 */
export function scanNumber(
  s: string,
  start: number,
  joinHint: (s: string, end: number) => boolean,
): NumberToken | null {
  let end = start + digitsAt(s, start);
  const first = s.slice(start, end);
  // The usual numbers, without space thousands: digits alone ("523") or with one mark ("45,5").
  if (!(first.length <= 3 && spacedGroupAt(s, end))) {
    if (!markedGroupAt(s, end)) return tokenOf(first, start, end, { value: Number(first) });
    const fracEnd = end + 1 + digitsAt(s, end + 1);
    if (!markedGroupAt(s, fracEnd)) {
      const reading = oneMark(first, s[end], s.slice(end + 1, fracEnd), false);
      return tokenOf(s.slice(start, fracEnd), start, fracEnd, reading);
    }
  }
  const seps: string[] = [];
  const groups: string[] = [first];

  // Space thousands: only directly after a first group of 1–3 digits.
  if (first.length <= 3) {
    const spaced: { sep: string; group: string; end: number }[] = [];
    let j = end;
    while (spacedGroupAt(s, j)) {
      spaced.push({ sep: s[j], group: s.slice(j + 1, j + 4), end: j + 4 });
      j += 4;
    }
    if (spaced.length > 0) {
      const last = spaced[spaced.length - 1].end;
      const decimalTail = markedGroupAt(s, last);
      const tailEnd = decimalTail ? last + 1 + digitsAt(s, last + 1) : last;
      const join =
        spaced.every((g) => isThinSpace(g.sep.charCodeAt(0))) ||
        spaced.length >= 2 ||
        joinHint(s, tailEnd);
      if (join) {
        for (const g of spaced) {
          seps.push(" ");
          groups.push(g.group);
        }
        end = last;
      }
    }
  }

  while (markedGroupAt(s, end)) {
    // After space thousands only one decimal part may follow.
    if (seps.includes(" ") && seps.some((x) => x !== " ")) break;
    seps.push(s[end]);
    const n = digitsAt(s, end + 1);
    groups.push(s.slice(end + 1, end + 1 + n));
    end = end + 1 + n;
  }

  const reading = interpret(groups, seps);
  if (!reading) return null;
  return tokenOf(s.slice(start, end), start, end, reading);
}

/** A token with its reading, in one shape whether it has a decimal reading or not. */
function tokenOf(raw: string, start: number, end: number, reading: Reading): NumberToken {
  const { value, decimalReading } = reading;
  return { raw, start, end, value, decimalReading };
}

const thousandsGroups = (first: string, rest: string[]): boolean =>
  first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);

type Reading = { value: number; decimalReading?: number };

/**
 * A number with one mark: "53,6", "127.84", "14 453,3" (`spaced`: after space thousands);
 * "1,081" reads both ways.
 */
function oneMark(intPart: string, mark: string, frac: string, spaced: boolean): Reading {
  const decimal = Number(`${intPart}.${frac}`);
  const ambiguous =
    !spaced && mark === "," && frac.length === 3 && intPart.length <= 3 && !intPart.startsWith("0");
  if (ambiguous) return { value: Number(intPart + frac), decimalReading: decimal };
  return { value: decimal };
}

function interpret(groups: string[], seps: string[]): Reading | null {
  const marks = seps.filter((x) => x !== " ");
  const spaceCount = seps.length - marks.length;
  const intPart = groups.slice(0, spaceCount + 1).join("");
  if (marks.length === 0) return { value: Number(intPart) };

  if (marks.length === 1) return oneMark(intPart, marks[0], groups[spaceCount + 1], spaceCount > 0);
  if (spaceCount > 0) return null;

  const last = marks[marks.length - 1];
  const allSame = marks.every((m) => m === last);
  if (allSame) {
    // "1,234,567" or "1.234.567"; otherwise a dotted reference such as "8.2.9" or "10.9.0.5".
    return thousandsGroups(groups[0], groups.slice(1)) ? { value: Number(groups.join("")) } : null;
  }
  const thousands = marks.slice(0, -1);
  if (thousands.some((m) => m === last || m !== thousands[0])) return null;
  const whole = groups.slice(0, -1);
  if (!thousandsGroups(whole[0], whole.slice(1))) return null;
  return { value: Number(`${whole.join("")}.${groups[groups.length - 1]}`) };
}
