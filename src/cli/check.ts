import {
  SETTINGS_OPTIONS,
  READ_OPTIONS,
  langOption,
  parseCommand,
  positionals,
  roundingOption,
  schemeOption,
  templateOption,
  yearOption,
  periodOption,
  stringOption,
} from "./args";
import { checkJson, checkText } from "./check-output";
import { loadShowingProgress } from "./files";
import { EXIT_FINDINGS, EXIT_OK, Progress, type CliIO } from "./io";
import { messageLang, type SettingsFlags } from "./settings";
import { checkWorkbook } from "./tables";
import { checkWord, citeWordPlaces, isWordName, loadWord } from "./word-input";

/**
 * `guitsetgel check <file.xlsx|file.docx> [--sheet name] [--scheme id] [--rounding round|truncate]
 * [--lang mn|en] [--json]`: 0 when no finding is an error, 1 when one is.
 */
export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, {
    ...SETTINGS_OPTIONS,
    ...READ_OPTIONS,
    sheet: { type: "string" },
    json: { type: "boolean" },
  });
  const [file] = positionals(p, 1, "<file.xlsx>");
  const flags: SettingsFlags = {
    scheme: schemeOption(p),
    rounding: roundingOption(p),
    lang: langOption(p),
    template: templateOption(p),
    year: yearOption(p),
    period: periodOption(p),
  };
  // A Word document is read as a workbook of one sheet; its findings cite tables and rows.
  const word = isWordName(file) ? await loadWord(io, file, flags.lang ?? "mn") : null;
  const loaded = word?.loaded ?? (await loadShowingProgress(io, file, flags.lang ?? "mn"));
  const lang = messageLang(loaded.state?.state ?? null, flags);
  if (loaded.state?.message) io.stderr(`guitsetgel: ${loaded.state.message[lang]}\n`);
  for (const w of word?.warnings ?? []) io.stderr(`guitsetgel: ${w[lang]}\n`);

  const progress = new Progress(io, lang);
  const result = word
    ? citeWordPlaces(checkWord(word, flags, progress), word, lang)
    : checkWorkbook(loaded, flags, progress, stringOption(p, "sheet"));
  if (p.values.json) io.stdout(`${JSON.stringify(checkJson(file, result))}\n`);
  else io.stdout(checkText(file, result, lang));
  const errors = result.checked.some((s) => s.check.findings.some((f) => f.severity === "error"));
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
