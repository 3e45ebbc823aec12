import { evaluatePlan } from "../../core/evaluate";
import type { SheetModel } from "../../core/sheet";
import {
  evaluationSummary,
  evaluationSummarySheet,
  type ConclusionParagraph,
} from "../../core/summary/evaluation";
import { fulfilmentSummary, fulfilmentSummarySheet } from "../../core/summary/fulfilment";
import type { Lang } from "../../core/text";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";
import {
  readActiveSheet,
  readSheetPlan,
  writeAddinSheets,
  type WriteProgressListener,
} from "./sheet";

export interface SummaryRun {
  sheet: string;
  /** The sheets written, in order. */
  written: string[];
  /** The товчоо's written conclusion; empty for a plan, which has nothing to conclude yet. */
  conclusion: ConclusionParagraph[];
}

/**
 * The active sheet's summaries on sheets of their own: for a report the evaluation summary
 * (товчоо with its conclusion) and the fulfilment summary with its chart; for a plan the
 * fulfilment summary (measures planned per goal and objective).
 */
export async function writeSummaries(
  port: WorkbookPort,
  state: WorkbookState,
  lang: Lang,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SummaryRun> {
  const { sheet, grid } = await readActiveSheet(port);
  const plan = readSheetPlan(state, sheet, grid);
  const e = evaluatePlan(plan, state.settings);
  const columns = plan.header.columns;
  const isReport =
    columns.achieved !== undefined ||
    columns.fulfilment !== undefined ||
    columns.rating !== undefined;
  const models: SheetModel[] = [];
  let conclusion: ConclusionParagraph[] = [];
  if (isReport) {
    const s = evaluationSummary(e);
    conclusion = s.conclusion;
    models.push(evaluationSummarySheet(s, lang));
  }
  models.push(fulfilmentSummarySheet(fulfilmentSummary(e), lang));
  const written = await writeAddinSheets(port, models, journal, { onProgress });
  return { sheet, written, conclusion };
}
