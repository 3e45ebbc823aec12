import type { Evaluation } from "../evaluate";
import type { SheetModel } from "../sheet";
import type { TemplateId } from "../templates/spec";
import type { Lang } from "../text";
import { evaluationSummary, evaluationSummarySheet, type ConclusionParagraph } from "./evaluation";
import { fulfilmentSummary, fulfilmentSummarySheet } from "./fulfilment-summary";
import { safeSheetName } from "../templates/scaffold";

export type SummaryKind = "evaluation" | "fulfilment";

/** A summary sheet of a table, with its kind; the товчоо brings its written conclusion. */
export interface SummarySheet {
  kind: SummaryKind;
  model: SheetModel;
  conclusion?: ConclusionParagraph[];
}

/** Reports have a товчоо; plans only a fulfilment summary; a job description has none. */
const REPORTS: readonly TemplateId[] = ["org-report", "individual-report", "anticorruption-report"];

/**
 * The summary sheets of an evaluated table, written in `lang` (the document language): the
 * товчоо with its conclusion for a report, and the fulfilment summary with its chart. `source`,
 * given when the workbook has several tables, is added to the sheets' names.
 */
export function summarySheets(e: Evaluation, lang: Lang, source?: string): SummarySheet[] {
  const template = e.plan.template;
  if (template === "job-description") return [];
  const named = (model: SheetModel): SheetModel =>
    source === undefined
      ? model
      : { ...model, name: safeSheetName(`${model.name} - ${source}`, model.name) };
  const sheets: SummarySheet[] = [];
  if (REPORTS.includes(template)) {
    const s = evaluationSummary(e);
    sheets.push({
      kind: "evaluation",
      model: named(evaluationSummarySheet(s, lang)),
      conclusion: s.conclusion,
    });
  }
  sheets.push({
    kind: "fulfilment",
    model: named(fulfilmentSummarySheet(fulfilmentSummary(e), lang)),
  });
  return sheets;
}
