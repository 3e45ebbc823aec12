import fc from "fast-check";
import { readStated, readStatedByRule } from "../../src/core/evaluate";
import { primaryQuantityLike } from "../../src/core/evaluate/fulfilment";
import { primaryQuantity, type LevelReading } from "../../src/core/levels";

/*
 * The evaluation's short cuts: a fulfilment cell of one percentage, and a level with one
 * quantity read without a preferred unit. Each must agree with its rule written out in full.
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

describe("a fulfilment cell of one percentage reads as by the rule", () => {
  const statedText = fc
    .tuple(
      figure,
      fc.constantFrom("%", "%", " %", "", "%.", "-", "*", "  "),
      fc.constantFrom("", " ", "\u00A0"),
    )
    .map(([f, mark, space]) => `${space}${f}${mark}`);

  it("readStated agrees with readStatedByRule on any text", () => {
    fc.assert(
      fc.property(statedText, (value) => {
        const cell = { value, row: 3, col: 4 };
        expectSame(readStated(cell), readStatedByRule(cell));
      }),
      { numRuns: 10000 },
    );
  });

  it("and on numbers, with or without a format", () => {
    const formats = fc.constantFrom(undefined, null, "0%", "0.0%", '0"%"', "General");
    fc.assert(
      fc.property(fc.double({ noNaN: true }), formats, (value, numberFormat) => {
        const cell = { value, row: 3, col: 4, numberFormat };
        expectSame(readStated(cell), readStatedByRule(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the usual cells", () => {
    for (const [text, value] of [
      ["100%", 100],
      ["76,5%", 76.5],
      ["97.9%", 97.9],
      ["1,081%", 1.081],
    ] as const) {
      expect(readStated({ value: text, row: 1, col: 1 })).toStrictEqual({ kind: "percent", value });
    }
  });
});

describe("a level with one quantity needs no preferred unit", () => {
  const quantity = fc.record({
    value: fc.integer({ min: -5, max: 500 }),
    unit: fc.constantFrom(null, "%", "төгрөг", "удаа", "иргэн", "АО"),
    kind: fc.constantFrom(
      "number" as const,
      "percent" as const,
      "money" as const,
      "count" as const,
    ),
    source: fc.constant("x"),
    start: fc.constant(0),
  });
  const level = fc.array(quantity, { maxLength: 3 }).map((quantities): LevelReading => ({
    text: "x",
    kind: quantities.length > 0 ? "number" : "text",
    quantities,
    confidence: "certain",
    slips: [],
    ambiguities: [],
  }));

  it("primaryQuantityLike agrees with primaryQuantity preferring the target's unit and kind", () => {
    fc.assert(
      fc.property(level, quantity, (reading, t) => {
        const prefer = { preferUnit: t.unit, preferKind: t.kind };
        expect(primaryQuantityLike(reading, t)).toBe(primaryQuantity(reading, prefer));
      }),
      { numRuns: 5000 },
    );
  });
});
