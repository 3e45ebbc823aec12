import fc from "fast-check";
import { roundTo } from "../../src/core/ratings";
import type { Rounding } from "../../src/core/settings";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * roundTo skips reading the scaled figure to 15 digits when those digits cannot change the
 * result. This is the rule written out in full, without the short cut: the two must agree.
 */
function roundByRule(x: number, decimals: number, rounding: Rounding): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  const scale = 10 ** decimals;
  const scaled = Number((x * scale).toPrecision(15));
  const whole =
    rounding === "truncate"
      ? Math.trunc(scaled)
      : Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5);
  return Number((whole / scale).toPrecision(15)) + 0;
}

/** The doubles next to `x`, where a short cut that misjudges a boundary would show. */
function neighbours(x: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return [-2n, -1n, 0n, 1n, 2n].map((d) => {
    view.setBigInt64(0, bits + d);
    return view.getFloat64(0);
  });
}

const rounding = fc.constantFrom<Rounding>("round", "truncate");
const decimals = fc.integer({ min: 0, max: 4 });

/** Figures where the rounding turns at some decimal, any sign: whole numbers and halves. */
const boundary = fc
  .tuple(
    fc.integer({ min: -999_999_999, max: 999_999_999 }),
    fc.integer({ min: 0, max: 6 }),
    fc.boolean(),
  )
  .map(([n, places, half]) => Number(half ? `${10 * n + 5}e-${places + 1}` : `${n}e-${places}`));

describe("roundTo agrees with the rule written out in full", () => {
  test("on any double", () => {
    fc.assert(
      fc.property(fc.double(), decimals, rounding, (x, d, r) => {
        expectSame(Object.is(roundTo(x, d, r), roundByRule(x, d, r)), true);
      }),
      { numRuns: 5000 },
    );
  });

  test("on figures at the boundaries and the doubles next to them", () => {
    fc.assert(
      fc.property(boundary, decimals, rounding, (x, d, r) => {
        for (const y of neighbours(x)) {
          expectEqual([y, Object.is(roundTo(y, d, r), roundByRule(y, d, r))], [y, true]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test("on figures of a report: fulfilments and means of ratings", () => {
    const ratio = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 5000 }));
    fc.assert(
      fc.property(ratio, decimals, rounding, ([a, b], d, r) => {
        const x = (a / b) * 100;
        expectSame(Object.is(roundTo(x, d, r), roundByRule(x, d, r)), true);
      }),
      { numRuns: 5000 },
    );
  });

  test("the decimal halves round up, whatever their binary error", () => {
    expect(roundTo(1.45, 1, "round")).toBe(1.5);
    expect(roundTo(98.25, 1, "round")).toBe(98.3);
    expect(roundTo(0.15, 1, "round")).toBe(0.2);
    expect(roundTo(-0.15, 1, "round")).toBe(-0.2);
    expect(roundTo(1.45, 1, "truncate")).toBe(1.4);
    expect(Object.is(roundTo(-0.04, 1, "round"), 0)).toBe(true);
  });
});
