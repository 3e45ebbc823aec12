import { evaluatePlan } from "../../core/evaluate";
import type { Plan } from "../../core/plan/model";
import { readPlan } from "../../core/plan/read";
import type { Settings } from "../../core/settings";
import {
  consolidate,
  consolidationSheets,
  type Consolidation,
  type UnitInput,
} from "../../core/summary/consolidate";
import type { TemplateId } from "../../core/templates/spec";
import type { Lang } from "../../core/text";
import type { WorkbookPort } from "../../workbook/port";
import { readStateSheet } from "../../workbook/state";
import type { Journal } from "../failure";
import { STRINGS, sayBoth } from "../strings";
import { writeAddinSheets } from "./sheet";

/** A file the person picked: its name and a way to read its bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const REPORTS: readonly TemplateId[] = ["org-report", "individual-report", "anticorruption-report"];

/** Lets the browser paint and handle input between files. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The unit a file reports for: its name without the extension. */
export function unitName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "").trim() || fileName;
}

/** The report among a file's sheets: the first that reads as a report, else the first plan. */
async function readUnit(file: PickedFile, settings: Settings): Promise<UnitInput> {
  const unit = unitName(file.name);
  // exceljs is loaded only here, when a person consolidates files.
  const { readXlsx } = await import("../../workbook/xlsx/read");
  const read = await readXlsx(await file.arrayBuffer());
  if (!read.ok) return { unit, error: read.error.message };
  const stored = readStateSheet(read.workbook)?.state.sheets ?? {};
  const plans: Plan[] = [];
  for (const grid of read.sheets) {
    const template = Object.prototype.hasOwnProperty.call(stored, grid.sheet)
      ? stored[grid.sheet].template
      : undefined;
    const result = readPlan(grid, template ? { template } : {});
    if (result.ok) plans.push(result.plan);
  }
  const plan = plans.find((p) => REPORTS.includes(p.template)) ?? plans[0];
  if (!plan) return { unit, error: STRINGS.noReportInFile };
  return { unit, evaluation: evaluatePlan(plan, settings) };
}

/**
 * Read and evaluate each file in turn, yielding to the browser between files. Returns null
 * when stopped: nothing is written then.
 */
export async function readUnits(
  files: PickedFile[],
  settings: Settings,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<UnitInput[] | null> {
  const units: UnitInput[] = [];
  options.onProgress?.(0, files.length);
  for (const [i, file] of files.entries()) {
    if (options.signal?.aborted) return null;
    try {
      units.push(await readUnit(file, settings));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      units.push({ unit: unitName(file.name), error: sayBoth("fileUnreadable", { detail }) });
    }
    options.onProgress?.(i + 1, files.length);
    await pause();
  }
  return options.signal?.aborted ? null : units;
}

/** The consolidated sheets written into this workbook; their names and the consolidation. */
export async function writeConsolidation(
  port: WorkbookPort,
  units: UnitInput[],
  lang: Lang,
  journal: Journal,
): Promise<{ written: string[]; consolidation: Consolidation }> {
  const consolidation = consolidate(units);
  const written = await writeAddinSheets(port, consolidationSheets(consolidation, lang), journal);
  return { written, consolidation };
}
