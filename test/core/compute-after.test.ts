import fc from "fast-check";
import { checkGrid } from "../../src/core/checks";
import { evaluationAfter, planCompute, type CellWrite } from "../../src/core/compute";
import { evaluatePlan, type Evaluation } from "../../src/core/evaluate";
import type { Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { TEMPLATES } from "../../src/core/templates";
import { expectEqual } from "../fixtures/fast-expect";
import { generateReport } from "../fixtures/generate-report";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { seed004 } from "../fixtures/seeds/seed004";

/** The grid as the sheet holds it after compute: the written values and their formats. */
function withWrites(grid: Grid, writes: readonly CellWrite[]): Grid {
  const cells = grid.cells.map((row) => [...row]);
  const formats = (grid.numberFormats ?? []).map((row) => [...row]);
  for (const w of writes) {
    const r = w.row - grid.origin.row;
    const c = w.col - grid.origin.col;
    while (cells.length <= r) cells.push([]);
    while (cells[r].length <= c) cells[r].push(null);
    cells[r][c] = w.value;
    // Sparse, as a sheet reader leaves the cells whose format it does not know.
    if (w.numberFormat) (formats[r] ??= [])[c] = w.numberFormat;
  }
  return { ...grid, cells, numberFormats: formats };
}

/** Compute's writes for a grid, its evaluation, and the evaluation of the sheet read again after them. */
function computed(grid: Grid, settings: Settings) {
  const check = checkGrid(grid, settings);
  if (!check.ok) throw new Error(check.reason.en);
  const { writes } = planCompute(check.evaluation);
  const read = readPlan(withWrites(grid, writes), { template: check.template });
  if (!read.ok) throw new Error(read.reason.en);
  const reread: Evaluation = evaluatePlan(read.plan, settings);
  return { before: check.evaluation, writes, reread };
}

const ndeg: Settings = { ...DEFAULT_SETTINGS, scheme: "ndeg-anticorruption-2019" };

describe("evaluationAfter: the evaluation once compute's writes are in the sheet", () => {
  const cases: [string, Grid, Settings][] = [
    ["seed 000", seed000, DEFAULT_SETTINGS],
    ["seed 001", seed001, DEFAULT_SETTINGS],
    ["seed 002", seed002, ndeg],
    ["seed 003", seed003, DEFAULT_SETTINGS],
    ["seed 004", seed004, DEFAULT_SETTINGS],
    ["a generated report", generateReport(200), DEFAULT_SETTINGS],
    [
      "a generated report, truncating",
      generateReport(200, 7),
      { ...DEFAULT_SETTINGS, rounding: "truncate" },
    ],
  ];

  it.each(cases)("is what reading %s again gives", (_, grid, settings) => {
    const { before, writes, reread } = computed(grid, settings);
    expectEqual(evaluationAfter(before, writes), reread);
  });

  it("counts the filled figures: the written, rounded percentages enter the measures' figures", () => {
    const { before, writes, reread } = computed(generateReport(200), DEFAULT_SETTINGS);
    expect(writes.filter((w) => w.kind === "fulfilment").length).toBeGreaterThan(20);
    const after = evaluationAfter(before, writes);
    const stated = (e: Evaluation) => e.criteria.filter((c) => c.stated.kind === "percent").length;
    expect(stated(after)).toBeGreaterThan(stated(before));
    expect(stated(after)).toBe(stated(reread));
  });

  /** An anti-corruption report whose measures compute (plain figures) and carry no rating yet. */
  const headers = TEMPLATES["anticorruption-report"].columns.map((c) => c.header);
  const unrated: Grid = {
    origin: { row: 0, col: 0 },
    cells: [
      ["АВЛИГАТАЙ ТЭМЦЭХ ҮНДЭСНИЙ ХӨТӨЛБӨРИЙН ХЭРЭГЖИЛТИЙН ТАЙЛАН"],
      headers,
      ["Зорилт 1. Төрийн албан хаагчдын ёс зүйг дээшлүүлэх"],
      ["1.1", "Сургалт", "Ёс зүйн сургалт зохион байгуулах", "4", "3", null],
      ["1.2", "Мэдээлэл", "Мэдээлэл нийтлэх", "10", "10", null],
      ["Зорилт 2. Ил тод байдлыг хангах"],
      ["2.1", "Ил тод", "Худалдан авалтын мэдээлэл байршуулах", "12", "9", null],
    ],
  };

  it.each([
    ["one rating per measure", unrated],
    [
      // The person formatted the empty «Үнэлгээ» cells as percentages: 70 would show 7000%.
      "ratings into cells formatted «0%», written as the fractions they show",
      {
        ...unrated,
        numberFormats: [
          [],
          [],
          [],
          [...new Array(5).fill(null), "0%"],
          [...new Array(5).fill(null), "0%"],
          [],
          [...new Array(5).fill(null), "0%"],
        ],
      },
    ],
    [
      "a rating merged over an objective's measures",
      { ...unrated, merges: [{ top: 3, left: 5, bottom: 4, right: 5 }] },
    ],
  ])("writes ratings that the measures then carry: %s", (_, grid) => {
    // Resolution 206, chosen for this workbook, suggests a level from each measure's fulfilment.
    const { before, writes, reread } = computed(grid, { ...DEFAULT_SETTINGS, schemeChosen: true });
    const ratings = writes.filter((w) => w.kind === "rating");
    expect(ratings.length).toBeGreaterThan(1);
    if (grid.numberFormats) {
      expect(ratings.map((w) => [w.numberFormat, w.value <= 1])).toEqual(
        ratings.map(() => ["0%", true]),
      );
    }
    const after = evaluationAfter(before, writes);
    expectEqual(after, reread);
    for (const w of ratings) {
      const rated = after.measures.filter(
        (m) => (m.measure.rating ?? m.objective.rating)?.row === w.row,
      );
      expect(rated.length).toBeGreaterThan(0);
      // A rating written as a fraction under a percentage format is the percentage it shows.
      const shown = w.numberFormat === "0%" ? Math.round(w.value * 100) : w.value;
      for (const m of rated) expect(m.rating).toEqual({ kind: "rating", value: shown });
    }
    expect(after.measures.map((m) => m.value)).toEqual(reread.measures.map((m) => m.value));
    expect(after.measures.some((m) => m.value !== null)).toBe(true);
  });

  it("holds for generated reports of any size, seed and rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<Settings["rounding"]>("round", "truncate"),
        (size, seed, rounding) => {
          const settings = { ...DEFAULT_SETTINGS, rounding };
          const { before, writes, reread } = computed(generateReport(size, seed), settings);
          expectEqual(evaluationAfter(before, writes), reread);
        },
      ),
      { numRuns: 20 },
    );
  });
});
