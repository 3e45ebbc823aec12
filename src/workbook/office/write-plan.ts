import {
  cellAddress,
  cellText,
  columnLetters,
  rangeAddress,
  quotedSheetName,
  type CellValue,
} from "../../core/grid";
import type { CellStyle, SheetModel } from "../../core/sheet";
import { rowFits } from "../../core/templates/row-fit";
import { hexColor } from "../colors";
import { widthPoints } from "../column-width";
import { LISTS_SHEET } from "../state";
import type { XlContext, XlRange, XlWorksheet } from "./api";
import { jsonBytes, utf8Length } from "./payload";

/** Every sync's request must stay under this (Excel on the web refuses 5 MB). */
export const SYNC_BYTES_LIMIT = 4 * 1024 * 1024;
/** What the plan packs per sync by its own estimate, leaving room for the request's framing. */
export const PACK_BUDGET = 3.5 * 1024 * 1024;
/** Cells per sync; Excel struggles with ranges of millions of cells whatever their size. */
const MAX_CELLS_PER_SYNC = 1_000_000;
/**
 * Bytes a queued action costs besides its values, as Office.js sends it: an action record
 * (id, type, name, object path, argument info) of about 80 bytes, and a new proxy's object path
 * of about as much again (office.js 1.1's CommonActionFactory and ObjectPathFactory; counted the
 * same way by the in-memory Excel).
 */
const ACTION_BYTES = 110;

/**
 * A single cell's write or restoration as Office.js sends it: its range's proxy (an object path
 * and its instantiation), the value, and a number format before and after it; with the write's
 * own JSON.
 */
export function singleCellBytes(write: unknown): number {
  return ACTION_BYTES * 5 + jsonBytes(write);
}

/** Excel's limit on an inline list source ("a,b,c"). */
const MAX_INLINE_LIST = 255;
/** Name of the chart the add-in draws, so a rewrite can find it. */
export const CHART_NAME = "guitsetgel_chart";

const HYPERLINK_COLOR = "#0563C1";
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];
const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** What the host offers, from its requirement sets. */
export interface HostFeatures {
  /** ExcelApi 1.7: Range.hyperlink, ChartSeries.setXAxisValues. */
  hyperlinks: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout. */
  pageLayout: boolean;
}

/** Where lists that cannot be inline go: the lists sheet and its first free column. */
export interface ListsSheetInfo {
  exists: boolean;
  nextColumn: number;
}

/** What the steps queue their actions on. */
export interface WriteTarget {
  context: XlContext;
  sheet: XlWorksheet;
  sheetName: string;
}

/** A part of a write that goes into one sync with others, as its estimated size allows. */
export interface WriteStep {
  bytes: number;
  /** Rows of values in Excel once this step's sync is through (value steps only). */
  rowsDone?: number;
  queue(target: WriteTarget): void;
}

export interface SheetWritePlan {
  rowsTotal: number;
  cells: number;
  /** Value steps first, then formats. */
  steps: WriteStep[];
  /** Print every column on one page wide: set after the steps, apart (see fitToWidth). */
  fitToWidth: boolean;
}

/**
 * Whether Excel would take this text as something else (a formula, number, percentage, date,
 * time or boolean) when assigned to a cell: such text is written into cells formatted "@" so
 * that it stays the text it was. Errs towards protecting.
 */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (/\d/.test(t) && /^[\d\s.,%/:$₮€+\-()eE]+$/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (new RegExp(`^\\d{1,2}[-\\s/.]?(${MONTHS})|^(${MONTHS})[a-z]*[-\\s/.]?\\d`, "i").test(t)) {
    return true;
  }
  return /^\d{1,2}(:\d{2}){0,2}\s*(am|pm|a|p)$/i.test(t);
}

/** A value as Office.js should receive it: non-finite numbers are left out. */
function wireValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

function alignment(h: CellStyle["hAlign"]): string | undefined {
  return h === "left" ? "Left" : h === "center" ? "Center" : h === "right" ? "Right" : undefined;
}

function vertical(v: CellStyle["vAlign"]): string | undefined {
  return v === "top" ? "Top" : v === "middle" ? "Center" : v === "bottom" ? "Bottom" : undefined;
}

// Values

/**
 * Rows of values cut into chunks whose queued size stays under the budget. Each chunk writes
 * number format "@" on the text that Excel would otherwise reinterpret, then the values, then
 * the chunk's formulas.
 */
function valueSteps(model: SheetModel): { steps: WriteStep[]; cells: number } {
  const formulaAt = new Map<number, { col: number; formula: string }[]>();
  for (const f of model.formulas ?? []) {
    const list = formulaAt.get(f.row) ?? [];
    list.push({ col: f.col, formula: `=${f.formula.replace(/^=/, "")}` });
    formulaAt.set(f.row, list);
  }
  let rows = model.values.length;
  let width = 0;
  for (const row of model.values) width = Math.max(width, row.length);
  for (const [r, list] of formulaAt) {
    rows = Math.max(rows, r + 1);
    for (const f of list) width = Math.max(width, f.col + 1);
  }
  if (width === 0) return { steps: [], cells: 0 };

  const steps: WriteStep[] = [];
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / width));
  // A row of "@"/null formats, sent for every row of a chunk that protects any text.
  const formatBytes = width * 5 + 2;
  let cells = 0;
  let start = 0;
  let valueBytes = 0;
  let formatsTotal = 0;
  let protects = false;
  // A chunk that protects text sends its formats twice ("@", then "General").
  const estimate = () => valueBytes + (protects ? 2 * formatsTotal : 0) + ACTION_BYTES * 4;
  for (let r = 0; r < rows; r++) {
    const row = model.values[r] ?? [];
    const formulas = formulaAt.get(r) ?? [];
    const rowValues =
      jsonBytes(row) +
      (width - row.length) * 5 +
      formulas.reduce((n, f) => n + utf8Length(f.formula) + ACTION_BYTES * 2, 0);
    const rowProtects = row.some((v) => typeof v === "string" && needsTextFormat(v));
    const next =
      valueBytes + rowValues + (protects || rowProtects ? 2 * (formatsTotal + formatBytes) : 0);
    if (r > start && (next > PACK_BUDGET || r - start >= maxRows)) {
      steps.push(valueChunk(model, formulaAt, start, r - 1, width, estimate()));
      start = r;
      valueBytes = 0;
      formatsTotal = 0;
      protects = false;
    }
    valueBytes += rowValues;
    formatsTotal += formatBytes;
    protects ||= rowProtects;
    cells += row.length;
  }
  steps.push(valueChunk(model, formulaAt, start, rows - 1, width, estimate()));
  return { steps, cells };
}

function valueChunk(
  model: SheetModel,
  formulaAt: Map<number, { col: number; formula: string }[]>,
  top: number,
  bottom: number,
  width: number,
  bytes: number,
): WriteStep {
  return {
    bytes,
    rowsDone: bottom + 1,
    queue: ({ sheet }) => {
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      let protect = false;
      for (let r = top; r <= bottom; r++) {
        const source = model.values[r] ?? [];
        const isFormula = new Set((formulaAt.get(r) ?? []).map((f) => f.col));
        const row: CellValue[] = [];
        const format: (string | null)[] = [];
        for (let c = 0; c < width; c++) {
          const v = isFormula.has(c) ? null : wireValue(source[c]);
          const text = typeof v === "string" && needsTextFormat(v);
          protect ||= text;
          row.push(v);
          format.push(text ? "@" : null);
        }
        values.push(row);
        formats.push(format);
      }
      const range = sheet.getRange(rangeAddress({ top, left: 0, bottom, right: width - 1 }));
      // "@" first: Excel keeps text assigned to a text-formatted cell as it is. Then "General"
      // back: the text stays text, and the cell's format is what the model says, not "@".
      if (protect) range.numberFormat = formats;
      range.values = values;
      if (protect)
        range.numberFormat = formats.map((row) => row.map((f) => (f ? "General" : null)));
      for (let r = top; r <= bottom; r++) {
        for (const f of formulaAt.get(r) ?? []) {
          sheet.getRange(cellAddress(r, f.col)).formulas = [[f.formula]];
        }
      }
    },
  };
}

// Formats

function mergeSteps(model: SheetModel): WriteStep[] {
  return (model.merges ?? [])
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => ({
      bytes: ACTION_BYTES * 2 + rangeAddress(m).length,
      queue: ({ sheet }) => sheet.getRange(rangeAddress(m)).merge(false),
    }));
}

/** One style on one range; a number format over many rows is cut into slices that fit a sync. */
function styleSteps(model: SheetModel): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const { range, style } of model.styles ?? []) {
    const cols = range.right - range.left + 1;
    const nf = style.numberFormat;
    const perRow = nf ? cols * (utf8Length(JSON.stringify(nf)) + 1) + 2 : 0;
    const sliceRows = nf ? Math.max(1, Math.floor(PACK_BUDGET / 4 / perRow)) : Infinity;
    steps.push({
      bytes: ACTION_BYTES * 12 + rangeAddress(range).length,
      queue: ({ sheet }) => applyStyle(sheet.getRange(rangeAddress(range)), style),
    });
    if (!nf) continue;
    for (let top = range.top; top <= range.bottom; top += sliceRows) {
      const slice = { ...range, top, bottom: Math.min(range.bottom, top + sliceRows - 1) };
      const rows = slice.bottom - slice.top + 1;
      steps.push({
        bytes: ACTION_BYTES * 2 + rows * perRow,
        queue: ({ sheet }) => {
          const row = new Array<string>(cols).fill(nf);
          sheet.getRange(rangeAddress(slice)).numberFormat = Array.from(
            { length: rows },
            () => row,
          );
        },
      });
    }
  }
  return steps;
}

/** The style's properties other than the number format, each set once for the whole range. */
function applyStyle(range: XlRange, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  const fontColor = hexColor(s.color);
  if (fontColor) f.font.color = fontColor;
  const fill = hexColor(s.fill);
  if (fill) f.fill.color = fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  const h = alignment(s.hAlign);
  if (h) f.horizontalAlignment = h;
  const v = vertical(s.vAlign);
  if (v) f.verticalAlignment = v;
  if (s.border) {
    for (const edge of BORDER_EDGES) {
      const border = f.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function linkSteps(model: SheetModel, features: HostFeatures): WriteStep[] {
  if (!features.hyperlinks) return [];
  return (model.links ?? []).map((link) => {
    const target = `${quotedSheetName(link.sheet)}!${link.cell}`;
    const shown = cellText(model.values[link.row]?.[link.col] ?? null) || target;
    return {
      // Three proxies (range, format, font) and three sets; the text goes out as the link's
      // text and the cell's value.
      bytes: ACTION_BYTES * 8 + utf8Length(target) + 2 * utf8Length(shown),
      queue: ({ sheet }) => {
        const range = sheet.getRange(cellAddress(link.row, link.col));
        range.hyperlink = { documentReference: target, textToDisplay: shown };
        range.format.font.underline = "Single";
        range.format.font.color = HYPERLINK_COLOR;
      },
    };
  });
}

/** Runs of equal sizes, so that neighbouring columns or rows are set in one action. */
function runsOf(sizes: (number | undefined)[]): { from: number; to: number; size: number }[] {
  const runs: { from: number; to: number; size: number }[] = [];
  sizes.forEach((size, i) => {
    if (size === undefined || !(size > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === i - 1 && last.size === size) last.to = i;
    else runs.push({ from: i, to: i, size });
  });
  return runs;
}

function sizeSteps(model: SheetModel): WriteStep[] {
  // Two proxies (range, format), each a path and an Instantiate, and one set.
  const widths = runsOf(model.columnWidths ?? []).map((run) => ({
    bytes: ACTION_BYTES * 5 + 16,
    queue: ({ sheet }: WriteTarget) => {
      const range = sheet.getRange(
        rangeAddress({ top: 0, left: run.from, bottom: 0, right: run.to }),
      );
      range.format.columnWidth = widthPoints(run.size);
    },
  }));
  // Excel fits a row with its own body font (Aptos Narrow, 12 points on a Mac) where no merged
  // cell decides it; the estimate, made for Calibri 11, is set only where one does.
  const fits = rowFits(model);
  const estimated = [...(model.rowHeights ?? [])];
  const fitted: number[] = [];
  for (const [r, fit] of fits) {
    if (fit.merged) estimated[r] = fit.points;
    else fitted[r] = 1;
  }
  const right = Math.max(0, ...model.values.map((row) => row.length - 1));
  const heights = runsOf(estimated).map((run) => ({
    bytes: ACTION_BYTES * 5 + 16,
    queue: ({ sheet }: WriteTarget) => {
      const range = sheet.getRange(
        rangeAddress({ top: run.from, left: 0, bottom: run.to, right: 0 }),
      );
      range.format.rowHeight = run.size;
    },
  }));
  const autofits = runsOf(fitted).map((run) => ({
    bytes: ACTION_BYTES * 5,
    queue: ({ sheet }: WriteTarget) => {
      sheet
        .getRange(rangeAddress({ top: run.from, left: 0, bottom: run.to, right }))
        .format.autofitRows();
    },
  }));
  return [...widths, ...heights, ...autofits];
}

function sheetSetupSteps(model: SheetModel, features: HostFeatures): WriteStep[] {
  const steps: WriteStep[] = [];
  const freeze = model.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    steps.push({
      bytes: ACTION_BYTES * 2,
      queue: ({ sheet }) => {
        if (freeze.cols === 0) sheet.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) sheet.freezePanes.freezeColumns(freeze.cols);
        else {
          const frozen = { top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.cols - 1 };
          sheet.freezePanes.freezeAt(rangeAddress(frozen));
        }
      },
    });
  }
  // Page layout needs ExcelApi 1.9; without it the sheet prints with Excel's defaults.
  const print = model.print;
  if (print && features.pageLayout) {
    steps.push({
      bytes: ACTION_BYTES * 5,
      queue: ({ sheet }) => {
        const layout = sheet.pageLayout;
        layout.paperSize = print.paper;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        if (print.repeatRows) {
          layout.setPrintTitleRows(`$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`);
        }
      },
    });
  }
  return steps;
}

/**
 * Drop-down lists: inline when Excel accepts it (no commas or quotes, ≤ 255 characters),
 * otherwise the items go into a column of the very-hidden lists sheet and the rule points there.
 */
function validationSteps(model: SheetModel, lists: ListsSheetInfo): WriteStep[] {
  let column = lists.nextColumn;
  let listsSheetAdded = lists.exists;
  return (model.validations ?? [])
    .filter((v) => v.list.length > 0)
    .map((v) => {
      const inline = v.list.join(",");
      const awkward = v.list.some((i) => i.includes(",") || i.includes('"'));
      const useInline = !awkward && inline.length <= MAX_INLINE_LIST;
      const col = useInline ? -1 : column++;
      const addSheet = !useInline && !listsSheetAdded;
      if (addSheet) listsSheetAdded = true;
      const listRange = { top: 0, left: col, bottom: v.list.length - 1, right: col };
      const source = useInline
        ? inline
        : `=${quotedSheetName(LISTS_SHEET)}!$${columnLetters(col)}$1:$${columnLetters(col)}$${v.list.length}`;
      return {
        bytes: ACTION_BYTES * 6 + utf8Length(source) + (useInline ? 0 : jsonBytes(v.list) * 2),
        queue: ({ context, sheet }: WriteTarget) => {
          if (!useInline) {
            const sheets = context.workbook.worksheets;
            // Hidden by the adapter in a run of its own: a sheet's visibility has no undo.
            const listsSheet = addSheet ? sheets.add(LISTS_SHEET) : sheets.getItem(LISTS_SHEET);
            const range = listsSheet.getRange(rangeAddress(listRange));
            range.numberFormat = v.list.map(() => ["@"]);
            range.values = v.list.map((item) => [item]);
          }
          const dv = sheet.getRange(rangeAddress(v.range)).dataValidation;
          dv.rule = { list: { inCellDropDown: true, source } };
          dv.ignoreBlanks = true;
          // allowOther: the list only offers values; anything else typed is kept without a complaint.
          dv.errorAlert = {
            showAlert: !v.allowOther,
            style: "Stop",
            title: "Гүйцэтгэл",
            message: "Жагсаалтаас сонгоно уу. / Choose a value from the list.",
          };
        },
      };
    });
}

/**
 * "Cell value less than N" would also colour blank cells (Excel reads them as 0), so the rule is
 * a custom formula that only looks at numbers, as in the .xlsx.
 */
function conditionalSteps(model: SheetModel): WriteStep[] {
  return (model.conditionalFormats ?? []).flatMap((cf) => {
    const fill = hexColor(cf.fill);
    if (!fill) return [];
    const tl = cellAddress(cf.range.top, cf.range.left);
    const formula = `=AND(ISNUMBER(${tl}),${tl}<${cf.below})`;
    return [
      {
        bytes: ACTION_BYTES * 6 + formula.length,
        queue: ({ sheet }: WriteTarget) => {
          const format = sheet.getRange(rangeAddress(cf.range)).conditionalFormats.add("Custom");
          format.custom.rule.formula = formula;
          format.custom.format.fill.color = fill;
        },
      },
    ];
  });
}

/** A native clustered column chart of the values against the labels. */
function chartSteps(model: SheetModel, features: HostFeatures): WriteStep[] {
  const chart = model.chart;
  if (!chart) return [];
  const { labels, values } = chart;
  const adjacent =
    labels.left === labels.right &&
    values.left === values.right &&
    labels.right + 1 === values.left &&
    labels.top === values.top &&
    labels.bottom === values.bottom;
  return [
    {
      bytes: ACTION_BYTES * 8 + utf8Length(chart.title),
      queue: ({ sheet }) => {
        const source = adjacent ? { ...labels, right: values.right } : values;
        const added = sheet.charts.add(
          "ColumnClustered",
          sheet.getRange(rangeAddress(source)),
          "Auto",
        );
        if (!adjacent && features.hyperlinks) {
          added.series.getItemAt(0).setXAxisValues(sheet.getRange(rangeAddress(labels)));
        }
        added.name = CHART_NAME;
        added.title.text = chart.title;
        added.setPosition(cellAddress(chart.at.row, chart.at.col));
      },
    },
  ];
}

/** Everything a SheetModel asks for, as steps: values first (in chunks), then formats. */
export function planSheetWrite(
  model: SheetModel,
  features: HostFeatures,
  lists: ListsSheetInfo,
): SheetWritePlan {
  const values = valueSteps(model);
  const rowsTotal = values.steps[values.steps.length - 1]?.rowsDone ?? 0;
  return {
    rowsTotal,
    cells: values.cells,
    fitToWidth: !!model.print?.fitToWidth && features.pageLayout,
    steps: [
      ...values.steps,
      ...mergeSteps(model),
      ...styleSteps(model),
      ...linkSteps(model, features),
      ...sizeSteps(model),
      ...sheetSetupSteps(model, features),
      ...validationSteps(model, lists),
      ...conditionalSteps(model),
      ...chartSteps(model, features),
    ],
  };
}

/** Whether the model needs the lists sheet (a list that cannot be written inline). */
export function needsListsSheet(model: SheetModel): boolean {
  return (model.validations ?? []).some(
    (v) =>
      v.list.length > 0 &&
      (v.list.some((i) => i.includes(",") || i.includes('"')) ||
        v.list.join(",").length > MAX_INLINE_LIST),
  );
}

/** Consecutive steps grouped so that each group's estimate stays within the budget. */
export function packBatches(steps: WriteStep[], budget = PACK_BUDGET): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
