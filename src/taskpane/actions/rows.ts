import { cellAddress } from "../../core/grid";
import { planRowInsertion, type RowKind } from "../../core/transform/insert-row";
import type { WorkbookPort } from "../../workbook/port";
import { withRowsShifted, type WorkbookState } from "../../workbook/state";
import { Refusal, type Journal } from "../failure";
import { sayBoth } from "../strings";
import { writeCellsNoting } from "./check";
import { readSheetPlan, saveState } from "./sheet";

/**
 * A row added under the selected activity of the active plan or report: a new activity
 * (numbered next, the activities after it numbered on) or another criterion of it (its merged
 * cells grown over the new row). Excel gives the new row the formats of the row above.
 */
export async function insertRow(
  port: WorkbookPort,
  kind: RowKind,
  journal: Journal,
): Promise<{ sheet: string; cell: string; state: WorkbookState }> {
  const state = (await port.loadState()).state;
  const { sheet, row } = await port.selection();
  const grid = { ...(await port.readSheet(sheet)), sheet };
  const plan = readSheetPlan(state, sheet, grid);
  const planned = planRowInsertion(plan, grid, row, kind);
  if (!planned.ok) throw new Refusal(planned.reason);
  const { at, writes, merges } = planned.insertion;
  journal.before(state);
  journal.step({ kind: "rows-inserted", sheet, at, count: 1 });
  await port.insertRows(sheet, at, 1);
  journal.record(sayBoth("doneRow", { sheet, row: at + 1 }));
  // The cells the add-in computed moved down with their rows.
  const next = await saveState(port, withRowsShifted(state, sheet, at, 1));
  await port.mergeCells(sheet, merges);
  const values = writes.flatMap((w) =>
    typeof w.value === "string" || typeof w.value === "number"
      ? [{ cell: w.cell, value: w.value }]
      : [],
  );
  if (values.length > 0) await writeCellsNoting(port, sheet, values, journal);
  const text = plan.header.columns.activity ?? plan.header.columns.criterion ?? 0;
  const col = kind === "criterion" ? (plan.header.columns.criterion ?? text) : text;
  const cell = cellAddress(at, col);
  await port.selectCell(sheet, cell);
  return { sheet, cell, state: next };
}
