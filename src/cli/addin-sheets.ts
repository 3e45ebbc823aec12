import type ExcelJS from "exceljs";
import {
  addinRecord,
  addinSheetOf,
  firstText,
  plainValue,
  stillTheAddins,
  withAddinSheet,
  writeSheetModel,
  type AddinModel,
  type WorkbookState,
} from "../workbook";
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

/** A worksheet's first text: its title, for the sheets the add-in writes. */
function titleOf(ws: ExcelJS.Worksheet): string {
  const values: ReturnType<typeof plainValue>[][] = [];
  ws.eachRow((row) => {
    if (values.length > 0) return;
    const cells: ReturnType<typeof plainValue>[] = [];
    row.eachCell((cell) => cells.push(plainValue(cell.value)));
    values.push(cells);
  });
  return firstText(values);
}

/**
 * Write the add-in's own sheets (summaries, findings) into a workbook. A sheet the workbook's
 * state records for the same kind and source, still the add-in's (its title as written), is
 * replaced in its place; a person's sheet is never touched: the new sheet takes another name.
 * Returns the state with the sheets recorded.
 */
export function putAddinSheets(
  wb: ExcelJS.Workbook,
  sheets: AddinModel[],
  state: WorkbookState,
): { names: string[]; state: WorkbookState } {
  let next = state;
  const names: string[] = [];
  for (const sheet of sheets) {
    const record = addinSheetOf(next, sheet);
    const existing = record && wb.getWorksheet(record.name);
    let orderNo: number | undefined;
    if (existing && record && stillTheAddins(record, titleOf(existing))) {
      orderNo = (existing as unknown as SheetOrder).orderNo;
      dropAddinSheet(wb, existing);
    }
    const name = uniqueSheetName(
      sheet.model.name,
      wb.worksheets.map((ws) => ws.name),
    );
    const ws = wb.addWorksheet(name);
    if (orderNo !== undefined) (ws as unknown as SheetOrder).orderNo = orderNo;
    writeSheetModel(ws, { ...sheet.model, name });
    names.push(name);
    next = withAddinSheet(next, addinRecord(name, sheet));
  }
  return { names, state: next };
}
