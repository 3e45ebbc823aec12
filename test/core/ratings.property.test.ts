import fc from "fast-check";
import {
  aggregateRatings,
  bandOf,
  BUILT_IN_SCHEMES,
  compareStated,
  NDEG_ANTICORRUPTION_2019,
  parseCustomScheme,
  readRating,
  roundFigure,
  roundTo,
  suggestRating,
  validateScheme,
} from "../../src/core/ratings";
import type { Rounding } from "../../src/core/settings";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

const bound = fc.oneof(
  fc.integer({ min: -20, max: 120 }),
  fc.double({ min: -10, max: 110 }),
  fc.double(),
);
const bands = fc.array(fc.record({ label: fc.string({ maxLength: 5 }), min: bound, max: bound }), {
  maxLength: 6,
});

describe("ratings properties", () => {
  test("validateScheme never throws on random bands, thresholds and levels", () => {
    fc.assert(
      fc.property(
        bands,
        fc.array(fc.record({ min: bound, value: bound }), { maxLength: 4 }),
        fc.option(fc.array(bound, { maxLength: 5 }), { nil: undefined }),
        (bs, thresholds, allowed) => {
          const problems = validateScheme({
            ...NDEG_ANTICORRUPTION_2019,
            bands: bs,
            thresholds,
            allowed,
          });
          for (const p of problems)
            expect(p.message.mn.length * p.message.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a scheme with no problems puts every rating 0..100 in exactly one band's reach", () => {
    fc.assert(
      fc.property(bands, fc.double({ min: 0, max: 100, noNaN: true }), (bs, v) => {
        const s = { ...NDEG_ANTICORRUPTION_2019, bands: bs };
        if (validateScheme(s).length === 0) expect(bandOf(v, s)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  test("whole-number bands that meet end to end have no problems and cover 0..100", () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 6 });
    fc.assert(
      fc.property(cuts, fc.double({ min: 0, max: 100, noNaN: true }), (cs, v) => {
        const starts = [0, ...cs.sort((a, b) => a - b)];
        const bs = starts.map((min, i) => ({
          label: `${min}`,
          min,
          max: i + 1 < starts.length ? starts[i + 1] - 1 : 100,
        }));
        const s = { ...NDEG_ANTICORRUPTION_2019, bands: bs };
        expectEqual(validateScheme(s), []);
        expect(bandOf(v, s)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("built-in anti-corruption bands cover every rating 0..100", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        expect(bandOf(v, NDEG_ANTICORRUPTION_2019)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("roundFigure: truncate ≤ round, both within a tenth of the value, one decimal", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (x) => {
        const r = roundFigure(x, "round");
        const t = roundFigure(x, "truncate");
        expect(t).toBeLessThanOrEqual(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.05 + 1e-9 * Math.max(1, x));
        expect(x - t).toBeLessThan(0.1 + 1e-9 * Math.max(1, x));
        expect(Math.abs(r * 10 - Math.round(r * 10))).toBeLessThan(1e-6);
        expectSame(compareStated(r, x), "equal");
      }),
      { numRuns: 500 },
    );
  });

  test("any finite number stays finite, within half a unit of its last decimal", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Rounding>("round", "truncate"),
        (x, decimals, rounding) => {
          const r = roundTo(x, decimals, rounding);
          expectSame(Number.isFinite(r), true);
          expect(Math.abs(r - x)).toBeLessThanOrEqual(10 ** -decimals + 1e-9 * Math.abs(x));
        },
      ),
      { numRuns: 500 },
    );
    // Found by the fuzz test: a fulfilment of -1.8e307 % became -Infinity % when rounded.
    expect(roundTo(-1.797693134862315e307, 1, "round")).toBe(-1.797693134862315e307);
    expect(roundTo(1.7976931348623157e308, 2, "truncate")).toBe(1.7976931348623157e308);
  });

  test("an exact tenth plus a half rounds up (x.x5 → up), whatever its binary error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (n) => {
        const x = Number(`${Math.floor(n / 10)}.${n % 10}5`);
        expectSame(roundFigure(x, "round"), (n + 1) / 10);
        expectSame(roundFigure(x, "truncate"), n / 10);
      }),
      { numRuns: 500 },
    );
  });

  test("aggregate: the overall lies between the lowest and highest rating", () => {
    const ratings = fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true })), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(fc.record({ ratings }), { maxLength: 5 }), (objs) => {
        const agg = aggregateRatings(objs, "round");
        const all = objs.flatMap((o) => o.ratings.filter((r): r is number => r !== null));
        expectSame(agg.rated, all.length);
        if (all.length === 0) expect(agg.overallExact).toBeNull();
        else {
          expect(agg.overallExact).toBeGreaterThanOrEqual(Math.min(...all) - 1e-9);
          expect(agg.overallExact).toBeLessThanOrEqual(Math.max(...all) + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("readRating, suggestRating and parseCustomScheme never throw", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, fc.double(), fc.anything(), (c, f, u) => {
        for (const s of BUILT_IN_SCHEMES) {
          const r = readRating(c, s);
          if (r.kind === "rating") expectSame(r.value >= 0 && r.value <= 100, true);
          const sug = suggestRating(f, s);
          expectSame(Number.isFinite(sug) && sug >= 0 && sug <= 100, true);
        }
        parseCustomScheme(u);
      }),
      { numRuns: 300 },
    );
  });
});
