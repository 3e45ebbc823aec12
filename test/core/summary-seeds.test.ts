import { evaluatePlan } from "../../src/core/evaluate";
import type { Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  consolidate,
  consolidationSheets,
  evaluationSummary,
  evaluationSummarySheet,
  fulfilmentSummary,
  fulfilmentSummarySheet,
  sheetModelProblems,
  unitFigures,
} from "../../src/core/summary";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";

const seeds: [string, Grid, string][] = [
  ["000", seed000, "gov-206-2020"],
  ["001", seed001, "gov-206-2020"],
  ["002", seed002, "ndeg-anticorruption-2019"],
  ["003", seed003, "gov-206-2020"],
];

const evaluations = seeds.map(([id, grid, scheme]) => {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(`seed ${id} did not read`);
  return { id, e: evaluatePlan(read.plan, { ...DEFAULT_SETTINGS, scheme }) };
});

describe.each(evaluations)("summaries of seed $id", ({ e }) => {
  test("the товчоо accounts for every measure once", () => {
    const s = evaluationSummary(e);
    expect(s.total.measures).toBe(e.measures.length);
    const listed = [...s.groups, ...s.partTwoGroups].reduce((n, g) => n + g.items.length, 0);
    expect(listed).toBe(e.measures.length);
    // Every row's band columns, the "-" column and the no-figure count add up to its measures.
    for (const row of [...s.rows, s.total]) {
      expect(row.bands.reduce((a, b) => a + b, 0) + row.noFigure).toBe(row.measures);
    }
    const banded = e.measures.filter((m) => m.band !== null).length;
    expect(s.total.bands.reduce((a, b) => a + b, 0)).toBe(banded);
    for (const row of s.rows) expect(row.caption.mn).not.toMatch(/<\/?[a-z]+>|\*\*/);
    for (const lang of ["mn", "en"] as const) {
      expect(sheetModelProblems(evaluationSummarySheet(s, lang))).toEqual([]);
    }
  });

  test("the fulfilment summary splits every measure into exactly one kind", () => {
    const s = fulfilmentSummary(e);
    const t = s.total;
    expect(t.planned).toBe(e.measures.length);
    expect(t.full + t.partial + t.none + t.notAssessable).toBe(t.planned);
    expect(t.value).toBe(e.overall);
    for (const lang of ["mn", "en"] as const) {
      expect(sheetModelProblems(fulfilmentSummarySheet(s, lang))).toEqual([]);
    }
  });
});

test("all seeds consolidated: the pooled figure is the mean over every measure with one", () => {
  const c = consolidate(
    evaluations.map(({ id, e }) => ({ unit: `Seed ${id}`, figures: unitFigures(e) })),
  );
  const figures = evaluations.flatMap(({ e }) =>
    e.measures.filter((m) => m.value !== null).map((m) => m.value as number),
  );
  expect(c.pooled.rated).toBe(figures.length);
  expect(c.pooled.exact).toBeCloseTo(figures.reduce((a, b) => a + b, 0) / figures.length, 9);
  expect(c.units.map((u) => u.total.value)).toEqual(evaluations.map(({ e }) => e.overall));
  expect(sheetModelProblems(consolidationSheets(c, "mn")[0])).toEqual([]);
});

test("seed 001: part two is a line of its own, not an objective, apart from objective 2", () => {
  const e = evaluations.find((x) => x.id === "001")?.e;
  if (!e) throw new Error("seed 001");
  const s = evaluationSummary(e);
  const rows = s.rows;
  const partTwo = rows[rows.length - 1];
  expect(partTwo.kind).toBe("part");
  expect(partTwo.caption.mn).toBe("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ");
  expect(partTwo.objectives).toBe(0);
  const partTwoMeasures = e.measures.filter((m) => m.objective.part === 2).length;
  expect(partTwo.measures).toBe(partTwoMeasures);
  // The objectives counted are part one's; the conclusion gives part two a sentence of its own.
  expect(s.total.objectives).toBe(rows.length - 1);
  expect(s.conclusion.filter((p) => p.kind === "part")).toHaveLength(1);
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  expect(rows.map((r) => r.label.mn).filter((l) => l === "Зорилт 2")).toHaveLength(1);
});
