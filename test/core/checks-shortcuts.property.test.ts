import fc from "fast-check";
import { formatFigure } from "../../src/core/checks/calc-figure";
import { namesDeclaredCount } from "../../src/core/checks/structure-declared";
import { position, sortFindings, sortKey } from "../../src/core/checks/catalogue";
import { cellKey } from "../../src/core/grid";
import {
  capitalize,
  isEmptyRef,
  isPlainEmpty,
  refText,
} from "../../src/core/checks/structure-names";
import { FINDING_CODES, type Finding } from "../../src/core/finding";
import { mayBeObjectiveHeader } from "../../src/core/checks/rating-summary-read";
import { directionOf } from "../../src/core/evaluate/fulfilment";
import { normalizeHeader, normalizePlain, plainText } from "../../src/core/cells/normalize";
import { joinedText } from "../fixtures/joined-text";

/*
 * The plan checks take short cuts: a figure's shortest form, a letter
 * looked for before a text is normalised. These are the rules written out in full, without the
 * short cuts: the two must always agree.
 */

const figureByRule = (x: number, comma = false): string => {
  const s = String(Number(x.toPrecision(15)));
  return comma ? s.replace(".", ",") : s;
};

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

describe("the plan checks' short cuts change nothing", () => {
  test("formatFigure agrees with the figure read to 15 digits", () => {
    const figure = fc.oneof(
      fc.double(),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10),
      fc.tuple(fc.nat(100_000), fc.integer({ min: 1, max: 999 })).map(([a, b]) => (a / b) * 100),
    );
    fc.assert(
      fc.property(figure, fc.boolean(), (x, comma) => {
        expect(formatFigure(x, comma)).toBe(figureByRule(x, comma));
      }),
      { numRuns: 5000 },
    );
  });

  test("capitalize raises the first character as the rule does", () => {
    fc.assert(
      fc.property(cellText, (t) => {
        expect(capitalize(t)).toBe(t.charAt(0).toUpperCase() + t.slice(1));
      }),
    );
  });

  test("namesDeclaredCount agrees with the normalised text", () => {
    fc.assert(
      fc.property(cellText, (t) => {
        const plain = plainText(t);
        expect(namesDeclaredCount(plain)).toBe(
          normalizeHeader(plain).includes("арга хэмжээний тоо"),
        );
      }),
      { numRuns: 3000 },
    );
  });

  test("mayBeObjectiveHeader agrees with the short normalised text", () => {
    const value = fc.oneof(cellText, fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(value, (v) => {
        const plain = plainText(v);
        expect(mayBeObjectiveHeader(v)).toBe(
          plain.length <= 12 && normalizePlain(plain) === "зорилт",
        );
      }),
      { numRuns: 3000 },
    );
  });

  test("equal baseline and target never conflict with the words (VALUE-DIRECTION skips them)", () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 3 }), fc.double(), fc.boolean(), (ts, x, c) => {
        expect(directionOf(ts, x, x, c).conflict).toBe(false);
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
        expect(cellKey(a) === cellKey(b)).toBe(a.row === b.row && a.col === b.col);
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
        expect(isPlainEmpty(v)).toBe(plain === "");
        const ref = { row: 0, col: 0, value: absent ? null : v, ...(absent ? { absent } : {}) };
        expect(isEmptyRef(ref)).toBe(refText(ref) === "");
      }),
      { numRuns: 5000 },
    );
  });

  test("findings sort by their key as by sheet, row, column and code compared one by one", () => {
    const address = fc.oneof(
      fc
        .tuple(fc.stringMatching(/^[A-Z]{1,3}$/), fc.integer({ min: 0, max: 9_999_999 }))
        .map(([col, row]) => `${col}${row}`),
      fc.stringMatching(/^\$?[A-Za-z]{1,4}\$?\d{0,8}(:[A-Z]{1,2}\d{1,3})?$/),
      fc.constantFrom("A1", "H16", "XFD1048576", "ZZZ9999999", " B2", "A01", "A0", ""),
      fc.string({ maxLength: 6 }),
    );
    const finding = fc.record({
      code: fc.constantFrom(...FINDING_CODES),
      cell: address,
      sheet: fc.option(fc.constantFrom("Биелэлт", "Sheet1", ""), { nil: undefined }),
    });
    const byRule = (a: Finding, b: Finding): number => {
      const pa = position(a);
      const pb = position(b);
      const order = (f: Finding) => FINDING_CODES.indexOf(f.code);
      return (a.sheet ?? "") === (b.sheet ?? "")
        ? pa.row - pb.row || pa.col - pb.col || order(a) - order(b)
        : (a.sheet ?? "").localeCompare(b.sheet ?? "");
    };
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (list) => {
        const findings = list.map((f) => ({ ...f, severity: "note", message: { mn: "", en: "" } }));
        expect(sortFindings(findings as Finding[])).toEqual(
          [...(findings as Finding[])].sort(byRule),
        );
        for (const a of findings as Finding[]) {
          for (const b of findings as Finding[]) {
            if (a.sheet === b.sheet) {
              expect(Math.sign(sortKey(a) - sortKey(b))).toBe(Math.sign(byRule(a, b)));
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
