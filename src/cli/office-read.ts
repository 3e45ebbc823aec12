import type { Bilingual } from "../core/text";
import {
  addinSheetNames,
  sheetCopy,
  workbookUnits,
  type SheetCopy,
  type SheetGrid,
  type UnitSheet,
  type WorkbookState,
} from "../workbook";
import { loadWorkbook } from "./files";
import { CliError, unexpected } from "./io";
import { msg } from "./messages";
import { resolveSettings, type SettingsFlags } from "./settings";

/** One office's file to read for `consolidate`: where, and the flags its units are rated by. */
export interface OfficeTask {
  /** The path as the person typed it. */
  file: string;
  cwd?: string;
  flags: SettingsFlags;
}

/** Why a file was left out. */
export type LeftOut = { ok: false; reason: Bilingual };

/** A file left out for what went wrong reading or checking it. */
const leftOut = (e: unknown): LeftOut => ({ ok: false, reason: unexpected(e).text });

/**
 * An office's file as read: its sheets' grids and the state it stores, which are checked next,
 * and a copy of each sheet that may be a unit, for the consolidated workbook.
 */
export type OfficeFile =
  | {
      ok: true;
      sheets: SheetGrid[];
      stored: WorkbookState | null;
      copies: Record<string, SheetCopy>;
    }
  | LeftOut;

/** An office's units, each with its findings and the figures the consolidation takes. */
export type OfficeUnits = { ok: true; sheets: UnitSheet[] } | LeftOut;

/** What a thread reading offices' files is asked: to read a file, or to check one read. */
export type OfficeJob =
  | { read: OfficeTask }
  | { check: { task: OfficeTask; sheets: SheetGrid[]; stored: WorkbookState | null } };

/**
 * Read one office's file within the bounds of the reader (a worker thread, office-worker.ts):
 * plain data that crosses threads. Reading and checking are done in threads of their own, each
 * bounded in memory and time, so that no file can stop the others, and each thread's code is
 * compiled once for every file (V8 compiles the reader's and the checks' code in each thread
 * that runs it).
 */
export async function readOfficeFile(task: OfficeTask): Promise<OfficeFile> {
  const quiet = { stdout: () => {}, stderr: () => {}, cwd: task.cwd };
  try {
    // Its sheets are read and copied, the file never written: its theme and properties not read.
    const loaded = await loadWorkbook(quiet, task.file, { sheetsOnly: true });
    const stored = loaded.state?.state ?? null;
    const own = addinSheetNames(stored);
    const copies: Record<string, SheetCopy> = {};
    for (const { sheet } of loaded.sheets) {
      if (!own.has(sheet)) copies[sheet] = sheetCopy(loaded.workbook.getWorksheet(sheet)!);
    }
    return { ok: true, sheets: loaded.sheets, stored, copies };
  } catch (e) {
    return leftOut(e);
  }
}

/** Check the sheets of one office's file as read: which are its units, their findings. */
export function checkOfficeFile(
  task: OfficeTask,
  sheets: SheetGrid[],
  stored: WorkbookState | null,
): OfficeUnits {
  try {
    const read = workbookUnits(sheets, stored, (s) => resolveSettings(s, task.flags));
    if (!read.ok) throw new CliError(msg.inFile(task.file, read.reason));
    return read;
  } catch (e) {
    return leftOut(e);
  }
}
