import { individualScore, score5 } from "../../src/core/ratings/individual-score";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("score5", () => {
  test.each([
    [100, 5],
    [64, 3.2],
    [0, 0],
    [98.2, 4.91],
  ])("%d%% is %d on five points", (percent, score) => {
    expect(score5(percent)).toBeCloseTo(score, 10);
  });
});

describe("individualScore", () => {
  test("part one × 0.70 + part two × 0.15 + points", () => {
    const r = individualScore(96, 100, 14);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.partOne).toBeCloseTo(67.2, 10);
      expect(r.partTwo).toBeCloseTo(15, 10);
      expect(r.score).toBeCloseTo(96.2, 10);
    }
  });

  test("full marks are 100", () => {
    const r = individualScore(100, 100, 15);
    expect(r.ok && r.score).toBeCloseTo(100, 10);
  });

  test("the settings' weights are the default", () => {
    expect(individualScore(80, 50, 10, DEFAULT_SETTINGS.weights)).toEqual(
      individualScore(80, 50, 10),
    );
  });

  test("points outside 0..15 are reported, not thrown", () => {
    for (const points of [-1, 15.5, Number.NaN]) {
      const r = individualScore(90, 90, points);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problems.map((p) => p.field)).toEqual(["points"]);
        expect(r.problems[0].message.mn).toContain("0-15");
        expect(r.problems[0].message.en).toContain("0 to 15");
      }
    }
  });

  test("percentages outside 0..100 are reported for each part", () => {
    const r = individualScore(120, -5, 10);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(["partOne", "partTwo"]);
  });

  test("weights must add up to 100", () => {
    const r = individualScore(90, 90, 10, { partOne: 0.8, partTwo: 0.15, maxPoints: 15 });
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(["weights"]);
    const other = individualScore(90, 90, 18, { partOne: 0.6, partTwo: 0.2, maxPoints: 20 });
    expect(other.ok && other.score).toBeCloseTo(90 * 0.6 + 90 * 0.2 + 18, 10);
  });
});
