import type ExcelJS from "exceljs";
import { evaluationAfter, planCompute, type ComputePlan, type KeptCell } from "../core/compute";
import type { Evaluation } from "../core/evaluate";
import { cellText, parseAddress } from "../core/grid";
import type { SheetModel } from "../core/sheet";
import {
  evaluationSummary,
  evaluationSummarySheet,
  fulfilmentSummary,
  fulfilmentSummarySheet,
} from "../core/summary";
import type { TemplateId } from "../core/templates/spec";
import type { Bilingual, Lang } from "../core/text";
import { applyCellWrites, defaultState, plainValue, writeStateSheet } from "../workbook";
import type { WorkbookState } from "../workbook";
import { putAddinSheets } from "./addin-sheets";
import {
  OUTPUT_OPTION,
  SETTINGS_OPTIONS,
  langOption,
  outputOption,
  parseCommand,
  positionals,
  roundingOption,
  schemeOption,
} from "./args";
import { checkOutput, loadShowingProgress, writeWorkbook } from "./files";
import { EXIT_OK, Progress, type CliIO } from "./io";
import { msg } from "./messages";
import { messageLang, resolveSettings, type SettingsFlags } from "./settings";
import { evaluateWorkbook } from "./tables";

const REPORTS: readonly TemplateId[] = ["org-report", "individual-report", "anticorruption-report"];

/** The summary sheets of one checked sheet: the товчоо for reports, the fulfilment summary for plans and reports. */
function summaries(template: TemplateId, e: Evaluation, lang: Lang): SheetModel[] {
  if (template === "job-description") return [];
  const models: SheetModel[] = [];
  if (REPORTS.includes(template)) models.push(evaluationSummarySheet(evaluationSummary(e), lang));
  models.push(fulfilmentSummarySheet(fulfilmentSummary(e), lang));
  return models;
}

/** A value as the person sees it in Excel: a fraction formatted as a percentage shows as one. */
function shown(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  const plain = plainValue(value);
  if (typeof plain === "number" && numFmt?.includes("%")) {
    return `${Math.round(plain * 1000) / 10}%`;
  }
  return cellText(plain);
}

function keptLine(ws: ExcelJS.Worksheet, k: KeptCell): Bilingual {
  const pos = parseAddress(k.cell);
  const found = pos ? ws.findCell(pos.row + 1, pos.col + 1) : undefined;
  const cell = found?.isMerged ? found.master : found;
  const current = (cell && shown(cell.value, cell.numFmt)) || cellText(k.current);
  const computed = k.kind === "fulfilment" ? `${k.computed}%` : String(k.computed);
  return msg.keptCell(k.cell, k.kind, current, computed);
}

function report(
  io: CliIO,
  lang: Lang,
  sheet: string,
  ws: ExcelJS.Worksheet,
  plan: ComputePlan,
): void {
  const lines = [msg.computedSheet(sheet, plan.writes.length, plan.kept.length)[lang]];
  for (const w of plan.writes) {
    const value = w.kind === "fulfilment" ? `${Math.round(w.value * 1000) / 10}%` : String(w.value);
    lines.push(`    ${msg.filledCell(w.cell, w.kind, value)[lang]}`);
  }
  for (const k of plan.kept) lines.push(`    ${keptLine(ws, k)[lang]}`);
  io.stdout(`${lines.join("\n")}\n`);
}

/**
 * `guitsetgel compute <in.xlsx> -o <out.xlsx>`: fills the fulfilment % (and ratings where the
 * scheme computes them) into empty cells and cells it filled before, keeps what a person typed,
 * adds or replaces its summary sheets, stores its state; every other cell stays as it was.
 */
export async function computeCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, { ...OUTPUT_OPTION, ...SETTINGS_OPTIONS });
  const [file] = positionals(p, 1, "<in.xlsx>");
  const flags: SettingsFlags = {
    scheme: schemeOption(p),
    rounding: roundingOption(p),
    lang: langOption(p),
  };
  const out = outputOption(p);
  const full = checkOutput(io, out, [file]);
  const loaded = await loadShowingProgress(io, file, flags.lang ?? "mn");
  const stored = loaded.state?.state ?? null;
  const lang = messageLang(stored, flags);
  if (loaded.state?.message) io.stderr(`guitsetgel: ${loaded.state.message[lang]}\n`);

  // Computing shows no findings (`guitsetgel check` does): the sheets are evaluated, not checked.
  const { checked } = evaluateWorkbook(loaded, flags, new Progress(io, lang));
  const state: WorkbookState = stored ? structuredClone(stored) : defaultState();
  // The scheme and rounding chosen travel with the file; the language of this run's messages does not.
  const figureFlags = { scheme: flags.scheme, rounding: flags.rounding };
  state.settings = resolveSettings(stored, figureFlags);
  const wb = loaded.workbook;
  const models: SheetModel[] = [];
  for (const sheet of checked) {
    const name = sheet.grid.sheet;
    const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
    const before = state.sheets[name];
    const plan = planCompute(sheet.check.evaluation, {
      computed: before?.computed ?? [],
      computedValues: before?.computedValues,
    });
    applyCellWrites(ws, plan.writes);
    state.sheets[name] = {
      template: sheet.check.template,
      computed: plan.owned.computed,
      computedValues: plan.owned.computedValues,
    };
    report(io, lang, name, ws, plan);
    // The summaries count the figures just filled in.
    const own = summaries(
      sheet.check.template,
      evaluationAfter(sheet.check.evaluation, plan.writes),
      lang,
    );
    // One summary of each kind per table sheet: name them after it when there are several.
    models.push(
      ...(checked.length > 1 ? own.map((m) => ({ ...m, name: `${m.name} - ${name}` })) : own),
    );
  }

  const previous = stored?.addinSheets ?? [];
  const written = putAddinSheets(wb, models, previous);
  state.addinSheets = [...new Set([...previous.filter((n) => wb.getWorksheet(n)), ...written])];
  writeStateSheet(wb, state);
  await writeWorkbook(full, wb, out);
  if (written.length > 0) io.stdout(`${msg.summarySheets(written)[lang]}\n`);
  io.stdout(`${msg.saved(out)[lang]}\n`);
  return EXIT_OK;
}
