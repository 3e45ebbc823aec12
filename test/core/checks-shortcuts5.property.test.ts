import fc from "fast-check";
import { inCellForm, readFigure } from "../../src/core/checks/calc-figure";
import {
  countsUp,
  digitsOnly,
  partsKey,
  type WrittenNumber,
} from "../../src/core/checks/structure-numbering";
import { joinedText } from "../fixtures/joined-text";

/*
 * The checks after the evaluation take short cuts: a pattern whose every branch opens with a
 * mark, item numbers read code by code, numbers as keys, a group numbered in order passed over. These are the rules written out in full: the two must always agree.
 */

describe("an activity number of digits and dots", () => {
  const DIGITS_ONLY = /^(\d{1,3}(?:\.\d{1,3}){0,4})(\.)?$/;
  const byRule = (text: string) => {
    const m = DIGITS_ONLY.exec(text);
    return m ? { parts: m[1].split(".").map(Number), trailingDot: m[2] === "." } : null;
  };

  it("is read as the pattern and a split read it", () => {
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom("0", "1", "9", "12", "100", "."), weight: 6 },
      fc.constantFrom("1000", "..", "a", " ", "٣"),
    );
    fc.assert(
      fc.property(joinedText([piece], 14), (t) => {
        expect(digitsOnly(t)).toEqual(byRule(t));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("numbers as keys", () => {
  /** Parts near the edges of the numeric key: 999 and 1000, five parts and six. */
  const part = fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, 999, 1000), weight: 4 },
    fc.nat(100_000),
  );
  const parts = fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 6 }),
    // Long numbers of few values: one key each however many digits of base 1000 they take.
    fc.array(fc.constantFrom(0, 1), { minLength: 5, maxLength: 6 }),
  );

  it("numbers' parts have one key exactly when they join to one text", () => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (numbers) => {
        for (const a of numbers) {
          for (const b of numbers) {
            expect(partsKey(a) === partsKey(b)).toBe(a.join(".") === b.join("."));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a group of activity numbers counting up", () => {
  const group = fc
    .array(fc.nat(8), { minLength: 1, maxLength: 10 })
    .map((ns) => ns.map((n) => ({ number: { parts: [2, n] } }) as unknown as WrittenNumber));

  it("skips no number from the base to its largest", () => {
    fc.assert(
      fc.property(group, fc.integer({ min: 0, max: 3 }), (ws, base) => {
        const ns = ws.map((w) => w.number.parts[1]);
        const max = Math.max(...ns);
        let missing = false;
        for (let n = base; n < max; n++) if (!ns.includes(n)) missing = true;
        if (countsUp(ws, base)) expect(missing).toBe(false);
        // In order from the base, one after another: exactly what counting up is.
        expect(countsUp(ws, base)).toBe(ns.every((n, i) => n === base + i));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("a fix written in a cell's form", () => {
  const value = fc.oneof(
    fc.constantFrom(
      "63%",
      "97,9",
      "64 хувь",
      "<b>98.2</b>",
      "*",
      "",
      "64 %",
      "-5,25%",
      "тухай бүр",
    ),
    fc.double({ min: -2, max: 200, noNaN: true }),
    fc.constant(null),
  );
  const format = fc.constantFrom(undefined, null, "0%", "0.0%", '"%"0', "General");
  const fallback = fc.constantFrom("text-percent" as const, "text" as const, "number" as const);

  it("is the same with the cell's figure read beforehand", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        value,
        format,
        fallback,
        (figure, v, numberFormat, fb) => {
          const cell = { value: v, numberFormat };
          const read = readFigure(cell.value, cell.numberFormat);
          expect(inCellForm(figure, cell, fb, read)).toEqual(inCellForm(figure, cell, fb));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
