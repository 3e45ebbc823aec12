import * as path from "path";
import ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import { consolidate, consolidationSheets, findingsSheet, type UnitInput } from "../core/summary";
import type { Bilingual } from "../core/text";
import { copySheet, defaultState, writeStateSheet } from "../workbook";
import { uniqueSheetName } from "../workbook/office/names";
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
import { checkOutput, loadWorkbook, writeWorkbook } from "./files";
import { CliError, EXIT_FINDINGS, EXIT_OK, Progress, unexpected, type CliIO } from "./io";
import { msg } from "./messages";
import { resolveSettings, type SettingsFlags } from "./settings";
import { checkWorkbook } from "./tables";

/** An office's name: its file's name without the folder and the extension. */
function officeName(file: string): string {
  return path.basename(file, path.extname(file)).trim() || file;
}

/**
 * `guitsetgel consolidate <file.xlsx>… -o <out.xlsx>`: a sheet per office copied as it was, the
 * consolidated table, and a findings sheet of every file. A file that cannot be read is listed
 * with its reason and the others are still consolidated. 0 when all were read and no finding is
 * an error, 1 otherwise, 2 when none could be used.
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
  const full = checkOutput(io, out, files);

  const target = new ExcelJS.Workbook();
  const state = defaultState();
  state.settings = resolveSettings(null, flags);
  const units: UnitInput[] = [];
  const results: { sheet: string; findings: Finding[] }[] = [];
  const failed: { file: string; reason: Bilingual }[] = [];
  const progress = new Progress(io, lang);
  for (const [i, file] of files.entries()) {
    progress.step(i + 1, files.length, msg.reading(file));
    try {
      const loaded = await loadWorkbook(io, file);
      const { checked } = checkWorkbook(
        loaded,
        flags,
        new Progress({ ...io, progress: false }, lang),
      );
      for (const sheet of checked) {
        const office = officeName(file);
        const wanted = checked.length > 1 ? `${office} ${sheet.grid.sheet}` : office;
        const name = uniqueSheetName(
          wanted,
          target.worksheets.map((ws) => ws.name),
        );
        copySheet(
          loaded.workbook.getWorksheet(sheet.grid.sheet) as ExcelJS.Worksheet,
          target,
          name,
        );
        state.sheets[name] = { template: sheet.check.template, computed: [] };
        units.push({ unit: name, evaluation: sheet.check.evaluation });
        results.push({
          sheet: name,
          findings: sheet.check.findings.map((f) => ({ ...f, sheet: name })),
        });
      }
    } catch (e) {
      // One office's file, whatever is wrong with it, must not stop the others.
      const reason = unexpected(e).text;
      failed.push({ file, reason });
      units.push({ unit: officeName(file), error: reason });
    }
  }
  progress.done();
  for (const f of failed) io.stderr(`guitsetgel: ${msg.fileSkipped(f.reason)[lang]}\n`);
  if (results.length === 0) throw new CliError(msg.nothingToConsolidate);

  const models = [...consolidationSheets(consolidate(units), lang), findingsSheet(results, lang)];
  state.addinSheets = putAddinSheets(target, models, []);
  writeStateSheet(target, state);
  await writeWorkbook(full, target, out);
  const errors = results.some((r) => r.findings.some((f) => f.severity === "error"));
  io.stdout(`${msg.consolidated(out, results.length, failed.length, state.addinSheets)[lang]}\n`);
  return errors || failed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
