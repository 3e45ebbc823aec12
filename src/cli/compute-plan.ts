import type ExcelJS from "exceljs";
import { planCompute, type ComputePlan, type OwnedCells } from "../core/compute";
import type { Evaluation } from "../core/evaluate";
import { parseAddress } from "../core/grid";

/** The formulas (with their "=") in these cells of a worksheet; a merged cell's is its master's. */
function formulasIn(ws: ExcelJS.Worksheet, cells: readonly string[]): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const address of cells) {
    const pos = parseAddress(address);
    const found = pos ? ws.findCell(pos.row + 1, pos.col + 1) : undefined;
    const formula = (found?.isMerged ? found.master : found)?.formula;
    if (formula) formulas.set(address, `=${formula}`);
  }
  return formulas;
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
  const plan = planCompute(e, owned);
  const formulas = formulasIn(
    ws,
    plan.writes.map((w) => w.cell),
  );
  return formulas.size === 0 ? plan : planCompute(e, owned, formulas);
}
