import { evaluatePlan, figuresOf, type Evaluation, type Figures } from "../evaluate";
import type { Finding } from "../finding";
import { cellAddress, rangeAddress, type Grid } from "../grid";
import type { Plan } from "../plan/model";
import { readPlan, type ReadOptions } from "../plan/read";
import type { Settings } from "../settings";
import type { TemplateId } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { finding, sortFindings } from "./catalogue";
import type { Check, CheckContext } from "./context";
import { calcChecks } from "./calc";
import { ratingChecks } from "./rating";
import { structureChecks } from "./structure";
import {
  checkSummaryAlone,
  figuresOfSummary,
  isSummaryAlone,
  type SummaryFigures,
} from "./rating-summary-alone";
import { readSummaryTable, type SummaryTable } from "./rating-summary-read";
import { checkText } from "./text";
import { valueChecks } from "./values";

/** A group of checks, named as a person would look for what it covers. */
interface NamedCheck {
  name: Bilingual;
  check: Check;
}

/** The checks of the catalogue that read the plan, in the order they run. */
const PLAN_CHECKS: NamedCheck[] = [
  { name: bi("Бүтэц", "Structure"), check: structureChecks },
  { name: bi("Утга", "Values"), check: valueChecks },
  { name: bi("Тооцоо", "Calculation"), check: calcChecks },
  { name: bi("Үнэлгээ", "Rating"), check: ratingChecks },
];

/** A sheet read and evaluated: its table, figures and ratings, without the checks' findings. */
export type SheetEvaluation =
  | { ok: true; template: TemplateId; plan: Plan; evaluation: Evaluation; figures: Figures }
  | { ok: false; reason: Bilingual };

export type SheetCheck =
  | (Extract<SheetEvaluation, { ok: true }> & {
      findings: Finding[];
      /** The sheet is an evaluation summary on its own: its figures (the plan is then empty). */
      summary?: SummaryFigures;
    })
  /** No known table: one STRUCT-HEADER finding carries the reason. */
  | { ok: false; reason: Bilingual; findings: Finding[] };

/** Data cells of the table: below the header, inside the plan's rows, not the signature block. */
function dataCellFilter(plan: Plan): (row: number, col: number) => boolean {
  const stray = new Set(plan.stray);
  return (row) => row >= plan.header.dataTop && !stray.has(row);
}

/** The sheet's table read as a plan and evaluated. */
function evaluatePlanGrid(grid: Grid, settings: Settings, options: ReadOptions): SheetEvaluation {
  const read = readPlan(grid, options);
  if (!read.ok) return read;
  const plan = read.plan;
  const evaluation = evaluatePlan(plan, settings);
  return { ok: true, template: plan.template, plan, evaluation, figures: figuresOf(evaluation) };
}

/**
 * Read a sheet and evaluate it: what computing needs, without running the checks (a person
 * who only computes sees no findings, so none are made). An evaluation summary on its own has
 * nothing to compute: nothing is written into it.
 */
export function evaluateGrid(
  grid: Grid,
  settings: Settings,
  options: ReadOptions = {},
): SheetEvaluation {
  const read = evaluatePlanGrid(grid, settings, options);
  return summaryTableAlone(summaryOf(grid), read)
    ? { ok: false, reason: SUMMARY_NOT_COMPUTED }
    : read;
}

const SUMMARY_NOT_COMPUTED = bi(
  "Энэ хуудас үнэлгээний товчоо: тооцох зүйлгүй, шалгахад түүний тоо, хувийг шалгана.",
  "This sheet is an evaluation summary: there is nothing to compute; checking it checks its counts and percentages.",
);

/**
 * Read a sheet, evaluate it and run every check of the catalogue (DOMAIN section 7).
 * Never throws: a check that fails on odd input costs only its own findings.
 */
export function checkGrid(grid: Grid, settings: Settings, options: ReadOptions = {}): SheetCheck {
  const checked = checkTable(grid, settings, options);
  const far = farCells(grid);
  return far ? { ...checked, findings: sortFindings([...checked.findings, far]) } : checked;
}

/**
 * STRUCT-FAR-CELLS: the sheet's used range reaches past what could be read, so something far
 * from the table may go unchecked; at the first cell read, naming the far corner.
 */
function farCells(grid: Grid): Finding | null {
  const unread = grid.unread;
  if (!unread) return null;
  const far = cellAddress(unread.used.bottom, unread.used.right);
  const read = rangeAddress(unread.read);
  const message = bi(
    `Хуудасны ашиглагдсан хүрээ ${far} хүртэл үргэлжилнэ: Excel нэг удаад 5 сая хүртэл нүд уншдаг тул зөвхөн ${read}-г уншиж шалгав. Ctrl+End дарж ${far} орчмын нүдийг олоод цэвэрлэнэ үү.`,
    `The sheet's used range reaches ${far}: Excel reads at most 5 million cells at once, so only ${read} was read and checked. Press Ctrl+End to find the cell near ${far} and clear it.`,
  );
  const at = cellAddress(unread.read.top, unread.read.left);
  return finding("STRUCT-FAR-CELLS", at, message, grid.sheet ? { sheet: grid.sheet } : {});
}

/** checkGrid of the grid as read. */
function checkTable(grid: Grid, settings: Settings, options: ReadOptions): SheetCheck {
  const sheet = grid.sheet;
  const read = evaluatePlanGrid(grid, settings, options);
  const summary = summaryOf(grid);
  const table = summaryTableAlone(summary, read);
  if (table) return checkSummaryGrid(grid, settings, table);
  if (!read.ok) {
    const first = cellAddress0(grid);
    return {
      ok: false,
      reason: read.reason,
      findings: [finding("STRUCT-HEADER", first, read.reason, { sheet })],
    };
  }
  const { plan, evaluation } = read;
  // The checks judge ratings by the scheme the evaluation rated the table with.
  const ctx: CheckContext = { grid, plan, evaluation, settings: evaluation.settings };
  // Read once: the rating checks compare the summary with the table.
  if (summary.ok) ctx.summaryTable = summary.table;
  const found: Finding[] = [];
  // One by one, not spread: a call takes only so many arguments, a big sheet has more findings.
  // Each check makes its findings afresh for this call: the sheet is written into them, not
  // into copies, and comes last among their keys as a copy's would.
  const add = (list: Finding[]) => {
    for (const f of list) {
      if (sheet && !f.sheet) f.sheet = sheet;
      found.push(f);
    }
  };
  for (const named of PLAN_CHECKS) add(runSafely(named, ctx));
  const text = (c: CheckContext) => checkText(c.grid, { cells: dataCellFilter(c.plan) });
  add(runSafely({ name: bi("Бичвэр", "Text"), check: text }, ctx));
  return { ...read, findings: sortFindings(found) };
}

/** The sheet's evaluation summary (товчоо), or null; not ok when the reader failed on odd input. */
function summaryOf(grid: Grid): { ok: true; table: SummaryTable | null } | { ok: false } {
  try {
    return { ok: true, table: readSummaryTable(grid) };
  } catch {
    return { ok: false };
  }
}

/**
 * The evaluation summary (товчоо) a sheet holds on its own, if its first table is one. A reader
 * that fails on odd input leaves the sheet to be read as a plan.
 */
function summaryTableAlone(
  summary: ReturnType<typeof summaryOf>,
  read: SheetEvaluation,
): SummaryTable | null {
  if (!summary.ok || !summary.table) return null;
  const planTop = read.ok ? read.plan.header.headerTop : null;
  return isSummaryAlone(summary.table, planTop) ? summary.table : null;
}

/**
 * An evaluation summary (товчоо) published on its own, checked by its own figures, not read as
 * a plan. The summary's document kind (DOMAIN section 2) carries an empty plan, so that every
 * caller handles it as a read sheet.
 */
function checkSummaryGrid(grid: Grid, settings: Settings, table: SummaryTable): SheetCheck {
  const template: TemplateId = "anticorruption-report";
  const plan: Plan = {
    template,
    header: {
      template,
      headerTop: table.headerTop,
      headerBottom: table.headerBottom,
      dataTop: table.headerBottom + 1,
      columns: {},
      missing: [],
      score: 1,
    },
    goals: [],
    totals: [],
    stray: [],
  };
  if (grid.sheet !== undefined) plan.sheet = grid.sheet;
  const evaluation = evaluatePlan(plan, settings);
  const rounding = evaluation.settings.rounding;
  let figures: SummaryFigures = { rows: [], overallExact: null };
  const check: Check = () => {
    const checked = checkSummaryAlone(grid, table, rounding);
    figures = checked.figures;
    return checked.findings;
  };
  const ctx: CheckContext = { grid, plan, evaluation, settings: evaluation.settings };
  const findings = runSafely({ name: bi("Товчоо", "Summary"), check }, ctx);
  return {
    ok: true,
    template,
    plan,
    evaluation,
    figures: figuresOfSummary(figures, rounding),
    findings: sortFindings(findings),
    summary: figures,
  };
}

/**
 * Runs one group of checks. A defect in it must not hide the others' findings or crash the
 * add-in, nor pass for a clean table: it becomes a CHECK-FAILED finding at the table's header.
 */
export function runSafely({ name, check }: NamedCheck, ctx: CheckContext): Finding[] {
  try {
    return check(ctx);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const { headerTop, columns } = ctx.plan.header;
    const cols = Object.values(columns);
    const left = cols.length > 0 ? Math.min(...cols) : ctx.grid.origin.col;
    return [
      finding(
        "CHECK-FAILED",
        { row: headerTop, col: left },
        {
          mn: `«${name.mn}» бүлгийн шалгалт энэ хүснэгт дээр гүйцэд ажиллаж чадсангүй (${why}). Бусад шалгалтын дүн бүрэн; энэ бүлгийн хамрах зүйлийг гараар хянана уу.`,
          en: `The ${name.en.toLowerCase()} checks could not finish on this table (${why}). The other checks' findings are complete; review what this group covers by hand.`,
        },
      ),
    ];
  }
}

/** The used range's first cell: a sheet whose data starts in column C has no A1 to show. */
function cellAddress0(grid: Grid): string {
  return cellAddress(grid.origin.row, grid.origin.col);
}
