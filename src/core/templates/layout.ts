import type { CellValue, Merge } from "../grid";
import type { CellStyle, SheetModel } from "../sheet";
import type { ColumnRole, ColumnSpec, ColumnValidation } from "./spec";

/** A column as it is laid out on a sheet: a template column, or one carried over from a plan. */
export interface LayoutColumn {
  header: string;
  group?: string;
  width: number;
  role?: ColumnRole;
  numberFormat?: string;
  validation?: ColumnValidation;
}

/** A data row of a table: a heading spanning the table, a row of values, or a total. */
export type BodyRow =
  | { kind: "section"; text: string }
  | { kind: "activity" | "criterion"; values: CellValue[] }
  /**
   * A total row: its label, and in `valueCol` the figure (`result`: the mean of the rows above,
   * written as a value that Compute keeps right, not a formula whose range rows added outgrow).
   */
  | { kind: "total"; label: string; valueCol: number; result?: CellValue };

/** A table's rows; merges are relative to the first data row (row 0) and use table columns. */
export interface TableBody {
  rows: BodyRow[];
  merges?: Merge[];
}

/** Where a written table sits (0-based sheet rows). */
export interface TablePlace {
  headerTop: number;
  headerBottom: number;
  numberRow?: number;
  dataTop: number;
  /** Last data row (dataTop - 1 when the table has no data rows). */
  dataBottom: number;
}

export const FILL = {
  header: "#DDEBF7",
  section: "#F2F2F2",
  total: "#FFF2CC",
  /** Fulfilment below 100 %. */
  below: "#FCE4D6",
} as const;

const LINE_PT = 15;

/** Columns whose cells hold short values, centred like the seeds print them. */
const CENTRED: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "number",
  "budget",
  "baseline",
  "target",
  "target-h1",
  "target-h2",
  "fulfilment",
  "rating",
  "timeline",
  "start",
  "end",
  "responsibility",
]);

/** Lines a text needs in a column of `width` characters (merged cells do not grow by themselves). */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, width * 0.95);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / perLine)), 0);
}

export function toLayout(columns: readonly ColumnSpec[]): LayoutColumn[] {
  return columns.map((c) => ({
    header: c.header,
    group: c.group,
    width: c.width,
    role: c.role,
    numberFormat: c.numberFormat,
    validation: c.validation,
  }));
}

/** A table's header rows: bold on the header fill, wrapped, centred, with borders. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: FILL.header,
  wrap: true,
  border: true,
  hAlign: "center",
  vAlign: "middle",
};

/** The row of column numbers under a header (1 2 3 …). */
export const NUMBER_ROW_STYLE: CellStyle = {
  border: true,
  hAlign: "center",
  italic: true,
  size: 9,
  fill: FILL.header,
};

/** A heading spanning the table ("Зорилт 1. …"). */
export const SECTION_STYLE: CellStyle = {
  bold: true,
  fill: FILL.section,
  border: true,
  hAlign: "left",
  vAlign: "top",
  wrap: true,
};

/** A total row ("Дундаж үнэлгээ"). */
export const TOTAL_STYLE: CellStyle = {
  bold: true,
  fill: FILL.total,
  border: true,
  hAlign: "center",
  vAlign: "middle",
};

/** The data cells of a column: bordered, wrapped, short values centred; its number format. */
export function dataStyle(col: LayoutColumn): CellStyle {
  return {
    border: true,
    wrap: true,
    vAlign: "top",
    hAlign: col.role && CENTRED.has(col.role) ? "center" : "left",
    ...(col.numberFormat ? { numberFormat: col.numberFormat } : {}),
  };
}

/** Excel's tallest row, in points: a longer text is cut off in its cell, never refused. */
export const MAX_ROW_HEIGHT = 409;

/** Points a row needs for `lines` lines of text, as far as Excel's tallest row. */
export function linesHeight(lines: number, fontSize = 11): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_PT * (fontSize / 11) + 2);
}

/** Builds a SheetModel top to bottom. */
export class SheetDraft {
  private readonly values: CellValue[][] = [];
  private readonly merges: Merge[] = [];
  private readonly styles: { range: Merge; style: CellStyle }[] = [];
  private readonly heights: (number | undefined)[] = [];
  private readonly widths: number[] = [];
  private readonly validations: NonNullable<SheetModel["validations"]> = [];
  private readonly conditional: NonNullable<SheetModel["conditionalFormats"]> = [];
  private readonly computed: NonNullable<SheetModel["computed"]> = [];

  /** The next row to be written. */
  get row(): number {
    return this.values.length;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row];
    while (r.length < col) r.push(null);
    r[col] = value;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.values.push([]);
  }

  merge(m: Merge): void {
    if (m.bottom > m.top || m.right > m.left) this.merges.push(m);
  }

  style(range: Merge, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  height(row: number, points: number): void {
    while (this.heights.length <= row) this.heights.push(undefined);
    this.heights[row] = Math.min(
      MAX_ROW_HEIGHT,
      Math.max(this.heights[row] ?? 0, Math.round(points)),
    );
  }

  widen(columns: LayoutColumn[]): void {
    columns.forEach((c, i) => {
      this.widths[i] = Math.max(this.widths[i] ?? 0, c.width);
    });
  }

  private spanWidth(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.widths[c] ?? 9;
    return w;
  }

  /** One line merged across columns left..right, its height grown to fit the text. */
  line(text: string, left: number, right: number, style: CellStyle): number {
    const r = this.row;
    this.set(r, left, text);
    this.merge({ top: r, left, bottom: r, right });
    // A merged area shows its top-left cell's font, fill and alignment; only borders are drawn
    // per cell. Styling the other cells too would only grow the file (a long conclusion has
    // thousands of lines).
    this.style({ top: r, left, bottom: r, right: style.border ? right : left }, style);
    const size = style.size ?? 11;
    const lines = linesFor(text, this.spanWidth(left, right) * (11 / size));
    if (lines > 1 || size > 11) this.height(r, lines * LINE_PT * (size / 11) + 4);
    return r;
  }

  /**
   * Two columns of lines side by side (approval block, signatures, general information):
   * the left half and the right half of a table `width` columns wide.
   */
  textBlock(left: string[], right: string[], width: number, labels: boolean): void {
    const half = Math.max(1, Math.ceil(width / 2));
    const count = Math.max(left.length, right.length);
    const top = this.row;
    for (let i = 0; i < count; i++) {
      const r = top + i;
      this.blank();
      const sides: [string | undefined, number, number][] = [
        [left[i], 0, half - 1],
        [right[i], half, Math.max(half, width - 1)],
      ];
      for (const [text, l, rt] of sides) {
        if (text === undefined || text === "") continue;
        this.set(r, l, text);
        this.merge({ top: r, left: l, bottom: r, right: rt });
        const first = i === 0 && !labels;
        const label = labels && l === 0;
        this.style(
          { top: r, left: l, bottom: r, right: rt },
          {
            bold: first || label,
            hAlign: labels ? "left" : "center",
            vAlign: "top",
            wrap: true,
          },
        );
        const lines = linesFor(text, this.spanWidth(l, rt));
        if (lines > 1) this.height(r, linesHeight(lines));
      }
    }
  }

  /** Header row(s), the column-number row and the data rows of one table. */
  table(columns: LayoutColumn[], body: TableBody, numbers: "all" | "group" | "none"): TablePlace {
    const n = columns.length;
    const grouped = columns.some((c) => c.group);
    const headerTop = this.row;
    const headerBottom = headerTop + (grouped ? 1 : 0);
    this.blank(headerBottom - headerTop + 1);
    let topNeed = 1;
    let bottomNeed = 1;
    for (let c = 0; c < n; c++) {
      const col = columns[c];
      if (!grouped) {
        this.set(headerTop, c, col.header);
        topNeed = Math.max(topNeed, linesFor(col.header, col.width));
      } else if (col.group) {
        if (c === 0 || columns[c - 1].group !== col.group) {
          let end = c;
          while (end + 1 < n && columns[end + 1].group === col.group) end++;
          this.set(headerTop, c, col.group);
          this.merge({ top: headerTop, left: c, bottom: headerTop, right: end });
        }
        this.set(headerBottom, c, col.header);
        bottomNeed = Math.max(bottomNeed, linesFor(col.header, col.width));
      } else {
        this.set(headerTop, c, col.header);
        this.merge({ top: headerTop, left: c, bottom: headerBottom, right: c });
      }
    }
    if (grouped) {
      for (const col of columns) {
        if (!col.group) topNeed = Math.max(topNeed, linesFor(col.header, col.width) - bottomNeed);
      }
      this.height(headerBottom, bottomNeed * LINE_PT * 1.1 + 4);
    }
    this.height(headerTop, topNeed * LINE_PT * 1.1 + 4);
    this.style({ top: headerTop, left: 0, bottom: headerBottom, right: n - 1 }, HEADER_STYLE);

    let numberRow: number | undefined;
    if (numbers !== "none") {
      numberRow = this.row;
      this.blank();
      let k = 0;
      columns.forEach((col, c) => {
        if (numbers === "all" || col.group) this.set(numberRow as number, c, ++k);
      });
      this.style({ top: numberRow, left: 0, bottom: numberRow, right: n - 1 }, NUMBER_ROW_STYLE);
    }

    const dataTop = this.row;
    const rowStyles: { range: Merge; style: CellStyle }[] = [];
    const tableWidth = columns.reduce((w, c) => w + c.width, 0);
    body.rows.forEach((row, i) => {
      const r = dataTop + i;
      this.blank();
      if (row.kind === "section") {
        this.set(r, 0, row.text);
        this.merge({ top: r, left: 0, bottom: r, right: n - 1 });
        rowStyles.push({
          range: { top: r, left: 0, bottom: r, right: n - 1 },
          style: SECTION_STYLE,
        });
        const lines = linesFor(row.text, tableWidth);
        if (lines > 1) this.height(r, linesHeight(lines));
      } else if (row.kind === "total") {
        this.set(r, 0, row.label);
        if (row.valueCol > 0) this.merge({ top: r, left: 0, bottom: r, right: row.valueCol - 1 });
        this.set(r, row.valueCol, row.result ?? null);
        if (typeof row.result === "number") {
          this.computed.push({ row: r, col: row.valueCol, value: row.result });
          rowStyles.push({
            range: { top: r, left: row.valueCol, bottom: r, right: row.valueCol },
            style: { numberFormat: "0.0" },
          });
        }
        rowStyles.push({ range: { top: r, left: 0, bottom: r, right: n - 1 }, style: TOTAL_STYLE });
      } else {
        row.values.forEach((v, c) => {
          if (v !== null && c < n) this.set(r, c, v);
        });
      }
    });
    for (const m of body.merges ?? []) {
      this.merge({ ...m, top: dataTop + m.top, bottom: dataTop + m.bottom });
    }

    const dataBottom = this.row - 1;
    let entryBottom = dataBottom;
    while (entryBottom >= dataTop && body.rows[entryBottom - dataTop].kind === "total")
      entryBottom--;
    if (entryBottom >= dataTop) {
      columns.forEach((col, c) => {
        const range = { top: dataTop, left: c, bottom: entryBottom, right: c };
        this.style(range, dataStyle(col));
        if (col.validation) {
          this.validations.push({
            range,
            list: [...col.validation.list],
            allowOther: col.validation.allowOther,
          });
        }
        if (col.role === "fulfilment") {
          // Stored as a fraction (format "0%"), so 100 % is 1.
          this.conditional.push({ range, below: 1, fill: FILL.below });
        }
      });
    }
    for (const s of rowStyles) this.style(s.range, s.style);
    return { headerTop, headerBottom, numberRow, dataTop, dataBottom };
  }

  toModel(name: string, extra: Pick<SheetModel, "freeze" | "print">): SheetModel {
    const width = Math.max(0, ...this.values.map((r) => r.length));
    const values = this.values.map((r) => {
      const full = [...r];
      while (full.length < width) full.push(null);
      return full.map((v) => (v === undefined ? null : v));
    });
    return {
      name,
      values,
      merges: this.merges,
      styles: this.styles,
      columnWidths: [...this.widths],
      rowHeights: [...this.heights],
      validations: this.validations,
      conditionalFormats: this.conditional,
      ...(this.computed.length > 0 ? { computed: this.computed } : {}),
      ...extra,
    };
  }
}
