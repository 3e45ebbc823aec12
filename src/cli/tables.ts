import { checkGrid, type SheetCheck } from "../core/checks";
import type { Settings } from "../core/settings";
import type { Bilingual } from "../core/text";
import type { SheetGrid, WorkbookState } from "../workbook";
import type { LoadedWorkbook } from "./files";
import { CliError, Progress } from "./io";
import { msg } from "./messages";
import { resolveSettings, type SettingsFlags } from "./settings";

/** A sheet holding a known table, checked with its settings. */
export interface CheckedSheet {
  grid: SheetGrid;
  settings: Settings;
  check: Extract<SheetCheck, { ok: true }>;
}

/** A sheet that holds no known table, and why. */
export interface SkippedSheet {
  sheet: string;
  reason: Bilingual;
}

export interface CheckedWorkbook {
  checked: CheckedSheet[];
  skipped: SkippedSheet[];
}

/** The person's sheets: the add-in's own (state, lists, summaries it wrote) left out. */
export function personSheets(loaded: LoadedWorkbook): SheetGrid[] {
  const own = new Set(loaded.state?.state.addinSheets ?? []);
  return loaded.sheets.filter((g) => !own.has(g.sheet));
}

/** Read and check one sheet as the template the state records for it, or as the one it looks like. */
export function checkSheet(
  grid: SheetGrid,
  state: WorkbookState | null,
  flags: SettingsFlags,
): CheckedSheet | SkippedSheet {
  const stored = state?.sheets[grid.sheet]?.template;
  let settings = resolveSettings(state, flags, stored);
  let check = checkGrid(grid, settings, stored ? { template: stored } : {});
  if (!check.ok) return { sheet: grid.sheet, reason: check.reason };
  // Found by its header: check again if its template is rated by another scheme by default.
  const fitting = resolveSettings(state, flags, check.template);
  if (fitting.scheme !== settings.scheme) {
    settings = fitting;
    check = checkGrid(grid, settings, { template: check.template });
    if (!check.ok) return { sheet: grid.sheet, reason: check.reason };
  }
  return { grid, settings, check };
}

/**
 * Check every sheet of a workbook that holds a known table, or only the one named. A workbook
 * with none (or a named sheet that is missing or holds none) cannot be used: CliError.
 */
export function checkWorkbook(
  loaded: LoadedWorkbook,
  flags: SettingsFlags,
  progress: Progress,
  only?: string,
): CheckedWorkbook {
  const state = loaded.state?.state ?? null;
  let sheets = personSheets(loaded);
  if (only !== undefined) {
    const named =
      sheets.find((g) => g.sheet === only) ??
      sheets.find((g) => g.sheet.toLowerCase() === only.toLowerCase());
    if (!named)
      throw new CliError(msg.sheetNotFound(only), [msg.sheetsAre(sheets.map((g) => g.sheet))]);
    sheets = [named];
  }
  const checked: CheckedSheet[] = [];
  const skipped: SkippedSheet[] = [];
  sheets.forEach((grid, i) => {
    progress.step(i + 1, sheets.length, msg.checkingSheet(loaded.file, grid.sheet));
    const result = checkSheet(grid, state, flags);
    if ("check" in result) checked.push(result);
    else skipped.push(result);
  });
  progress.done();
  if (checked.length === 0) {
    const details = skipped.map((s) => msg.sheetReason(s.sheet, s.reason));
    throw new CliError(
      only !== undefined ? msg.noTableInSheet(only) : msg.noTable(loaded.file),
      details,
    );
  }
  return { checked, skipped };
}
