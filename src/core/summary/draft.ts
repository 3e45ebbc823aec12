import type { CellValue, Merge } from "../grid";
import type { CellStyle, SheetModel } from "../sheet";
import {
  FILL,
  linesFor,
  SheetDraft,
  type LayoutColumn,
  type TablePlace,
} from "../templates/layout";

export { FILL };

const LINE_PT = 15;

/** A percentage figure on a summary sheet: one decimal, as the staff write it ("85,7"). */
export const FIGURE_FORMAT = "0.0";

/** A title merged across the table, bold and centred, its height grown to fit. */
export function writeTitle(draft: SheetDraft, text: string, width: number): number {
  return draft.line(text, 0, width - 1, {
    bold: true,
    size: 12,
    wrap: true,
    hAlign: "center",
    vAlign: "middle",
  });
}

/** A paragraph merged across the table and wrapped (the written conclusion, notes). */
export function writeParagraph(
  draft: SheetDraft,
  text: string,
  width: number,
  style: CellStyle = {},
): number {
  return draft.line(text, 0, width - 1, { wrap: true, hAlign: "left", vAlign: "top", ...style });
}

/**
 * Data rows under a header written by `SheetDraft.table`: values as given, numbers centred,
 * each row as high as its longest text needs.
 */
export function styleRows(
  draft: SheetDraft,
  columns: LayoutColumn[],
  rows: { top: number; values: CellValue[][] },
  textCols: number[],
): void {
  const { top, values } = rows;
  if (values.length === 0) return;
  const bottom = top + values.length - 1;
  columns.forEach((_, c) => {
    if (!textCols.includes(c)) {
      draft.style({ top, left: c, bottom, right: c }, { hAlign: "center", vAlign: "middle" });
    }
  });
  values.forEach((row, i) => {
    let lines = 1;
    for (const c of textCols) {
      const v = row[c];
      if (typeof v === "string") lines = Math.max(lines, linesFor(v, columns[c].width));
    }
    if (lines > 1) draft.height(top + i, lines * LINE_PT + 2);
  });
}

/** A total row: bold on the total fill, with borders. */
export function styleTotal(draft: SheetDraft, row: number, width: number): void {
  draft.style(
    { top: row, left: 0, bottom: row, right: width - 1 },
    { bold: true, fill: FILL.total, border: true },
  );
}

/** A4 landscape, fitted to the page width, the table header repeated on every page. */
export function landscape(header: { top: number; bottom: number }): SheetModel["print"] {
  return { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: header };
}

/**
 * A summary sheet's opening: the title over the table, a blank row, the table of `values` (no
 * column numbers) with its data rows styled by `styleRows`. The caller goes on below it.
 */
export function summaryTable(
  title: string,
  columns: LayoutColumn[],
  values: CellValue[][],
  textCols: number[],
  merges?: Merge[],
): { draft: SheetDraft; place: TablePlace } {
  const draft = new SheetDraft();
  draft.widen(columns);
  writeTitle(draft, title, columns.length);
  draft.blank();
  const rows = values.map((v) => ({ kind: "activity" as const, values: v }));
  const place = draft.table(columns, merges ? { rows, merges } : { rows }, "none");
  styleRows(draft, columns, { top: place.dataTop, values }, textCols);
  return { draft, place };
}
