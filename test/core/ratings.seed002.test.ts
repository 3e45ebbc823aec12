import {
  aggregateRatings,
  bandOf,
  compareStated,
  NDEG_ANTICORRUPTION_2019,
  readRating,
  roundFigure,
} from "../../src/core/ratings";

/**
 * Seed 002 (НДЕГ anti-corruption programme, 2019). The table prints one rating per programme
 * item (objective) in a merged cell over its measures: 100, 100, 100, 95, 97.9, 96.7, and
 * "Дундаж үнэлгээ 98.2". The conclusion lists each measure: nine at 100, 4.1 /95/, 5.1 /93.9/,
 * 6.2 /90/; the summary (товчоо) counts 3, 1, 1, 1, 3, 3 measures, all twelve in "100 /90-100/".
 */
const MEASURES = [
  { item: 1, ratings: [100, 100, 100] },
  { item: 2, ratings: [100] },
  { item: 3, ratings: [100] },
  { item: 4, ratings: [95] },
  { item: 5, ratings: [93.9, 100, 100] },
  { item: 6, ratings: [100, 90, 100] },
];
const TABLE = ["100", "100", "100", "95", "97.9", "96.7"];
const SUMMARY_PERCENT = ["100", "100", "100", "95", "97,9", "96,7"];
const STATED_AVERAGE = "98.2";

const rating = (text: string): number => {
  const r = readRating(text, NDEG_ANTICORRUPTION_2019);
  if (r.kind !== "rating") throw new Error(`not a rating: ${text}`);
  return r.value;
};

describe("seed 002: average rating", () => {
  test("the pooled mean of the twelve measures is 98.24…, 98.2 under either rounding", () => {
    for (const rounding of ["round", "truncate"] as const) {
      const agg = aggregateRatings(MEASURES, rounding);
      expect(agg.rated).toBe(12);
      expect(agg.overallExact).toBeCloseTo(1178.9 / 12, 10);
      expect(agg.overall).toBe(98.2);
    }
    const exact = aggregateRatings(MEASURES, "round").overallExact as number;
    expect(compareStated(rating(STATED_AVERAGE), exact)).toBe("equal");
  });

  test("reading the merged table cells as each measure's rating also gives 98.2", () => {
    const merged = MEASURES.map((m, i) => ({ ratings: m.ratings.map(() => rating(TABLE[i])) }));
    const agg = aggregateRatings(merged, "round");
    expect(agg.overallExact).toBeCloseTo(1178.8 / 12, 10);
    expect(agg.overall).toBe(98.2);
  });

  test("the mean of the six objective figures would be 98.3, not the stated 98.2", () => {
    const objectives = aggregateRatings(MEASURES, "round").objectivesExact as number[];
    const meanOfMeans = objectives.reduce((s, x) => s + x, 0) / objectives.length;
    expect(roundFigure(meanOfMeans, "round")).toBe(98.3);
    expect(compareStated(98.2, meanOfMeans)).toBe("truncated-only");
  });
});

describe("seed 002: objective figures show both rounding habits", () => {
  const agg = aggregateRatings(MEASURES, "round");

  test("item 5: (93.9 + 100 + 100) / 3 = 97.97 is printed 97.9, the truncated value (a note)", () => {
    expect(agg.objectives[4]).toBe(98);
    expect(aggregateRatings(MEASURES, "truncate").objectives[4]).toBe(97.9);
    expect(compareStated(rating(TABLE[4]), agg.objectivesExact[4] as number)).toBe(
      "truncated-only",
    );
    expect(compareStated(rating(SUMMARY_PERCENT[4]), agg.objectivesExact[4] as number)).toBe(
      "truncated-only",
    );
  });

  test("item 6: (100 + 90 + 100) / 3 = 96.67 is printed 96.7, the rounded value", () => {
    expect(compareStated(rating(TABLE[5]), agg.objectivesExact[5] as number)).toBe("equal");
  });

  test("items 1–4 are printed as computed", () => {
    for (let i = 0; i < 4; i++) {
      expect(compareStated(rating(TABLE[i]), agg.objectivesExact[i] as number)).toBe("equal");
    }
  });
});

describe("seed 002: summary (товчоо) band counts", () => {
  test("all twelve measures fall in '100 /90-100/', as the summary counts them", () => {
    const counts = new Map<string, number>();
    for (const m of MEASURES) {
      for (const r of m.ratings) {
        const label = bandOf(r, NDEG_ANTICORRUPTION_2019)?.label ?? "none";
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(counts)).toEqual({ "100 /90-100/": 12 });
    expect(MEASURES.map((m) => m.ratings.length)).toEqual([3, 1, 1, 1, 3, 3]);
  });
});
