import type { CellValue, Merge } from "./grid";

/**
 * The declared content of a sheet the add-in writes: pure data that the workbook adapters
 * (exceljs, Office.js, in-memory) turn into a real sheet. Positions are 0-based.
 * Values are always written as values: a string starting with "=" stays text; formulas are
 * listed separately so that nothing taken from a user's cell ever becomes a formula.
 */
export interface SheetModel {
  name: string;
  /** Dense values from A1; null = empty. */
  values: CellValue[][];
  /**
   * Cells holding a formula (with the value it computes, for readers that do not calculate).
   * The formula text is written without the leading "=".
   */
  formulas?: { row: number; col: number; formula: string; result?: CellValue }[];
  merges?: Merge[];
  /** Formats applied to rectangular ranges, in order (later wins). */
  styles?: { range: Merge; style: CellStyle }[];
  /** Column widths in Excel character units, by column index. */
  columnWidths?: number[];
  /** Row heights in points, by row index (undefined = automatic). */
  rowHeights?: (number | undefined)[];
  /** Frozen rows and columns at the top-left. */
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
  /** In-cell drop-down lists. */
  validations?: { range: Merge; list: string[]; allowOther?: boolean }[];
  /** Highlight numbers below a threshold (fulfilment below 100, below a scheme level). */
  conditionalFormats?: { range: Merge; below: number; fill: string }[];
  /** Hyperlinks to cells of other sheets (findings sheet). */
  links?: { row: number; col: number; sheet: string; cell: string }[];
  /** A chart of a column of numbers against a column of labels. */
  chart?: ChartModel;
  /**
   * Cells whose figure the add-in computed (a template's average): recorded in the workbook's
   * state as the add-in's own, so that Compute keeps them right and never takes them for a
   * person's. Writers ignore it.
   */
  computed?: { row: number; col: number; value: number }[];
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Background fill, "#RRGGBB". */
  fill?: string;
  /** Font colour, "#RRGGBB". */
  color?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  /** Thin borders on every edge of every cell of the range. */
  border?: boolean;
  numberFormat?: string;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Rows repeated at the top of each printed page (0-based inclusive). */
  repeatRows?: { top: number; bottom: number };
  fitToWidth: boolean;
}

export interface ChartModel {
  kind: "bar";
  title: string;
  /** Labels and values as ranges on this sheet (0-based inclusive, one column each). */
  labels: Merge;
  values: Merge;
  /** Top-left cell where the chart is placed. */
  at: { row: number; col: number };
}

/** The number format a model gives a cell: the last of its styles that sets one. */
export function formatAt(model: SheetModel, row: number, col: number): string | undefined {
  let format: string | undefined;
  for (const { range, style } of model.styles ?? []) {
    const inside =
      range.top <= row && row <= range.bottom && range.left <= col && col <= range.right;
    if (inside && style.numberFormat) format = style.numberFormat;
  }
  return format;
}
