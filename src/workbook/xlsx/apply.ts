import type ExcelJS from "exceljs";
import { parseAddress } from "../../core/grid";
import type { CellWrite } from "../port";

/**
 * Write computed values into a loaded worksheet: each listed cell gets its value and, when given,
 * its number format; every other property of the cell (font, fill, borders, alignment) and every
 * other cell stays as it was.
 */
export function applyCellWrites(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  // The formatted styles made so far, by the style they were made from and the format: cells
  // that shared a style share its formatted copy too (exceljs then writes it once, not per cell).
  const formatted = new Map<Partial<ExcelJS.Style>, Map<string, Partial<ExcelJS.Style>>>();
  const withFormat = (style: Partial<ExcelJS.Style>, numFmt: string) => {
    let byFormat = formatted.get(style);
    if (!byFormat) formatted.set(style, (byFormat = new Map()));
    let copy = byFormat.get(numFmt);
    if (!copy) byFormat.set(numFmt, (copy = { ...style, numFmt }));
    return copy;
  };
  for (const w of writes) {
    const pos = parseAddress(w.cell);
    if (!pos) continue;
    const existing = ws.findCell(pos.row + 1, pos.col + 1);
    // A merged area keeps its value in its top-left cell.
    const cell = existing?.isMerged ? existing.master : ws.getRow(pos.row + 1).getCell(pos.col + 1);
    cell.value = w.value;
    if (w.numberFormat) {
      // exceljs shares one style object between cells loaded with the same style: give this
      // cell a copy, or the format would spread to every cell sharing it.
      cell.style = withFormat(cell.style, w.numberFormat);
    }
  }
}
