/**
 * The reader against the five seed documents transcribed as sheets, checked against what a
 * careful reader found in them (test/fixtures/seeds/facts*.ts, written by hand).
 */
import { cellAddress, type Grid } from "../../src/core/grid";
import { measuresOf, objectivesOf, type CellRef, type Plan } from "../../src/core/plan/model";
import { readPlan } from "../../src/core/plan/read";
import {
  seed000Activities,
  seed000Counts,
  seed000Objectives,
  seed000Sections,
} from "../fixtures/seeds/facts000";
import {
  seed001Criteria,
  seed001Objectives,
  seed001Parts,
  seed001Signatures,
} from "../fixtures/seeds/facts001";
import { average002, measures002, objectives002 } from "../fixtures/seeds/facts002";
import { goals003, objectives003, partTwo003 } from "../fixtures/seeds/facts003";
import { seed004Counts, seed004Functions, seed004Objectives } from "../fixtures/seeds/facts004";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { seed004 } from "../fixtures/seeds/seed004";

function read(grid: Grid): Plan {
  const result = readPlan(grid);
  if (!result.ok) throw new Error(result.reason.en);
  return result.plan;
}

const at = (ref: CellRef | undefined) => (ref ? cellAddress(ref.row, ref.col) : undefined);
const excelRow = (address: string) => Number(/\d+/.exec(address)?.[0]) - 1;

describe("seed 000 (org-report)", () => {
  const plan = read(seed000);

  it("reads the ordinal sections and the objective text rows under them", () => {
    expect(plan.template).toBe("org-report");
    expect(plan.goals.map((g) => at(g.text))).toEqual(seed000Sections.map((s) => s.cell));
    expect(objectivesOf(plan).map((o) => at(o.text))).toEqual(seed000Objectives.map((o) => o.cell));
    expect(objectivesOf(plan).map((o) => o.measures.map((m) => m.number.value))).toEqual(
      seed000Objectives.map((o) => o.activities),
    );
  });

  it("counts the objectives, activities and criterion rows a reader counts", () => {
    expect(plan.goals).toHaveLength(seed000Counts.sections);
    expect(objectivesOf(plan)).toHaveLength(seed000Counts.objectives);
    const measures = measuresOf(plan);
    expect(measures).toHaveLength(seed000Counts.activities);
    expect(measures.reduce((n, m) => n + m.criteria.length, 0)).toBe(seed000Counts.criterionRows);
    expect(measures.map((m) => [at(m.number), m.criteria.length])).toEqual(
      seed000Activities.map((a) => [a.cell, a.criterionRows]),
    );
  });
});

describe("seed 001 (individual-report)", () => {
  const plan = read(seed001);

  it("reads the part-one objectives and the part-two heading", () => {
    expect(plan.template).toBe("individual-report");
    const objectives = objectivesOf(plan);
    expect(objectives.filter((o) => o.part === 1).map((o) => at(o.text))).toEqual(
      seed001Objectives.map((o) => o.cell),
    );
    expect(objectives.filter((o) => o.part === 2).map((o) => at(o.text))).toEqual([
      seed001Parts[1].cell,
    ]);
  });

  it("reads every criterion row with its number, measure label and stated fulfilment", () => {
    const rows = measuresOf(plan).flatMap((m) =>
      m.criteria.map((c) => ({
        part: objectivesOf(plan).find((o) => o.measures.includes(m))?.part,
        number: m.number.value,
        measure: m.label ?? null,
        stated: at(c.fulfilment),
      })),
    );
    expect(rows).toEqual(
      seed001Criteria.map((c) => ({
        part: c.part,
        number: c.number,
        measure: c.measure,
        stated: c.stated.cell,
      })),
    );
  });

  it("leaves the signature block out of the table", () => {
    for (const s of seed001Signatures) expect(plan.stray).toContain(excelRow(s.cell));
  });
});

describe("seed 002 (anticorruption-report)", () => {
  const plan = read(seed002);
  const objectives = objectivesOf(plan);

  it("reads the six programme items and their twelve measures", () => {
    expect(plan.template).toBe("anticorruption-report");
    expect(objectives.map((o) => [o.number, at(o.text)])).toEqual(
      objectives002.map((o) => [String(o.number), o.text.cell]),
    );
    expect(objectives.map((o) => o.measures.map((m) => m.assignedNumber))).toEqual(
      objectives002.map((o) => o.measures),
    );
  });

  it("points every measure to its text and rating cell, shared when merged over the item", () => {
    const measures = measuresOf(plan);
    expect(
      measures.map((m) => ({
        number: m.assignedNumber,
        row: m.row + 1,
        text: at(m.text),
        rating: at(m.rating),
        shared: !!m.rating?.mergedRows,
      })),
    ).toEqual(
      measures002.map((m) => ({
        number: m.number,
        row: m.row,
        text: m.text.cell,
        rating: m.rating.cell,
        shared: m.rating.shared,
      })),
    );
    for (const [i, o] of objectives002.entries()) {
      const shared = measures002.some((m) => m.objective === o.number && m.rating.shared);
      expect(at(objectives[i].rating)).toBe(shared ? o.rating.cell : undefined);
    }
  });

  it("reads the stated average rating", () => {
    expect(plan.totals.map((t) => at(t.value))).toEqual([average002.stated.cell]);
    expect(plan.totals[0].value?.value).toBe(average002.stated.text);
  });
});

describe("seed 003 (org-plan)", () => {
  const plan = read(seed003);
  const objectives = objectivesOf(plan).filter((o) => o.part === 1);

  it("reads the strategic goals and their objectives", () => {
    expect(plan.template).toBe("org-plan");
    const goals = plan.goals.filter((g) => g.label !== "");
    expect(goals.map((g) => g.objectives.map((o) => o.number?.split(".")[0]))).toEqual(
      goals003.map((g) =>
        objectives003
          .filter((o) => o.goal === g.goal)
          .map((o) => o.label.text.replace(/^Зорилт (\d+).*$/, "$1")),
      ),
    );
  });

  it("reads each objective, its declared count and its activities' criterion rows", () => {
    expect(objectives.map((o) => [o.label, at(o.text)])).toEqual(
      objectives003.map((o) => [o.label.text, o.label.cell]),
    );
    expect(
      objectives.map((o) =>
        o.declaredCount
          ? [at(o.declaredCount.text), at(o.declaredCount.baseline), at(o.declaredCount.target)]
          : null,
      ),
    ).toEqual(
      objectives003.map((o) =>
        o.declared
          ? [o.declared.criterion.cell, o.declared.baseline.cell, o.declared.target.cell]
          : null,
      ),
    );
    expect(
      objectives.map((o) =>
        o.measures.map((m) => ({
          number: m.number.value,
          row: m.row + 1,
          criteria: m.criteria.map((c) => [
            c.row + 1,
            c.text.value,
            c.baseline.value,
            c.target.value,
          ]),
        })),
      ),
    ).toEqual(
      objectives003.map((o) =>
        o.activities.map((a) => ({
          number: a.number,
          row: a.row,
          criteria: a.criteria.map((c) => [c.row, c.criterion, c.baseline, c.target]),
        })),
      ),
    );
  });

  it("reads part two with its half-year targets", () => {
    const partTwo = measuresOf(plan).filter((m) =>
      objectivesOf(plan).some((o) => o.part === 2 && o.measures.includes(m)),
    );
    expect(
      partTwo.map((m) => {
        const [c] = m.criteria;
        return [
          m.number.value,
          m.row + 1,
          c.text.value,
          c.baseline.value,
          c.targetH1?.value,
          c.targetH2?.value,
          c.start?.value,
          c.end?.value,
        ];
      }),
    ).toEqual(
      partTwo003.map((p) => [
        p.number,
        p.row,
        p.criterion,
        p.baseline,
        p.firstHalf,
        p.secondHalf,
        p.start,
        p.end,
      ]),
    );
  });
});

describe("seed 004 (job-description)", () => {
  const plan = read(seed004);

  it("reads the objectives and their functions with criterion and responsibility codes", () => {
    expect(plan.template).toBe("job-description");
    const objectives = objectivesOf(plan);
    expect(objectives).toHaveLength(seed004Counts.objectives);
    expect(objectives.map((o) => [o.number, o.label, at(o.text), o.measures.length])).toEqual(
      seed004Objectives.map((o) => [String(o.number), o.label, o.labelCell, o.functions]),
    );
    const functions = measuresOf(plan);
    expect(functions).toHaveLength(seed004Counts.functions);
    expect(
      functions.map((m) => [
        at(m.text),
        at(m.criteria[0].text),
        m.criteria[0].text.value,
        at(m.responsibility),
      ]),
    ).toEqual(seed004Functions.map((f) => [f.cell, f.criterionCell, f.criterion, f.codesCell]));
  });
});
