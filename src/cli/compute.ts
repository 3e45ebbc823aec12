import type ExcelJS from "exceljs";
import {
  evaluationAfter,
  keptText,
  writtenText,
  type ComputePlan,
  type KeptCell,
} from "../core/compute";
import { cellText, parseAddress } from "../core/grid";
import { shownNumber } from "../core/cells/number-format";
import { documentLang } from "../core/settings";
import type { Evaluation } from "../core/evaluate";
import { replacedAddresses, replacedSentence, summarySheets } from "../core/summary";
import type { Bilingual, Lang } from "../core/text";
import {
  applyCellWrites,
  defaultState,
  plainValue,
  withReading,
  writeStateSheet,
} from "../workbook";
import type { AddinModel, WorkbookState } from "../workbook";
import { putAddinSheets } from "./addin-sheets";
import { computePlanIn } from "./compute-plan";
import {
  OUTPUT_OPTION,
  SETTINGS_OPTIONS,
  READ_OPTIONS,
  forceOption,
  langOption,
  outputOption,
  parseCommand,
  positionals,
  roundingOption,
  schemeOption,
  templateOption,
  yearOption,
  periodOption,
} from "./args";
import { checkOutput, loadShowingProgress, writeWorkbook } from "./files";
import { EXIT_OK, Progress, type CliIO } from "./io";
import { msg } from "./messages";
import { messageLang, resolveSettings, type SettingsFlags } from "./settings";
import { evaluateWorkbook } from "./tables";

/** A value as the person sees it in Excel: a fraction formatted as a percentage shows as one. */
function shown(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  const plain = plainValue(value);
  return typeof plain === "number" ? shownNumber(plain, numFmt) : cellText(plain);
}

function keptLine(ws: ExcelJS.Worksheet, k: KeptCell): Bilingual {
  const pos = parseAddress(k.cell);
  const found = pos ? ws.findCell(pos.row + 1, pos.col + 1) : undefined;
  const cell = found?.isMerged ? found.master : found;
  const current = k.formula ?? ((cell && shown(cell.value, cell.numFmt)) || cellText(k.current));
  return msg.keptCell(k.cell, k.kind, current, keptText(k));
}

function report(
  io: CliIO,
  lang: Lang,
  sheet: string,
  ws: ExcelJS.Worksheet,
  plan: ComputePlan,
  after: Evaluation,
): void {
  const lines = [msg.computedSheet(sheet, plan.writes.length, plan.kept.length)[lang]];
  for (const w of plan.writes) {
    lines.push(`    ${msg.filledCell(w.cell, w.kind, writtenText(w))[lang]}`);
  }
  for (const k of plan.kept) lines.push(`    ${keptLine(ws, k)[lang]}`);
  // The figures' stated values the computed ones replaced, said as the summaries say it.
  const replaced = replacedSentence(replacedAddresses(after));
  if (replaced) lines.push(`  ${replaced[lang]}`);
  io.stdout(`${lines.join("\n")}\n`);
}

/**
 * `guitsetgel compute <in.xlsx> -o <out.xlsx>`: fills the fulfilment % (and ratings where the
 * scheme computes them) into empty cells and cells it filled before, keeps what a person typed,
 * adds or replaces its summary sheets, stores its state; every other cell stays as it was.
 */
export async function computeCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, { ...OUTPUT_OPTION, ...SETTINGS_OPTIONS, ...READ_OPTIONS });
  const [file] = positionals(p, 1, "<in.xlsx>");
  const flags: SettingsFlags = {
    scheme: schemeOption(p),
    rounding: roundingOption(p),
    lang: langOption(p),
    template: templateOption(p),
    year: yearOption(p),
    period: periodOption(p),
  };
  const out = outputOption(p);
  const full = await checkOutput(io, out, { inputs: [file], force: forceOption(p) });
  const loaded = await loadShowingProgress(io, file, flags.lang ?? "mn");
  const stored = loaded.state?.state ?? null;
  const lang = messageLang(stored, flags);
  if (loaded.state?.message) io.stderr(`guitsetgel: ${loaded.state.message[lang]}\n`);
  // The output is written from what was read: what the reading cut or renamed is said.
  for (const change of loaded.changes) io.stderr(`guitsetgel: ${change[lang]}\n`);

  // Computing shows no findings (`guitsetgel check` does): the sheets are evaluated, not checked.
  const { checked } = evaluateWorkbook(loaded, flags, new Progress(io, lang));
  const state: WorkbookState = stored ? structuredClone(stored) : defaultState();
  // The scheme and rounding chosen travel with the file; the language of this run's messages does not.
  const figureFlags = { scheme: flags.scheme, rounding: flags.rounding };
  state.settings = resolveSettings(stored, figureFlags);
  const wb = loaded.workbook;
  // Summaries are official documents: written in the document language, whatever this run prints.
  const docLang = documentLang(state.settings);
  const models: AddinModel[] = [];
  // What was filled is said once the file is saved: a save that fails has filled nothing.
  const said: string[] = [];
  const toSay: CliIO = { ...io, stdout: (text) => said.push(text) };
  for (const sheet of checked) {
    const name = sheet.grid.sheet;
    const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
    const before = state.sheets[name];
    const plan = computePlanIn(ws, sheet.check.evaluation, {
      computed: before?.computed ?? [],
      computedValues: before?.computedValues,
    });
    applyCellWrites(ws, plan.writes);
    // A year or period asked for on the command line is how the sheet is read from now on.
    state.sheets[name] = withReading(
      {
        template: sheet.check.template,
        computed: plan.owned.computed,
        computedValues: plan.owned.computedValues,
      },
      { year: flags.year ?? before?.year, period: flags.period ?? before?.period },
    );
    // The summaries count the figures just filled in; one of each kind per table sheet, named
    // after it when there are several.
    const after = evaluationAfter(sheet.check.evaluation, plan.writes);
    report(toSay, lang, name, ws, plan, after);
    for (const s of summarySheets(after, docLang, checked.length > 1 ? name : undefined)) {
      models.push({ model: s.model, kind: s.kind, source: name, lang: docLang });
    }
  }

  const written = putAddinSheets(wb, models, state);
  const kept = written.state.addinSheets?.filter((s) => wb.getWorksheet(s.name)) ?? [];
  writeStateSheet(wb, { ...written.state, addinSheets: kept });
  await writeWorkbook(full, wb, out);
  for (const text of said) io.stdout(text);
  if (written.names.length > 0) io.stdout(`${msg.summarySheets(written.names)[lang]}\n`);
  io.stdout(`${msg.saved(out)[lang]}\n`);
  return EXIT_OK;
}
