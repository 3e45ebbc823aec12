import { readPlan, type Plan } from "../core/plan";
import {
  STEP_SOURCE_NAMES,
  nextDocument,
  startsFrom,
  type NextStep,
} from "../core/transform/next-document";
import {
  defaultState,
  newSheetState,
  recordedReading,
  sheetsToXlsx,
  type SheetGrid,
} from "../workbook";
import {
  OUTPUT_OPTION,
  forceOption,
  langOption,
  outputOption,
  parseCommand,
  periodOption,
  positionals,
} from "./args";
import { checkOutput, loadShowingProgress, writeBytes } from "./files";
import { CliError, EXIT_OK, type CliIO } from "./io";
import { msg } from "./messages";
import { personSheets } from "./tables";

/**
 * `guitsetgel report-from-plan | year-end | next-plan <in.xlsx> -o <out.xlsx>`: the next
 * document of the year's cycle from the first sheet holding what the step starts from, copied
 * cell for cell into a new workbook with the add-in's settings.
 */
export function nextDocumentCommand(step: NextStep) {
  return async (argv: string[], io: CliIO): Promise<number> => {
    const period = { type: "string" } as const;
    const p = parseCommand(argv, step === "report" ? { ...OUTPUT_OPTION, period } : OUTPUT_OPTION);
    const [file] = positionals(p, 1, "<in.xlsx>");
    const out = outputOption(p);
    const full = await checkOutput(io, out, { inputs: [file], force: forceOption(p) });
    const flagLang = langOption(p);
    const loaded = await loadShowingProgress(io, file, flagLang ?? "mn");
    const stored = loaded.state?.state ?? null;
    const lang = flagLang ?? stored?.settings.language ?? "mn";

    let found: { grid: SheetGrid; plan: Plan } | undefined;
    const seen: string[] = [];
    for (const grid of personSheets(loaded)) {
      const read = readPlan(grid, recordedReading(stored, grid.sheet));
      if (read.ok && startsFrom(step, read.plan.template)) {
        found = { grid, plan: read.plan };
        break;
      }
      seen.push(grid.sheet);
    }
    if (!found) {
      throw new CliError(msg.noSource(file, STEP_SOURCE_NAMES[step]), [msg.sheetsAre(seen)]);
    }

    const result = nextDocument(step, { ...found, period: periodOption(p) });
    const state = defaultState();
    if (stored) state.settings = { ...stored.settings, weights: { ...stored.settings.weights } };
    state.sheets[result.sheet.name] = newSheetState(result.template, result.sheet);
    await writeBytes(full, await sheetsToXlsx([result.sheet], state), out);

    for (const w of result.warnings) io.stderr(`guitsetgel: ${w[lang]}\n`);
    io.stdout(`${msg.documentMade(out, result.sheet.name, found.grid.sheet, step)[lang]}\n`);
    return EXIT_OK;
  };
}
