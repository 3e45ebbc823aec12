import { checkGrid, evaluateGrid, type SheetCheck, type SheetEvaluation } from "../core/checks";
import { staleSummariesOf, type WrittenSummary } from "../core/checks/summary-stale";
import type { Evaluation } from "../core/evaluate";
import type { TemplateId } from "../core/templates/spec";
import type { ReadOptions } from "../core/plan/read";
import type { Settings } from "../core/settings";
import type { Bilingual } from "../core/text";
import { addinSheetNames, recordedReading, type SheetGrid, type WorkbookState } from "../workbook";
import type { LoadedWorkbook } from "./files";
import { CliError, Progress } from "./io";
import { msg } from "./messages";
import { resolveSettings, type SettingsFlags } from "./settings";

/** A sheet holding a known table, read with its settings: checked, or only evaluated. */
export interface ReadSheet<C> {
  grid: SheetGrid;
  settings: Settings;
  check: C;
}

export type CheckedSheet = ReadSheet<Extract<SheetCheck, { ok: true }>>;
export type EvaluatedSheet = ReadSheet<Extract<SheetEvaluation, { ok: true }>>;

/** checkGrid, or evaluateGrid when no findings are wanted. */
type SheetReader<R> = (
  grid: SheetGrid,
  settings: Settings,
  options: ReadOptions,
) => R | { ok: false; reason: Bilingual };

/** A sheet that holds no known table, and why. */
export interface SkippedSheet {
  sheet: string;
  reason: Bilingual;
}

export interface ReadWorkbook<C> {
  checked: ReadSheet<C>[];
  skipped: SkippedSheet[];
}

/** The person's sheets: the add-in's own (state, lists, summaries it wrote) left out. */
export function personSheets(loaded: LoadedWorkbook): SheetGrid[] {
  const own = addinSheetNames(loaded.state?.state);
  return loaded.sheets.filter((g) => !own.has(g.sheet));
}

/**
 * Read one sheet as the template the state records for it, or as the one it looks like; rated
 * by the scheme that template takes (`settingsFor`, inside the evaluation).
 */
function readSheet<R extends { ok: true; template: TemplateId; evaluation: Evaluation }>(
  read: SheetReader<R>,
  grid: SheetGrid,
  state: WorkbookState | null,
  flags: SettingsFlags,
): ReadSheet<R> | SkippedSheet {
  // A kind, year or period given on the command line comes before the one stored for the sheet.
  const options: ReadOptions = recordedReading(state, grid.sheet);
  if (flags.template) options.template = flags.template;
  if (flags.year !== undefined) options.year = flags.year;
  if (flags.period) options.period = flags.period;
  const check = read(grid, resolveSettings(state, flags), options);
  if (!check.ok) return { sheet: grid.sheet, reason: check.reason };
  return { grid, settings: check.evaluation.settings, check };
}

/**
 * Read every sheet of a workbook that holds a known table, or only the one named. A workbook
 * with none (or a named sheet that is missing or holds none) cannot be used: CliError.
 */
function readWorkbook<R extends { ok: true; template: TemplateId; evaluation: Evaluation }>(
  read: SheetReader<R>,
  step: (file: string, sheet: string) => Bilingual,
  loaded: LoadedWorkbook,
  flags: SettingsFlags,
  progress: Progress,
  only?: string,
): ReadWorkbook<R> {
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
  const checked: ReadSheet<R>[] = [];
  const skipped: SkippedSheet[] = [];
  sheets.forEach((grid, i) => {
    progress.step(i + 1, sheets.length, step(loaded.file, grid.sheet));
    const result = readSheet(read, grid, state, flags);
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

export type CheckedWorkbook = ReadWorkbook<CheckedSheet["check"]>;

/**
 * Check every sheet holding a known table (or the one named): findings, figures, ratings, and
 * the add-in's summaries of each table against what they would say now.
 */
export function checkWorkbook(
  loaded: LoadedWorkbook,
  flags: SettingsFlags,
  progress: Progress,
  only?: string,
): CheckedWorkbook {
  const read = readWorkbook<CheckedSheet["check"]>(
    checkGrid,
    msg.checkingSheet,
    loaded,
    flags,
    progress,
    only,
  );
  const own = loaded.state?.state.addinSheets ?? [];
  for (const sheet of read.checked) {
    const summaries: WrittenSummary[] = [];
    for (const s of own) {
      const grid = loaded.sheets.find((g) => g.sheet === s.name);
      if (s.source !== sheet.grid.sheet || !grid) continue;
      if (s.kind === "evaluation" || s.kind === "fulfilment") {
        summaries.push({ grid, kind: s.kind, lang: s.lang ?? "mn" });
      }
    }
    const stale = staleSummariesOf(sheet.check.evaluation, summaries);
    if (stale.length > 0) {
      sheet.check = { ...sheet.check, findings: [...sheet.check.findings, ...stale] };
    }
  }
  return read;
}

/**
 * Evaluate every sheet holding a known table (or the one named), without the checks: what
 * computing and exporting need.
 */
export function evaluateWorkbook(
  loaded: LoadedWorkbook,
  flags: SettingsFlags,
  progress: Progress,
  only?: string,
): ReadWorkbook<EvaluatedSheet["check"]> {
  return readWorkbook<EvaluatedSheet["check"]>(
    evaluateGrid,
    msg.readingSheet,
    loaded,
    flags,
    progress,
    only,
  );
}
