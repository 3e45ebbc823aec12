import type { Evaluation, MeasureEvaluation } from "../evaluate";
import type { Finding } from "../finding";
import { cellAddress, cellKey, cellText } from "../grid";
import type { CellRef, Plan } from "../plan/model";
import { plainText } from "../cells/normalize";
import { agreement, mean, readRating, roundTo } from "../ratings";
import type { Bilingual } from "../text";
import { finding } from "./catalogue";
import { figureFix, figureIn, formatFigure, inCellForm } from "./calc-figure";
import type { Check } from "./context";
import { totalFigure } from "../evaluate/totals";
import { checkSummaryAgainstPlan } from "./rating-summary";
import { workbookSchemeFindings } from "./rating-scheme";
import { isNoFigureMark } from "../cells/marks";
import { exactForHabit, otherHabitSentence } from "./rounding-habit";

export { checkSummaryAgainstPlan } from "./rating-summary";

/** RATING-INVALID: every rating cell once (a merged cell rates several measures). */
function invalidRatings(e: Evaluation): Finding[] {
  const cells = new Map<number | string, CellRef>();
  for (const o of e.objectives) {
    if (o.objective.rating) cells.set(cellKey(o.objective.rating), o.objective.rating);
    for (const m of o.measures)
      if (m.measure.rating) cells.set(cellKey(m.measure.rating), m.measure.rating);
  }
  const found: Finding[] = [];
  for (const cell of cells.values()) {
    const rating = readRating(cell.value, e.scheme, cell.numberFormat);
    if (rating.kind === "invalid") found.push(finding("RATING-INVALID", cell, rating.message));
  }
  return found;
}

const isEmptyEvidence = (cell: CellRef): boolean => {
  const text = plainText(cell.value);
  return text === "" || isNoFigureMark(text);
};

/** RATING-EVIDENCE: a rating above 0 while the Биелэлт cell says nothing. */
function ratingsWithoutEvidence(e: Evaluation): Finding[] {
  const found: Finding[] = [];
  const reported = new Set<number | string>();
  for (const m of e.measures) {
    if (m.rating?.kind !== "rating" || m.rating.value <= 0) continue;
    const evidence = m.measure.achieved ?? m.measure.criteria[0]?.achieved;
    if (
      !evidence ||
      evidence.absent ||
      !isEmptyEvidence(evidence) ||
      reported.has(cellKey(evidence))
    )
      continue;
    reported.add(cellKey(evidence));
    const rating = formatFigure(m.rating.value);
    found.push(
      finding("RATING-EVIDENCE", evidence, {
        mn: `Арга хэмжээ ${measureName(m)} ${rating} үнэлгээтэй боловч «Биелэлт» нүд хоосон байна: хийсэн ажлыг бичих эсвэл үнэлгээг засна.`,
        en: `Measure ${measureName(m)} is rated ${rating} but its «Биелэлт» cell is empty: describe the work done or correct the rating.`,
      }),
    );
  }
  return found;
}

function measureName(m: MeasureEvaluation): string {
  const written = plainText(m.measure.number.value);
  return m.measure.assignedNumber ?? m.measure.label ?? (written || `(${m.measure.row + 1})`);
}

/** The stated figure against the computed one: a note for the other rounding habit. */
function aggregateFinding(
  cell: CellRef,
  exact: number,
  what: Bilingual,
  e: Evaluation,
  explain: (stated: number) => Bilingual | null,
): Finding[] {
  const figure = figureIn(cell);
  if (!figure) return [];
  const rounding = e.settings.rounding;
  const seen = agreement(figure.value, exact, rounding);
  if (seen === "equal") return [];
  const computed = roundTo(exact, 1, rounding);
  const stated = formatFigure(figure.value, figure.comma);
  const shownExact = formatFigure(exactForHabit(exact));
  const why = seen === "different" ? explain(figure.value) : null;
  const message =
    seen === "other-habit"
      ? otherHabitSentence(
          what,
          stated,
          { mn: `тооцсон ${shownExact}`, en: `the computed ${shownExact}` },
          formatFigure(computed),
          rounding,
        )
      : {
          mn: `${what.mn} ${stated} гэж бичсэн, арга хэмжээнүүдээс тооцоход ${formatFigure(computed)}.${why ? ` ${why.mn}` : ""}`,
          en: `${what.en} is stated as ${stated}; computed from the measures it is ${formatFigure(computed)}.${why ? ` ${why.en}` : ""}`,
        };
  const fix = figureFix(cellAddress(cell.row, cell.col), inCellForm(computed, cell, "text"), cell);
  const severity = seen === "other-habit" ? "note" : undefined;
  return [finding("RATING-AGGREGATE", cell, message, { severity, fix })];
}

/**
 * Where the settings cap fulfilment at 100% and some criteria went over it: the measures' mean
 * with those taken as they are (as a person's =AVERAGE over the column gives it), and their
 * cells ("G5: 110%"). Null where none went over, or the table is rated.
 */
function overachieved(
  measures: MeasureEvaluation[],
  e: Evaluation,
): { mean: number; cells: string } | null {
  if (!e.settings.cap || e.rated) return null;
  const cells: string[] = [];
  const means: number[] = [];
  for (const m of measures) {
    if (m.value === null) continue;
    const values: number[] = [];
    for (const c of m.criteria) {
      if (c.value === null) continue;
      const before = beforeCap(c);
      values.push(before);
      const at = c.criterion.fulfilment ?? c.criterion.achieved;
      if (before > c.value && at)
        cells.push(`${cellAddress(at.row, at.col)}: ${formatFigure(before)}%`);
    }
    means.push(mean(values) ?? m.value);
  }
  const overall = mean(means);
  return cells.length > 0 && overall !== null ? { mean: overall, cells: cells.join(", ") } : null;
}

/** A counted criterion's figure before the cap: computed, else as stated. */
function beforeCap(c: MeasureEvaluation["criteria"][number]): number {
  if (c.source === "computed" && c.computed?.status === "computed") return c.computed.uncapped;
  if (c.source === "stated" && c.stated.kind === "percent") return c.stated.value;
  return c.value as number;
}

/** RATING-AGGREGATE for "Дундаж үнэлгээ" and other average rows: the pooled mean. */
function totalRows(plan: Plan, e: Evaluation): Finding[] {
  const found: Finding[] = [];
  for (const total of plan.totals) {
    if (!total.value) continue;
    const { measures, exact } = totalFigure(total, e);
    if (exact === null) continue;
    const rated = measures.filter((m) => m.value !== null).length;
    const objectiveMeans = e.objectives
      .filter((o) => o.exact !== null && o.measures.some((m) => measures.includes(m)))
      .map((o) => o.exact as number);
    const meanOfMeans = mean(objectiveMeans);
    const over = overachieved(measures, e);
    const label = plainText(total.label.value) || cellText(total.label.value);
    const what = { mn: `«${label}»`, en: `«${label}»` };
    const shown = (v: number) => formatFigure(roundTo(v, 1, e.settings.rounding));
    const near = (stated: number, v: number | null): v is number =>
      v !== null && agreement(stated, v, e.settings.rounding) !== "different";
    const explain = (stated: number): Bilingual | null => {
      if (near(stated, meanOfMeans)) {
        return {
          mn: `Бичсэн дүн нь зорилтуудын дунджийн дундаж (${shown(meanOfMeans)}) бололтой: дундаж үнэлгээг үнэлгээтэй ${rated} арга хэмжээ бүгдээс шууд тооцно.`,
          en: `The stated figure looks like the mean of the objective means (${shown(meanOfMeans)}): the average is taken over all ${rated} rated measures.`,
        };
      }
      if (over && near(stated, over.mean)) {
        return {
          mn: `Бичсэн дүн нь 100%-иас давсан хувийг (${over.cells}) хэвээр нь авсан дундаж (${shown(over.mean)}) бололтой: тохиргоогоор хувь бүр 100%-иас хэтрэхгүй.`,
          en: `The stated figure looks like the mean with the percentages over 100% (${over.cells}) taken as they are (${shown(over.mean)}): the settings cap each at 100%.`,
        };
      }
      return null;
    };
    found.push(...aggregateFinding(total.value, exact, what, e, explain));
  }
  return found;
}

/** The evaluation summary (товчоо) when the sheet holds one (none: no finding). */
function summaryOnSheet(ctx: Parameters<Check>[0]): Finding[] {
  return ctx.summaryTable === undefined
    ? checkSummaryAgainstPlan(ctx.grid, ctx.evaluation)
    : checkSummaryAgainstPlan(ctx.grid, ctx.evaluation, ctx.summaryTable);
}

/**
 * RATING-INVALID, RATING-AGGREGATE, RATING-COUNT, RATING-EVIDENCE and RATING-SCHEME (DOMAIN
 * sections 5 and 7): the ratings of a rated table, its stated averages against the pooled mean,
 * an evaluation summary on the same sheet, and the scheme's own bands.
 */
export const ratingChecks: Check = (ctx) => {
  const { plan, evaluation, settings } = ctx;
  const found: Finding[] = [...workbookSchemeFindings(plan, settings)];
  if (evaluation.rated) {
    found.push(...invalidRatings(evaluation));
    found.push(...ratingsWithoutEvidence(evaluation));
  }
  found.push(...totalRows(plan, evaluation));
  found.push(...summaryOnSheet(ctx));
  return found;
};
