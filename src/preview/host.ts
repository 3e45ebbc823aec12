import type { MemoryExcel } from "../workbook/memory/excel";
import type { MemoryWorkbook } from "../workbook/memory/model";
import type { OfficeHost } from "../workbook/office/adapter";
import type { RunFn } from "../workbook/office/api";

/**
 * The in-memory Excel as the preview page holds it: the same fake the tests use, with its `run`
 * wrapped so that the workbook view hears of every change the task pane makes (sheets written,
 * cells fixed, a finding's cell selected) without the fake knowing about it.
 */
export interface PreviewHost extends OfficeHost {
  readonly excel: MemoryExcel;
  /** Grows by one after each change: a run of the task pane, an edit, a file opened. */
  version(): number;
  /** Grows by one when another workbook replaced the current one (the pane starts afresh). */
  generation(): number;
  subscribe(listener: () => void): () => void;
  /** Say that the preview itself changed the workbook (a cell edited, a sheet chosen). */
  changed(): void;
  /** Put another workbook in place of the current one, in the same fake. */
  replace(next: MemoryWorkbook): void;
}

export function previewHost(excel: MemoryExcel): PreviewHost {
  let version = 0;
  let generation = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const run: RunFn = async (options, batch) => {
    try {
      return await excel.run(options, batch);
    } finally {
      changed();
    }
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
    replace(next) {
      // The fake keeps this object: its fields change, the object stays.
      const wb = excel.workbook;
      wb.sheets = next.sheets;
      wb.activeSheetId = next.activeSheetId;
      wb.selection = next.selection;
      wb.settings = next.settings;
      wb.cellEditMode = false;
      generation += 1;
      changed();
    },
  };
}
