import fc from "fast-check";
import { checkGrid } from "../../src/core/checks";
import { planCompute } from "../../src/core/compute";
import type { Finding } from "../../src/core/finding";
import type { Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import type { SheetModel } from "../../src/core/sheet";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import {
  consolidate,
  consolidationSheets,
  evaluationSummary,
  evaluationSummarySheet,
  findingsSheet,
  fulfilmentSummary,
  fulfilmentSummarySheet,
  sheetModelProblems,
  unitFigures,
} from "../../src/core/summary";
import { expectEqual } from "../fixtures/fast-expect";
import { MAX_CELL, anyGrid, insideGrid } from "./arbitraries";

/**
 * A hang guard, not a speed claim (speed is `npm run bench`'s): a sheet of at most 40 rows takes
 * a few milliseconds, so a case a thousand times slower is work growing out of bounds (it caught a
 * quadratic level reader once, which the equivalence dumps did not), however loaded the machine.
 */
const CASE_BUDGET_MS = 3000;
/** Each property stops after this long (the runs done so far still count). */
const TIME_LIMIT_MS = 12_000;

const SETTINGS: Settings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, scheme: "ndeg-anticorruption-2019", rounding: "truncate" },
  { ...DEFAULT_SETTINGS, cap: false, method: "progress" },
];

const settingsArb = fc.constantFrom(...SETTINGS);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** What is wrong with a finding: its cell or its fix's cell off the grid, a fix Excel refuses. */
function findingProblems(grid: Grid, f: Finding): string[] {
  const problems: string[] = [];
  if (!insideGrid(grid, f.cell)) problems.push(`${f.code} points at ${f.cell}, off the grid`);
  if (f.fix) {
    if (!insideGrid(grid, f.fix.cell)) problems.push(`${f.code} fixes ${f.fix.cell}, off the grid`);
    if (typeof f.fix.value === "string" && f.fix.value.length > MAX_CELL) {
      problems.push(`${f.code} fix at ${f.fix.cell} is longer than a cell holds`);
    }
    if (typeof f.fix.value === "number" && !Number.isFinite(f.fix.value)) {
      problems.push(`${f.code} fix at ${f.fix.cell} is not a finite number`);
    }
  }
  if (!f.message.mn.trim() || !f.message.en.trim()) problems.push(`${f.code} has an empty message`);
  return problems;
}

function modelProblems(model: SheetModel): string[] {
  return sheetModelProblems(model).map((p) => `${model.name}: ${p}`);
}

const options = { numRuns: 250, interruptAfterTimeLimit: TIME_LIMIT_MS };

describe("random sheets through reader, checks, compute and summaries", () => {
  it("the reader never throws and says why when there is no table", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const { value: read, ms } = timed(() => readPlan(grid));
        expect(ms).toBeLessThan(CASE_BUDGET_MS);
        if (!read.ok) expect(read.reason.mn && read.reason.en).toBeTruthy();
      }),
      options,
    );
  });

  it("every finding and every fix points to a cell of the grid, and a fix fits in a cell", () => {
    fc.assert(
      fc.property(anyGrid, settingsArb, (grid, settings) => {
        const { value: result, ms } = timed(() => checkGrid(grid, settings));
        expect(ms).toBeLessThan(CASE_BUDGET_MS);
        expect(result.findings.flatMap((f) => findingProblems(grid, f))).toEqual([]);
        if (!result.ok) expect(result.findings.map((f) => f.code)).toEqual(["STRUCT-HEADER"]);
      }),
      options,
    );
  });

  it("compute writes only finite percentages and ratings into cells of the grid", () => {
    fc.assert(
      fc.property(anyGrid, settingsArb, (grid, settings) => {
        const result = checkGrid(grid, settings);
        if (!result.ok) return;
        const { value: plan, ms } = timed(() => planCompute(result.evaluation));
        expect(ms).toBeLessThan(CASE_BUDGET_MS);
        for (const w of plan.writes) {
          expectEqual(
            [w.cell, insideGrid(grid, w.cell), Number.isFinite(w.value)],
            [w.cell, true, true],
          );
        }
        // Computing again from the state it returns changes nothing more.
        const again = planCompute(result.evaluation, plan.owned);
        expectEqual(again.writes, plan.writes);
      }),
      options,
    );
  });

  it("summaries and their sheet models are sound: valid names, merges and ranges inside", () => {
    fc.assert(
      fc.property(
        anyGrid,
        settingsArb,
        fc.constantFrom("mn", "en") as fc.Arbitrary<"mn" | "en">,
        (grid, settings, lang) => {
          const result = checkGrid(grid, settings);
          const { value: models, ms } = timed(() => {
            const out: SheetModel[] = [
              findingsSheet([{ sheet: grid.sheet ?? "Sheet1", findings: result.findings }], lang),
            ];
            if (result.ok) {
              const e = result.evaluation;
              const evaluation = evaluationSummary(e);
              expect(evaluation.conclusion.every((p) => p.text.mn && p.text.en)).toBe(true);
              out.push(evaluationSummarySheet(evaluation, lang));
              out.push(fulfilmentSummarySheet(fulfilmentSummary(e), lang));
              out.push(
                ...consolidationSheets(
                  consolidate([{ unit: "Баянзүрх", figures: unitFigures(e) }]),
                  lang,
                ),
              );
            }
            return out;
          });
          expect(ms).toBeLessThan(CASE_BUDGET_MS);
          expect(models.flatMap(modelProblems)).toEqual([]);
        },
      ),
      { ...options, numRuns: 150 },
    );
  });
});
