import { checkGrid, type SheetCheck } from "../../core/checks";
import type { ReadOptions } from "../../core/plan/read";
import type { Finding, FindingCode, Fix } from "../../core/finding";
import { findingsSheet } from "../../core/summary/findings-sheet";
import { staleSummariesOf, type WrittenSummary } from "../../core/checks/summary-stale";
import { documentLang } from "../../core/settings";
import type { CellSnapshot, CellWrite, WorkbookPort } from "../../workbook/port";
import {
  recordedReading,
  sheetEntry,
  sourceOf,
  withReading,
  type WorkbookState,
} from "../../workbook/state";
import type { Journal } from "../failure";
import { sayBoth } from "../strings";
import { saveState, withSheet, writeAddinSheets } from "./sheet";

/** One run of the checks over a sheet. */
export interface CheckRun {
  sheet: string;
  result: SheetCheck;
  /** What the person chose in the Check view (kind, year): a check after a fix keeps it. */
  chosen: ReadOptions;
  /** How the sheet was read: what is recorded for it, with `chosen` in its place. */
  reading: ReadOptions;
}

/**
 * Every check of the catalogue over a sheet, with the settings and template the state records,
 * and the add-in's summaries of that sheet against what they would say now. One of those
 * summaries, checked, is the sheet it was made from checked, with the summary's findings.
 */
export async function checkSheet(
  port: WorkbookPort,
  state: WorkbookState,
  active: string,
  chosen: ReadOptions = {},
): Promise<CheckRun> {
  const sheet = sourceOf(state, active) ?? active;
  const grid = await port.readSheet(sheet);
  // What the person chooses in the Check view comes before what is recorded for the sheet.
  const reading = readingChosen(recordedReading(state, sheet), chosen);
  const result = checkGrid({ ...grid, sheet }, state.settings, reading);
  if (!result.ok) return { sheet, result, chosen, reading };
  const names = new Set((await port.listSheets()).map((s) => s.name));
  const summaries: WrittenSummary[] = [];
  for (const own of state.addinSheets ?? []) {
    const kind = own.kind;
    if (own.source !== sheet || (kind !== "evaluation" && kind !== "fulfilment")) continue;
    if (!names.has(own.name)) continue;
    const grid = { ...(await port.readSheet(own.name)), sheet: own.name };
    summaries.push({ grid, kind, lang: own.lang ?? "mn" });
  }
  const stale = staleSummariesOf(result.evaluation, summaries);
  const findings = [...result.findings, ...stale];
  return { sheet, result: { ...result, findings }, chosen, reading };
}

/** `recorded` with each choice `chosen` makes in its place. */
function readingChosen(recorded: ReadOptions, chosen: ReadOptions): ReadOptions {
  const reading = { ...recorded };
  if (chosen.template) reading.template = chosen.template;
  if (chosen.year !== undefined) reading.year = chosen.year;
  if (chosen.period) reading.period = chosen.period;
  return reading;
}

/**
 * The sheet checked as the person chose to read it in the Check view (its kind, year or
 * period), the choice recorded for the sheet: Compute, the summaries and the next check read it
 * so too. A choice the sheet cannot be read by is checked (and refused) but not recorded.
 */
export async function checkSheetAsChosen(
  port: WorkbookPort,
  chosen: ReadOptions,
): Promise<{ run: CheckRun; state?: WorkbookState }> {
  const state = (await port.loadState()).state;
  const run = await checkSheet(port, state, await port.activeSheetName(), chosen);
  if (!run.result.ok) return { run };
  const { sheet, reading } = run;
  const own = sheetEntry(state, sheet) ?? { computed: [] };
  const entry = withReading({ ...own, template: run.result.template }, reading);
  const next = await saveState(port, withSheet(state, sheet, entry));
  return { run, state: next };
}

/** The active sheet checked, with the add-in's state as the workbook holds it now. */
export async function checkActiveSheet(
  port: WorkbookPort,
  chosen: ReadOptions = {},
): Promise<CheckRun> {
  const state = (await port.loadState()).state;
  return checkSheet(port, state, await port.activeSheetName(), chosen);
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

/**
 * Write cells of a sheet, noting for the undo what they held and what the add-in wrote there
 * (the undo puts back only a cell that still holds the add-in's value). `read`: the cells as
 * the caller has just read them, when it has; those it lacks are read here.
 */
export async function writeCellsNoting(
  port: WorkbookPort,
  sheet: string,
  writes: CellWrite[],
  journal: Journal,
  read: readonly CellSnapshot[] = [],
): Promise<void> {
  const known = new Map(read.map((c) => [c.cell, c]));
  const snapshots = writes.map((w) => known.get(w.cell));
  const before = snapshots.every((c) => c !== undefined)
    ? snapshots
    : await port.readCells(
        sheet,
        writes.map((w) => w.cell),
      );
  journal.step({ kind: "cells", sheet, before, written: writes.map((w) => w.value) });
  await port.writeCells(sheet, writes);
  journal.record(sayBoth("doneCells", { sheet, count: writes.length }));
}

/** Fixes grouped by the sheet they apply to, in the order the sheets first come. */
function bySheet(fixes: PlacedFix[]): Map<string, PlacedFix[]> {
  const grouped = new Map<string, PlacedFix[]>();
  for (const f of fixes) grouped.set(f.sheet, [...(grouped.get(f.sheet) ?? []), f]);
  return grouped;
}

/** A cell a fix would write a value into that holds a person's formula. */
export interface FormulaUnderFix {
  sheet: string;
  cell: string;
  /** With its "=". */
  formula: string;
}

/** The cells fixes would write, as just read (by sheet), and those among them holding a formula. */
export interface UnderFixes {
  read: ReadonlyMap<string, readonly CellSnapshot[]>;
  formulas: FormulaUnderFix[];
}

/**
 * The fixes' cells as the workbook holds them now: a fix writes a value, and a formula a person
 * wrote there ("=G10/F10" pointing at the wrong row) would go with it.
 */
export async function readUnderFixes(port: WorkbookPort, fixes: PlacedFix[]): Promise<UnderFixes> {
  const read = new Map<string, CellSnapshot[]>();
  const formulas: FormulaUnderFix[] = [];
  for (const [sheet, list] of bySheet(fixes)) {
    const cells = await port.readCells(
      sheet,
      list.map((f) => f.cell),
    );
    read.set(sheet, cells);
    for (const c of cells) {
      if (c.formula !== undefined) formulas.push({ sheet, cell: c.cell, formula: c.formula });
    }
  }
  return { read, formulas };
}

/**
 * Write the fixes (grouped by sheet) and check the sheet again. `read`: their cells as just read
 * (readUnderFixes), for the undo's note; else they are read here.
 */
export async function applyFixes(
  port: WorkbookPort,
  run: CheckRun,
  fixes: PlacedFix[],
  journal: Journal,
  read?: UnderFixes["read"],
): Promise<CheckRun> {
  const state = (await port.loadState()).state;
  journal.before(state);
  for (const [sheet, list] of bySheet(fixes)) {
    const writes = list.map((f) => ({
      cell: f.cell,
      value: f.value,
      numberFormat: f.numberFormat,
    }));
    await writeCellsNoting(port, sheet, writes, journal, read?.get(sheet));
  }
  return checkSheet(port, state, run.sheet, run.chosen);
}

/** The findings on the add-in's findings sheet, each linked to its cell; the sheet's name. */
export async function writeFindings(
  port: WorkbookPort,
  run: CheckRun,
  journal: Journal,
): Promise<{ name: string; state: WorkbookState }> {
  const state = (await port.loadState()).state;
  const lang = documentLang(state.settings);
  const model = findingsSheet([{ sheet: run.sheet, findings: run.result.findings }], lang);
  const written = await writeAddinSheets(
    port,
    state,
    [{ model, kind: "findings", source: run.sheet, lang }],
    journal,
    { activate: false },
  );
  return { name: written.names[0], state: await saveState(port, written.state) };
}
