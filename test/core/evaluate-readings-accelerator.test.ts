import { evaluatePlan, type Evaluation } from "../../src/core/evaluate";
import { cellAddress, parseAddress, type CellValue, type Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { expectEqual } from "../fixtures/fast-expect";
import { generateReport } from "../fixtures/generate-report";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";

/*
 * The equivalence test of src/core/evaluate/readings-accelerator.ts: an evaluation lent the
 * readings of an earlier one of the same sheet equals one that reads every cell afresh.
 */

function evaluate(grid: Grid, earlier?: Evaluation): Evaluation {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.reason.en);
  return evaluatePlan(read.plan, DEFAULT_SETTINGS, earlier);
}

/** The grid with one cell set, the way a person (or compute) changes a sheet between two reads. */
function withCell(grid: Grid, address: string, value: CellValue): Grid {
  const pos = parseAddress(address);
  if (!pos) throw new Error(address);
  const cells = grid.cells.map((row) => [...row]);
  cells[pos.row - grid.origin.row][pos.col - grid.origin.col] = value;
  return { ...grid, cells };
}

const criterionAt = (e: Evaluation, address: string) => {
  const pos = parseAddress(address);
  return e.criteria.find((c) => c.criterion.row === pos?.row);
};

describe("evaluatePlan with an earlier evaluation of the same sheet", () => {
  const seeds: [string, Grid][] = [
    ["seed 000", seed000],
    ["seed 001", seed001],
    ["seed 002", seed002],
    ["seed 003", seed003],
    ["a generated report", generateReport(100)],
  ];

  it.each(seeds)("gives %s the same evaluation as reading every cell afresh", (_, grid) => {
    const first = evaluate(grid);
    expectEqual(evaluate(grid, first), first);
  });

  it("reads again an achieved cell that changed, and the figures follow it", () => {
    const first = evaluate(seed001);
    const before = criterionAt(first, "F7");
    expect(before?.achieved?.quantities.map((q) => q.value)).toEqual([96, 2463]);

    const changed = withCell(seed001, "F7", "Бусад 400 даатгуулагчийн");
    const again = evaluate(changed, first);
    expect(criterionAt(again, "F7")?.achieved?.quantities.map((q) => q.value)).toEqual([400]);
    expect(criterionAt(again, "F7")?.computed).toEqual(
      criterionAt(evaluate(changed), "F7")?.computed,
    );
    expectEqual(again, evaluate(changed));
  });

  it("reads a level again when only the criterion's text changed (it decides how 1,081 reads)", () => {
    const report = generateReport(40);
    const c = evaluate(report).criteria.find((x) => x.target.quantities.length > 0);
    if (!c) throw new Error("no criterion with a target");
    const target = cellAddress(c.criterion.row, c.criterion.target.col);
    const textCell = cellAddress(c.criterion.row, c.criterion.text.col);
    const grid = withCell(withCell(report, target, "1,081"), textCell, "Сургалтын чанар");
    const first = evaluate(grid);
    expect(criterionAt(first, target)?.target.confidence).toBe("guess");

    const changed = withCell(grid, textCell, "Шинээр хамрагдсан даатгуулагчийн тоо");
    const again = evaluate(changed, first);
    expect(criterionAt(again, target)?.target).not.toEqual(criterionAt(first, target)?.target);
    expectEqual(again, evaluate(changed));
  });
});
