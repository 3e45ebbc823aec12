import { checkGrid, type SheetCheck } from "../../src/core/checks";
import { checkSummaryAgainstPlan } from "../../src/core/checks/rating";
import type { Finding } from "../../src/core/finding";
import { parseAddress, type Grid } from "../../src/core/grid";
import { DEFAULT_SETTINGS, type Rounding, type Settings } from "../../src/core/settings";
import {
  seed000ContinuationCriteria,
  seed000Activities,
  seed000Counts,
  seed000Placeholders,
} from "../fixtures/seeds/facts000";
import { seed001Criteria, seed001Summary } from "../fixtures/seeds/facts001";
import {
  average002,
  bands002,
  measures002,
  objectives002,
  type HandMean,
} from "../fixtures/seeds/facts002";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002, seed002Summary } from "../fixtures/seeds/seed002";

const ROUNDINGS: Rounding[] = ["round", "truncate"];
const ndeg = (rounding: Rounding): Settings => ({
  ...DEFAULT_SETTINGS,
  scheme: "ndeg-anticorruption-2019",
  rounding,
});

type Checked = Extract<SheetCheck, { ok: true }>;
function checked(grid: Grid, settings: Settings): Checked {
  const result = checkGrid(grid, settings);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

const at = (fs: Finding[], cell: string, code?: string) =>
  fs.filter((f) => f.cell === cell && (code === undefined || f.code === code));
const ofCodes = (fs: Finding[], pattern: RegExp) => fs.filter((f) => pattern.test(f.code));
/** A hand mean with the setting's rounding habit. */
const handFigure = (m: HandMean, rounding: Rounding) =>
  rounding === "round" ? m.roundHalfUp : m.truncated;

describe("seed 002: anti-corruption report under ndeg-anticorruption-2019", () => {
  describe.each(ROUNDINGS)("rounding %s", (rounding) => {
    const result = checked(seed002, ndeg(rounding));

    it("counts 12 measures, all rated, and pools them to the stated 98.2", () => {
      expect(result.figures.measures).toBe(measures002.length);
      expect(result.figures.rated).toBe(measures002.length);
      expect(result.figures.overall).toBe(handFigure(average002.pooledTable, rounding));
      expect(result.figures.overall).toBe(average002.stated.value);
      // The mean of the six item means is 98.3 rounded: the pooled rule must not flag 98.2.
      expect(at(result.findings, average002.stated.cell, "RATING-AGGREGATE")).toEqual([]);
    });

    it("gives each item the measures and the rating the table prints", () => {
      expect(result.figures.objectives.map((o) => o.measures)).toEqual(
        objectives002.map((o) => o.counted.measures),
      );
      expect(result.figures.objectives.map((o) => o.value)).toEqual(
        objectives002.map((o) => o.rating.value),
      );
      expect(result.figures.objectives.map((o) => o.bands["100 /90-100/"])).toEqual(
        objectives002.map((o) => o.counted.band100),
      );
    });

    it("finds no rating or calculation problem in the table itself", () => {
      expect(ofCodes(result.findings, /^(CALC|RATING)-/)).toEqual([]);
    });

    it("agrees with the товчоо's counts and figures, except its printed «70 /60-69/» band", () => {
      const found = checkSummaryAgainstPlan(seed002Summary, result.evaluation);
      const gapBand = bands002.printed.find((b) => b.from === 60 && b.to === 69);
      expect(found.map((f) => [f.code, f.cell, f.sheet])).toEqual([
        ["RATING-SCHEME", gapBand?.label.cell, seed002Summary.sheet],
      ]);
      for (const o of objectives002) {
        expect(o.summary.measures.value).toBe(o.counted.measures);
        expect(o.summary.band100.value).toBe(o.counted.band100);
        expect(o.summary.percent.value).toBe(o.rating.value);
      }
    });
  });

  describe("rated per measure as the written conclusion rates them", () => {
    // 5.1 at 93.9, 6.2 at 90, 4.1 at 95, the rest at 100: unmerge F and rate each measure.
    const perMeasure: Grid = {
      ...seed002,
      cells: seed002.cells.map((r) => [...r]),
      merges: (seed002.merges ?? []).filter((m) => m.left !== 5 || m.top === m.bottom),
    };
    for (const m of measures002) perMeasure.cells[m.row - 1][5] = String(m.conclusion.rating);

    it.each(ROUNDINGS)("still pools to 98.2 under %s", (rounding) => {
      const result = checked(perMeasure, ndeg(rounding));
      expect(result.figures.overall).toBe(handFigure(average002.pooledConclusion, rounding));
      expect(at(result.findings, average002.stated.cell, "RATING-AGGREGATE")).toEqual([]);
    });

    it.each(ROUNDINGS)("judges the товчоо's item %% by the rounding habit (%s)", (rounding) => {
      const result = checked(perMeasure, ndeg(rounding));
      const found = checkSummaryAgainstPlan(seed002Summary, result.evaluation).filter(
        (f) => f.code === "RATING-AGGREGATE",
      );
      const other: Rounding = rounding === "round" ? "truncate" : "round";
      const expected = objectives002.flatMap((o) => {
        const printed = o.summary.percent.value;
        if (printed === handFigure(o.fromConclusion, rounding)) return [];
        const severity = printed === handFigure(o.fromConclusion, other) ? "note" : "error";
        return [[o.summary.percent.cell, severity]];
      });
      expect(found.map((f) => [f.cell, f.severity])).toEqual(expected);
      // Item 5's 97,9 is the truncated mean (a note under round), item 6's 96,7 the rounded one.
      expect(expected).toEqual([[rounding === "round" ? "I17" : "I18", "note"]]);
    });
  });
});

/** A percentage as seed 001 writes it ("63%"); null for "*". */
const percentOf = (text: string): number | null => {
  const m = /^(\d+)%$/.exec(text.trim());
  return m ? Number(m[1]) : null;
};

/** Mean of whole percentages to one decimal, worked in tenths so no binary fraction intrudes. */
function meanOfWhole(values: number[], rounding: Rounding): number {
  const tenths = (values.reduce((a, b) => a + b, 0) * 10) / values.length;
  return (rounding === "round" ? Math.round(tenths) : Math.trunc(tenths)) / 10;
}

describe("seed 001: individual report", () => {
  const result = checked(seed001, DEFAULT_SETTINGS);
  const findings = result.findings;

  it("finds every stated Биелэлтийн хувь the levels contradict, and only those", () => {
    for (const c of seed001Criteria) {
      const mismatch = at(findings, c.stated.cell, "CALC-MISMATCH");
      const computable = c.reading === "computed" || c.reading === "suggested";
      if (!computable || c.agrees !== false) {
        expect([c.stated.cell, mismatch]).toEqual([c.stated.cell, []]);
        continue;
      }
      expect(mismatch).toHaveLength(1);
      expect(mismatch[0].message.en).toContain(`${c.correct}%`);
      if (c.reading === "computed") {
        expect(mismatch[0].severity).toBe("error");
        expect(mismatch[0].fix).toEqual({ cell: c.stated.cell, value: `${c.correct}%` });
      } else {
        expect(mismatch[0].severity).toBe("warning");
        expect(mismatch[0].fix).toBeUndefined();
      }
    }
  });

  it("fixes 3.2 of 5 тэрбум stated as 63% to 64%, and leaves 939 of 240 at 100%", () => {
    const fiveBillion = seed001Criteria.find((c) => c.stated.text === "63%");
    expect(fiveBillion?.correct).toBe(64);
    expect(at(findings, fiveBillion?.stated.cell ?? "", "CALC-MISMATCH")[0]?.fix?.value).toBe(
      "64%",
    );
    const capped = seed001Criteria.find((c) => c.achievedValue === 939 && c.targetValue === 240);
    expect(capped?.correct).toBe(100);
    expect(at(findings, capped?.stated.cell ?? "")).toEqual([]);
  });

  it("finds 100% on the rows with no target, and accepts «*» with its reason", () => {
    const noTarget = seed001Criteria.filter((c) => c.target.text === "-" && c.stated.text !== "*");
    expect(noTarget.length).toBeGreaterThan(0);
    expect(ofCodes(findings, /^CALC-UNJUSTIFIED$/).map((f) => f.cell)).toEqual(
      noTarget.map((c) => c.stated.cell),
    );
    const star = seed001Criteria.find((c) => c.stated.text === "*");
    expect(star && at(findings, star.stated.cell)).toEqual([]);
    expect(ofCodes(findings, /^CALC-MISSING$/)).toEqual([]);
  });

  it.each(ROUNDINGS)(
    "averages the stated figures per objective, part and sheet (%s)",
    (rounding) => {
      const r = checked(seed001, { ...DEFAULT_SETTINGS, rounding });
      const stated = (part: 1 | 2) =>
        seed001Criteria
          .filter((c) => c.part === part)
          .map((c) => percentOf(c.stated.text))
          .filter((v): v is number => v !== null);
      expect(r.evaluation.parts.one).toBe(meanOfWhole(stated(1), rounding));
      expect(r.evaluation.parts.two).toBe(meanOfWhole(stated(2), rounding));
      expect(meanOfWhole(stated(1), "round")).toBe(seed001Summary.partOneMeanOfStated);
      expect(meanOfWhole(stated(2), "round")).toBe(seed001Summary.partTwoMeanOfStated);

      const all = seed001Criteria.map((c) => percentOf(c.stated.text));
      const rated = all.filter((v): v is number => v !== null);
      expect(r.figures.measures).toBe(seed001Criteria.length);
      expect(r.figures.rated).toBe(rated.length);
      expect(r.figures.overall).toBe(meanOfWhole(rated, rounding));

      // Objectives in order: part one's НЭГ, ХОЁР, ГУРАВ by their activity labels, then part two.
      const objectiveOf = (c: (typeof seed001Criteria)[number]) =>
        c.part === 2 ? "part two" : (/Арга хэмжээ (\d+)\./.exec(`${c.measure}.`)?.[1] ?? "?");
      const groups = new Map<string, (number | null)[]>();
      for (const c of seed001Criteria) {
        const key = objectiveOf(c);
        groups.set(key, [...(groups.get(key) ?? []), percentOf(c.stated.text)]);
      }
      expect(r.figures.objectives.map((o) => [o.measures, o.value])).toEqual(
        [...groups.values()].map((vs) => [
          vs.length,
          meanOfWhole(
            vs.filter((v): v is number => v !== null),
            rounding,
          ),
        ]),
      );
    },
  );
});

describe("seed 000: org report whose fulfilment column holds the plan's units", () => {
  const result = checked(seed000, DEFAULT_SETTINGS);
  const missing = ofCodes(result.findings, /^CALC-MISSING$/);

  it("finds no percentage on any criterion row (CALC-MISSING), with no certain fix", () => {
    // Continuation criterion rows (4.4.1's second and third criteria) have their own H cell.
    const continuation = seed000ContinuationCriteria.map(
      (c) => `H${(parseAddress(c.cell)?.row ?? -1) + 1}`,
    );
    expect(missing.map((f) => f.cell).sort()).toEqual(
      [...seed000Activities.map((a) => a.fulfilmentCell), ...continuation].sort(),
    );
    expect(missing.every((f) => f.fix === undefined)).toBe(true);
    expect(ofCodes(result.findings, /^CALC-MISMATCH$/)).toHaveLength(
      seed000Counts.statedFulfilments,
    );
  });

  it("names the unit left in the column and flags its prompt (TEXT-PLACEHOLDER)", () => {
    for (const a of seed000Activities) {
      const [f] = at(missing, a.fulfilmentCell);
      if (a.fulfilment === null) {
        expect(f.message.en).not.toMatch(/holds/);
        continue;
      }
      expect(f.message.en).toMatch(/holds «/);
      // Every prompt the reader saw in the column is also a TEXT-PLACEHOLDER finding.
      const prompts = seed000Placeholders.filter((p) => p.cell === a.fulfilmentCell);
      if (prompts.length === 0) continue;
      expect(at(result.findings, a.fulfilmentCell, "TEXT-PLACEHOLDER")).not.toEqual([]);
    }
  });

  it("counts 23 activities and no figure to average", () => {
    expect(result.figures.measures).toBe(seed000Counts.activities);
    expect(result.figures.rated).toBe(seed000Counts.statedFulfilments);
    expect(result.figures.overall).toBeNull();
  });
});
