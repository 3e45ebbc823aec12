import { structureChecks } from "../../src/core/checks/structure";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding, FindingCode } from "../../src/core/finding";
import type { Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  seed000Activities,
  seed000ContinuationCriteria,
  seed000Observations,
  seed000Sections,
} from "../fixtures/seeds/facts000";
import { seed001Criteria } from "../fixtures/seeds/facts001";
import { anomalies003, objectives003 } from "../fixtures/seeds/facts003";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed003 } from "../fixtures/seeds/seed003";

function check(grid: Grid): Finding[] {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, DEFAULT_SETTINGS);
  return structureChecks({ grid, plan: read.plan, evaluation, settings: DEFAULT_SETTINGS });
}

const of = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);
const sorted = (xs: string[]) => [...xs].sort();

describe("structure checks on seed 003 (org-plan)", () => {
  const findings = check(seed003);

  it("finds every declared-count mismatch with its numbers, and only those", () => {
    const wrong = anomalies003.declaredCounts.filter((d) => d.declared !== d.counted);
    expect(wrong.length).toBeGreaterThan(0);
    const expected = wrong.flatMap((d) => {
      const declared = objectiveFact(d.objective).declared!;
      return [declared.baseline.cell, declared.target.cell].map((cell) => ({ cell, d }));
    });
    const found = of(findings, "STRUCT-DECLARED-COUNT");
    expect(sorted(found.map((f) => f.cell))).toEqual(sorted(expected.map((e) => e.cell)));
    for (const { cell, d } of expected) {
      const f = found.find((x) => x.cell === cell)!;
      expect(f.fix).toEqual({ cell, value: d.counted });
      expect(f.message.mn).toContain(String(d.declared));
      expect(f.message.mn).toContain(String(d.counted));
      expect(f.message.en).toContain(d.objective);
    }
  });

  it("accepts Зорилт 1's count printed on activity 1.1's own row", () => {
    const { baseline, target } = anomalies003.declaredOnActivity;
    const cells = of(findings, "STRUCT-DECLARED-COUNT").map((f) => f.cell);
    expect(cells).not.toContain(baseline.cell);
    expect(cells).not.toContain(target.cell);
  });

  it("fixes the activity numbers printed without their trailing dot", () => {
    const format = of(findings, "STRUCT-NUMBER-FORMAT");
    expect(format.map((f) => [f.cell, f.fix?.value])).toEqual(
      anomalies003.numbering.format.map((n) => [n.cell.cell, n.expected]),
    );
  });

  it("notes the skipped objective numbers where the numbering resumes", () => {
    const gaps = of(findings, "STRUCT-NUMBER-GAP");
    expect(gaps.map((f) => f.cell)).toEqual(anomalies003.numbering.gaps.map((g) => g.between[1]));
    for (const [i, gap] of anomalies003.numbering.gaps.entries()) {
      const number = /\d+/.exec(gap.missing)![0];
      expect(gaps[i].severity).toBe("note");
      expect(gaps[i].message.mn).toContain(`«${number}»`);
    }
    expect(of(findings, "STRUCT-NUMBER-DUP").map((f) => f.cell)).toEqual(
      anomalies003.numbering.duplicates,
    );
  });

  it("finds no empty activity, criterion, unit or timeline", () => {
    // facts003: no unit is missing; 10.1's timeline is on its second criterion row (G102),
    // which gives the whole activity its timeline.
    expect(anomalies003.empty.unit).toEqual([]);
    expect(of(findings, "STRUCT-EMPTY")).toEqual([]);
    expect(of(findings, "STRUCT-HEADER")).toEqual([]);
  });
});

function objectiveFact(label: string) {
  const found = objectives003.find((o) => o.label.text === label);
  if (!found) throw new Error(`no objective ${label} in facts003`);
  return found;
}

describe("structure checks on seed 000 (org-report)", () => {
  const findings = check(seed000);

  it("fixes the number printed without its final full stop", () => {
    const undotted = seed000Activities.filter((a) => !a.number.endsWith("."));
    expect(undotted.length).toBeGreaterThan(0);
    expect(of(findings, "STRUCT-NUMBER-FORMAT").map((f) => [f.cell, f.fix?.value])).toEqual(
      undotted.map((a) => [a.cell, `${a.number}.`]),
    );
  });

  it('notes section "Хоёр." and objective 4.3 missing', () => {
    const gaps = of(findings, "STRUCT-NUMBER-GAP");
    const third = seed000Sections.find((s) => s.text.startsWith("Гурав."))!;
    const objective43 = seed000Observations.find((o) => o.note.includes("4.3"))!;
    expect(gaps.map((f) => [f.cell, f.severity])).toEqual([
      [third.cell, "note"],
      [objective43.cell, "note"],
    ]);
    expect(gaps[0].message.mn).toContain("«2»");
    expect(gaps[1].message.mn).toContain("«4.3»");
    expect(of(findings, "STRUCT-NUMBER-DUP")).toEqual([]);
  });

  it("points at the criterion printed under Төсөв on 4.4.1's continuation row", () => {
    const displaced = seed000ContinuationCriteria.find((c) => c.cell.startsWith("C"))!;
    const row = displaced.cell.slice(1);
    const empty = of(findings, "STRUCT-EMPTY");
    expect(empty.map((f) => f.cell)).toEqual([`D${row}`]);
    expect(empty[0].message.mn).toContain(displaced.cell);
  });
});

describe("structure checks on seed 001 (individual-report)", () => {
  const findings = check(seed001);

  it("finds the activity labels and the Д/д that break their table's majority style", () => {
    const format = of(findings, "STRUCT-NUMBER-FORMAT");
    // Part one labels: most are written without a dot ("Арга хэмжээ 2.4"), a few with one.
    const labels = seed001Criteria.filter((c) => c.part === 1 && c.measure !== null);
    const dotted = labels.filter((c) => c.measure!.endsWith("."));
    expect(dotted.length * 2).toBeLessThan(labels.length);
    const labelCells = dotted.map((c) => `B${c.baseline.cell.slice(1)}`);
    // Part two's Д/д: "1.", "2.", then "3".
    const partTwo = seed001Criteria.filter((c) => c.part === 2);
    const odd = partTwo.filter((c) => !c.number.endsWith("."));
    expect(odd).toHaveLength(1);
    const numberCell = `A${odd[0].baseline.cell.slice(1)}`;
    expect(sorted(format.map((f) => f.cell))).toEqual(sorted([...labelCells, numberCell]));
    const numberFix = format.find((f) => f.cell === numberCell)?.fix?.value;
    expect(numberFix).toBe(`${odd[0].number}.`);
    for (const c of dotted) {
      const fix = format.find((f) => f.cell === `B${c.baseline.cell.slice(1)}`)?.fix?.value;
      expect(fix).toContain(c.measure!.slice(0, -1));
      expect(fix).not.toContain(c.measure!);
    }
  });

  it("finds no gap or repeat: Д/д restarts at 1. under each objective", () => {
    expect(of(findings, "STRUCT-NUMBER-GAP")).toEqual([]);
    expect(of(findings, "STRUCT-NUMBER-DUP")).toEqual([]);
  });
});
