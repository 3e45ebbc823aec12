import { detectHeader, type HeaderMatch } from "../core/plan";
import { reportFromPlan, reportKindOf } from "../core/transform/report-from-plan";
import { defaultState, sheetsToXlsx, type SheetGrid } from "../workbook";
import {
  OUTPUT_OPTION,
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

type PlanTemplate = "org-plan" | "individual-plan";

function isPlan(header: HeaderMatch | null): header is HeaderMatch & { template: PlanTemplate } {
  return header?.template === "org-plan" || header?.template === "individual-plan";
}

/**
 * `guitsetgel report-from-plan <plan.xlsx> -o <report.xlsx> [--period half|year]`: the
 * fulfilment report of the first sheet holding a plan, as a new workbook.
 */
export async function reportFromPlanCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, { ...OUTPUT_OPTION, period: { type: "string" } });
  const [file] = positionals(p, 1, "<plan.xlsx>");
  const period = periodOption(p) ?? "half";
  const out = outputOption(p);
  const full = checkOutput(io, out, [file]);
  const flagLang = langOption(p);
  const loaded = await loadShowingProgress(io, file, flagLang ?? "mn");
  const stored = loaded.state?.state ?? null;
  const lang = flagLang ?? stored?.settings.language ?? "mn";

  let found: { grid: SheetGrid; header: HeaderMatch & { template: PlanTemplate } } | undefined;
  const seen: string[] = [];
  for (const grid of personSheets(loaded)) {
    const recorded = stored?.sheets[grid.sheet]?.template;
    const header = detectHeader(grid, recorded ? { template: recorded } : {});
    if (isPlan(header)) {
      found = { grid, header };
      break;
    }
    seen.push(grid.sheet);
  }
  if (!found) throw new CliError(msg.noPlan(file), [msg.sheetsAre(seen)]);

  const { grid, header } = found;
  const result = reportFromPlan({
    grid,
    template: header.template,
    columns: header.columns,
    headerTop: header.headerTop,
    dataTop: header.dataTop,
    period,
  });
  const report = reportKindOf(header.template);
  const state = defaultState();
  if (stored) state.settings = { ...stored.settings, weights: { ...stored.settings.weights } };
  state.sheets[result.sheet.name] = { template: report, computed: [] };
  await writeBytes(full, await sheetsToXlsx([result.sheet], state), out);

  for (const w of result.warnings) io.stderr(`guitsetgel: ${w[lang]}\n`);
  io.stdout(`${msg.reportMade(out, result.sheet.name, grid.sheet)[lang]}\n`);
  return EXIT_OK;
}
