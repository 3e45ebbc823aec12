import type { Bilingual } from "../core/text";
import { sheetCopy, workbookUnits, type SheetCopy, type UnitSheet } from "../workbook";
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

/** An office's units with the copy of each one's sheet, or why the file was left out. */
export type OfficeRead =
  { ok: true; sheets: (UnitSheet & { copy: SheetCopy })[] } | { ok: false; reason: Bilingual };

/**
 * Read one office's file and check its units, in plain data that crosses threads: the reading is
 * done in a worker thread (office-worker.ts), bounded in memory and time, so that no file can
 * stop the others.
 */
export async function readOffice(task: OfficeTask): Promise<OfficeRead> {
  const quiet = { stdout: () => {}, stderr: () => {}, cwd: task.cwd };
  try {
    const loaded = await loadWorkbook(quiet, task.file);
    const stored = loaded.state?.state ?? null;
    const read = workbookUnits(loaded.sheets, stored, (s) => resolveSettings(s, task.flags));
    if (!read.ok) throw new CliError(msg.inFile(task.file, read.reason));
    return {
      ok: true,
      sheets: read.sheets.map((s) => ({
        ...s,
        copy: sheetCopy(loaded.workbook.getWorksheet(s.sheet)!),
      })),
    };
  } catch (e) {
    return { ok: false, reason: unexpected(e).text };
  }
}
