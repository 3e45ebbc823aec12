import { readPlan } from "../core/plan";
import { TEMPLATES } from "../core/templates";
import { importedDocument } from "../core/transform/imported-document";
import { defaultState, newSheetState, sheetsToXlsx } from "../workbook";
import {
  OUTPUT_OPTION,
  READ_OPTIONS,
  forceOption,
  langOption,
  outputOption,
  parseCommand,
  positionals,
  templateOption,
  yearOption,
  periodOption,
} from "./args";
import { checkOutput, writeBytes } from "./files";
import { CliError, EXIT_OK, type CliIO } from "./io";
import { msg } from "./messages";
import { isWordName, loadWord } from "./word-input";

/**
 * `guitsetgel import <in.docx> -o <out.xlsx> [--template id] [--year yyyy]
 * [--period half|year]`: the Word document's
 * plan or report as the official template sheet (its rows, title, approval and sign-off cell
 * for cell, in the template's layout), recorded in the add-in's state for the next steps.
 */
export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, { ...OUTPUT_OPTION, ...READ_OPTIONS });
  const [file] = positionals(p, 1, "<in.docx>");
  if (!isWordName(file)) throw new CliError(msg.notWordInput(file));
  const out = outputOption(p);
  const full = await checkOutput(io, out, { inputs: [file], force: forceOption(p) });
  const lang = langOption(p) ?? "mn";
  const word = await loadWord(io, file, lang);
  const [grid] = word.loaded.sheets;

  const template = templateOption(p);
  const year = yearOption(p);
  const period = periodOption(p);
  const read = readPlan(grid, {
    ...(template ? { template } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
  });
  if (!read.ok) throw new CliError(msg.noTableInWord(file), [read.reason]);
  const { sheet, template: kind } = importedDocument({ grid, plan: read.plan });
  const spec = TEMPLATES[kind];

  const state = defaultState();
  state.settings.language = lang;
  state.sheets[sheet.name] = newSheetState(spec.id, sheet);
  await writeBytes(full, await sheetsToXlsx([sheet], state), out);
  for (const w of word.warnings) io.stderr(`guitsetgel: ${w[lang]}\n`);
  io.stdout(`${msg.imported(out, sheet.name, file, spec.name)[lang]}\n`);
  return EXIT_OK;
}
