import type { MemoryExcel } from "../workbook/memory/excel";
import type { MemoryWorkbook } from "../workbook/memory/model";
import type { OfficeHost } from "../workbook/office/adapter";
import type { RunFn } from "../workbook/office/api";
import { UndoHistory } from "./undo";

/**
 * The in-memory Excel as the preview page holds it: the same fake the tests use, with its `run`
 * wrapped so that the workbook view hears of every change the task pane makes (sheets written,
 * cells fixed, a finding's cell selected) without the fake knowing about it.
 *
 * It also plays Excel's undo: one step for each of the person's own edits in the grid and for
 * each sync that changes the workbook, except that a run with `mergeUndoGroup` (as the task pane
 * makes them) is one step however many syncs it takes. See UndoHistory for what a step keeps.
 */
export interface PreviewHost extends OfficeHost {
  readonly excel: MemoryExcel;
  /** Grows by one after each change: a run of the task pane, an edit, a file opened. */
  version(): number;
  /** Grows by one when another workbook replaced the current one (the pane starts afresh). */
  generation(): number;
  subscribe(listener: () => void): () => void;
  /** Say that the preview itself changed the workbook (a sheet chosen, a cell selected). */
  changed(): void;
  /** Change the workbook from the page itself (a cell typed or cleared): one undo step. */
  edit(change: () => void): void;
  /** Go back one step; false when there is none. */
  undo(): boolean;
  /** Do again the step last undone; false when there is none. */
  redo(): boolean;
  /** Put another workbook in place of the current one, in the same fake. */
  replace(next: MemoryWorkbook): void;
}

export function previewHost(excel: MemoryExcel): PreviewHost {
  let version = 0;
  let generation = 0;
  const listeners = new Set<() => void>();
  const history = new UndoHistory(excel.workbook);
  /** The run under way: whether it is one undo step, and whether that step is kept yet. */
  let running: { merged: boolean; kept: boolean } | null = null;

  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  excel.beforeChange = () => {
    if (running?.merged && running.kept) return;
    history.record();
    if (running) running.kept = true;
  };
  const run: RunFn = async (options, batch) => {
    const outer = running === null;
    if (outer) running = { merged: options.mergeUndoGroup === true, kept: false };
    try {
      return await excel.run(options, batch);
    } finally {
      if (outer) running = null;
      changed();
    }
  };
  const step = (done: boolean) => {
    if (done) changed();
    return done;
  };
  return {
    run,
    requirements: excel.requirements,
    excel,
    version: () => version,
    generation: () => generation,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed,
    edit(change) {
      history.record();
      change();
      changed();
    },
    undo: () => step(history.undo()),
    redo: () => step(history.redo()),
    replace(next) {
      // The fake keeps this object: its fields change, the object stays.
      const wb = excel.workbook;
      wb.sheets = next.sheets;
      wb.activeSheetId = next.activeSheetId;
      wb.selection = next.selection;
      wb.settings = next.settings;
      wb.cellEditMode = false;
      history.clear();
      generation += 1;
      changed();
    },
  };
}
