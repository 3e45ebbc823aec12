import { templateById } from "../core/templates";
import { scaffold } from "../core/templates/scaffold";
import { TEMPLATE_IDS } from "../core/templates/spec";
import { defaultState, newSheetState, sheetsToXlsx } from "../workbook";
import {
  OUTPUT_OPTION,
  forceOption,
  langOption,
  outputOption,
  parseCommand,
  periodOption,
  positionals,
  stringOption,
  yearOption,
} from "./args";
import { checkOutput, writeBytes } from "./files";
import { CliError, EXIT_OK, type CliIO } from "./io";
import { msg } from "./messages";

/**
 * `guitsetgel scaffold <template> -o <out.xlsx> [--org …] [--year 2026] [--period half|year]
 * [--example]`: a new workbook holding that template, its sheet recorded in the add-in's state.
 */
export async function scaffoldCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, {
    ...OUTPUT_OPTION,
    org: { type: "string" },
    year: { type: "string" },
    period: { type: "string" },
    example: { type: "boolean" },
  });
  const [id] = positionals(p, 1, "<template>");
  const spec = templateById(id);
  if (!spec) throw new CliError(msg.unknownTemplate(id), [msg.templatesAre([...TEMPLATE_IDS])]);
  const lang = langOption(p) ?? "mn";
  const out = outputOption(p);
  const full = await checkOutput(io, out, { force: forceOption(p) });

  const result = scaffold(
    spec.id,
    {
      org: stringOption(p, "org"),
      year: yearOption(p),
      period: periodOption(p),
    },
    p.values.example === true,
  );
  const state = defaultState();
  state.settings.language = lang;
  state.sheets[result.sheet.name] = newSheetState(spec.id, result.sheet);
  await writeBytes(full, await sheetsToXlsx([result.sheet], state), out);
  io.stdout(`${msg.scaffolded(out, result.sheet.name, spec.name)[lang]}\n`);
  return EXIT_OK;
}
