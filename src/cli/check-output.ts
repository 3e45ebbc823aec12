import type { Evaluation, Figures } from "../core/evaluate";
import { percentOfScale, roundFigure, scaleOf } from "../core/ratings";
import { SUMMARY_ALONE_NAME } from "../core/checks/rating-summary-alone";
import { fixAsTyped, type Finding, type Severity } from "../core/finding";
import { TEMPLATES } from "../core/templates";
import type { TemplateId } from "../core/templates/spec";
import { cellText, valueAt } from "../core/grid";
import type { ReportPeriod } from "../core/plan/title";
import { replacedAddresses, replacedSentence } from "../core/summary/replaced";
import type { Bilingual, Lang } from "../core/text";
import { msg } from "./messages";
import type { CheckedWorkbook } from "./tables";

/** One finding as `check --json` prints it. */
export interface FindingJson {
  /** The sheet of the cell, when it is not the table's (one of the add-in's summaries). */
  sheet?: string;
  code: string;
  severity: Severity;
  cell: string;
  message: Bilingual;
  fix?: { cell: string; value: string | number };
}

export interface SheetJson {
  sheet: string;
  /** The document kind; "evaluation-summary" for a товчоо on its own (its figures are its own). */
  template: TemplateId | "evaluation-summary";
  /** Where targets are given per year in several columns: the year read as the target. */
  targetYear?: number;
  /** Where levels reached are named by year in several columns: the year read as reached. */
  achievedYear?: number;
  /** Where targets are given per half-year and for the year: the period read as the target. */
  targetPeriod?: ReportPeriod;
  achievedPeriod?: ReportPeriod;
  findings: FindingJson[];
  figures: FiguresJson;
}

/** The figures, and the stated fulfilment cells whose figure the computed one replaced in them. */
export type FiguresJson = Figures & {
  /** Each is a CALC-MISMATCH: the figures use the fulfilment computed from the levels instead. */
  replaced: string[];
};

export interface CheckJson {
  file: string;
  sheets: SheetJson[];
}

function findingJson(f: Finding, sheet: string): FindingJson {
  const out: FindingJson = {
    ...(f.sheet && f.sheet !== sheet ? { sheet: f.sheet } : {}),
    code: f.code,
    severity: f.severity,
    cell: f.cell,
    message: { mn: f.message.mn, en: f.message.en },
  };
  if (f.fix) out.fix = { cell: f.fix.cell, value: fixAsTyped(f.fix) };
  return out;
}

function figuresJson(f: Figures, evaluation: Evaluation): FiguresJson {
  return {
    measures: f.measures,
    rated: f.rated,
    overall: f.overall,
    objectives: f.objectives.map((o) => ({
      label: o.label,
      measures: o.measures,
      value: o.value,
      bands: { ...o.bands },
    })),
    replaced: replacedAddresses(evaluation),
  };
}

/** The `check --json` document: exactly the fields the command line promises, no others. */
export function checkJson(file: string, result: CheckedWorkbook): CheckJson {
  return {
    file,
    sheets: result.checked.map(({ grid, check }) => ({
      sheet: grid.sheet,
      template: check.summary ? "evaluation-summary" : check.template,
      ...(check.plan.header.targetYear !== undefined
        ? { targetYear: check.plan.header.targetYear }
        : {}),
      ...(check.plan.header.achievedYear !== undefined
        ? { achievedYear: check.plan.header.achievedYear }
        : {}),
      ...(check.plan.header.targetPeriod ? { targetPeriod: check.plan.header.targetPeriod } : {}),
      ...(check.plan.header.achievedPeriod
        ? { achievedPeriod: check.plan.header.achievedPeriod }
        : {}),
      findings: check.findings.map((f) => findingJson(f, grid.sheet)),
      figures: figuresJson(check.figures, check.evaluation),
    })),
  };
}

const SEVERITIES: Severity[] = ["error", "warning", "note"];
const FIX_WIDTH = 100;

/** Continuation lines of a message indented under its first line. */
function indent(text: string, pad: string): string {
  return text.replace(/\r?\n/g, `\n${pad}`);
}

/** A fix's value on one line, cut to a readable length (the JSON gives it whole). */
function fixShown(value: string | number): string | number {
  if (typeof value === "number") return value;
  const line = value.replace(/\s+/g, " ").trim();
  return line.length > FIX_WIDTH ? `${line.slice(0, FIX_WIDTH - 1)}…` : line;
}

/** A finding's cell; on another sheet than the table's (its summary), with that sheet's name. */
function cellOf(f: Finding, sheet: string): string {
  return f.sheet && f.sheet !== sheet ? `«${f.sheet}»!${f.cell}` : f.cell;
}

function findingLines(f: Finding, sheet: string, lang: Lang): string[] {
  const lines = [
    `    ${cellOf(f, sheet).padEnd(6)} ${f.code}: ${indent(f.message[lang], "           ")}`,
  ];
  if (f.fix) lines.push(`           ${msg.fixLine(f.fix.cell, fixShown(fixAsTyped(f.fix)))[lang]}`);
  return lines;
}

function figureLines(f: Figures, evaluation: Evaluation, lang: Lang): string[] {
  const lines = [`  ${msg.figures(f.measures, f.rated, f.overall)[lang]}`];
  const { scheme, settings, overallExact } = evaluation;
  if (f.overall !== null && overallExact !== null && scaleOf(scheme) !== 100) {
    // A rating on another scale (0–30) is also read as its share of the scale, taken from the
    // exact figure as every figure is, then given one decimal.
    const percent = roundFigure(percentOfScale(overallExact, scheme), settings.rounding);
    lines.push(`  ${msg.overallOfScale(f.overall, scaleOf(scheme), percent)[lang]}`);
  }
  for (const o of f.objectives) {
    const label = o.label.replace(/[\s.:]+$/u, "");
    lines.push(`    ${msg.objectiveFigure(label, o.measures, o.value)[lang]}`);
  }
  const replaced = replacedSentence(replacedAddresses(evaluation));
  if (replaced) lines.push(`  ${replaced[lang]}`);
  return lines;
}

/** The readable report: per sheet, findings grouped by severity with their cells, then the figures. */
export function checkText(file: string, result: CheckedWorkbook, lang: Lang): string {
  const out: string[] = [msg.fileLine(file)[lang]];
  const totals: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const { grid, check } of result.checked) {
    const kind = check.summary ? SUMMARY_ALONE_NAME : TEMPLATES[check.template].name;
    out.push("", msg.sheetLine(grid.sheet, kind)[lang]);
    // Where another kind fits as well, the person is told why this one was read, and how to
    // choose the other (--template).
    const { why, alternatives } = check.plan.header;
    if (why && alternatives && alternatives.length > 0) {
      out.push(`  ${why[lang]}`, `  ${msg.otherKindsLine(alternatives)[lang]}`);
    }
    const { targetYear, targetYears, achievedYear, achievedYears, targetPeriod, achievedPeriod } =
      check.plan.header;
    if (targetYear !== undefined && targetYears) {
      out.push(
        `  ${
          msg.targetYearLine(
            targetYear,
            targetYears.map((y) => y.year),
          )[lang]
        }`,
      );
    }
    // The header's last row over a column: the sub-column a period was read from.
    const { columns, headerBottom } = check.plan.header;
    const headerOf = (col: number | undefined) =>
      col === undefined ? "" : cellText(valueAt(grid, headerBottom, col));
    if (targetPeriod) {
      const col =
        targetPeriod === "half" ? columns["target-h1"] : (columns.target ?? columns["target-h2"]);
      out.push(`  ${msg.targetPeriodLine(targetPeriod, headerOf(col))[lang]}`);
    }
    if (achievedPeriod) {
      out.push(`  ${msg.achievedPeriodLine(achievedPeriod, headerOf(columns.achieved))[lang]}`);
    }
    if (achievedYear !== undefined && achievedYears) {
      const years = achievedYears.map((y) => y.year);
      out.push(`  ${msg.achievedYearLine(achievedYear, years)[lang]}`);
    }
    if (check.findings.length === 0) out.push(`  ${msg.nothingFound[lang]}`);
    for (const severity of SEVERITIES) {
      const found = check.findings.filter((f) => f.severity === severity);
      totals[severity] += found.length;
      if (found.length === 0) continue;
      out.push(`  ${msg.severityHeading(severity, found.length)[lang]}`);
      for (const f of found) out.push(...findingLines(f, grid.sheet, lang));
    }
    out.push(...figureLines(check.figures, check.evaluation, lang));
  }
  if (result.skipped.length > 0) {
    out.push("", msg.skippedSheets(result.skipped.map((s) => s.sheet))[lang]);
  }
  out.push("", msg.totalLine(totals.error, totals.warning, totals.note)[lang]);
  return `${out.join("\n")}\n`;
}
