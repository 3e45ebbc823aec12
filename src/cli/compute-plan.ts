import type ExcelJS from "exceljs";
import { planCompute, type ComputePlan, type OwnedCells } from "../core/compute";
import type { Evaluation } from "../core/evaluate";
import { parseAddress } from "../core/grid";

/** The formula (with its "=") in a cell of a worksheet; a merged cell's is its master's. */
function formulaAt(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const pos = parseAddress(address);
  const found = pos ? ws.findCell(pos.row + 1, pos.col + 1) : undefined;
  const formula = (found?.isMerged ? found.master : found)?.formula;
  return formula ? `=${formula}` : undefined;
}

/**
 * What Compute writes into a worksheet (planCompute): a cell it would fill that holds a person's
 * formula, one showing nothing (=IFERROR(G12/F12,"")) too, is kept, never written over.
 */
export function computePlanIn(
  ws: ExcelJS.Worksheet,
  e: Evaluation,
  owned: OwnedCells,
): ComputePlan {
  return planCompute(e, owned, { get: (cell) => formulaAt(ws, cell) });
}
