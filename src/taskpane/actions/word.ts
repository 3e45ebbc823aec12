import { evaluatePlan } from "../../core/evaluate";
import { documentLang } from "../../core/settings";
import { summarySheets } from "../../core/summary";
import { wordDocument, type DocumentSheet } from "../../workbook/docx/write";
import { planDocumentSheet, summaryDocumentSheet } from "../../workbook/docx/write-sheets";
import type { WorkbookPort } from "../../workbook/port";
import { sourceOf } from "../../workbook/state";
import { readSheetPlan } from "./sheet";

export interface WordFile {
  bytes: Uint8Array;
  /** The file's name: the sheet's, made safe for a file name. */
  file: string;
  /** The sheets it holds, in order. */
  parts: string[];
}

/** Characters a file name cannot hold on Windows or Mac. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/gu;

/**
 * The active sheet's table (or the one an add-in summary was made from) as its Word document,
 * followed by the summaries made of it in this workbook, written from the same models as their
 * sheets (as `guitsetgel export` writes it). Reads the workbook; changes nothing.
 */
export async function wordOfActiveSheet(port: WorkbookPort): Promise<WordFile> {
  const state = (await port.loadState()).state;
  const active = await port.activeSheetName();
  const sheet = sourceOf(state, active) ?? active;
  const grid = { ...(await port.readSheet(sheet)), sheet };
  const plan = readSheetPlan(state, sheet, grid);
  const lang = documentLang(state.settings);
  const parts: DocumentSheet[] = [planDocumentSheet(grid, plan)];
  const names = [sheet];
  // The summaries go in when the workbook has them, as the person made them in this view.
  if (state.addinSheets?.some((a) => a.source === sheet)) {
    for (const s of summarySheets(evaluatePlan(plan, state.settings), lang)) {
      parts.push(summaryDocumentSheet(s.model));
      names.push(s.model.name);
    }
  }
  const bytes = await wordDocument(parts, lang);
  return { bytes, file: `${sheet.replace(UNSAFE, "_").trim() || "Гүйцэтгэл"}.docx`, parts: names };
}
