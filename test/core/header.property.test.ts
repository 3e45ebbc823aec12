import fc from "fast-check";
import { KeyOpenings, namesSomeKey } from "../../src/core/plan/header";
import {
  DROPPED,
  UNKNOWN,
  keyLetter,
  plainHeaderKey,
  plainText,
} from "../../src/core/plan/normalize";
import { TEMPLATE_HEADERS, TEMPLATE_KEYS } from "../fixtures/template-keys";

/*
 * The header search rules most cells out before scoring them against every template key: by
 * the openings of the keys, read from the cell's text when it is plain Cyrillic. These are the
 * rules written out in full: a cell the short cut rules out must name no key.
 */

const openings = new KeyOpenings(TEMPLATE_KEYS);
/** A template key, cut short, extended, inside other words, or changed in case. */
const nearKey = fc
  .tuple(
    fc.constantFrom(...TEMPLATE_KEYS),
    fc.nat(),
    fc.constantFrom("", " ", "сая төгрөг", "а".repeat(45), "(хувь)", "Ё"),
    fc.constantFrom("", "нийт ", "1. ", "x"),
    fc.boolean(),
  )
  .map(([key, cut, after, before, upper]) => {
    const text = `${before}${key.slice(0, cut % (key.length + 1))}${after}`;
    return upper ? text.toUpperCase() : text;
  });

/** Cells as the sheet holds them: Cyrillic words, digits, marks, spaces, other scripts. */
const cellText = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCharCode(c)),
      },
      { weight: 3, arbitrary: nearKey },
      { weight: 2, arbitrary: fc.constantFrom(..."0123456789 !/:-@[`{~.,()%") },
      {
        weight: 1,
        arbitrary: fc.constantFrom("a", "H", "İ", "Σ", "№", "«", "ё", "Ё", "Є", "\u3000"),
      },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => plainText(parts.join("")));

describe("the header search's short cut changes nothing", () => {
  it("a key whose openings name no template key names none by the full scoring", () => {
    fc.assert(
      fc.property(fc.oneof(cellText, nearKey), (t) => {
        const key = plainHeaderKey(plainText(t));
        if (!openings.mayName(key)) expect(namesSomeKey(key, TEMPLATE_KEYS)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("every template key, its prefixes and its extensions that name a key pass the short cut", () => {
    for (const key of TEMPLATE_KEYS) {
      const near = [key, `${key}сая`, `нийт${key}`, `${key}${"а".repeat(40)}`];
      for (let n = 1; n < key.length; n++) near.push(key.slice(0, n), `1${key.slice(n)}`);
      for (const text of near) {
        if (namesSomeKey(text, TEMPLATE_KEYS)) expect(openings.mayName(text)).toBe(true);
      }
      expect(openings.mayName(key)).toBe(true);
    }
  });

  it("the openings read from a text are those of its key", () => {
    fc.assert(
      fc.property(fc.oneof(cellText, nearKey), (t) => {
        const plain = plainText(t);
        if (!openings.keyMayName(plain)) {
          expect(namesSomeKey(plainHeaderKey(plain), TEMPLATE_KEYS)).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("every template header as written, in any case, passes the short cut on its text", () => {
    for (const header of TEMPLATE_HEADERS) {
      for (const text of [header, header.toUpperCase(), `${header} (сая төгрөг)`]) {
        const plain = plainText(text);
        if (namesSomeKey(plainHeaderKey(plain), TEMPLATE_KEYS))
          expect(openings.keyMayName(plain)).toBe(true);
      }
    }
  });

  it("a plain-Cyrillic text's key is its characters' key letters one after another", () => {
    fc.assert(
      fc.property(cellText, (plain) => {
        const letters = [...plain].map((ch) => keyLetter(ch.charCodeAt(0)));
        if (letters.includes(UNKNOWN) || [...plain].some((ch) => ch.length > 1)) return;
        const key = letters.filter((c) => c !== DROPPED).map((c) => String.fromCharCode(c));
        expect(key.join("")).toBe(plainHeaderKey(plain));
      }),
      { numRuns: 5000 },
    );
  });
});
