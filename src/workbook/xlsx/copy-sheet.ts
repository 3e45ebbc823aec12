import ExcelJS from "exceljs";
import { mergeAreas, mergesOf } from "./merge";
import { shared } from "./write";

const NO_STYLE = shared({});

/** A formula that reaches another sheet or another file would point elsewhere once copied. */
function reachesOutside(formula: string): boolean {
  return formula.includes("!") || formula.includes("[");
}

/**
 * The value to store in the copy: formulas on the sheet itself stay formulas (shared ones written
 * out per cell), formulas reaching other sheets become the value they last computed.
 */
function copiedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const formula = cell.formula;
  const result = cell.result;
  if (!formula || reachesOutside(formula)) return result ?? null;
  return result === undefined ? { formula } : ({ formula, result } as ExcelJS.CellFormulaValue);
}

/**
 * Copy a worksheet into another workbook as it is: values, styles and number formats, merges,
 * column widths, row heights, hidden rows and columns, frozen panes, page setup and tab colour.
 * The source is not changed. Returns the new sheet, named `name` (the caller makes it unique).
 */
export function copySheet(
  source: ExcelJS.Worksheet,
  target: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet {
  const margins = source.pageSetup.margins;
  const ws = target.addWorksheet(name, {
    properties: { ...source.properties },
    pageSetup: { ...source.pageSetup, ...(margins ? { margins: { ...margins } } : {}) },
    // A sheet written without views loads with null ones.
    views: (source.views ?? []).map((v) => ({ ...v })),
  });

  // Merge first, without styles: the loop below gives every cell, merged or not, its style.
  mergeAreas(ws, mergesOf(source));

  // Cells sharing a style in the source (exceljs shares a loaded file's styles, not the empty
  // style of a cell without one) share one frozen copy of it, its parts copied so that the
  // source's stay unfrozen: the writer serialises each style once, not once per cell.
  const copies = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  const copyOf = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => {
    if (Object.keys(style).length === 0) return NO_STYLE;
    let copy = copies.get(style);
    if (!copy) {
      copy = shared(structuredClone(style));
      copies.set(style, copy);
    }
    return copy;
  };

  source.eachRow({ includeEmpty: true }, (row, r) => {
    const copy = ws.getRow(r);
    if (row.height !== undefined) copy.height = row.height;
    if (row.hidden) copy.hidden = true;
    if (row.outlineLevel) copy.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const to = copy.getCell(c);
      // A merged cell's value lives in its top-left cell; the others only carry a style.
      if (cell.type !== ExcelJS.ValueType.Merge) to.value = copiedValue(cell);
      to.style = copyOf(cell.style);
    });
  });

  // `columns` is null on a sheet that defines none.
  (source.columns ?? []).forEach((from, i) => {
    const to = ws.getColumn(i + 1);
    if (from.width !== undefined) to.width = from.width;
    if (from.hidden) to.hidden = true;
    if (from.outlineLevel) to.outlineLevel = from.outlineLevel;
  });
  return ws;
}
