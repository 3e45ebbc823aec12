import type { Grid } from "../../core/grid";
import type { Plan } from "../../core/plan/model";
import { readPlan } from "../../core/plan/read";
import type { SheetModel } from "../../core/sheet";
import type { TemplateId } from "../../core/templates/spec";
import { WorkbookError, type WorkbookPort, type WriteSheetOptions } from "../../workbook/port";
import {
  KEPT_SHEET_PREFIX,
  addinRecord,
  addinSheetOf,
  firstText,
  newSheetState,
  recordedReading,
  stillTheAddins,
  withAddinSheet,
  type AddinModel,
  type AddinSheet,
  type SheetState,
  type WorkbookState,
} from "../../workbook/state";
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

/**
 * The sheet as a plan or report: read as the template the state records for it (and the year
 * and period chosen for it), else (or when the sheet no longer fits that template) as the
 * template its header matches best.
 */
export function readSheetPlan(state: WorkbookState, sheet: string, grid: Grid): Plan {
  const { template, ...when } = recordedReading(state, sheet);
  let read = readPlan(grid, { template, ...when });
  if (!read.ok && template) read = readPlan(grid, when);
  if (!read.ok) throw new Refusal(sayBoth("unreadableSheet", { sheet, reason: read.reason }));
  return read.plan;
}

/** The state with one sheet's entry replaced. */
export function withSheet(state: WorkbookState, sheet: string, entry: SheetState): WorkbookState {
  return { ...state, sheets: { ...state.sheets, [sheet]: entry } };
}

/**
 * Save the state, trying once more when Excel refuses the first time: a record of a sheet just
 * written must not be lost to one failed request. The first error is the one reported.
 */
async function saveStateOnce(port: WorkbookPort, state: WorkbookState): Promise<void> {
  try {
    await port.saveState(state);
  } catch (error) {
    await port.saveState(state).catch(() => undefined);
    throw error;
  }
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

/**
 * Write a new sheet of a template and record the template in the workbook's state (as the
 * workbook holds it now: an undo in Excel may have changed it since the pane read it).
 */
export async function writeTemplateSheet(
  port: WorkbookPort,
  model: SheetModel,
  template: TemplateId,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<{ sheet: string; state: WorkbookState }> {
  const state = (await port.loadState()).state;
  journal.before(state);
  const { name } = await writeNoting(journal, () =>
    port.writeNewSheet(model, writeOptions(model, onProgress)),
  );
  journal.record(sayBoth("doneSheet", { sheet: name }));
  const next = await saveState(port, withSheet(state, name, newSheetState(template, model)));
  return { sheet: name, state: next };
}

/**
 * Write a new sheet, noting it for the undo: also when the write fails part way, the sheet Excel
 * may already hold is the add-in's to take away.
 */
async function writeNoting(
  journal: Journal,
  write: () => Promise<{ name: string }>,
): Promise<{ name: string }> {
  try {
    const written = await write();
    journal.step({ kind: "sheet-added", name: written.name });
    return written;
  } catch (error) {
    const sheet = error instanceof WorkbookError ? error.progress?.sheet : undefined;
    if (sheet !== undefined) journal.step({ kind: "sheet-added", name: sheet });
    throw error;
  }
}

/** The recorded sheet's title as it stands, or undefined when the sheet is gone. */
async function titleOf(port: WorkbookPort, record: AddinSheet): Promise<string | undefined> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (!names.includes(record.name)) return undefined;
  return firstText((await port.readSheet(record.name)).cells);
}

/**
 * Write (or write again) sheets the add-in owns, one after the other: a sheet it recorded for
 * the same kind and source sheet takes the new one in its place (kept aside for an undo), after
 * a reopen or on another computer alike; anything else goes on a new sheet. The last one is
 * shown unless `activate` is false. Returns the names and the state recording them.
 */
export async function writeAddinSheets(
  port: WorkbookPort,
  state: WorkbookState,
  sheets: AddinModel[],
  journal: Journal,
  options: { onProgress?: WriteProgressListener; activate?: boolean } = {},
): Promise<{ names: string[]; state: WorkbookState }> {
  journal.before(state);
  const names: string[] = [];
  let next = state;
  for (const [i, sheet] of sheets.entries()) {
    const { model } = sheet;
    const activate = options.activate !== false && i === sheets.length - 1;
    const write = { ...writeOptions(model, options.onProgress, activate) };
    const record = addinSheetOf(next, sheet);
    const replacing =
      record && stillTheAddins(record, await titleOf(port, record)) ? record.name : undefined;
    let name: string;
    try {
      if (replacing !== undefined) {
        const kept = `${KEPT_SHEET_PREFIX}${i}`;
        // A sheet kept aside by an earlier action is no longer undone: it gives way.
        await port.deleteSheet(kept);
        journal.step({ kind: "sheet-replaced", name: replacing, kept });
        ({ name } = await port.replaceAddinSheet(model, { ...write, replacing, keepAs: kept }));
      } else {
        ({ name } = await writeNoting(journal, () => port.replaceAddinSheet(model, write)));
      }
    } catch (error) {
      // A sheet begun and not finished is still the add-in's: running again rewrites it, rather
      // than adding another beside it. Its title may not be there yet: it is known by name.
      const begun =
        replacing ?? (error instanceof WorkbookError ? error.progress?.sheet : undefined);
      if (begun !== undefined) {
        const partial = { ...addinRecord(begun, sheet), title: undefined };
        await port.saveState(withAddinSheet(next, partial)).catch(() => undefined);
      }
      throw error;
    }
    journal.record(sayBoth("doneSheet", { sheet: name }));
    names.push(name);
    // Recorded as soon as written: a failure further on leaves no sheet of the add-in's unknown.
    next = withAddinSheet(next, addinRecord(name, sheet));
    await saveStateOnce(port, next);
  }
  return { names, state: next };
}
