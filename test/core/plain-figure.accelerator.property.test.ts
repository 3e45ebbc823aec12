import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { parseLevel, type LevelContext } from "../../src/core/levels";
import { figureValue } from "../../src/core/levels/numbers";
import { readAnyText } from "../../src/core/levels/parse";
import { plainFigure } from "../../src/core/levels/plain-figure.accelerator";

/*
 * parseLevel reads a cell that is one figure with its unit ("817", "76,5%", "3.3 тэрбум") through
 * the accelerator. readAnyText reads every cell by all the rules: the two must always agree,
 * field for field and in the same key order.
 */

/** Words after a figure: units, words that are not, years, months, ordinals, keywords. */
const WORDS = ["сая", "тэрбум", "мянга", "мянган", "мян", "хувь", "хувиар", "хувиараа", "төгрөг"];
WORDS.push("төг", "mnt", "MNT", "удаа", "УДАА", "удаадахь", "хүн", "иргэд", "АО", "ао", "сум");
WORDS.push("онд", "он", "оны", "сар", "сарын", "сард", "тоот", "дугаар", "дахь", "дэх", "р");
WORDS.push("хүүхэд", "гаруй", "орчим", "нийт", "бүгд", "бүр", "тутам", "буюу", "ба", "тоо");

const digits = fc.oneof(
  fc.stringMatching(/^\d{1,4}$/),
  fc.stringMatching(/^0\d{0,3}$/),
  fc.stringMatching(/^\d{12,18}$/),
  fc.stringMatching(/^[1-9]\d{300,320}$/),
  fc.constantFrom("2024", "1999", "2026", "12", "1"),
);

/** Texts of the short cut's shape and texts just beside it. */
const figureText = fc
  .tuple(
    digits,
    fc.option(fc.tuple(fc.constantFrom(",", ".", ", ", ". "), digits), { nil: undefined }),
    fc.oneof(
      fc.constantFrom("", "%", " %", "%,", ".", "-р", "-ний", " -", " 5", " 5%", "  сая"),
      fc.constantFrom(...WORDS).map((w) => ` ${w}`),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
  )
  .map(([int, frac, tail]) => `${int}${frac ? frac[0] + frac[1] : ""}${tail}`);

const contexts: fc.Arbitrary<LevelContext> = fc.record(
  {
    criterion: fc.constantFrom("Хамрагдсан иргэдийн тоо", "Орлогын хувь", ""),
    preferUnit: fc.constantFrom(null, "%", "төгрөг", "удаа", "иргэн", "АО"),
  },
  { requiredKeys: [] },
);

/** Equal values, and the same keys in the same order (Jest asked only when they differ: fast-expect.ts). */
function expectSame(a: unknown, b: unknown): void {
  if (isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b)) return;
  expect(a).toStrictEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

describe("the accelerator for a figure with its unit changes nothing", () => {
  it("parseLevel reads every figure as readAnyText does, in any context", () => {
    fc.assert(
      fc.property(figureText, contexts, (t, ctx) => {
        expectSame(parseLevel(t, ctx), readAnyText(t, ctx));
      }),
      { numRuns: 4000 },
    );
  });

  it("takes the usual level cells", () => {
    for (const t of ["817", "76%", "76,5%", "3.84", "3.3 тэрбум", "12 удаа", "5 сая", "0%"]) {
      expect(plainFigure(t)).not.toBeNull();
    }
  });

  it("leaves to the full rules a year, a month and two readings", () => {
    for (const t of ["2024 онд", "12 сард", "1,081", "1,081 сая"]) {
      expect(plainFigure(t)).toBeNull();
    }
  });

  it("a word that is no unit is left to the full rules by parse.ts's rule for a unit word", () => {
    for (const t of ["5 хүүхэд", "5 орчим"]) {
      expect(plainFigure(t)?.after).toBe(t.slice(2));
      expect(parseLevel(t).kind).not.toBe("number");
    }
  });

  it("never shares a list a reading could be given more items in", () => {
    for (const t of ["817", "-", "Тухай бүр", "Тухай бүр хийгдсэн", "5 удаа, 3 сая", "100 %"]) {
      const r = parseLevel(t);
      for (const list of [r.quantities, r.slips, r.ambiguities]) {
        if (list.length === 0) expect(Object.isFrozen(list)).toBe(true);
      }
    }
  });
});

const figureDigits = fc.oneof(
  fc.stringMatching(/^\d{1,4}$/),
  fc.stringMatching(/^0\d{0,3}$/),
  fc.stringMatching(/^\d{10,17}$/),
  fc.constantFrom("1", "100", "081", "1081"),
);

/** A figure as cells write it, and texts beside that shape. */
const figure = fc
  .tuple(
    figureDigits,
    fc.option(fc.tuple(fc.constantFrom(",", ".", ", ", ",,"), figureDigits), { nil: "" }),
  )
  .map(([int, frac]) => (frac ? `${int}${frac[0]}${frac[1]}` : int));

describe("a figure's value without a text is Number's", () => {
  it("for digits with a comma, a point or no mark", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,20}$/),
        fc.option(fc.tuple(fc.constantFrom(",", "."), fc.stringMatching(/^\d{1,20}$/))),
        fc.constantFrom("", "%", " сая"),
        (int, frac, tail) => {
          const written = frac ? `${int}${frac[0]}${frac[1]}` : int;
          const end = written.length;
          const expected = Number(frac ? `${int}.${frac[1]}` : int);
          const value = figureValue(written + tail, end, frac ? int.length : -1);
          expect(Object.is(value, expected)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("a plain figure's unit reads as readUnit reads it", () => {
  /** Words of every kind after a figure: scales, percent and money words, nouns, and others. */
  const WORDS = ["мянга", "мянган", "сая", "саяар", "тэрбум", "тэрбумын", "хувь", "хувиар"];
  WORDS.push("хувиараа", "төгрөг", "төгрөгийн", "төг", "mnt", "MNT", "удаа", "удаагийн", "хүн");
  WORDS.push("иргэд", "ао", "АО", "сум", "аж", "албан", "арга", "тэтгэвэр", "гаруй", "орчим");
  WORDS.push("хүүхэд", "онд", "сард", "дугаар", "дэх", "Сая", "ТЭРБУМ", "Хувь", "Удаа", "нэгж");

  const text = fc
    .tuple(figure, fc.constantFrom(...WORDS), fc.constantFrom(" ", "", "  ", "%"))
    .map(([f, w, space]) => `${f}${space}${space === "%" ? "" : w}`);
  const unitContexts = fc.constantFrom({}, { criterion: "Иргэдийн тоо" }, { preferUnit: "%" });

  it("reads every figure it takes as readAnyText does", () => {
    fc.assert(
      fc.property(text, unitContexts, (t, ctx) => {
        expectSame(parseLevel(t, ctx), readAnyText(t, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the figure with each kind of unit word", () => {
    for (const t of ["3.3 тэрбум", "642,1 сая", "5 хувь", "12 төгрөг", "68 удаа", "7 иргэд"]) {
      expect(plainFigure(t)?.after).toBe(t.slice(t.indexOf(" ") + 1));
    }
  });
});
