import type { Finding } from "../finding";
import { cellAddress, cellText, valueAt, type CellValue, type Grid } from "../grid";
import { plainText } from "../cells/normalize";
import { formatAt, type SheetModel } from "../sheet";
import type { Evaluation } from "../evaluate";
import { FIGURE_FORMAT } from "../summary/draft";
import { summarySheets, type SummaryKind } from "../summary/sheets";
import type { Lang } from "../text";
import { finding } from "./catalogue";
import { formatFigure } from "./calc-figure";

/** More findings than this on one summary say nothing more than "make it again". */
const MOST = 40;

const shown = (v: CellValue): string =>
  typeof v === "number" ? formatFigure(v) : cellText(v).trim() || "—";

/**
 * A summary sheet the add-in wrote, checked against the one it would write now from its table
 * (`expected`): every figure and count that no longer agrees is a finding at its cell (a figure
 * RATING-AGGREGATE, a count RATING-COUNT, the figure of now as the fix); rows or a conclusion
 * that no longer match the table are one finding at their first cell: make the summary again.
 */
export function staleSummaryFindings(grid: Grid, expected: SheetModel): Finding[] {
  const sheet = grid.sheet;
  const found: Finding[] = [];
  let textStale = false;
  const rows = Math.max(expected.values.length, grid.origin.row + grid.cells.length);
  for (let r = 0; r < rows && found.length < MOST; r++) {
    const want = expected.values[r] ?? [];
    const width = Math.max(
      want.length,
      (grid.cells[r - grid.origin.row] ?? []).length + grid.origin.col,
    );
    for (let c = 0; c < width && found.length < MOST; c++) {
      const expectedValue = want[c] ?? null;
      const stated = valueAt(grid, r, c);
      const cell = cellAddress(r, c);
      const label = plainText(want[0] ?? null).slice(0, 60) || cell;
      if (typeof expectedValue === "number" || typeof stated === "number") {
        const a = typeof stated === "number" ? stated : null;
        const b = typeof expectedValue === "number" ? expectedValue : null;
        if (a !== null && b !== null && Math.abs(a - b) < 0.05) continue;
        if (a === null && b === null) continue;
        const figure = formatAt(expected, r, c) === FIGURE_FORMAT;
        found.push(
          finding(
            figure ? "RATING-AGGREGATE" : "RATING-COUNT",
            cell,
            {
              mn: `«${label}»: нэгтгэлд ${shown(stated)} гэж бичсэн, хүснэгтээс одоо тооцоход ${shown(expectedValue)}: нэгтгэлийг дахин үүсгэнэ.`,
              en: `«${label}»: the summary states ${shown(stated)}; the table now gives ${shown(expectedValue)}. Make the summary again.`,
            },
            { sheet, ...(b !== null ? { fix: b } : {}) },
          ),
        );
        continue;
      }
      if (!textStale && plainText(expectedValue) !== plainText(stated)) {
        textStale = true;
        found.push(
          finding(
            "RATING-COUNT",
            cell,
            {
              mn: `Нэгтгэлд «${shown(stated).slice(0, 80)}» гэж бичсэн газар хүснэгтээс одоо «${shown(expectedValue).slice(0, 80)}» гарна: нэгтгэл хуучирсан, дахин үүсгэнэ.`,
              en: `The summary says «${shown(stated).slice(0, 80)}» where the table now gives «${shown(expectedValue).slice(0, 80)}»: the summary is out of date; make it again.`,
            },
            { sheet },
          ),
        );
      }
    }
  }
  return found;
}

/** An add-in summary of a table, as read from the workbook. */
export interface WrittenSummary {
  grid: Grid;
  kind: SummaryKind;
  lang: Lang;
}

/** The add-in's summaries of an evaluated table, each checked against what it would say now. */
export function staleSummariesOf(e: Evaluation, summaries: WrittenSummary[]): Finding[] {
  return summaries.flatMap((s) => {
    const expected = summarySheets(e, s.lang).find((x) => x.kind === s.kind);
    return expected ? staleSummaryFindings(s.grid, expected.model) : [];
  });
}
