import type { Grid } from "../../src/core/grid";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";
import { seed000 } from "../fixtures/seeds/seed000";
import { reportGrid } from "../taskpane/workbook";

/** A grid as an .xlsx file holding it on one sheet, as a person's file would. */
export async function xlsxOf(grid: Grid, name: string): Promise<Buffer> {
  return sheetsToXlsx([{ name, values: grid.cells, merges: grid.merges }]);
}

/** Seed 000 (an aimag's year-end report, as printed, mistakes and all) as an .xlsx file. */
export function seed000File(): Promise<Buffer> {
  return xlsxOf(seed000, "Биелэлт");
}

/**
 * A small organisation report: two objectives of two measures, the fulfilment % column empty.
 * Its levels give 150 of 200, 4 of 4, 10 of 20 and 100 of 100.
 */
export function smallReportFile(): Promise<Buffer> {
  return xlsxOf(reportGrid("Биелэлт"), "Биелэлт");
}
