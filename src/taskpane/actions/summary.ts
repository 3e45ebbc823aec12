import { evaluatePlan } from "../../core/evaluate";
import { documentLang } from "../../core/settings";
import { summarySheets, type SummarySheet } from "../../core/summary";
import type { ConclusionParagraph } from "../../core/summary/evaluation";
import type { WorkbookPort } from "../../workbook/port";
import { addinSheetOf, sourceOf, type WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";
import { readSheetPlan, saveState, writeAddinSheets, type WriteProgressListener } from "./sheet";

export interface SummaryRun {
  /** The sheet summarised. */
  sheet: string;
  /** The sheets written, in order. */
  written: string[];
  /** The товчоо's written conclusion; empty for a plan, which has nothing to conclude yet. */
  conclusion: ConclusionParagraph[];
  state: WorkbookState;
}

/**
 * The summaries of the active sheet on sheets of their own, in the document language: for a
 * report the evaluation summary (товчоо with its conclusion) and the fulfilment summary with its
 * chart; for a plan the fulfilment summary. A summary made before, after a reopen or on another
 * computer alike, is replaced in its place; with one of the add-in's summaries active, the sheet
 * it was made from is summarised again.
 */
export async function writeSummaries(
  port: WorkbookPort,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SummaryRun> {
  const state = (await port.loadState()).state;
  const active = await port.activeSheetName();
  const sheet = sourceOf(state, active) ?? active;
  const grid = { ...(await port.readSheet(sheet)), sheet };
  const plan = readSheetPlan(state, sheet, grid);
  const e = evaluatePlan(plan, state.settings);
  const lang = documentLang(state.settings);
  const owned = (made: SummarySheet[]) =>
    made.map((s) => ({ model: s.model, kind: s.kind, source: sheet, lang }));
  // Another table's summaries already hold the plain names: this table's are named after it.
  const made = summarySheets(e, lang);
  const plain = owned(made);
  const taken = plain.some(
    (s) =>
      !addinSheetOf(state, s) &&
      state.addinSheets?.some((a) => a.kind === s.kind && a.source !== sheet),
  );
  const sheets = taken ? owned(summarySheets(e, lang, sheet)) : plain;
  const written = await writeAddinSheets(port, state, sheets, journal, { onProgress });
  const next = await saveState(port, written.state);
  const conclusion = made.find((s) => s.conclusion)?.conclusion ?? [];
  return { sheet, written: written.names, conclusion, state: next };
}
