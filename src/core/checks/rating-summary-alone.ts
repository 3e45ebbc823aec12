import type { Figures } from "../evaluate";
import type { Finding } from "../finding";
import { cellAddress, numberFormatAt, valueAt, type Grid } from "../grid";
import { agreement, roundTo } from "../ratings";
import type { Rounding } from "../settings";
import type { Bilingual } from "../text";
import { finding } from "./catalogue";
import { figureFix, formatFigure, inCellForm, readFigure } from "./calc-figure";
import { printedBandFindings } from "./rating-scheme";
import { exactForHabit, otherHabitSentence } from "./rounding-habit";
import { rowName, statedCount } from "./rating-summary";
import { printedBands, type SummaryRow, type SummaryTable } from "./rating-summary-read";

/** What a sheet holding a summary on its own is called where a document kind would be named. */
export const SUMMARY_ALONE_NAME: Bilingual = {
  mn: "Үнэлгээний товчоо",
  en: "Evaluation summary",
};

/** One row of a summary on its own, as its counts say. */
export interface SummaryRowFigures {
  row: number;
  label: string;
  total: boolean;
  /** The measures the row states (its «Арга хэмжээний тоо»), when it states a count. */
  measures: number | null;
  /** Measures counted at a level: those the pooled mean is taken over («ХБ», not-due left out). */
  counted: number;
  /**
   * Σ level × count / counted, unrounded; null when nothing is counted at a level, or the bands
   * print ranges (their counts give no mean).
   */
  exact: number | null;
  /** The stated count of each band column, by its header («100», «ХБ»). */
  bands: Record<string, number>;
}

/** What a summary on its own says, read from its own counts (DOMAIN sections 5 and 6). */
export interface SummaryFigures {
  rows: SummaryRowFigures[];
  /** The total row's pooled mean, or the areas' pooled when the table has no total row. */
  overallExact: number | null;
}

/** The counts of one row: the stated count of every band column (null: not a count). */
type Counts = Map<number, number | null>;

const countsOf = (grid: Grid, table: SummaryTable, row: SummaryRow): Counts =>
  new Map(table.bands.map((b) => [b.col, statedCount(grid, row.row, b.col)]));

/** Band columns with a level the pooled mean weighs by («100», «70 /60-89/»). */
const levelled = (table: SummaryTable) =>
  table.bands.filter((b) => b.level !== null && !b.notDue && !b.notApplicable);

/** Σ level × count and the number counted, over the levelled columns; null if one is no count. */
function pooled(table: SummaryTable, counts: Counts): { sum: number; counted: number } | null {
  let sum = 0;
  let counted = 0;
  for (const b of levelled(table)) {
    const n = counts.get(b.col);
    if (n === null || n === undefined) return null;
    sum += (b.level as number) * n;
    counted += n;
  }
  return { sum, counted };
}

/** The areas' counts added up, per band column and for the measures and objectives columns. */
function areaSums(grid: Grid, table: SummaryTable, areas: SummaryRow[]): Map<number, number> {
  const cols = [
    table.columns.objectives,
    table.columns.measures,
    ...table.bands.map((b) => b.col),
  ].filter((c): c is number => c !== undefined);
  const sums = new Map<number, number>();
  for (const c of cols) {
    const counts = areas.map((a) => statedCount(grid, a.row, c));
    // A column with a cell that is no count has no sum to hold the total to.
    if (counts.every((n) => n !== null))
      sums.set(
        c,
        (counts as number[]).reduce((s, n) => s + n, 0),
      );
  }
  return sums;
}

/** RATING-COUNT: a row whose counts per level do not add up to its number of measures. */
function rowAddsUp(grid: Grid, table: SummaryTable, row: SummaryRow, counts: Counts): Finding[] {
  const measures = statedCount(grid, row.row, table.columns.measures);
  const values = [...counts.values()];
  if (measures === null || values.some((n) => n === null) || table.bands.length === 0) return [];
  const sum = (values as number[]).reduce((s, n) => s + n, 0);
  if (sum === measures) return [];
  const parts = table.bands.map((b) => `${counts.get(b.col)} («${b.text}»)`).join(" + ");
  return [
    finding(
      "RATING-COUNT",
      cellAddress(row.row, table.columns.measures),
      {
        mn: `${rowName(row)}: арга хэмжээний тоо ${measures} гэж бичсэн, түвшин тус бүрийн тоо нийлээд ${parts} = ${sum}.`,
        en: `${rowName(row)}: the row states ${measures} measures; its counts per level add up to ${parts} = ${sum}.`,
      },
      { sheet: grid.sheet },
    ),
  ];
}

/** RATING-COUNT: a total row's count that is not the sum of the areas' counts. */
function totalAddsUp(
  grid: Grid,
  table: SummaryTable,
  total: SummaryRow,
  sums: Map<number, number>,
  areas: number,
): Finding[] {
  const found: Finding[] = [];
  for (const [col, sum] of sums) {
    const stated = statedCount(grid, total.row, col);
    if (stated === null || stated === sum) continue;
    const band = table.bands.find((b) => b.col === col);
    const what: Bilingual = band
      ? { mn: `«${band.text}» түвшний арга хэмжээний тоо`, en: `measures at «${band.text}»` }
      : col === table.columns.measures
        ? { mn: "арга хэмжээний тоо", en: "measures" }
        : { mn: "зорилтын тоо", en: "objectives" };
    const cell = valueAt(grid, total.row, col);
    found.push(
      finding(
        "RATING-COUNT",
        cellAddress(total.row, col),
        {
          mn: `Нийт мөрөнд ${what.mn} ${stated} гэж бичсэн, ${areas} мөрийн нийлбэр ${sum}.`,
          en: `The total row states ${stated} ${what.en}; the ${areas} rows above add up to ${sum}.`,
        },
        { sheet: grid.sheet, fix: typeof cell === "string" ? String(sum) : sum },
      ),
    );
  }
  return found;
}

/** The pooled mean's arithmetic as a person checks it: "(15×100 + 5×70 + 1×0) / 21". */
function arithmetic(table: SummaryTable, counts: Counts, counted: number): string {
  const terms = levelled(table)
    .filter((b) => (counts.get(b.col) ?? 0) > 0)
    .map((b) => `${counts.get(b.col)}×${b.level}`);
  return `(${terms.join(" + ") || "0"}) / ${counted}`;
}

/** RATING-AGGREGATE: a stated % against the pooled mean of the row's counts. */
function percentAgrees(
  grid: Grid,
  col: number,
  row: SummaryRow,
  exact: number,
  shownSum: string,
  rounding: Rounding,
): Finding[] {
  const value = valueAt(grid, row.row, col);
  const numberFormat = numberFormatAt(grid, row.row, col);
  const written = readFigure(value, numberFormat);
  if (!written) return [];
  const seen = agreement(written.value, exact, rounding);
  if (seen === "equal") return [];
  const computed = roundTo(exact, 1, rounding);
  const stated = formatFigure(written.value, written.comma);
  const label = rowName(row);
  const shown = exactForHabit(exact);
  const pooled = `${shownSum} ${shown === exact ? "=" : "≈"} ${formatFigure(shown, written.comma)}`;
  const message =
    seen === "other-habit"
      ? otherHabitSentence(
          { mn: `${label}: хэрэгжилтийн хувь`, en: `${label}: the stated` },
          stated,
          { mn: pooled, en: pooled },
          formatFigure(computed),
          rounding,
        )
      : {
          mn: `${label}: хэрэгжилтийн хувь ${stated} гэж бичсэн, түвшин тус бүрийн тооноос ${shownSum} = ${formatFigure(computed)}.`,
          en: `${label}: the row states ${stated}; from its counts per level, ${shownSum} = ${formatFigure(computed)}.`,
        };
  return [
    finding("RATING-AGGREGATE", cellAddress(row.row, col), message, {
      severity: seen === "other-habit" ? "note" : undefined,
      fix: figureFix(
        cellAddress(row.row, col),
        inCellForm(computed, { value, numberFormat }, "text", written),
        { numberFormat },
      ),
      sheet: grid.sheet,
    }),
  ];
}

/**
 * An evaluation summary published on its own, checked by its own figures: each row's counts per
 * level add up to its measures (RATING-COUNT); the total row is the sum of the rows above it
 * (RATING-COUNT); each stated % is the pooled mean of its counts, Σ level × count over the
 * measures counted at a level, «ХБ» and not-due left out (RATING-AGGREGATE; the other rounding
 * habit is a note, DOMAIN section 5); printed band ranges that leave gaps (RATING-SCHEME).
 */
export function checkSummaryAlone(
  grid: Grid,
  table: SummaryTable,
  rounding: Rounding,
): { findings: Finding[]; figures: SummaryFigures } {
  const found: Finding[] = [...printedBandFindings(printedBands(table), grid.sheet)];
  const areas = table.rows.filter((r) => !r.total);
  const sums = areaSums(grid, table, areas);
  const rows: SummaryRowFigures[] = [];
  // A band printed with a range ("100 /90-100/") counts ratings from 90 to 100 as 100: its
  // counts give no mean to hold a stated % to. Fixed levels (100, 70, 30, 0) do.
  const percentFromCounts = levelled(table).every((b) => b.range === null);
  const summed: Counts = new Map(table.bands.map((b) => [b.col, sums.get(b.col) ?? null]));
  for (const row of table.rows) {
    const own = countsOf(grid, table, row);
    found.push(...rowAddsUp(grid, table, row, own));
    if (row.total && areas.length > 0)
      found.push(...totalAddsUp(grid, table, row, sums, areas.length));
    // The total's % is the areas' pooled mean: what its counts should be, were they right.
    const counts = row.total && areas.length > 0 ? summed : own;
    const mean = pooled(table, counts);
    const exact = percentFromCounts && mean && mean.counted > 0 ? mean.sum / mean.counted : null;
    rows.push({
      row: row.row,
      label: row.label,
      total: row.total,
      measures: statedCount(grid, row.row, table.columns.measures),
      counted: mean?.counted ?? 0,
      exact,
      bands: Object.fromEntries(
        table.bands.flatMap((b) => {
          const n = own.get(b.col);
          return n === null || n === undefined ? [] : [[b.text, n]];
        }),
      ),
    });
    if (mean && exact !== null && table.columns.percent !== undefined) {
      const shown = arithmetic(table, counts, mean.counted);
      found.push(...percentAgrees(grid, table.columns.percent, row, exact, shown, rounding));
    }
  }
  const total = rows.find((r) => r.total);
  const all = pooled(table, summed);
  const overallExact =
    total?.exact ?? (percentFromCounts && all && all.counted > 0 ? all.sum / all.counted : null);
  return { findings: found, figures: { rows, overallExact } };
}

/**
 * The sheet is a summary on its own: its first table is the summary, not a plan with one below
 * it. `planHeaderTop` is where the plan reader found a table on the sheet, when it found one.
 */
export function isSummaryAlone(table: SummaryTable, planHeaderTop: number | null): boolean {
  if (table.rows.length === 0) return false;
  const last = table.rows[table.rows.length - 1].row;
  return planHeaderTop === null || (planHeaderTop >= table.headerTop && planHeaderTop <= last);
}

/**
 * A summary's figures as a sheet's figures are given (the command line's JSON): one line per
 * area, its measures, its pooled mean to one decimal; the whole from the total row, or the areas.
 */
export function figuresOfSummary(summary: SummaryFigures, rounding: Rounding): Figures {
  const round = (x: number | null) => (x === null ? null : roundTo(x, 1, rounding));
  const areas = summary.rows.filter((r) => !r.total);
  const total = summary.rows.find((r) => r.total);
  const sum = (f: (r: SummaryRowFigures) => number) => areas.reduce((n, r) => n + f(r), 0);
  return {
    measures: total?.measures ?? sum((r) => r.measures ?? 0),
    rated: total?.counted ?? sum((r) => r.counted),
    overall: round(summary.overallExact),
    objectives: areas.map((r) => ({
      label: r.label,
      measures: r.measures ?? 0,
      value: round(r.exact),
      bands: r.bands,
    })),
  };
}
