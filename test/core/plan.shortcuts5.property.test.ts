import fc from "fast-check";
import { cellText, valueAt, type CellValue, type Grid } from "../../src/core/grid";
import { sheetCells } from "../../src/core/plan/cells";
import { KeyPrefixes, namesSomeKey } from "../../src/core/plan/header";
import {
  MAY_NAME_COLUMN,
  cleanText,
  firstLetterLower,
  plainHeaderKey,
  plainText,
  startsLowercase,
} from "../../src/core/plan/normalize";
import { joinedText } from "../fixtures/joined-text";
import { TEMPLATE_HEADERS, TEMPLATE_KEYS } from "../fixtures/template-keys";

/*
 * The plan reader's short cuts against their rules written out in full: the header scan's
 * reading of a cell's key from its text, plainText's test for a cell with nothing to clean,
 * startsLowercase's table of first characters, and the row texts a sheet's cells keep.
 */

/** The header scan's rule in full (header.ts offeredKey, then namesSomeKey). */
function offeredKeyNamesInFull(text: string, keys: readonly string[]): boolean {
  // A header cell is at most 160 characters and its key at most 120, and it holds a word.
  if (text.length > 160 || !MAY_NAME_COLUMN.test(text)) return false;
  const key = plainHeaderKey(text);
  return key.length <= 120 && namesSomeKey(key, keys);
}

/** A template key or header: cut, extended, inside other words, upper case, spaced out. */
const nearKey = fc
  .tuple(
    fc.constantFrom(...TEMPLATE_KEYS, ...TEMPLATE_HEADERS),
    fc.nat(),
    fc.constantFrom("", " ", " 1: үйлчилгээ авсан", "сая төгрөг", "а".repeat(45), "(хувь)", "Ё"),
    fc.constantFrom("", "нийт ", "1. ", "Тайлант ", "x", "ааааааа ".repeat(6)),
    fc.boolean(),
  )
  .map(([key, cut, after, before, upper]) => {
    const text = `${before}${key.slice(0, cut % (key.length + 1))}${after}`;
    return upper ? text.toUpperCase() : text;
  });

/** Cells as a sheet holds them: Cyrillic words, keys, digits, marks, spaces, other scripts. */
const cellTexts = joinedText(
  [
    {
      weight: 4,
      arbitrary: fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCharCode(c)),
    },
    { weight: 4, arbitrary: nearKey },
    { weight: 2, arbitrary: fc.constantFrom(..."0123456789 !/:-@[`{~.,()%") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("a", "i", "H", "İ", "Σ", "№", "«", "ё", "Ё", "Є", "\u3000"),
    },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
  ],
  8,
);

describe("the header scan reads a key from its text as the full rule does", () => {
  const prefixes = new KeyPrefixes(TEMPLATE_KEYS);

  it("decides a plain text only as the full rule does", () => {
    fc.assert(
      fc.property(fc.oneof(cellTexts, nearKey), (t) => {
        for (const text of [plainText(t), t]) {
          const quick = prefixes.offeredKeyNames(text);
          if (quick !== undefined) expect(quick).toBe(offeredKeyNamesInFull(text, TEMPLATE_KEYS));
        }
      }),
      { numRuns: 20000 },
    );
  });

  it("agrees on any subset of the keys (one template's)", () => {
    fc.assert(
      fc.property(
        fc.subarray(TEMPLATE_KEYS, { minLength: 1 }),
        fc.array(fc.oneof(cellTexts, nearKey), { maxLength: 20 }),
        (keys, texts) => {
          const some = new KeyPrefixes(keys);
          for (const t of texts) {
            const text = plainText(t);
            const quick = some.offeredKeyNames(text);
            if (quick !== undefined) expect(quick).toBe(offeredKeyNamesInFull(text, keys));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("every key, and every header as written, is told without the full rule", () => {
    for (const text of [...TEMPLATE_KEYS, ...TEMPLATE_HEADERS.map(plainText)]) {
      if (/[^\u0400-\u04ff0-9 !-/:-@[-`{-~]/.test(text)) continue; // not plain Cyrillic
      expect(prefixes.offeredKeyNames(text)).toBe(offeredKeyNamesInFull(text, TEMPLATE_KEYS));
    }
  });

  it("long and short texts around the limits", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const n of [0, 1, 38, 39, 40, 41, 42, 70, 100, 130]) {
        const around = [
          `${key}${"б".repeat(n)}`,
          `${"б".repeat(n)}${key}`,
          `${key} ${"1 ".repeat(n)}`,
        ];
        // "İ" lowers to two characters: a key longer than its text.
        around.push(`${key}${"İ".repeat(n)}`, `${key} ${"Σ".repeat(n)}`);
        for (const text of around) {
          const quick = prefixes.offeredKeyNames(text);
          if (quick !== undefined) expect(quick).toBe(offeredKeyNamesInFull(text, TEMPLATE_KEYS));
        }
      }
    }
  });
});

/** Texts with what plainText cleans: tags, entities, bold marks, every kind of space. */
const messyText = joinedText(
  [
    { weight: 4, arbitrary: fc.constantFrom("Шалгуур", "үзүүлэлт", "1.1.", "70%", "a", "Ё") },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u00A0",
        "\u2007",
        "\u200B",
        "\u202F",
        "\u3000",
        "\uFEFF",
        "\u1680",
        "\u2028",
        "\u0085",
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "<p>",
        "</b>",
        "<",
        ">",
        "&nbsp;",
        "&amp;",
        "&",
        "**",
        "*",
        "&lt;",
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
  ],
  10,
);

describe("plainText's test for a cell with nothing to clean", () => {
  it("gives what cleaning gives", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, fc.string({ unit: "binary" })), (text) => {
        expect(plainText(text)).toBe(cleanText(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("for every kind of cell value", () => {
    const values: CellValue[] = [null, 0, -1.5, 1e21, NaN, Infinity, true, false, "", " ", "x"];
    for (const v of values) expect(plainText(v)).toBe(cleanText(cellText(v)));
  });
});

describe("startsLowercase's table of first characters", () => {
  it("gives the rule's answer", () => {
    const opening = fc.constantFrom(..."\"'“”„«»‘’([{-–—•·*.,;: \t\n\u00A0…");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          joinedText([opening, fc.string({ unit: "grapheme", maxLength: 2 }), cellTexts], 4),
        ),
        (text) => {
          expect(startsLowercase(text)).toBe(firstLetterLower(text));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("for every character below the table's end, alone and opening a text", () => {
    for (let code = 0; code < 0x500; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `${ch}а`, `${ch}А`, `${ch} б`]) {
        expect(startsLowercase(text)).toBe(firstLetterLower(text));
      }
    }
  });
});

describe("a sheet's cells keep each row's texts", () => {
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.constantFrom("", " ", "  x ", "<p></p>", "Шалгуур", "1.1."),
    messyText,
    fc.integer(),
    fc.boolean(),
  );
  const grid: fc.Arbitrary<Grid> = fc.record({
    origin: fc.record({ row: fc.nat(3), col: fc.nat(3) }),
    cells: fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 6 }),
  });

  it("text and filled columns are plainText of each value, read anywhere", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const cells = sheetCells(g);
        for (let row = g.origin.row - 1; row <= g.origin.row + g.cells.length; row++) {
          const filled: number[] = [];
          for (let col = g.origin.col - 1; col <= g.origin.col + 7; col++) {
            const text = plainText(valueAt(g, row, col));
            expect(cells.text(row, col)).toBe(text);
            if (text && col >= cells.left && col <= cells.right) filled.push(col);
          }
          expect(cells.filled(row)).toEqual(filled);
        }
      }),
      { numRuns: 500 },
    );
  });
});
