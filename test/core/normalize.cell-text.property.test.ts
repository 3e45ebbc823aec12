import fc from "fast-check";
import { cellText, valueAt, type CellValue, type Grid } from "../../src/core/grid";
import { sheetCells } from "../../src/core/plan/cells";
import {
  cleanText,
  firstLetterLower,
  plainOpening,
  plainText,
  shortPlainText,
  startsLowercase,
} from "../../src/core/cells/normalize";
import { joinedText } from "../fixtures/joined-text";
import { TEMPLATE_HEADERS, TEMPLATE_KEYS } from "../fixtures/template-keys";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * The cell text's short cuts against their rules written out in full: plainText's test for a
 * cell with nothing to clean, startsLowercase's table of first characters, and the row texts a
 * sheet's cells keep.
 */

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
        expectSame(plainText(text), cleanText(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("for every kind of cell value", () => {
    const values: CellValue[] = [null, 0, -1.5, 1e21, NaN, Infinity, true, false, "", " ", "x"];
    for (const v of values) expect(plainText(v)).toBe(cleanText(cellText(v)));
  });
});

describe("shortPlainText", () => {
  it("is plainText when that is at most the length asked for, else null", () => {
    fc.assert(
      fc.property(
        fc.oneof(messyText, cellTexts, fc.string({ unit: "binary" })),
        fc.nat(40),
        (text, max) => {
          const plain = plainText(text);
          expectSame(shortPlainText(text, max), plain.length <= max ? plain : null);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("reads a short header among spaces and markup, not a paragraph", () => {
    expect(shortPlainText("  <b>Зорилт</b>&nbsp;\n  ", 30)).toBe("Зорилт");
    expect(shortPlainText(`Зорилт ${"а".repeat(30)}`, 30)).toBeNull();
    expect(shortPlainText(`<p>${" ".repeat(50)}Чиглэл</p>`, 30)).toBe("Чиглэл");
    expect(shortPlainText(12.5, 30)).toBe("12.5");
  });
});

describe("plainOpening", () => {
  it("is the start of plainText", () => {
    fc.assert(
      fc.property(
        fc.oneof(messyText, cellTexts, fc.string({ unit: "binary" })),
        fc.nat(40),
        (text, length) => {
          expectSame(plainOpening(text, length), plainText(text).slice(0, length));
        },
      ),
      { numRuns: 20000 },
    );
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
          expectSame(startsLowercase(text), firstLetterLower(text));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("for every character below the table's end, alone and opening a text", () => {
    for (let code = 0; code < 0x500; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `${ch}а`, `${ch}А`, `${ch} б`]) {
        expectSame(startsLowercase(text), firstLetterLower(text));
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
            expectSame(cells.text(row, col), text);
            if (text && col >= cells.left && col <= cells.right) filled.push(col);
          }
          expectEqual(cells.filled(row), filled);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("shortText is text when that is at most the length asked for, asked before or after it", () => {
    fc.assert(
      fc.property(grid, fc.nat(12), fc.boolean(), (g, max, shortFirst) => {
        const cells = sheetCells(g);
        for (let row = g.origin.row - 1; row <= g.origin.row + g.cells.length; row++) {
          for (let col = g.origin.col - 1; col <= g.origin.col + 7; col++) {
            const text = plainText(valueAt(g, row, col));
            const short = text.length <= max ? text : null;
            if (shortFirst) expectSame(cells.shortText(row, col, max), short);
            expectSame(cells.text(row, col), text);
            expectSame(cells.shortText(row, col, max), short);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
