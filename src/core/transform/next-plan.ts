import { cellText, type Grid } from "../grid";
import { measuresOf, type Plan } from "../plan/model";
import { YEARS, yearIn } from "../plan/title";
import { headerKey, plainText } from "../cells/normalize";
import { TEMPLATES } from "../templates";
import type { ColumnRole } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { CopiedDocument, type CopiedTable } from "./copied-document";
import { reportKindOf, titleWarning, type TransformResult } from "./report-from-plan";
import { nextPlanTitle } from "./titles";
import { HALF_YEAR_ACHIEVED } from "./year-end";
import { saysNotDue } from "../cells/marks";
import { excelDayText, serialOfDate } from "../cells/excel-dates";
import { isDateFormat } from "../cells/number-format";
import { evaluatePlan } from "../evaluate";
import { DEFAULT_SETTINGS } from "../settings";

/** The targets a planner sets afresh for the new year. */
const TARGETS: readonly ColumnRole[] = ["target", "target-h1", "target-h2"];

/** A report's columns a plan does not have, right to left. */
const REPORT_ONLY: readonly ColumnRole[] = ["fulfilment", "achieved"];

/** The plan kind a report kind came from. */
function planKindOf(report: "org-report" | "individual-report"): "org-plan" | "individual-plan" {
  return report === "org-report" ? "org-plan" : "individual-plan";
}

/** "2025 оны ..... сарын ....." (a sign-off's date to fill in) with the next year. */
function nextYearPrompts(doc: CopiedDocument): void {
  const last = doc.tables[doc.tables.length - 1];
  for (let r = last.dataBottom + 1; r < doc.copy.height; r++) {
    for (let c = 0; c < doc.copy.width; c++) {
      const v = doc.copy.value(r, c);
      const m =
        typeof v === "string" ? /^((?:19|20)\d\d)( оны \.+ сарын \.+)$/u.exec(v.trim()) : null;
      if (m) doc.copy.set(r, c, `${Number(m[1]) + 1}${m[2]}`);
    }
  }
}

/** Rows of a table that are criteria: the rows whose levels a plan reads. */
function criterionRows(plan: Plan, table: CopiedTable): number[] {
  return measuresOf(plan)
    .flatMap((m) => m.criteria.map((c) => c.row))
    .filter((r) => r >= table.dataTop && r <= table.dataBottom);
}

/**
 * Next year's plan from this year's year-end report: the same document, cell for cell, the
 * level reached becoming the new baseline where the report gives one (a level not due or not
 * given keeps the old baseline), the targets left empty for the planner, the report's columns
 * taken out, the title turned into next year's plan's.
 */
export function nextYearPlan(input: { grid: Grid; plan: Plan }): TransformResult {
  const template = input.plan.template;
  if (template !== "org-report" && template !== "individual-report") {
    throw new Error(`nextYearPlan needs an organisation's or individual's report, not ${template}`);
  }
  const planKind = planKindOf(template);
  const planSpec = TEMPLATES[planKind];
  const reportSpec = TEMPLATES[reportKindOf(planKind)];
  const warnings: Bilingual[] = [];
  const doc = new CopiedDocument(input.grid, input.plan);
  // Rows whose achieved cell writes a percentage or «of planned» beside the level: the level
  // alone becomes the baseline ("12 (100%)" → 12), none where only a percentage is written.
  const apart = new Map<number, number | null>();
  for (const c of evaluatePlan(input.plan, DEFAULT_SETTINGS).criteria) {
    if (c.levelApart) apart.set(c.criterion.row, c.achieved?.quantities[0]?.value ?? null);
  }
  const year = input.plan.title ? yearIn(cellText(input.plan.title.value)) : undefined;
  for (const table of doc.tables) {
    const { match } = table;
    // Targets a column a quarter: all four are this year's, not only the two read. Targets a
    // column a year were set for years ahead: each is kept, next year's to plan by.
    const years = match.targetYears;
    const kept = new Set(years?.map((y) => y.col));
    const targets = [
      ...TARGETS.map((role) => table.roles.get(role)),
      ...(match.targetQuarters ?? []),
    ].filter((c): c is number => c !== undefined && !kept.has(c));
    if (years && year !== undefined && !years.some((y) => y.year === year + 1)) {
      warnings.push(
        noNextYearTargets(
          years.map((y) => y.year),
          year + 1,
        ),
      );
    }
    const achieved = table.roles.get("achieved");
    const baseline = table.roles.get("baseline");
    for (const r of criterionRows(input.plan, table)) {
      if (achieved !== undefined && baseline !== undefined) {
        const reached = doc.copy.get(r, achieved);
        const text = plainText(reached?.value ?? null);
        // A level written once over several criteria (a merged cell) says nothing of each.
        const own = !doc.copy.mergeAt(r, achieved) || doc.copy.mergeAt(r, achieved)?.top === r;
        const level = apart.has(r) ? apart.get(r) : reached?.value;
        if (reached && text !== "" && !saysNotDue(text) && own && level !== null) {
          doc.copy.set(r, baseline, level ?? null, apart.has(r) ? undefined : reached.numberFormat);
        }
      }
      for (const col of targets) doc.copy.clear(r, col);
      if (year !== undefined) nextYearDates(doc, table, r, year);
    }
    if (year !== undefined) nextYearNames(doc, table, year);
    const halfYear = halfYearColumn(doc, table);
    // Levels reached given per period («Хүрсэн түвшин» over «Хагас жил» | «Жилийн эцэс»): both go.
    const gone = [
      ...REPORT_ONLY.map((role) => table.roles.get(role)),
      ...(halfYear !== undefined ? [halfYear] : []),
      ...Object.values(match.achievedPeriodColumns ?? {}),
    ].filter((c, k, all): c is number => c !== undefined && all.indexOf(c) === k);
    for (const col of gone.sort((a, b) => b - a)) doc.deleteColumn(table, col);
    doc.renumber(table, []);
  }
  const retitled = doc.retitle(nextPlanTitle);
  if (!retitled) {
    const title = input.plan.title ? cellText(input.plan.title.value) : "";
    warnings.push(titleWarning(title, { mn: "биелэлтийн гарчиг", en: "a report's title" }));
  }
  doc.renameParts(reportSpec, planSpec);
  doc.renameSignOff(reportSpec.signature, planSpec.signature);
  nextYearPrompts(doc);
  const model = doc.toModel(planSpec, reportSpec);
  // Named by its year, apart from this year's plan that may share the workbook.
  const name = retitled && year ? `${model.name} ${year + 1}` : model.name;
  return { sheet: { ...model, name }, template: planKind, warnings };
}

/**
 * Columns named by year move on a year: the baseline that now holds this year's levels reached
 * («2023 оны гүйцэтгэл» → «2024 оны гүйцэтгэл»), and a target named by this year, left for the
 * planner («2024 оны зорилт» → «2025 оны зорилт»). Targets given a column a year are kept as
 * they are.
 */
function nextYearNames(doc: CopiedDocument, table: CopiedTable, year: number) {
  const rename = (col: number | undefined, from: number, to: number) => {
    if (col === undefined) return;
    for (let r = table.headerTop; r <= table.headerBottom; r++) {
      const text = cellText(doc.copy.value(r, col));
      if (yearIn(text) === from) doc.copy.set(r, col, text.replace(String(from), String(to)));
    }
  };
  const baseline = table.roles.get("baseline");
  if (table.roles.has("achieved") && baseline !== undefined) {
    const named = yearIn(headerText(doc, table, baseline));
    if (named !== undefined && named < year) rename(baseline, named, year);
  }
  if (!table.match.targetYears) rename(table.roles.get("target"), year, year + 1);
}

/** The columns of when the work is done, whose dates are this year's. */
const WHEN: readonly ColumnRole[] = ["timeline", "start", "end"];

/**
 * When the work is done, moved on a year: the start and end dates of part two («2026.01.01»,
 * «2026.12.31»), typed as text or as Excel dates, and a timeline naming this year are next
 * year's («2027.01.01»). A 29 February falls on the 28th of a year that has none.
 */
function nextYearDates(doc: CopiedDocument, table: CopiedTable, row: number, year: number) {
  for (const role of WHEN) {
    const col = table.roles.get(role);
    const cell = col === undefined ? undefined : doc.copy.get(row, col);
    if (col === undefined || !cell) continue;
    const moved =
      typeof cell.value === "string"
        ? nextYearText(cell.value, year)
        : typeof cell.value === "number" && cell.numberFormat && isDateFormat(cell.numberFormat)
          ? nextYearSerial(cell.value, year)
          : null;
    if (moved !== null) doc.copy.set(row, col, moved, cell.numberFormat);
  }
}

/** A text's dates and year in `year` a year on; null where it names none. */
function nextYearText(text: string, year: number): string | null {
  const moved = text.replace(YEARS, (y) => (Number(y) === year ? String(year + 1) : y));
  if (moved === text) return null;
  // Next year has a 29 February where Excel has a day for it.
  const leap = serialOfDate(year + 1, 2, 29) !== null;
  return leap
    ? moved
    : moved
        .replace(/(?<=\d{4}[.\-/]0?2[.\-/])29(?!\d)/gu, "28")
        .replace(/(?<!\d)29(?=[.\-/]0?2[.\-/]\d{4})/gu, "28");
}

/** An Excel date of `year` (its serial) a year on, its time of day kept; null for another year's. */
function nextYearSerial(serial: number, year: number): number | null {
  const day = excelDayText(serial)?.split("-").map(Number);
  if (!day || day[0] !== year) return null;
  const [, month, date] = day;
  // The day the next year does not have (29 February) is the day before.
  const next = serialOfDate(year + 1, month, date) ?? serialOfDate(year + 1, month, date - 1);
  if (next === null) return null;
  return Math.round((next + serial - Math.floor(serial)) * 1e6) / 1e6;
}

/** The header's text over a column, its rows joined. */
function headerText(doc: CopiedDocument, table: CopiedTable, col: number): string {
  const texts: string[] = [];
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    texts.push(cellText(doc.copy.value(r, col)));
  }
  return texts.join(" ");
}

/** The table gives targets by year, but none for the year the new plan is for. */
function noNextYearTargets(years: number[], next: number): Bilingual {
  const listed = years.join(", ");
  return bi(
    `Хүснэгтэд ${listed} оны зорилтот түвшин байна, ${next} оных алга: дараа жилийн төлөвлөгөөнд ${next} оны баганыг нэмж зорилтот түвшинг бичнэ үү.`,
    `The table gives targets for ${listed}, none for ${next}: add a ${next} column to next year's plan and write its targets.`,
  );
}

/** The column a year-end report keeps the half-year's levels in, when it has one. */
function halfYearColumn(doc: CopiedDocument, table: CopiedTable): number | undefined {
  const key = headerKey(HALF_YEAR_ACHIEVED.mn);
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    for (let c = 0; c < doc.copy.width; c++) {
      if (headerKey(cellText(doc.copy.value(r, c))) === key) return c;
    }
  }
  return undefined;
}
