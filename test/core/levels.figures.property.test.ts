import fc from "fast-check";
import { parseLevel, type LevelContext } from "../../src/core/levels";
import { readAnyText, readPlainFigure } from "../../src/core/levels/parse";

/*
 * parseLevel reads a cell that is one figure with its unit ("817", "76,5%", "3.3 тэрбум") by a
 * short cut. readAnyText reads every cell by all the rules: the two must always agree, field for
 * field and in the same key order.
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

/** Equal values, and the same keys in the same order. */
function expectSame(a: unknown, b: unknown): void {
  expect(a).toStrictEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

describe("the level reader's short cut for a figure with its unit changes nothing", () => {
  it("reads every figure it takes as readAnyText does, in any context", () => {
    fc.assert(
      fc.property(figureText, contexts, (t, ctx) => {
        const short = readPlainFigure(t);
        if (short !== null) expectSame(short, readAnyText(t, ctx));
        expectSame(parseLevel(t, ctx), readAnyText(t, ctx));
      }),
      { numRuns: 10000 },
    );
  });

  it("takes the usual level cells", () => {
    for (const t of ["817", "76%", "76,5%", "3.84", "3.3 тэрбум", "12 удаа", "5 сая", "0%"]) {
      expect(readPlainFigure(t)).not.toBeNull();
    }
  });

  it("leaves to the full rules a year, a month, two readings and a word that is no unit", () => {
    for (const t of ["2024 онд", "12 сард", "1,081", "1,081 сая", "5 хүүхэд", "5 гаруй"]) {
      expect(readPlainFigure(t)).toBeNull();
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
