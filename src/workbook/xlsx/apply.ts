import type ExcelJS from "exceljs";
import { parseAddress } from "../../core/grid";
import type { CellWrite } from "../port";

/**
 * Write computed values into a loaded worksheet: each listed cell gets its value and, when given,
 * its number format; every other property of the cell (font, fill, borders, alignment) and every
 * other cell stays as it was.
 */
export function applyCellWrites(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const pos = parseAddress(w.cell);
    if (!pos) continue;
    const existing = ws.findCell(pos.row + 1, pos.col + 1);
    // A merged area keeps its value in its top-left cell.
    const cell = existing?.isMerged ? existing.master : ws.getRow(pos.row + 1).getCell(pos.col + 1);
    cell.value = w.value;
    if (w.numberFormat) {
      // exceljs shares one style object between cells loaded with the same style: give this
      // cell its own copy, or the format would spread to every cell sharing it.
      cell.style = { ...cell.style, numFmt: w.numberFormat };
    }
  }
}
