import fc from "fast-check";
import { clean, cleanByText } from "../../src/core/levels/numbers";
import { expectSame } from "../fixtures/fast-expect";

/*
 * clean takes the accelerator's arithmetic for most numbers; cleanByText is the rule, the number
 * written with 15 significant digits and read back. The two must always agree, bit for bit.
 */

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
        expectSame(Object.is(clean(v), cleanByText(v)), true);
      }),
      { numRuns: 10000 },
    );
  });
});

describe("clean's rule", () => {
  it("removes the noise of arithmetic on decimals, worked out by hand", () => {
    // 14453.3 × 1000 is 14453299.999999998 in doubles; 0.1 + 0.2 is 0.30000000000000004.
    expect([clean(14453.3 * 1000), clean(0.1 + 0.2), clean(-0.1 - 0.2)]).toEqual([
      14453300, 0.3, -0.3,
    ]);
  });
});
