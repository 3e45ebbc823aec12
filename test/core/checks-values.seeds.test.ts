import { valueChecks } from "../../src/core/checks/values";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding, FindingCode } from "../../src/core/finding";
import type { Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { seed000AmbiguousNumbers, seed000FormatSlips } from "../fixtures/seeds/facts000";
import { seed001FormatSlips } from "../fixtures/seeds/facts001";
import { slips002 } from "../fixtures/seeds/facts002";
import { anomalies003 } from "../fixtures/seeds/facts003";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";

function check(grid: Grid, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, settings);
  return valueChecks({ grid, plan: read.plan, evaluation, settings });
}

const of = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);
const sorted = (xs: string[]) => [...xs].sort();
/** What a formatting slip reads once fixed: no space before "%", no stray trailing comma. */
const unslipped = (text: string) => text.replace(/\s+%/gu, "%").replace(/%[,;:]$/u, "%");

describe("value checks on seed 003 (org-plan)", () => {
  const findings = check(seed003);

  it("finds every cell with several measures, and not the one labelled value", () => {
    const multi = of(findings, "VALUE-MULTI").map((f) => f.cell);
    expect(sorted(multi)).toEqual(sorted(anomalies003.multiValue.map((q) => q.cell)));
    expect(multi).not.toContain(anomalies003.labelledValue.cell);
  });

  it("names the reading chosen for each ambiguous number", () => {
    const ambiguous = of(findings, "VALUE-AMBIGUOUS");
    expect(sorted(ambiguous.map((f) => f.cell))).toEqual(
      sorted(anomalies003.ambiguous.map((q) => q.cell)),
    );
    for (const fact of anomalies003.ambiguous) {
      const f = ambiguous.find((x) => x.cell === fact.cell)!;
      expect(f.message.en).toContain(`«${fact.text}»`);
      expect(f.message.en).toContain(`taken as ${fact.value}`);
    }
  });

  it('fixes the "100 %" and "5%," slips', () => {
    const format = of(findings, "VALUE-FORMAT");
    expect(sorted(format.map((f) => f.cell))).toEqual(
      sorted(anomalies003.formatSlips.map((q) => q.cell)),
    );
    for (const slip of anomalies003.formatSlips) {
      const f = format.find((x) => x.cell === slip.cell)!;
      expect(f.fix).toEqual({ cell: slip.cell, value: unslipped(slip.text) });
    }
  });

  it("finds the one direction conflict (11.1 Сургалтын тоо 9 → 3), not the reducing rows", () => {
    const { criterion, baseline, target } = anomalies003.directionConflict;
    const direction = of(findings, "VALUE-DIRECTION");
    expect(direction.map((f) => f.cell)).toEqual([target.cell]);
    expect(direction[0].message.mn).toContain(criterion.text);
    expect(direction[0].message.en).toContain(`«${baseline.value}»`);
    expect(direction[0].message.en).toContain(`«${target.value}»`);
    // The other targets below their baseline (a reducing word, or no count named) exist and
    // are left alone: the list above holds 11.1 only.
    const others = anomalies003.targetsBelowBaseline.filter((t) => t.target.cell !== target.cell);
    expect(others.length).toBeGreaterThan(0);
  });

  it("finds the share above 100 %", () => {
    const range = of(findings, "VALUE-RANGE");
    expect(range.map((f) => f.cell)).toEqual([anomalies003.shareAbove100.cell]);
    expect(range[0].message.mn).toContain("110,3%");
  });

  it('reports the "-" target as missing and the blank baseline as a note', () => {
    const missing = of(findings, "VALUE-MISSING");
    expect(missing.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(
      anomalies003.empty.target.map((q) => q.cell),
    );
    expect(missing.filter((f) => f.severity === "note").map((f) => f.cell)).toEqual(
      anomalies003.empty.baseline.map((b) => b.cell),
    );
  });
});

describe("value checks on seed 000 (org-report)", () => {
  const findings = check(seed000);

  it("names the ambiguous 20,000 and the reading taken", () => {
    const ambiguous = of(findings, "VALUE-AMBIGUOUS");
    expect(ambiguous.map((f) => f.cell)).toEqual(seed000AmbiguousNumbers.map((a) => a.cell));
    for (const [i, fact] of seed000AmbiguousNumbers.entries()) {
      expect(ambiguous[i].message.en).toContain(`taken as ${fact.reading}`);
    }
  });

  it("fixes the space before % (89,1 %-тай), keeping the rest of the cell", () => {
    const format = of(findings, "VALUE-FORMAT");
    expect(format.map((f) => f.cell)).toEqual(seed000FormatSlips.map((s) => s.cell));
    for (const [i, slip] of seed000FormatSlips.entries()) {
      expect(format[i].fix?.value).toContain(unslipped(slip.text));
      expect(format[i].fix?.value).not.toContain(slip.text);
    }
  });
});

describe("value checks on seeds 001 and 002", () => {
  it("finds no formatting slip in seed 001, which writes 100%, 63%, 30%", () => {
    expect(seed001FormatSlips).toEqual([]);
    expect(of(check(seed001), "VALUE-FORMAT")).toEqual([]);
  });

  it('fixes "79,3 %" in seed 002\'s achieved text', () => {
    const settings = { ...DEFAULT_SETTINGS, scheme: "ndeg-anticorruption-2019" };
    const format = of(check(seed002, settings), "VALUE-FORMAT");
    const slip = slips002.find((s) => s.what.includes("space before"))!;
    const f = format.find((x) => x.cell === slip.quote.cell);
    expect(f?.fix?.value).toContain(unslipped(slip.quote.text));
    expect(f?.fix?.value).not.toContain(slip.quote.text);
  });
});
