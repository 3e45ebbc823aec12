import type { RunFn } from "../workbook/office/api";
import { linesAddress, type Lines } from "./layout";
import type { PreviewStringKey } from "./strings";

/** Entire rows or columns inserted before `lines` (as many as they are) or deleted. */
export interface StructureChange {
  kind: "insert" | "delete";
  axis: "rows" | "columns";
  lines: Lines;
}

/** The menu's words for a change (also what a failure names). */
export function changeLabel(change: Pick<StructureChange, "kind" | "axis">): PreviewStringKey {
  if (change.axis === "rows") return change.kind === "insert" ? "insertRowAbove" : "deleteRow";
  return change.kind === "insert" ? "insertColumnLeft" : "deleteColumn";
}

/**
 * Make the change as a person's command in Excel makes it: one run on the workbook's Excel
 * (Range.insert / Range.delete on the entire rows or columns), so the task pane sees a real
 * Excel operation and undo takes it as one step.
 */
export async function changeStructure(
  run: RunFn,
  sheetId: string,
  change: StructureChange,
): Promise<void> {
  await run({ delayForCellEdit: true, mergeUndoGroup: true }, async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheetId)
      .getRange(linesAddress(change.axis, change.lines));
    if (change.kind === "insert") range.insert(change.axis === "rows" ? "Down" : "Right");
    else range.delete(change.axis === "rows" ? "Up" : "Left");
    await context.sync();
  });
}
