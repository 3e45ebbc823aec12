import {
  aggregateRatings,
  bandOf,
  BUILT_IN_SCHEMES,
  compareStated,
  GOV_206_2020,
  GOVERNOR_0_30,
  NDEG_ANTICORRUPTION_2019,
  parseCustomScheme,
  readRating,
  roundFigure,
  schemeById,
  suggestRating,
  validateScheme,
  type RatingScheme,
} from "../../src/core/ratings";

/** The scheme exactly as seed 002's summary table prints its columns. */
const PRINTED_002: RatingScheme = {
  ...NDEG_ANTICORRUPTION_2019,
  id: "printed-002",
  bands: [
    { label: "100 /90-100/", min: 90, max: 100 },
    { label: "70 /60-69/", min: 60, max: 69 },
    { label: "40 /31-59/", min: 31, max: 59 },
    { label: "0 /0-30/", min: 0, max: 30 },
  ],
};

describe("built-in schemes", () => {
  test("each is found by id and has no problems", () => {
    expect(BUILT_IN_SCHEMES.map((s) => s.id)).toEqual([
      "gov-206-2020",
      "ndeg-anticorruption-2019",
      "governor-0-30",
    ]);
    for (const s of BUILT_IN_SCHEMES) {
      expect(schemeById(s.id)).toBe(s);
      expect(validateScheme(s)).toEqual([]);
    }
    expect(schemeById("89-2017")).toBeUndefined();
  });

  test("gov-206-2020 levels and the not-due mark", () => {
    expect(GOV_206_2020.levels?.map((l) => [l.value, l.label.mn])).toEqual([
      [100, "Бүрэн хэрэгжсэн"],
      [70, "Хэрэгжих шатандаа"],
      [30, "Хэрэгжилт хангалтгүй"],
      [0, "Хэрэгжээгүй"],
    ]);
    expect(GOV_206_2020.notDueName?.mn).toBe("Хэрэгжилт тооцох хугацаа болоогүй");
  });

  test("ndeg-anticorruption-2019 bands as the seed labels them, with 60-89", () => {
    expect(NDEG_ANTICORRUPTION_2019.bands.map((b) => b.label)).toEqual([
      "100 /90-100/",
      "70 /60-89/",
      "40 /31-59/",
      "0 /0-30/",
    ]);
    expect(NDEG_ANTICORRUPTION_2019.notDueLabel).toBe("/-/");
  });
});

describe("validateScheme", () => {
  test("seed 002's printed '70 /60-69/' leaves 70–89 uncovered: one gap", () => {
    const problems = validateScheme(PRINTED_002);
    expect(problems.map((p) => [p.kind, p.from, p.to])).toEqual([["gap", 70, 89]]);
    expect(problems[0].message.mn).toContain("70–89");
    expect(problems[0].message.en).toContain("70–89");
  });

  test("overlapping bands are reported", () => {
    const s = {
      ...PRINTED_002,
      bands: [
        { label: "A", min: 0, max: 50 },
        { label: "B", min: 40, max: 100 },
      ],
    };
    expect(validateScheme(s).map((p) => [p.kind, p.from, p.to])).toEqual([["overlap", 40, 50]]);
  });

  test("a band nested in a wide one overlaps it", () => {
    const s = {
      ...PRINTED_002,
      bands: [
        { label: "all", min: 0, max: 100 },
        { label: "x", min: 10, max: 20 },
        { label: "y", min: 30, max: 40 },
      ],
    };
    expect(validateScheme(s).filter((p) => p.kind === "overlap")).toHaveLength(2);
  });

  test("reversed bounds, values outside 0..100 and uncovered ends", () => {
    const s = {
      ...PRINTED_002,
      bands: [
        { label: "r", min: 59, max: 31 },
        { label: "hi", min: 90, max: 120 },
        { label: "mid", min: 20, max: 89 },
      ],
    };
    const kinds = validateScheme(s).map((p) => [p.kind, p.from, p.to]);
    expect(kinds).toEqual([
      ["order", 59, 31],
      ["range", 120, 120],
      ["gap", 0, 19],
      ["gap", 90, 100],
    ]);
  });

  test("thresholds that can never apply, and levels not allowed", () => {
    const s: RatingScheme = {
      ...GOV_206_2020,
      thresholds: [
        { min: 70, value: 70 },
        { min: 100, value: 100 },
        { min: 30, value: 40 },
      ],
    };
    expect(validateScheme(s).map((p) => [p.kind, p.from])).toEqual([
      ["order", 100],
      ["range", 40],
    ]);
  });

  test("a levels-only scheme checks each allowed value is counted somewhere", () => {
    const s = { ...GOV_206_2020, bands: GOV_206_2020.bands.slice(0, 3) };
    expect(validateScheme(s).map((p) => [p.kind, p.from, p.to])).toEqual([["gap", 0, 0]]);
  });
});

describe("bandOf", () => {
  test("whole-number bounds read as 'below the next whole number' for continuous ratings", () => {
    expect(bandOf(30, NDEG_ANTICORRUPTION_2019)?.label).toBe("0 /0-30/");
    expect(bandOf(30.4, NDEG_ANTICORRUPTION_2019)?.label).toBe("0 /0-30/");
    expect(bandOf(30.99, NDEG_ANTICORRUPTION_2019)?.label).toBe("0 /0-30/");
    expect(bandOf(31, NDEG_ANTICORRUPTION_2019)?.label).toBe("40 /31-59/");
    expect(bandOf(89.9, NDEG_ANTICORRUPTION_2019)?.label).toBe("70 /60-89/");
    expect(bandOf(93.9, NDEG_ANTICORRUPTION_2019)?.label).toBe("100 /90-100/");
  });

  test("under the printed scheme 69.5 is in 60-69 and 75 in no band", () => {
    expect(bandOf(69.5, PRINTED_002)?.label).toBe("70 /60-69/");
    expect(bandOf(75, PRINTED_002)).toBeNull();
  });

  test("outside 0..100 or not a number: no band", () => {
    expect(bandOf(100.5, NDEG_ANTICORRUPTION_2019)).toBeNull();
    expect(bandOf(-1, NDEG_ANTICORRUPTION_2019)).toBeNull();
    expect(bandOf(Number.NaN, NDEG_ANTICORRUPTION_2019)).toBeNull();
  });
});

describe("readRating", () => {
  test("seed 002's ratings as printed (numbers, decimals with a point or comma, bold markup)", () => {
    const read = (v: string | number) => readRating(v, NDEG_ANTICORRUPTION_2019);
    expect(read(100)).toEqual({ kind: "rating", value: 100 });
    expect(read("95")).toEqual({ kind: "rating", value: 95 });
    expect(read("97.9")).toEqual({ kind: "rating", value: 97.9 });
    expect(read("97,9")).toEqual({ kind: "rating", value: 97.9 });
    expect(read("<b>98.2</b>")).toEqual({ kind: "rating", value: 98.2 });
  });

  test("not due, empty and invalid", () => {
    for (const v of ["-", "–", "/-/", "Хугацаа болоогүй", "Хэрэгжилт тооцох хугацаа болоогүй"]) {
      expect(readRating(v, NDEG_ANTICORRUPTION_2019)).toEqual({ kind: "not-due" });
    }
    expect(readRating(null, GOV_206_2020)).toEqual({ kind: "empty" });
    expect(readRating("  ", GOV_206_2020)).toEqual({ kind: "empty" });
    const word = readRating("Сайн", NDEG_ANTICORRUPTION_2019);
    expect(word).toMatchObject({ kind: "invalid", text: "Сайн" });
    expect(readRating(120, NDEG_ANTICORRUPTION_2019)).toMatchObject({ kind: "invalid" });
    expect(readRating(true, NDEG_ANTICORRUPTION_2019)).toMatchObject({ kind: "invalid" });
  });

  test("a number with «хувь» or «оноо» after it, as people write a rating", () => {
    expect(readRating("100 хувь", NDEG_ANTICORRUPTION_2019)).toEqual({
      kind: "rating",
      value: 100,
    });
    expect(readRating("90 хувиар", NDEG_ANTICORRUPTION_2019)).toEqual({
      kind: "rating",
      value: 90,
    });
    expect(readRating("25 оноо", GOVERNOR_0_30)).toEqual({ kind: "rating", value: 25 });
    // Words that are no unit of a rating leave it invalid.
    expect(readRating("100 удаа", NDEG_ANTICORRUPTION_2019)).toMatchObject({ kind: "invalid" });
  });

  test("gov-206-2020's levels by name, alone or beside their own value", () => {
    const read = (v: string) => readRating(v, GOV_206_2020);
    expect(read("Бүрэн хэрэгжсэн")).toEqual({ kind: "rating", value: 100 });
    expect(read("хэрэгжээгүй")).toEqual({ kind: "rating", value: 0 });
    expect(read("100 - Бүрэн хэрэгжсэн")).toEqual({ kind: "rating", value: 100 });
    expect(read("Хэрэгжих шатандаа (70)")).toEqual({ kind: "rating", value: 70 });
    // A name beside another level's value says two things: no rating.
    expect(read("30 Хэрэгжих шатандаа")).toMatchObject({ kind: "invalid" });
    // A scheme without named levels has no names to read.
    expect(readRating("Бүрэн хэрэгжсэн", NDEG_ANTICORRUPTION_2019)).toMatchObject({
      kind: "invalid",
    });
  });

  test("gov-206-2020 accepts only its levels", () => {
    expect(readRating(70, GOV_206_2020)).toEqual({ kind: "rating", value: 70 });
    const r = readRating(95, GOV_206_2020);
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") {
      expect(r.message.mn).toContain("100, 70, 30, 0");
      expect(r.message.en).toContain("100, 70, 30, 0");
    }
  });
});

describe("suggestRating", () => {
  test.each([
    [100, 100],
    [120, 100],
    [99.9, 70],
    [70, 70],
    [69.9, 30],
    [30, 30],
    [29.99, 0],
    [-5, 0],
    [Number.NaN, 0],
  ])("gov-206-2020: fulfilment %d suggests %d", (f, rating) => {
    expect(suggestRating(f, GOV_206_2020)).toBe(rating);
  });

  test("the anti-corruption scheme rates by the fulfilment itself, within 0..100", () => {
    expect(suggestRating(93.94, NDEG_ANTICORRUPTION_2019)).toBe(93.94);
    expect(suggestRating(391.25, NDEG_ANTICORRUPTION_2019)).toBe(100);
  });

  test("edited thresholds apply", () => {
    const strict = {
      ...GOV_206_2020,
      thresholds: [{ min: 95, value: 100 }, ...GOV_206_2020.thresholds.slice(1)],
    };
    expect(suggestRating(96, strict)).toBe(100);
  });
});

describe("roundFigure and compareStated", () => {
  test.each([
    [98.25, 98.3, 98.2],
    [0.15, 0.2, 0.1],
    [1.45, 1.5, 1.4],
    [97.96666666666667, 98, 97.9],
    [96.66666666666667, 96.7, 96.6],
    [98.24166666666667, 98.2, 98.2],
    [100, 100, 100],
    [0, 0, 0],
  ])("%d → %d rounded, %d truncated", (x, round, truncate) => {
    expect(roundFigure(x, "round")).toBe(round);
    expect(roundFigure(x, "truncate")).toBe(truncate);
  });

  test("equal, truncated-only (a note) and different (an error)", () => {
    expect(compareStated(96.7, 290 / 3)).toBe("equal");
    expect(compareStated(97.9, 293.9 / 3)).toBe("truncated-only");
    expect(compareStated(63, 64)).toBe("different");
    expect(compareStated(98, 98)).toBe("equal");
  });
});

describe("aggregateRatings", () => {
  test("objective = mean of its measures; overall = pooled mean, not the mean of means", () => {
    const r = aggregateRatings([{ ratings: [100, 100, 40] }, { ratings: [10] }], "round");
    expect(r.objectives).toEqual([80, 10]);
    expect(r.overall).toBe(62.5);
    expect(r.rated).toBe(4);
  });

  test("not-due (null) ratings are left out of both the sum and the count", () => {
    const r = aggregateRatings(
      [{ ratings: [100, null] }, { ratings: [null] }, { ratings: [50] }],
      "round",
    );
    expect(r.objectives).toEqual([100, null, 50]);
    expect(r.overallExact).toBe(75);
    expect(r.rated).toBe(2);
  });

  test("nothing rated: no figures", () => {
    expect(aggregateRatings([], "truncate")).toEqual({
      objectives: [],
      objectivesExact: [],
      overall: null,
      overallExact: null,
      rated: 0,
    });
  });
});

describe("parseCustomScheme", () => {
  test("seed 002's printed bands from settings JSON: a scheme, with its gap reported", () => {
    const json = JSON.parse(
      JSON.stringify({
        id: "printed",
        name: { mn: "Хэвлэсэн", en: "Printed" },
        bands: PRINTED_002.bands,
        thresholds: [],
        notDueLabel: "/-/",
      }),
    );
    const { scheme, problems } = parseCustomScheme(json);
    expect(scheme?.bands).toHaveLength(4);
    expect(problems.map((p) => [p.kind, p.from, p.to])).toEqual([["gap", 70, 89]]);
  });

  test("numbers typed as text are accepted; defaults fill the rest", () => {
    const { scheme, problems } = parseCustomScheme({
      bands: [
        { min: "0", max: "49,5" },
        { label: "дээд", min: 49.5, max: "100" },
      ],
    });
    expect(scheme).toMatchObject({ id: "custom", notDueLabel: "-", thresholds: [] });
    expect(scheme?.bands[0]).toEqual({ label: "0-49.5", min: 0, max: 49.5 });
    expect(problems.map((p) => p.kind)).toEqual(["overlap"]);
  });

  test("something that is not a scheme gives shape problems and no scheme", () => {
    for (const u of [null, 42, "scheme", [], { bands: "x" }, { bands: [{ min: 0 }] }]) {
      const r = parseCustomScheme(u);
      expect(r.scheme).toBeUndefined();
      expect(r.problems.length).toBeGreaterThan(0);
      expect(r.problems.every((p) => p.kind === "shape" && p.message.mn && p.message.en)).toBe(
        true,
      );
    }
    expect(parseCustomScheme({ bands: [], allowed: ["a"] }).problems[0].kind).toBe("shape");
    expect(parseCustomScheme({ bands: [], thresholds: [{ min: 1 }] }).scheme).toBeUndefined();
  });
});
