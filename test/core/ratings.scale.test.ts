import {
  BUILT_IN_SCHEMES,
  GOV_206_2020,
  GOVERNOR_0_30,
  parseCustomScheme,
  readRating,
  scaleOf,
  schemeById,
  suggestRating,
  validateScheme,
} from "../../src/core/ratings";

/* Rating schemes are data: the scale's top is part of it (DOMAIN section 5; issue 13 item 3). */

describe("a scheme on a 0–30 scale", () => {
  it("is built in as data, valid, and found by its id", () => {
    expect(schemeById("governor-0-30")).toBe(GOVERNOR_0_30);
    expect(BUILT_IN_SCHEMES.map((s) => s.id)).toContain("governor-0-30");
    expect(scaleOf(GOVERNOR_0_30)).toBe(30);
    // Schemes that say nothing of their scale are on 0–100.
    expect(scaleOf(GOV_206_2020)).toBe(100);
    expect(validateScheme(GOVERNOR_0_30)).toEqual([]);
  });

  it("reads any figure from 0 to 30 as a rating, and flags one above 30 or below 0", () => {
    expect(readRating(30, GOVERNOR_0_30)).toEqual({ kind: "rating", value: 30 });
    expect(readRating("27,5", GOVERNOR_0_30)).toEqual({ kind: "rating", value: 27.5 });
    expect(readRating("-", GOVERNOR_0_30)).toEqual({ kind: "not-due" });
    const above = readRating(35, GOVERNOR_0_30);
    expect(above.kind).toBe("invalid");
    if (above.kind === "invalid") {
      expect(above.message.mn).toBe("Үнэлгээ 0-30 хооронд байх ёстой: 35.");
      expect(above.message.en).toBe("A rating must lie between 0 and 30: 35.");
    }
    // "-5" is a number below the scale, not a not-due mark.
    expect(readRating("-5", GOVERNOR_0_30).kind).toBe("invalid");
    const words = readRating("сайн", GOVERNOR_0_30);
    expect(words.kind === "invalid" && words.message.en).toBe(
      '"сайн" is not a rating: write a number from 0 to 30, or "-".',
    );
  });

  it("suggests the fulfilment's share of the scale: 90% of 30 is 27", () => {
    expect(suggestRating(90, GOVERNOR_0_30)).toBe(27);
    // 120% is held to the top of the scale, 30.
    expect(suggestRating(120, GOVERNOR_0_30)).toBe(30);
  });

  it("reports bands that leave part of its scale uncovered, in its own terms", () => {
    const problems = validateScheme({
      ...GOVERNOR_0_30,
      bands: [{ label: "0-20", min: 0, max: 20 }],
    });
    // 20 reaches to just below 21: 21–30 is in no band.
    expect(problems.map((p) => [p.kind, p.from, p.to])).toEqual([["gap", 21, 30]]);
    const beyond = validateScheme({ ...GOVERNOR_0_30, bands: [{ label: "x", min: 0, max: 40 }] });
    expect(beyond[0].message.en).toBe("A band bound must lie between 0 and 30: 40.");
  });
});

describe("a scheme a workbook carries", () => {
  it("keeps its scale when it names one", () => {
    const { scheme, problems } = parseCustomScheme({
      name: "Аймгийн ЗДТГ-ын үнэлгээ",
      max: "30",
      bands: [
        { label: "Сайн", min: 24, max: 30 },
        { label: "Дунд", min: 15, max: 23 },
        { label: "Хангалтгүй", min: 0, max: 14 },
      ],
    });
    expect(problems).toEqual([]);
    expect(scheme?.max).toBe(30);
    expect(scheme && readRating(28, scheme)).toEqual({ kind: "rating", value: 28 });
    expect(scheme && readRating(31, scheme).kind).toBe("invalid");
  });

  it("is on 0–100 when it names no scale, as before", () => {
    const { scheme } = parseCustomScheme({ bands: [{ min: 0, max: 100 }] });
    expect(scheme && scaleOf(scheme)).toBe(100);
    expect(scheme?.max).toBeUndefined();
  });

  it.each([[0], [-30], ["thirty"], [null]])(
    "refuses a scale top of %j with a message in both languages, never a throw",
    (max) => {
      const parsed = parseCustomScheme({ max, bands: [{ min: 0, max: 30 }] });
      expect(parsed.scheme).toBeUndefined();
      expect(parsed.problems.map((p) => p.message)).toEqual([
        {
          mn: "Үнэлгээний дээд оноо (max) 0-ээс их тоо байх ёстой.",
          en: "The top of the rating scale (max) must be a number above 0.",
        },
      ]);
    },
  );
});
