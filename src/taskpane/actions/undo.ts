import { cellText } from "../../core/grid";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";

export interface UndoRun {
  /** The add-in's state as it was before the action, now back in the workbook. */
  state?: WorkbookState;
  /** Cells a person has changed since the action: left as they are. */
  kept: number;
}

/**
 * Put the workbook back as it was before the action the journal followed, step by step in
 * reverse, also when the action stopped part way: its cells (only those still holding what the
 * add-in wrote), the sheets it added (taken away), the sheets it wrote again (the earlier ones
 * put back), and its state.
 */
export async function undoAction(port: WorkbookPort, journal: Journal): Promise<UndoRun> {
  let kept = 0;
  for (const step of [...journal.steps].reverse()) {
    switch (step.kind) {
      case "cells": {
        const now = await port.readCells(
          step.sheet,
          step.before.map((b) => b.cell),
        );
        const back = step.before.filter((b, i) => {
          const current = cellText(now[i]?.value ?? null);
          return current === cellText(step.written[i]) || current === cellText(b.value);
        });
        kept += step.before.length - back.length;
        await port.restoreCells(step.sheet, back);
        break;
      }
      case "sheet-added":
        await port.deleteSheet(step.name);
        break;
      case "sheet-replaced":
        await port.restoreSheet(step.kept, step.name);
        break;
      case "rows-inserted":
        await port.deleteRows(step.sheet, step.at, step.count);
        break;
    }
  }
  if (journal.stateBefore) await port.saveState(journal.stateBefore);
  return { state: journal.stateBefore, kept };
}
