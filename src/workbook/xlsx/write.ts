import ExcelJS from "exceljs";
import {
  cellAddress,
  cellText,
  columnLetters,
  MAX_CELL_CHARS,
  rangeAddress,
  quotedSheetName,
  type CellValue,
  type Merge,
} from "../../core/grid";
import type { CellStyle, ChartModel, SheetModel } from "../../core/sheet";
import { fitRowHeights } from "../../core/templates/row-fit";
import { writeStateSheet, LISTS_SHEET, type WorkbookState } from "../state";
import { argbColor } from "../colors";
import { mergeAreas } from "./merge";

/** Excel's limit on the characters of one cell. */
/** Excel's limit on an inline data-validation list formula ("a,b,c" with its quotes). */
const MAX_LIST_FORMULA = 255;

const HYPERLINK_COLOR = "FF0563C1";
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

export { rangeAddress };

/** Absolute A1 range on a named sheet ("'План 2026'!$A$2:$A$9"). */
function sheetRange(sheet: string, r: Merge): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `${quotedSheetName(sheet)}!${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}

/** A value as exceljs should store it: text stays text, never a formula. */
function storedValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return clipText(v);
  return v;
}

/** Cut text to what a cell holds, without splitting a surrogate pair (which would break the XML). */
function clipText(s: string): string {
  if (s.length <= MAX_CELL_CHARS) return s;
  let end = MAX_CELL_CHARS;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return s.slice(0, end);
}

/** Add the properties a CellStyle sets to a style, keeping what earlier ones set (later wins per property). */
function addStyle(style: Partial<ExcelJS.Style>, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.size !== undefined) font.size = s.size;
  const color = argbColor(s.color);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length > 0) style.font = { ...style.font, ...font };

  const fill = argbColor(s.fill);
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };

  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (Object.keys(alignment).length > 0) style.alignment = { ...style.alignment, ...alignment };

  if (s.numberFormat) style.numFmt = s.numberFormat;
}

/** A row's own style, which exceljs has at run time but leaves out of its type definitions. */
interface RowStyle {
  style: Partial<ExcelJS.Style>;
}

/** A style object several cells (and rows) share: frozen, so that no change to one cell's look can reach the others. */
export function shared(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  for (const part of Object.values(style)) if (typeof part === "object") Object.freeze(part);
  return Object.freeze(style);
}

/**
 * Give each cell the model's style ranges that cover it, in order. Cells given the same styles
 * share one style object, as exceljs shares the styles of the cells it loads: each is built once
 * and serialised once, not once per cell (a summary has tens of thousands). Cells and rows no
 * range covers (the rest of a merged line, plain values) share one empty style.
 */
function applyStyles(ws: ExcelJS.Worksheet, styles: SheetModel["styles"] = []): void {
  // Equal styles written as separate ranges (one per line of a conclusion) count as one.
  const ids = new Map<string, number>();
  const styleOf: CellStyle[] = [];
  const idOf = styles.map(({ style }) => {
    const text = JSON.stringify(style);
    if (!ids.has(text)) {
      ids.set(text, ids.size);
      styleOf.push(style);
    }
    return ids.get(text) as number;
  });
  // The styles covering each cell, by row and column, as their ids in order ("0,3"): no cell
  // is fetched from the sheet before all are known.
  const covering: (string | undefined)[][] = [];
  styles.forEach(({ range }, i) => {
    for (let r = range.top; r <= range.bottom; r++) {
      const row = (covering[r] ??= []);
      for (let c = range.left; c <= range.right; c++) {
        const key = row[c];
        row[c] = key === undefined ? `${idOf[i]}` : `${key},${idOf[i]}`;
      }
    }
  });
  const built = new Map<string, Partial<ExcelJS.Style>>();
  covering.forEach((keys, r) => {
    const row = ws.getRow(r + 1);
    keys.forEach((key, c) => {
      if (key === undefined) return;
      let style = built.get(key);
      if (!style) {
        const parts: Partial<ExcelJS.Style> = {};
        for (const id of key.split(",")) addStyle(parts, styleOf[Number(id)]);
        style = shared(parts);
        built.set(key, style);
      }
      row.getCell(c + 1).style = style;
    });
  });
  const none = shared({});
  const unstyled = (style: Partial<ExcelJS.Style>) => Object.keys(style).length === 0;
  ws.eachRow((row) => {
    const own = row as unknown as RowStyle;
    if (unstyled(own.style)) own.style = none;
    const keys = covering[row.number - 1];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (keys?.[c - 1] === undefined && unstyled(cell.style)) cell.style = none;
    });
  });
}

/**
 * Show a link as one (Excel does not style it by itself), keeping a colour a style chose. The
 * style it had may be shared with other cells: links of one style share one link style, `made`
 * (a findings sheet has a link on every row, and the writer serialises each style object anew).
 */
function underlineLink(
  cell: ExcelJS.Cell,
  made: Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>,
): void {
  const had = cell.style;
  let style = made.get(had);
  if (!style) {
    const font = { color: { argb: HYPERLINK_COLOR }, ...had.font, underline: true };
    style = shared({ ...had, font });
    made.set(had, style);
  }
  cell.style = style;
}

/** Worksheet fields exceljs has at run time but leaves out of its type definitions. */
interface WorksheetExtras {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

/**
 * The formula of a drop-down list: an inline list when Excel accepts one (no commas or quotes in
 * the items, at most 255 characters), otherwise a range on the very-hidden lists sheet.
 */
function listFormula(wb: ExcelJS.Workbook, items: string[]): string {
  const inline = `"${items.join(",")}"`;
  const awkward = items.some((i) => i.includes(",") || i.includes('"'));
  if (!awkward && inline.length <= MAX_LIST_FORMULA) return inline;
  return listRange(wb, items);
}

/** Store a list in a column of the lists sheet (reusing an identical one) and return its range. */
function listRange(wb: ExcelJS.Workbook, items: string[]): string {
  const ws = wb.getWorksheet(LISTS_SHEET) ?? wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  const stored = items.map(listItemValue);
  let col = 1;
  for (; col <= ws.columnCount; col++) {
    const existing = ws.getColumn(col).values.slice(1);
    if (existing.length === stored.length && existing.every((v, i) => v === stored[i])) break;
  }
  if (col > ws.columnCount) stored.forEach((v, i) => (ws.getCell(i + 1, col).value = v));
  return sheetRange(LISTS_SHEET, {
    top: 0,
    left: col - 1,
    bottom: items.length - 1,
    right: col - 1,
  });
}

/** A list item that reads as a number is stored as one, so that picking it enters a number. */
function listItemValue(item: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(item) ? Number(item) : item;
}

/**
 * Record the chart's data as workbook names (labels and values). exceljs cannot write charts, and
 * hand-written chart XML is not worth its risk: the Office.js adapter draws the chart itself, and
 * in a downloaded file the named ranges let a person insert it from Formulas → Name Manager.
 */
function writeChartRanges(ws: ExcelJS.Worksheet, chart: ChartModel): void {
  const base = `guitsetgel_chart_${ws.id}`;
  ws.workbook.definedNames.add(sheetRange(ws.name, chart.labels), `${base}_labels`);
  ws.workbook.definedNames.add(sheetRange(ws.name, chart.values), `${base}_values`);
}

/** Write a SheetModel onto an (empty) exceljs worksheet. */
export function writeSheetModel(ws: ExcelJS.Worksheet, model: SheetModel): void {
  model.values.forEach((rowValues, r) => {
    const row = ws.getRow(r + 1);
    rowValues.forEach((v, c) => {
      const stored = storedValue(v);
      if (stored !== null) row.getCell(c + 1).value = stored;
    });
  });

  for (const f of model.formulas ?? []) {
    const result = storedValue(f.result ?? null);
    ws.getCell(f.row + 1, f.col + 1).value = {
      formula: f.formula.replace(/^=/, ""),
      ...(result === null ? {} : { result: result as string | number | boolean }),
    };
  }

  for (const link of model.links ?? []) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const shown = cellText(model.values[link.row]?.[link.col] ?? null);
    const target = `${quotedSheetName(link.sheet)}!${link.cell}`;
    cell.value = { text: clipText(shown || target), hyperlink: `#${target}` };
  }

  // Merge without copying the master's style: the style ranges below say what each cell looks like.
  const areas = (model.merges ?? []).filter((m) => m.bottom > m.top || m.right > m.left);
  mergeAreas(
    ws,
    areas.map((m) => ({
      top: m.top + 1,
      left: m.left + 1,
      bottom: m.bottom + 1,
      right: m.right + 1,
    })),
  );

  applyStyles(ws, model.styles);
  const linkStyles = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  for (const link of model.links ?? []) {
    underlineLink(ws.getCell(link.row + 1, link.col + 1), linkStyles);
  }

  model.columnWidths?.forEach((w, c) => {
    if (w !== undefined && w > 0) ws.getColumn(c + 1).width = w;
  });
  fitRowHeights(model).forEach((h, r) => {
    if (h !== undefined && h > 0) ws.getRow(r + 1).height = h;
  });

  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    const { rows, cols } = model.freeze;
    ws.views = [
      { state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols) },
    ];
  }

  if (model.print) {
    const p = model.print;
    ws.pageSetup.paperSize = 9 as ExcelJS.PaperSize; // A4
    ws.pageSetup.orientation = p.orientation;
    if (p.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0; // as many pages tall as needed
    }
    if (p.repeatRows)
      ws.pageSetup.printTitlesRow = `${p.repeatRows.top + 1}:${p.repeatRows.bottom + 1}`;
  }

  const extras = ws as unknown as WorksheetExtras;
  const validations = extras.dataValidations;
  for (const v of model.validations ?? []) {
    if (v.list.length === 0) continue;
    validations.add(rangeAddress(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(ws.workbook, v.list)],
      // allowOther: the list only offers values; anything else typed is kept without a complaint.
      ...(v.allowOther
        ? { showErrorMessage: false }
        : {
            showErrorMessage: true,
            errorTitle: "Гүйцэтгэл",
            error: "Жагсаалтаас сонгоно уу. / Choose a value from the list.",
          }),
    });
  }

  // "Cell value less than N" would also colour blank cells (Excel reads them as 0), so the rule is
  // an expression that only looks at numbers.
  let priority = extras.conditionalFormattings.reduce((n, cf) => n + cf.rules.length, 0);
  for (const cf of model.conditionalFormats ?? []) {
    const color = argbColor(cf.fill);
    if (!color) continue;
    const tl = cellAddress(cf.range.top, cf.range.left);
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: "expression",
          priority: ++priority,
          formulae: [`AND(ISNUMBER(${tl}),${tl}<${cf.below})`],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: color },
              bgColor: { argb: color },
            },
          },
        },
      ],
    });
  }

  if (model.chart) writeChartRanges(ws, model.chart);
}

/**
 * Deflate level 3, not jszip's 6: writing a 333-sheet consolidation took 700 ms instead of 825
 * and a 10,000-row report 400 instead of 560 (medians of 5 in turns), for files 14–20% larger
 * (1.26 MB instead of 1.10, 416 KB instead of 346); level 1 is no faster and larger again.
 */
const ZIP = { compression: "DEFLATE", compressionOptions: { level: 3 } } as const;

/** The workbook as .xlsx bytes. */
/** Text that reads as an escaped character in the file's XML ("_x0041_" is "A"). */
const ESCAPE_LIKE = /_x[0-9A-Fa-f]{4}_/g;

/**
 * A text written back as it reads: exceljs decodes "_x0041_" in a file to "A" but does not
 * encode a literal "_x0041_" on writing, so a person's "_x0041_" would come back as "A". Its
 * underscore is written as Excel writes one there, "_x005F_".
 */
const keepLiteral = (text: string): string =>
  text.replace(ESCAPE_LIKE, (m) => `_x005F_${m.slice(1)}`);

/** Every text of the workbook as keepLiteral writes it (cells, rich text). */
function keepLiteralEscapes(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "string") {
          if (v.includes("_x")) cell.value = keepLiteral(v);
        } else if (v && typeof v === "object" && "richText" in v) {
          if (v.richText.some((r) => r.text.includes("_x"))) {
            cell.value = { richText: v.richText.map((r) => ({ ...r, text: keepLiteral(r.text) })) };
          }
        }
      }),
    );
  }
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  keepLiteralEscapes(wb);
  // A file's own dates may be no dates ("2026-13-45T99:00:00Z"): exceljs reads them as Invalid
  // Date and throws writing them back. Such a date is dropped; the file is the same otherwise.
  for (const key of ["created", "modified", "lastPrinted"] as const) {
    const date = wb[key] as Date | undefined;
    if (date instanceof Date && Number.isNaN(date.getTime())) delete wb[key];
  }
  // exceljs returns a Node Buffer under Node and its bundled Buffer in a browser.
  return (await wb.xlsx.writeBuffer({ zip: ZIP })) as unknown as Buffer;
}

/** A new .xlsx holding the given sheets, in order, and the add-in's state when given. */
export async function sheetsToXlsx(models: SheetModel[], state?: WorkbookState): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const model of models) writeSheetModel(wb.addWorksheet(model.name), model);
  if (state) writeStateSheet(wb, state);
  return workbookToBuffer(wb);
}
