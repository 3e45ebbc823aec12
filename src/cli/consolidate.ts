import ExcelJS from "exceljs";
import { consolidationModels, reportedName, type UnitInput } from "../core/summary";
import { documentLang } from "../core/settings";
import type { Bilingual } from "../core/text";
import {
  defaultState,
  namedUnits,
  officeName,
  putSheetCopy,
  withReading,
  writeStateSheet,
  type SheetCopy,
  type UnitSheet,
} from "../workbook";
import { putAddinSheets } from "./addin-sheets";
import {
  OUTPUT_OPTION,
  SETTINGS_OPTIONS,
  forceOption,
  langOption,
  outputOption,
  parseCommand,
  positionals,
  roundingOption,
  schemeOption,
} from "./args";
import { checkOutput, writeWorkbook } from "./files";
import { CliError, EXIT_FINDINGS, EXIT_OK, Progress, type CliIO } from "./io";
import { msg } from "./messages";
import { officePools } from "./office-pool";
import type { LeftOut, OfficeTask } from "./office-read";
import { resolveSettings, type SettingsFlags } from "./settings";

/** An office's units with the copy of each one's sheet, or why the file was left out. */
type OfficeUnitsRead = { ok: true; sheets: (UnitSheet & { copy: SheetCopy })[] } | LeftOut;

/**
 * `guitsetgel consolidate <file.xlsx>… -o <out.xlsx>`: a sheet per unit copied as it was, the
 * consolidated table with the ranking of the units, and a findings sheet of every unit. Which
 * sheets of a file are units is the rule the task pane follows too (`workbookUnits`); they are
 * rated by the file's stored settings, then the flags. Each file is read in a worker thread and
 * checked in another, each bounded in memory and time (OfficePool): a file that cannot be read,
 * or not within the bounds, is listed with its reason and the others are still consolidated.
 * 0 when all were read and no finding is an error, 1 otherwise, 2 when none could be used.
 */
export async function consolidateCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, { ...OUTPUT_OPTION, ...SETTINGS_OPTIONS });
  const files = positionals(p, "many", "<file.xlsx>");
  const flags: SettingsFlags = {
    scheme: schemeOption(p),
    rounding: roundingOption(p),
    lang: langOption(p),
  };
  const lang = flags.lang ?? "mn";
  const out = outputOption(p);
  const full = await checkOutput(io, out, { inputs: files, force: forceOption(p) });

  const target = new ExcelJS.Workbook();
  const state = defaultState();
  state.settings = resolveSettings(null, flags);
  const units: UnitInput[] = [];
  const failed: { file: string; reason: Bilingual }[] = [];
  const progress = new Progress(io, lang);
  const { readers, checkers } = officePools();
  /** A file read, then checked: its units, each with the copy of its sheet. */
  const unitsOf = async (task: OfficeTask): Promise<OfficeUnitsRead> => {
    const file = await readers.read(task);
    if (!file.ok) return file;
    const checked = await checkers.check(task, file);
    if (!checked.ok) return checked;
    return { ok: true, sheets: checked.sheets.map((s) => ({ ...s, copy: file.copies[s.sheet] })) };
  };
  // Files are read ahead by the pools and taken in their order; a few wait at most, so that the
  // memory held does not grow with the number of files.
  const ahead = 2 * (readers.size + checkers.size);
  const reads = new Map<number, Promise<OfficeUnitsRead>>();
  try {
    for (const [i, file] of files.entries()) {
      for (let next = i; next < Math.min(files.length, i + ahead); next++) {
        if (!reads.has(next)) reads.set(next, unitsOf({ file: files[next], cwd: io.cwd, flags }));
      }
      progress.step(i + 1, files.length, msg.reading(file));
      const read = await reads.get(i)!;
      reads.delete(i);
      if (!read.ok) {
        failed.push({ file, reason: read.reason });
        units.push({ unit: officeName(file), error: read.reason });
        continue;
      }
      const taken = target.worksheets.map((ws) => ws.name);
      for (const unit of namedUnits(officeName(file), read.sheets, taken)) {
        putSheetCopy(unit.copy, target, unit.unit);
        state.sheets[unit.unit] = withReading({ template: unit.template, computed: [] }, unit.when);
        units.push({ unit: unit.unit, figures: unit.figures, findings: unit.findings });
      }
    }
  } finally {
    // Stopped halfway: the files still being read are of no use.
    if (reads.size > 0) await Promise.all([readers.close(), checkers.close()]);
  }
  progress.done();
  for (const f of failed) io.stderr(`guitsetgel: ${msg.fileSkipped(f.reason)[lang]}\n`);
  const read = units.filter((u) => !u.error);
  if (read.length === 0) throw new CliError(msg.nothingToConsolidate);

  // The consolidated table is an official document: in the document's language, as the pane
  // writes it, whatever language the messages are printed in.
  const docLang = documentLang(state.settings);
  const { consolidation, table, findings } = consolidationModels(units, docLang);
  const written = putAddinSheets(
    target,
    [
      { model: table, kind: "consolidation", lang: docLang },
      { model: findings, kind: "findings", lang: docLang },
    ],
    state,
  );
  writeStateSheet(target, written.state);
  await writeWorkbook(full, target, out);
  const errors = read.some((u) => u.findings?.some((f) => f.severity === "error"));
  io.stdout(`${msg.consolidated(out, read.length, failed.length, written.names)[lang]}\n`);
  const incomplete = consolidation.ranking.filter((u) => !u.complete).map((u) => u.unit);
  if (incomplete.length > 0) io.stdout(`${msg.incompleteUnits(incomplete)[lang]}\n`);
  for (const u of consolidation.otherPeriod) {
    const said = msg.otherPeriodUnit(
      u.unit,
      reportedName(u.reported),
      reportedName(consolidation.reported),
    );
    io.stdout(`${said[lang]}\n`);
  }
  return errors || failed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
