import { cellAddress, parseAddress, type CellValue, type Grid, type Merge } from "../../core/grid";
import type { SheetModel } from "../../core/sheet";
import { bi, type Bilingual } from "../../core/text";
import type { CellWrite, WorkbookPort, WriteProgress, WriteSheetOptions } from "../port";
import { WorkbookError } from "../port";
import {
  STATE_SHEET,
  defaultState,
  isAddinSheet,
  parseState,
  serializeState,
  type WorkbookState,
  LISTS_SHEET,
} from "../state";
import { dateText } from "../date-text";
import type { Requirements, RunFn, XlContext, XlRange, XlRunOptions, XlWorksheet } from "./api";
import { officeErrorCode, toWorkbookError } from "./errors";
import { uniqueSheetName } from "./names";
import { jsonBytes } from "./payload";
import {
  PACK_BUDGET,
  needsListsSheet,
  needsTextFormat,
  packBatches,
  planSheetWrite,
  type HostFeatures,
  type ListsSheetInfo,
  type WriteStep,
  type WriteTarget,
} from "./write-plan";

/** Workbook setting holding serializeState(…). */
export const STATE_SETTING = "guitsetgel.state";
/** Workbook setting recording the sheets the add-in wrote: model name → sheet id. */
export const ADDIN_SHEETS_SETTING = "guitsetgel.sheets";
/** Writes of at least this many cells suspend Excel's recalculation until each sync. */
const LARGE_WRITE_CELLS = 10_000;
/** Bytes a cell is guessed to take in a response (value and format) before one is measured. */
const GUESS_CELL_BYTES = 64;
/** The state sheet written by the .xlsx path holds at most this many chunks. */
const MAX_STATE_CHUNKS = 2000;

export interface OfficeHost {
  /** `Excel.run`, or the in-memory fake's. */
  run: RunFn;
  /** `Office.context.requirements`, or the fake's. */
  requirements: Requirements;
}

/** Merged areas in an address list ("Sheet1!A1:B2, 'Лист, 2'!C3:D4"). */
function parseAreas(address: string): Merge[] {
  const areas: Merge[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^',!\s][^,!]*)!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/g;
  for (const m of address.matchAll(pattern)) {
    const a = parseAddress(m[1]);
    const b = parseAddress(m[2] ?? m[1]);
    if (a && b) areas.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return areas;
}

/** A number format that shows a date or time (after quoted text and [..] sections are removed). */
function isDateFormat(format: string | null): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*]|\\./g, "");
  return /[ymdhs]/i.test(bare);
}

/** Values and formats as Office.js returns them → a Grid (empty cells null, dates as ISO text). */
function toGrid(
  sheet: string,
  origin: { row: number; col: number },
  values: CellValue[][],
  formats: (string | null)[][],
  merges: Merge[],
): Grid {
  const cells = values.map((row, r) =>
    row.map((v, c): CellValue => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "number" && isDateFormat(formats[r]?.[c] ?? null)) {
        return dateText(new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000))) ?? v;
      }
      return v;
    }),
  );
  const numberFormats = formats.map((row) => row.map((f) => (f && f !== "General" ? f : null)));
  return { sheet, origin, cells, merges, numberFormats };
}

function isTooLarge(error: unknown): boolean {
  return /PayloadSizeLimitExceeded$/.test(officeErrorCode(error));
}

/** The add-in's record of its own sheets, tolerating anything else found there. */
function parseOwned(value: unknown): Record<string, string> {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return {};
    }
  }
  const owned: Record<string, string> = {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return owned;
  for (const [name, id] of Object.entries(raw)) {
    if (typeof id === "string" && name !== "__proto__") owned[name] = id;
  }
  return owned;
}

const MSG_BAD_CELL = (cell: string): Bilingual =>
  bi(`“${cell}” нь нүдний хаяг биш байна.`, `“${cell}” is not a cell address.`);

const MSG_NO_SETTINGS = bi(
  "Энэ Excel-ийн хувилбар ажлын номд тохиргоо хадгалах боломжгүй (ExcelApi 1.4 шаардлагатай).",
  "This version of Excel cannot store settings in the workbook (ExcelApi 1.4 is needed).",
);

/**
 * The workbook through the Excel JavaScript API. Every method is one `run` (Excel.run with
 * delayForCellEdit, and mergeUndoGroup where ExcelApi 1.20 is there); reads take at most two
 * syncs while Excel can send the used range at once; writes go in batches that each stay under
 * 4 MB, values first, then formats. Office errors become WorkbookErrors.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly host: OfficeHost) {}

  private supports(version: string): boolean {
    return this.host.requirements.isSetSupported("ExcelApi", version);
  }

  private options(): XlRunOptions {
    return this.supports("1.20")
      ? { delayForCellEdit: true, mergeUndoGroup: true }
      : { delayForCellEdit: true };
  }

  private features(): HostFeatures {
    return { hyperlinks: this.supports("1.7"), pageLayout: this.supports("1.9") };
  }

  private async run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(this.options(), batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  async listSheets(): Promise<{ name: string; visible: boolean }[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name", "items/visibility"]);
      await context.sync();
      return sheets.items
        .filter((s) => !isAddinSheet(s.name))
        .map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  async activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /**
   * One sync for the used range's values and formats, one for its merged areas (ExcelApi 1.13).
   * When Excel refuses to send the range at once (over 5 MB on Excel on the web), it is read
   * again in blocks of rows sized to stay under 4 MB each.
   */
  async readSheet(name?: string): Promise<Grid> {
    try {
      return await this.host.run(this.options(), async (context) => {
        const sheet = this.sheetOf(context, name);
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(["values", "numberFormat", "rowIndex", "columnIndex"]);
        await context.sync();
        if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, cells: [] };
        const merges = await this.readMerges(context, used);
        const origin = { row: used.rowIndex, col: used.columnIndex };
        return toGrid(sheet.name, origin, used.values, used.numberFormat, merges);
      });
    } catch (error) {
      if (isTooLarge(error)) return this.readSheetInBlocks(name);
      throw toWorkbookError(error);
    }
  }

  private sheetOf(context: XlContext, name?: string): XlWorksheet {
    const sheets = context.workbook.worksheets;
    return name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
  }

  private async readMerges(context: XlContext, used: XlRange): Promise<Merge[]> {
    if (!this.supports("1.13")) return [];
    const merged = used.getMergedAreasOrNullObject();
    merged.load(["address", "areaCount"]);
    await context.sync();
    if (merged.isNullObject) return [];
    const areas = parseAreas(merged.address);
    if (areas.length === merged.areaCount) return areas;
    // Excel cuts long addresses (8,192 characters): read the areas one by one instead.
    const items = merged.areas;
    items.load(["items/rowIndex", "items/columnIndex", "items/rowCount", "items/columnCount"]);
    await context.sync();
    return items.items.map((r) => ({
      top: r.rowIndex,
      left: r.columnIndex,
      bottom: r.rowIndex + r.rowCount - 1,
      right: r.columnIndex + r.columnCount - 1,
    }));
  }

  private async readSheetInBlocks(name?: string): Promise<Grid> {
    return this.run(async (context) => {
      const sheet = this.sheetOf(context, name);
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, cells: [] };
      const { rowIndex: top, columnIndex: left, rowCount, columnCount } = used;
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      // Each block is sized from the bytes per row the previous one measured; a refused block
      // is halved and asked again.
      const readFrom = async (from: number, guess: number): Promise<void> => {
        if (from >= rowCount) return;
        const count = Math.min(guess, rowCount - from);
        const last = cellAddress(top + from + count - 1, left + columnCount - 1);
        const range = sheet.getRange(`${cellAddress(top + from, left)}:${last}`);
        range.load(["values", "numberFormat"]);
        try {
          await context.sync();
        } catch (error) {
          if (!isTooLarge(error) || count === 1) throw error;
          return readFrom(from, Math.ceil(count / 2));
        }
        for (const row of range.values) values.push(row);
        for (const row of range.numberFormat) formats.push(row);
        const perRow = (jsonBytes(range.values) + jsonBytes(range.numberFormat)) / count;
        return readFrom(from + count, Math.max(1, Math.floor(PACK_BUDGET / perRow)));
      };
      await readFrom(0, Math.max(1, Math.floor(PACK_BUDGET / (columnCount * GUESS_CELL_BYTES))));
      const merges = await this.readMerges(context, used);
      return toGrid(sheet.name, { row: top, col: left }, values, formats, merges);
    });
  }

  async writeNewSheet(
    model: SheetModel,
    options: WriteSheetOptions = {},
  ): Promise<{ name: string }> {
    const progress = newProgress(model.name);
    try {
      return await this.host.run(this.options(), async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = sheets.items.map((s) => s.name);
        const name = uniqueSheetName(model.name, names);
        progress.sheet = name;
        const lists = await this.listsInfo(context, model, names);
        const sheet = sheets.add(name);
        await this.writeModel({ context, sheet, sheetName: name }, model, lists, options, progress);
        return { name };
      });
    } catch (error) {
      throw toWorkbookError(error, progress);
    }
  }

  async replaceAddinSheet(
    model: SheetModel,
    options: WriteSheetOptions = {},
  ): Promise<{ name: string }> {
    const progress = newProgress(model.name);
    let added: XlWorksheet | undefined;
    try {
      return await this.host.run(this.options(), async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load(["items/name", "items/id"]);
        const record = context.workbook.settings.getItemOrNullObject(ADDIN_SHEETS_SETTING);
        record.load("value");
        await context.sync();
        const owned = parseOwned(record.isNullObject ? null : record.value);
        const names = sheets.items.map((s) => s.name);
        const mine = sheets.items.find((s) => s.id === owned[model.name]);
        const lists = await this.listsInfo(context, model, names);
        let sheet: XlWorksheet;
        if (mine) {
          sheet = mine;
          progress.sheet = mine.name;
          await clearSheet(context, mine);
        } else {
          progress.sheet = uniqueSheetName(model.name, names);
          sheet = sheets.add(progress.sheet);
          sheet.load("id");
          added = sheet;
        }
        const target = { context, sheet, sheetName: progress.sheet };
        await this.writeModel(target, model, lists, options, progress);
        if (!mine) {
          owned[model.name] = sheet.id;
          context.workbook.settings.add(ADDIN_SHEETS_SETTING, JSON.stringify(owned));
          await context.sync();
        }
        return { name: progress.sheet };
      });
    } catch (error) {
      // A sheet this call added and could not finish is still the add-in's: record it, so that
      // running again rewrites it instead of adding a second one beside it.
      const id = loadedId(added);
      if (id !== undefined) await this.recordAddinSheet(model.name, id).catch(() => undefined);
      throw toWorkbookError(error, progress);
    }
  }

  private async recordAddinSheet(modelName: string, id: string): Promise<void> {
    await this.host.run(this.options(), async (context) => {
      const record = context.workbook.settings.getItemOrNullObject(ADDIN_SHEETS_SETTING);
      record.load("value");
      await context.sync();
      const owned = parseOwned(record.isNullObject ? null : record.value);
      owned[modelName] = id;
      context.workbook.settings.add(ADDIN_SHEETS_SETTING, JSON.stringify(owned));
      await context.sync();
    });
  }

  /** Where lists too awkward to be inline go; reads the lists sheet only when one is needed. */
  private async listsInfo(
    context: XlContext,
    model: SheetModel,
    names: string[],
  ): Promise<ListsSheetInfo> {
    const exists = names.includes(LISTS_SHEET);
    if (!exists || !needsListsSheet(model)) return { exists, nextColumn: 0 };
    const used = context.workbook.worksheets.getItem(LISTS_SHEET).getUsedRangeOrNullObject(true);
    used.load(["columnIndex", "columnCount"]);
    await context.sync();
    return {
      exists,
      nextColumn: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    };
  }

  private async writeModel(
    target: WriteTarget,
    model: SheetModel,
    lists: ListsSheetInfo,
    options: WriteSheetOptions,
    progress: WriteProgress,
  ): Promise<void> {
    const plan = planSheetWrite(model, this.features(), lists);
    progress.rowsTotal = plan.rowsTotal;
    const suspend = plan.cells >= LARGE_WRITE_CELLS && this.supports("1.6");
    const activate = options.activate
      ? [{ bytes: 64, queue: ({ sheet }: WriteTarget) => sheet.activate() }]
      : [];
    const batches = packBatches([...plan.steps, ...activate]);
    // An empty model still creates its sheet.
    if (batches.length === 0) await target.context.sync();
    await runBatches(
      target,
      batches,
      0,
      (batch) => {
        if (suspend && batch.some((s) => s.rowsDone !== undefined)) {
          target.context.workbook.application.suspendApiCalculationUntilNextSync();
        }
      },
      (batch) => {
        const done = batch.reduce((n, s) => Math.max(n, s.rowsDone ?? 0), progress.rowsWritten);
        if (done > progress.rowsWritten) {
          progress.rowsWritten = done;
          options.onProgress?.(done, plan.rowsTotal);
        }
      },
    );
    progress.formatsDone = true;
  }

  async writeCells(sheetName: string, writes: CellWrite[]): Promise<void> {
    const bad = writes.find((w) => !parseAddress(w.cell));
    if (bad) throw new WorkbookError("not-found", MSG_BAD_CELL(bad.cell));
    const progress: WriteProgress = {
      sheet: sheetName,
      unit: "cells",
      rowsWritten: 0,
      rowsTotal: writes.length,
      formatsDone: false,
    };
    const steps: WriteStep[] = writes.map((w) => ({
      bytes: jsonBytes(w) + 200,
      queue: ({ sheet }) => {
        const range = sheet.getRange(w.cell);
        if (typeof w.value === "string" && needsTextFormat(w.value)) range.numberFormat = [["@"]];
        range.values = [[w.value]];
        if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
      },
    }));
    try {
      await this.host.run(this.options(), async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const target = { context, sheet, sheetName };
        await runBatches(
          target,
          packBatches(steps, PACK_BUDGET),
          0,
          () => undefined,
          (batch) => {
            progress.rowsWritten += batch.length;
          },
        );
        progress.formatsDone = true;
      });
    } catch (error) {
      throw toWorkbookError(error, progress);
    }
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    if (!parseAddress(cell)) throw new WorkbookError("not-found", MSG_BAD_CELL(cell));
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * The state from the workbook setting; for a file written by the .xlsx path, from its
   * very-hidden state sheet instead. Defaults when there is none.
   */
  async loadState(): Promise<{ state: WorkbookState; message?: Bilingual }> {
    const settings = this.supports("1.4");
    return this.run(async (context) => {
      const setting = settings
        ? context.workbook.settings.getItemOrNullObject(STATE_SETTING)
        : undefined;
      setting?.load("value");
      const stateSheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
      stateSheet.load("name");
      await context.sync();
      if (setting && !setting.isNullObject) return parseState(setting.value);
      if (stateSheet.isNullObject) return { state: defaultState() };
      const used = stateSheet.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      const chunks: string[] = [];
      for (const [v] of used.isNullObject ? [] : used.values.slice(0, MAX_STATE_CHUNKS)) {
        if (typeof v !== "string" || v === "") break;
        chunks.push(v);
      }
      return parseState(chunks.join(""));
    });
  }

  async saveState(state: WorkbookState): Promise<void> {
    if (!this.supports("1.4")) throw new WorkbookError("unsupported", MSG_NO_SETTINGS);
    await this.run(async (context) => {
      context.workbook.settings.add(STATE_SETTING, serializeState(state));
      await context.sync();
    });
  }
}

/** A sheet's id once a sync has brought it back (the sync that created the sheet), else undefined. */
function loadedId(sheet: XlWorksheet | undefined): string | undefined {
  try {
    return sheet?.id;
  } catch {
    return undefined;
  }
}

function newProgress(sheet: string): WriteProgress {
  return { sheet, unit: "rows", rowsWritten: 0, rowsTotal: 0, formatsDone: false };
}

/**
 * Empty an add-in sheet before it is written again: contents, formats, merges, lists,
 * conditional formats, frozen panes and its chart (one sync to find the charts).
 */
async function clearSheet(context: XlContext, sheet: XlWorksheet): Promise<void> {
  sheet.charts.load("items/name");
  await context.sync();
  for (const chart of sheet.charts.items) chart.delete();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  sheet.freezePanes.unfreeze();
}

/**
 * Queue and sync each batch in turn. Recursion rather than a loop: every batch is exactly one
 * sync, which is what the no-context-sync-in-loop rule guards, and the rule stays on.
 */
async function runBatches(
  target: WriteTarget,
  batches: WriteStep[][],
  index: number,
  before: (batch: WriteStep[]) => void,
  after: (batch: WriteStep[]) => void,
): Promise<void> {
  const batch = batches[index];
  if (!batch) return;
  before(batch);
  for (const step of batch) step.queue(target);
  await target.context.sync();
  after(batch);
  return runBatches(target, batches, index + 1, before, after);
}
