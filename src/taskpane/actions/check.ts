import { checkGrid, type SheetCheck } from "../../core/checks";
import type { Finding, FindingCode, Fix } from "../../core/finding";
import { findingsSheet } from "../../core/summary/findings-sheet";
import type { Lang } from "../../core/text";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";
import { sayBoth } from "../strings";
import { recordedTemplate, writeAddinSheets } from "./sheet";

/** One run of the checks over a sheet. */
export interface CheckRun {
  sheet: string;
  result: SheetCheck;
}

/** Every check of the catalogue over a sheet, with the settings and template the state records. */
export async function checkSheet(
  port: WorkbookPort,
  state: WorkbookState,
  sheet: string,
): Promise<CheckRun> {
  const grid = await port.readSheet(sheet);
  const template = recordedTemplate(state, sheet);
  const result = checkGrid({ ...grid, sheet }, state.settings, template ? { template } : {});
  return { sheet, result };
}

export async function checkActiveSheet(
  port: WorkbookPort,
  state: WorkbookState,
): Promise<CheckRun> {
  const sheet = await port.activeSheetName();
  return checkSheet(port, state, sheet);
}

/** The sheet a finding is about. */
export function findingSheet(run: CheckRun, f: Finding): string {
  return f.sheet ?? run.sheet;
}

/** A fix with the sheet it applies to. */
export interface PlacedFix extends Fix {
  sheet: string;
}

/**
 * The certain fixes of the findings of one code, one per cell (each fix is made from the cell as
 * it stood when checked, so a second fix of the same cell waits for the next check).
 */
export function fixesOf(run: CheckRun, code: FindingCode): PlacedFix[] {
  const seen = new Set<string>();
  const fixes: PlacedFix[] = [];
  for (const f of run.result.findings) {
    if (f.code !== code || !f.fix) continue;
    const sheet = findingSheet(run, f);
    const key = `${sheet}!${f.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push({ sheet, ...f.fix });
  }
  return fixes;
}

/** Codes with more than one certain fix, in the order their first finding appears. */
export function fixableCodes(run: CheckRun): { code: FindingCode; cells: number }[] {
  const codes: FindingCode[] = [];
  for (const f of run.result.findings) if (f.fix && !codes.includes(f.code)) codes.push(f.code);
  return codes
    .map((code) => ({ code, cells: fixesOf(run, code).length }))
    .filter((c) => c.cells > 1);
}

/** Write the fixes (grouped by sheet) and check the sheet again. */
export async function applyFixes(
  port: WorkbookPort,
  state: WorkbookState,
  run: CheckRun,
  fixes: PlacedFix[],
  journal: Journal,
): Promise<CheckRun> {
  const bySheet = new Map<string, PlacedFix[]>();
  for (const f of fixes) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    await port.writeCells(
      sheet,
      list.map((f) => ({ cell: f.cell, value: f.value, numberFormat: f.numberFormat })),
    );
    journal.record(sayBoth("doneCells", { sheet, count: list.length }));
  }
  return checkSheet(port, state, run.sheet);
}

/** The findings on the add-in's findings sheet, each linked to its cell; the sheet's name. */
export async function writeFindings(
  port: WorkbookPort,
  run: CheckRun,
  lang: Lang,
  journal: Journal,
): Promise<string> {
  const model = findingsSheet([{ sheet: run.sheet, findings: run.result.findings }], lang);
  const [name] = await writeAddinSheets(port, [model], journal, { activate: false });
  return name;
}
