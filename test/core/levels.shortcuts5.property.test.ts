import fc from "fast-check";
import { parseLevel } from "../../src/core/levels";
import { clean, cleanByText, figureValue } from "../../src/core/levels/numbers";
import {
  onlyJoiningWords,
  readAnyText,
  readPlainFigure,
  wordsWithLetters,
} from "../../src/core/levels/parse";
import { countedNounAt } from "../../src/core/levels/vocabulary";
import { joinedText } from "../fixtures/joined-text";

/*
 * The evaluation's short cuts: clean without a text, a
 * figure's value without a text, a plain figure's unit without readUnit, and the words of a
 * cell counted without splitting it. Each must agree with its rule written out in full.
 */

/** Equal values, and the same keys in the same order. */
function expectSame(a: unknown, b: unknown): void {
  expect(a).toStrictEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

const digits = fc.oneof(
  fc.stringMatching(/^\d{1,4}$/),
  fc.stringMatching(/^0\d{0,3}$/),
  fc.stringMatching(/^\d{10,17}$/),
  fc.constantFrom("1", "100", "081", "1081"),
);

/** A figure as cells write it, and texts beside that shape. */
const figure = fc
  .tuple(digits, fc.option(fc.tuple(fc.constantFrom(",", ".", ", ", ",,"), digits), { nil: "" }))
  .map(([int, frac]) => (frac ? `${int}${frac[0]}${frac[1]}` : int));

describe("clean without a text agrees with clean by its rule", () => {
  const bits = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((b) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, b);
    return view.getFloat64(0);
  });
  /** a ÷ t × 100, as fulfilment computes. */
  const ratio = fc
    .tuple(fc.integer({ min: -1e6, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }))
    .map(([a, t]) => (a / t) * 100);
  /** A decimal times a scale word's factor, as a level reads "642.1 сая". */
  const scaled = fc
    .tuple(fc.stringMatching(/^\d{1,9}\.\d{1,6}$/), fc.constantFrom(1e3, 1e6, 1e9, 100))
    .map(([d, f]) => Number(d) * f);
  /** Just beside a half in the 15th digit, where rounding is closest to going the other way. */
  const nearHalf = fc
    .tuple(
      fc.integer({ min: 1e14, max: 1e15 - 1 }),
      fc.integer({ min: 0, max: 22 }),
      fc.integer({ min: -4, max: 4 }),
    )
    .map(([n, k, ulps]) => {
      let x = (n + 0.5) / 10 ** k;
      for (let i = 0; i < Math.abs(ulps); i++)
        x = ulps > 0 ? x * (1 + 2 ** -52) : x * (1 - 2 ** -53);
      return x;
    });
  const powerOfTen = fc
    .tuple(fc.integer({ min: -12, max: 16 }), fc.integer({ min: -3, max: 3 }))
    .map(([e, ulps]) => 10 ** e * (1 + ulps * 2 ** -52));

  it("on any double, ratios, scaled decimals, halves and powers of ten", () => {
    fc.assert(
      fc.property(fc.oneof(bits, ratio, scaled, nearHalf, powerOfTen), fc.boolean(), (x, neg) => {
        const v = neg ? -x : x;
        // clean's rule: whole numbers below 10^15 as they are, any other through the text.
        const byRule = Number.isInteger(v) && Math.abs(v) < 1e15 ? v : cleanByText(v);
        expect(Object.is(clean(v), byRule)).toBe(true);
      }),
      { numRuns: 50000 },
    );
  });
});

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
      { numRuns: 20000 },
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
  const contexts = fc.constantFrom({}, { criterion: "Иргэдийн тоо" }, { preferUnit: "%" });

  it("reads every figure it takes as readAnyText does", () => {
    fc.assert(
      fc.property(text, contexts, (t, ctx) => {
        const short = readPlainFigure(t);
        if (short !== null) expectSame(short, readAnyText(t, ctx));
        expectSame(parseLevel(t, ctx), readAnyText(t, ctx));
      }),
      { numRuns: 10000 },
    );
  });

  it("takes the figure with each kind of unit word", () => {
    for (const t of ["3.3 тэрбум", "642,1 сая", "5 хувь", "12 төгрөг", "68 удаа", "7 иргэд"]) {
      expect(readPlainFigure(t)).not.toBeNull();
    }
  });
});

describe("a counted noun is found as one shared reading", () => {
  it("gives the same unit, class and length each time, and nothing can change it", () => {
    const a = countedNounAt(["удаа"]);
    expect(a).toStrictEqual({ unit: "удаа", cls: "times", length: 1 });
    expect(countedNounAt(["удаагийн"])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(countedNounAt(["аж", "ахуйн", "нэгж"])).toStrictEqual({
      unit: "аж ахуйн нэгж",
      cls: "organisation",
      length: 3,
    });
  });
});

describe("the words of a cell are counted and joined as split would", () => {
  /** Texts of words, figures, spaces and marks. */
  const words = joinedText(
    [
      fc.constantFrom("нийт", "Нийт", "НИЙТДЭЭ", "бүгд", "ба", "болон", "буюу", "удаа", "𝐀", "x"),
      fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", "\u2003", ",", ".", ";", ":", "(", ")"),
      fc.constantFrom("/", "•", "–", "—", '"', "“", "”", "«", "»", "'", "-", "5", "%", "\uD835"),
      fc.string({ unit: "grapheme", maxLength: 3 }),
      fc.string({ unit: "binary", maxLength: 2 }),
    ],
    10,
  );

  it('wordsWithLetters counts the pieces split(" ") gives that hold a letter', () => {
    fc.assert(
      fc.property(words, (t) => {
        const pieces = t.split(" ").filter((x) => /\p{L}/u.test(x));
        expect(wordsWithLetters(t)).toBe(pieces.length);
      }),
      { numRuns: 10000 },
    );
  });

  it("onlyJoiningWords agrees with splitting at the word breaks", () => {
    const joining = /^(?:нийт|нийтдээ|бүгд|ба|болон|буюу)$/iu;
    const breaks = /[\s,.;:()/•–—"“”«»'-]+/u;
    fc.assert(
      fc.property(words, (t) => {
        const byRule = t.split(breaks).every((w) => w === "" || joining.test(w));
        expect(onlyJoiningWords(t)).toBe(byRule);
      }),
      { numRuns: 10000 },
    );
  });
});
