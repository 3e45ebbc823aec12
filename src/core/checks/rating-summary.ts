import type { Evaluation, MeasureEvaluation, ObjectiveEvaluation } from "../evaluate";
import type { Finding } from "../finding";
import { cellAddress, numberFormatAt, valueAt, type Grid } from "../grid";
import { plainText } from "../cells/normalize";
import { agreement, bandOf, roundTo, type RatingScheme } from "../ratings";
import { finding } from "./catalogue";
import { figureFix, formatFigure, inCellForm, readFigure } from "./calc-figure";
import { printedBandFindings } from "./rating-scheme";
import { exactForHabit, otherHabitSentence } from "./rounding-habit";
import {
  printedBands,
  readSummaryTable,
  type SummaryBandColumn,
  type SummaryRow,
  type SummaryTable,
} from "./rating-summary-read";

/** What one row of the summary should say: one objective, or all of them on the total row. */
interface Expected {
  objectives: number;
  measures: MeasureEvaluation[];
  exact: number | null;
  /** Band counts by the scheme's band labels. */
  bands: Record<string, number>;
}

/** How a band column counts measures: by a band of the scheme, or by its printed range. */
type Counter = (measures: MeasureEvaluation[], bands: Record<string, number>) => number;

const leadingLevel = (label: string): number | null => {
  const m = /^\s*(\d+(?:[.,]\d+)?)/u.exec(label);
  return m ? Number(m[1].replace(",", ".")) : null;
};
const squash = (s: string): string => s.replace(/\s+/gu, "");

/**
 * Counters for the band columns. When every column names a band of the scheme (by its label,
 * or by its level: "70 /60-69/" is the scheme's "70 /60-89/" misprinted, a RATING-SCHEME
 * finding), the evaluation's band counts are used; else, when every column prints a range, the
 * measures are counted by the printed ranges; else the columns cannot be counted.
 */
function bandCounters(
  table: SummaryTable,
  scheme: RatingScheme,
): Map<SummaryBandColumn, Counter> | null {
  const counters = new Map<SummaryBandColumn, Counter>();
  // The evaluated table has no «ХБ» measures to count: that column is left unchecked.
  const bands = table.bands.filter((b) => !b.notApplicable);
  const fromScheme = bands.every((b) => {
    if (b.notDue) {
      counters.set(b, (_, bands) => bands[scheme.notDueLabel] ?? 0);
      return true;
    }
    const band =
      scheme.bands.find((s) => squash(s.label) === squash(b.text)) ??
      (b.level !== null ? scheme.bands.find((s) => leadingLevel(s.label) === b.level) : undefined);
    if (!band) return false;
    counters.set(b, (_, bands) => bands[band.label] ?? 0);
    return true;
  });
  if (fromScheme) return counters;
  if (!bands.every((b) => b.notDue || b.range)) return null;
  const printed: RatingScheme = {
    ...scheme,
    allowed: undefined,
    bands: printedBands(table).map(({ label, min, max }) => ({ label, min, max })),
  };
  counters.clear();
  for (const b of bands) {
    counters.set(
      b,
      b.notDue
        ? (ms) => ms.filter((m) => m.notDue).length
        : (ms) =>
            ms.filter((m) => m.value !== null && bandOf(m.value, printed)?.label === b.text).length,
    );
  }
  return counters;
}

function expectedFor(o: ObjectiveEvaluation): Expected {
  return { objectives: 1, measures: o.measures, exact: o.exact, bands: o.bands };
}

function expectedTotal(e: Evaluation): Expected {
  const bands: Record<string, number> = {};
  for (const o of e.objectives) {
    for (const [label, n] of Object.entries(o.bands)) bands[label] = (bands[label] ?? 0) + n;
  }
  return { objectives: withMeasures(e).length, measures: e.measures, exact: e.overallExact, bands };
}

/**
 * The objectives a summary lists: those with measures (a heading without activities, or a
 * summary row the table reader took for a heading, has nothing to count).
 */
const withMeasures = (e: Evaluation): ObjectiveEvaluation[] =>
  e.objectives.filter((o) => o.measures.length > 0);

/** Which objective each summary row stands for: by the number its label names, else by order. */
function matchRows(
  table: SummaryTable,
  e: Evaluation,
): Map<SummaryRow, ObjectiveEvaluation | null> {
  const rows = table.rows.filter((r) => !r.total);
  const match = new Map<SummaryRow, ObjectiveEvaluation | null>();
  const objectives = withMeasures(e);
  const byNumber = (n: string) => objectives.filter((o) => o.objective.number === n);
  const numbered = rows.length > 0 && rows.every((r) => r.number && byNumber(r.number).length <= 1);
  if (numbered && rows.some((r) => byNumber(r.number as string).length === 1)) {
    for (const r of rows) match.set(r, byNumber(r.number as string)[0] ?? null);
  } else if (rows.length === objectives.length) {
    rows.forEach((r, i) => match.set(r, objectives[i]));
  }
  return match;
}

const countText = (n: number) => formatFigure(n);

function countFinding(
  grid: Grid,
  row: number,
  col: number,
  stated: number,
  computed: number,
  what: { mn: string; en: string },
  label: string,
): Finding {
  const cell = { value: valueAt(grid, row, col) };
  const fix = typeof cell.value === "string" ? countText(computed) : computed;
  return finding(
    "RATING-COUNT",
    cellAddress(row, col),
    {
      mn: `${label}: товчоонд ${what.mn} ${countText(stated)} гэж бичсэн, хүснэгтээс тоолоход ${countText(computed)}.`,
      en: `${label}: the summary states ${countText(stated)} ${what.en}; the table has ${countText(computed)}.`,
    },
    { fix, sheet: grid.sheet },
  );
}

/** How a message names a summary row: «Нийт», «Зорилт 2», or the start of its label. */
export const rowName = (row: SummaryRow): string =>
  row.total ? "Нийт" : row.number ? `Зорилт ${row.number}` : row.label.slice(0, 40);

/** A count cell: empty reads as 0; words or a figure with decimals are not counts. */
export function statedCount(grid: Grid, row: number, col: number): number | null {
  const v = valueAt(grid, row, col);
  if (plainText(v) === "") return 0;
  const figure = readFigure(v);
  return figure && figure.decimals === 0 && !figure.percent ? figure.value : null;
}

function checkRow(
  grid: Grid,
  table: SummaryTable,
  row: SummaryRow,
  expected: Expected,
  counters: Map<SummaryBandColumn, Counter> | null,
  e: Evaluation,
): Finding[] {
  const found: Finding[] = [];
  const label = rowName(row);
  const { objectives, measures, percent } = table.columns;
  const compareCount = (
    col: number | undefined,
    computed: number,
    what: { mn: string; en: string },
  ) => {
    if (col === undefined) return;
    const stated = statedCount(grid, row.row, col);
    if (stated !== null && stated !== computed) {
      found.push(countFinding(grid, row.row, col, stated, computed, what, label));
    }
  };
  compareCount(objectives, expected.objectives, { mn: "зорилтын тоог", en: "objectives" });
  compareCount(measures, expected.measures.length, {
    mn: "арга хэмжээний тоог",
    en: "measures",
  });
  if (counters) {
    for (const band of table.bands) {
      const count = counters.get(band);
      if (!count) continue;
      compareCount(band.col, count(expected.measures, expected.bands), {
        mn: `«${band.text}» бүлгийн арга хэмжээний тоог`,
        en: `measures in band «${band.text}»`,
      });
    }
  }
  if (percent !== undefined && expected.exact !== null) {
    found.push(...comparePercent(grid, row.row, percent, expected.exact, e, label));
  }
  return found;
}

/** The товчоо's stated % (read as the cell shows it: «97,9%» typed is 0.979 shown «0.0%»). */
function comparePercent(
  grid: Grid,
  row: number,
  col: number,
  exact: number,
  e: Evaluation,
  label: string,
): Finding[] {
  const cell = { value: valueAt(grid, row, col), numberFormat: numberFormatAt(grid, row, col) };
  const written = readFigure(cell.value, cell.numberFormat);
  if (!written) return [];
  const stated = written.value;
  const rounding = e.settings.rounding;
  const seen = agreement(stated, exact, rounding);
  if (seen === "equal") return [];
  const computed = roundTo(exact, 1, rounding);
  const fix = figureFix(cellAddress(row, col), inCellForm(computed, cell, "text", written), cell);
  const shown = formatFigure(stated, written.comma);
  const exactShown = formatFigure(exactForHabit(exact), written.comma);
  const message =
    seen === "other-habit"
      ? otherHabitSentence(
          { mn: `${label}: товчоонд хэрэгжилтийн хувь`, en: `${label}: the summary's` },
          shown,
          {
            mn: `арга хэмжээнүүдийн дундаж ${exactShown}`,
            en: `the measures' mean ${exactShown}`,
          },
          formatFigure(computed),
          rounding,
        )
      : {
          mn: `${label}: товчоонд хэрэгжилтийн хувь ${shown} гэж бичсэн, арга хэмжээнүүдийн үнэлгээний дундаж ${formatFigure(computed)}.`,
          en: `${label}: the summary states ${shown}; the mean of the measures' ratings is ${formatFigure(computed)}.`,
        };
  const severity = seen === "other-habit" ? "note" : undefined;
  return [
    finding("RATING-AGGREGATE", cellAddress(row, col), message, {
      severity,
      fix,
      sheet: grid.sheet,
    }),
  ];
}

/**
 * Checks an evaluation summary (товчоо: Зорилт | Зорилтын тоо | Арга хэмжээний тоо | one column
 * per band | Хэрэгжилт хувь) against the evaluated table: RATING-COUNT for the objective,
 * measure and per-band counts, RATING-AGGREGATE for each objective's % (mean of its measures,
 * one decimal, the rounding setting; the other habit is a note) and the total row's % (pooled),
 * RATING-SCHEME for printed band headers that leave gaps or overlap ("70 /60-69/").
 */
export function checkSummaryAgainstPlan(
  summaryGrid: Grid,
  evaluation: Evaluation,
  table: SummaryTable | null = readSummaryTable(summaryGrid),
): Finding[] {
  if (!table) return [];
  const found: Finding[] = [];
  found.push(...printedBandFindings(printedBands(table), summaryGrid.sheet));
  const counters = bandCounters(table, evaluation.scheme);
  const matches = matchRows(table, evaluation);
  for (const row of table.rows) {
    if (row.total) {
      found.push(
        ...checkRow(summaryGrid, table, row, expectedTotal(evaluation), counters, evaluation),
      );
      continue;
    }
    const objective = matches.get(row);
    if (objective) {
      found.push(
        ...checkRow(summaryGrid, table, row, expectedFor(objective), counters, evaluation),
      );
    } else if (objective === null) {
      found.push(
        finding(
          "RATING-COUNT",
          cellAddress(row.row, table.columns.objective),
          {
            mn: `Товчоонд байгаа «Зорилт ${row.number}» хүснэгтэд алга.`,
            en: `The summary lists «Зорилт ${row.number}», which the table does not have.`,
          },
          { sheet: summaryGrid.sheet },
        ),
      );
    }
  }
  found.push(...missingObjectives(table, matches, evaluation, summaryGrid.sheet));
  return found;
}

/** Objectives of the table that the summary leaves out (when its rows are matched by number). */
function missingObjectives(
  table: SummaryTable,
  matches: Map<SummaryRow, ObjectiveEvaluation | null>,
  e: Evaluation,
  sheet?: string,
): Finding[] {
  if (matches.size === 0) return [];
  const listed = new Set([...matches.values()].filter((o) => o !== null));
  return withMeasures(e)
    .filter((o) => !listed.has(o))
    .map((o) =>
      finding(
        "RATING-COUNT",
        cellAddress(table.headerTop, table.columns.objective),
        {
          mn: `Хүснэгтийн «${o.objective.label}» зорилт (${o.measures.length} арга хэмжээ) товчоонд алга.`,
          en: `Objective «${o.objective.label}» of the table (${o.measures.length} measures) is missing from the summary.`,
        },
        { sheet },
      ),
    );
}
