import type ExcelJS from "exceljs";
import type { SheetModel } from "../core/sheet";
import { writeSheetModel } from "../workbook";
import { uniqueSheetName } from "../workbook/office/names";

/** Fields exceljs has at run time but leaves out of its type definitions. */
interface SheetOrder {
  orderNo: number;
}
interface NameMatrices {
  matrixMap: Record<string, unknown>;
}

/** Remove a sheet the add-in wrote, with the chart names its writer recorded for it. */
function dropAddinSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const names = (wb.definedNames as unknown as NameMatrices).matrixMap;
  delete names[`guitsetgel_chart_${ws.id}_labels`];
  delete names[`guitsetgel_chart_${ws.id}_values`];
  wb.removeWorksheet(ws.id);
}

/**
 * Write the add-in's own sheets (summaries, findings) into a workbook. A sheet of the same name
 * that the add-in wrote before (`previous`, from the workbook's state) is replaced in its place;
 * a person's sheet is never touched: the new sheet takes another name. Returns the names written.
 */
export function putAddinSheets(
  wb: ExcelJS.Workbook,
  models: SheetModel[],
  previous: readonly string[],
): string[] {
  const owned = new Set(previous);
  const written: string[] = [];
  for (const model of models) {
    const existing = wb.worksheets.find((ws) => ws.name.toLowerCase() === model.name.toLowerCase());
    let orderNo: number | undefined;
    if (existing && owned.has(existing.name) && !written.includes(existing.name)) {
      orderNo = (existing as unknown as SheetOrder).orderNo;
      dropAddinSheet(wb, existing);
    }
    const name = uniqueSheetName(
      model.name,
      wb.worksheets.map((ws) => ws.name),
    );
    const ws = wb.addWorksheet(name);
    if (orderNo !== undefined) (ws as unknown as SheetOrder).orderNo = orderNo;
    writeSheetModel(ws, { ...model, name });
    written.push(name);
  }
  return written;
}
