import type { Grid } from "../../core/grid";
import type { Plan } from "../../core/plan/model";
import { readPlan } from "../../core/plan/read";
import type { SheetModel } from "../../core/sheet";
import type { TemplateId } from "../../core/templates/spec";
import type { WorkbookPort, WriteSheetOptions } from "../../workbook/port";
import type { SheetState, WorkbookState } from "../../workbook/state";
import { Refusal, type Journal } from "../failure";
import { sayBoth } from "../strings";

/** Rows written so far of the sheet being written, for a progress bar. */
export type WriteProgressListener = (sheet: string, done: number, total: number) => void;

/** The active sheet's name and contents. */
export async function readActiveSheet(port: WorkbookPort): Promise<{ sheet: string; grid: Grid }> {
  const sheet = await port.activeSheetName();
  const grid = await port.readSheet(sheet);
  return { sheet, grid: { ...grid, sheet } };
}

/** The template the workbook state records for a sheet, if any. */
export function recordedTemplate(state: WorkbookState, sheet: string): TemplateId | undefined {
  return Object.prototype.hasOwnProperty.call(state.sheets, sheet)
    ? state.sheets[sheet].template
    : undefined;
}

/**
 * The sheet as a plan or report: read as the template the state records for it, else (or when
 * the sheet no longer fits that template) as the template its header matches best.
 */
export function readSheetPlan(state: WorkbookState, sheet: string, grid: Grid): Plan {
  const template = recordedTemplate(state, sheet);
  let read = readPlan(grid, template ? { template } : {});
  if (!read.ok && template) read = readPlan(grid);
  if (!read.ok) throw new Refusal(sayBoth("unreadableSheet", { sheet, reason: read.reason }));
  return read.plan;
}

/** The state with one sheet's entry replaced. */
export function withSheet(state: WorkbookState, sheet: string, entry: SheetState): WorkbookState {
  return { ...state, sheets: { ...state.sheets, [sheet]: entry } };
}

/** Save the state in the workbook and return it. */
export async function saveState(port: WorkbookPort, state: WorkbookState): Promise<WorkbookState> {
  await port.saveState(state);
  return state;
}

function writeOptions(
  model: SheetModel,
  onProgress: WriteProgressListener | undefined,
  activate = true,
): WriteSheetOptions {
  return {
    activate,
    onProgress: onProgress && ((done, total) => onProgress(model.name, done, total)),
  };
}

/** Write a new sheet of a template and record the template in the workbook state. */
export async function writeTemplateSheet(
  port: WorkbookPort,
  state: WorkbookState,
  model: SheetModel,
  template: TemplateId,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<{ sheet: string; state: WorkbookState }> {
  const { name } = await port.writeNewSheet(model, writeOptions(model, onProgress));
  journal.record(sayBoth("doneSheet", { sheet: name }));
  const next = await saveState(port, withSheet(state, name, { template, computed: [] }));
  return { sheet: name, state: next };
}

/**
 * Write (or rewrite) sheets the add-in owns, one after the other; returns their names. The last
 * one is shown unless `activate` is false (the person keeps the sheet being checked in view).
 */
export async function writeAddinSheets(
  port: WorkbookPort,
  models: SheetModel[],
  journal: Journal,
  options: { onProgress?: WriteProgressListener; activate?: boolean } = {},
): Promise<string[]> {
  const names: string[] = [];
  for (const [i, model] of models.entries()) {
    const activate = options.activate !== false && i === models.length - 1;
    const { name } = await port.replaceAddinSheet(
      model,
      writeOptions(model, options.onProgress, activate),
    );
    journal.record(sayBoth("doneSheet", { sheet: name }));
    names.push(name);
  }
  return names;
}
