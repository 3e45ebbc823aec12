import fc from "fast-check";
import { cellKey } from "../../src/core/grid";
import { isEmptyRef, refText } from "../../src/core/checks/structure-names";
import { mayBeObjectiveHeader } from "../../src/core/checks/rating-summary-read";
import { directionOf } from "../../src/core/evaluate/fulfilment";
import { isPlainEmpty, normalizePlain, plainText } from "../../src/core/cells/normalize";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * The checks look at a cell cheaply before reading it through: a letter looked for before a
 * text is normalised, a first character before it is made plain, a position packed into one
 * map key. Each pre-check must agree with the full reading it stands before.
 */

/** Texts as cells hold them: Mongolian words, look-alikes, odd spaces, marks, tags, emoji. */
const cellText = joinedText(
  [
    fc.constantFrom(
      "Арга хэмжээ 2.3.",
      "АРГА ХЭМЖЭЭ",
      "Apгa хэмжээ 1.",
      "Зорилт",
      "ЗОРИЛТ",
      "Зoрилт",
      "Чиглэл",
      "Үйл ажиллагааны чиглэл",
      "ҮНДСЭН ЧИГЛЭЛ",
      "зорилтын тоо",
      "Хэрэгжүүлэх арга хэмжээний тоо",
      "ХЭРЭГЖҮҮЛЭХ АРГА ХЭМЖЭЭНИЙ ТОО",
      "Шалгуур үзүүлэлт",
      "αργα",
      "ا",
      "ё",
      "😀",
      "\uD83D",
      "1.2.",
    ),
    fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", "\u200B", "\u3000"),
    fc.constantFrom(",", ".", ":", "(", "«", "»", "-", "%", "*", "**", "<b>", "</p>", "&amp;"),
    fc.string({ unit: "grapheme", maxLength: 4 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  30,
);

describe("the checks' pre-checks agree with the full reading", () => {
  test("mayBeObjectiveHeader agrees with the short normalised text", () => {
    const value = fc.oneof(cellText, fc.double(), fc.boolean(), fc.constant(null));
    // The rule in full: a text cell at most 30 characters once plain that reads «Зорилт», or
    // «Чиглэл» with at most two words before it.
    const labelHeader = (n: string): boolean =>
      n === "зорилт" || /^(?:\p{L}+ ){0,2}чиглэл$/u.test(n);
    fc.assert(
      fc.property(value, (v) => {
        const plain = plainText(v);
        expect(mayBeObjectiveHeader(v)).toBe(
          typeof v === "string" && plain.length <= 30 && labelHeader(normalizePlain(plain)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  test("equal baseline and target never conflict with the words (VALUE-DIRECTION skips them)", () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 3 }), fc.double(), fc.boolean(), (ts, x, c) => {
        expectSame(directionOf(ts, x, x, c).conflict, false);
      }),
      { numRuns: 2000 },
    );
  });

  test("cellKey gives two cells the same key only when they are the same cell", () => {
    const position = fc.oneof(
      fc.nat(2_000_000),
      fc.integer({ min: -3, max: 20_000 }),
      fc.double({ min: -1, max: 1e12, noNaN: true }),
    );
    const cell = fc.record({ row: position, col: position });
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        expectSame(cellKey(a) === cellKey(b), a.row === b.row && a.col === b.col);
      }),
      { numRuns: 5000 },
    );
  });

  test("a cell's emptiness agrees with its plain text", () => {
    const value = fc.oneof(
      cellText,
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("", " ", "**", "<b></b>", "&nbsp;", "*", "<", "&", "\u00A0a", "\uFEFF"),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (v, absent) => {
        const plain = plainText(v);
        expectSame(isPlainEmpty(v), plain === "");
        const ref = { row: 0, col: 0, value: absent ? null : v, ...(absent ? { absent } : {}) };
        expectSame(isEmptyRef(ref), refText(ref) === "");
      }),
      { numRuns: 5000 },
    );
  });
});
