import {
  cellAddress,
  cellText,
  parseAddress,
  rangeAddress,
  tableWindows,
  type CellValue,
  type Grid,
  type Merge,
} from "../../core/grid";
import type { SheetModel } from "../../core/sheet";
import { bi, type Bilingual } from "../../core/text";
import type {
  AddinWriteOptions,
  CellSnapshot,
  CellWrite,
  WorkbookPort,
  WriteProgress,
  WriteSheetOptions,
} from "../port";
import { WorkbookError } from "../port";
import {
  KEPT_SHEET_PREFIX,
  STATE_SHEET,
  chunkText,
  defaultState,
  isAddinSheet,
  parseState,
  serializeState,
  type WorkbookState,
  LISTS_SHEET,
} from "../state";
import { excelDateText } from "../../core/cells/excel-dates";
import type { Requirements, RunFn, XlContext, XlRange, XlRunOptions, XlWorksheet } from "./api";
import { isTooLarge, isTransient, officeErrorCode, refusedWhole, toWorkbookError } from "./errors";
import { uniqueSheetName } from "./names";
import { jsonBytes } from "./payload";
import {
  PACK_BUDGET,
  needsListsSheet,
  needsTextFormat,
  packBatches,
  planSheetWrite,
  singleCellBytes,
  type HostFeatures,
  type ListsSheetInfo,
  type WriteStep,
  type WriteTarget,
} from "./write-plan";

/** Workbook setting holding serializeState(…). */
export const STATE_SETTING = "guitsetgel.state";
/** Writes of at least this many cells suspend Excel's recalculation until each sync. */
const LARGE_WRITE_CELLS = 10_000;
/** Bytes a cell is guessed to take in a response (value and format) before one is measured. */
const GUESS_CELL_BYTES = 64;
/** The state sheet written by the .xlsx path holds at most this many chunks. */
const MAX_STATE_CHUNKS = 2000;
/** A state this large goes to the state sheet, not the setting (Excel's limit is about 1 MB). */
const SETTING_BYTES = 900_000;
const noop = (): void => undefined;

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
        return excelDateText(v) ?? v;
      }
      return v;
    }),
  );
  const numberFormats = formats.map((row) => row.map((f) => (f && f !== "General" ? f : null)));
  return { sheet, origin, cells, merges, numberFormats };
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

  /**
   * Whether runs merge into one undo step. Off for the rest of the session once Excel refused
   * one with UndoNotSupported (an API without undo inside the group; office-js #6491): the
   * person's «try again» then goes through, undone in steps.
   */
  private undoGroups = true;

  private options(): XlRunOptions {
    return this.undoGroups && this.supports("1.20")
      ? { delayForCellEdit: true, mergeUndoGroup: true }
      : { delayForCellEdit: true };
  }

  /** host.run with the session's options; an UndoNotSupported turns merged undo groups off. */
  private async hostRun<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(this.options(), batch);
    } catch (error) {
      if (officeErrorCode(error) === "UndoNotSupported") this.undoGroups = false;
      throw error;
    }
  }

  private features(): HostFeatures {
    return { hyperlinks: this.supports("1.7"), pageLayout: this.supports("1.9") };
  }

  private async run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.hostRun(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * A run that only reads: asked once more when Excel drops the request (isTransient). Writes
   * are not: a dropped write may have been applied in part.
   */
  private async read<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.hostRun(batch);
    } catch (error) {
      if (!isTransient(error)) throw error;
      return this.hostRun(batch);
    }
  }

  /** read, with Office's failures as WorkbookErrors. */
  private async runRead<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.read(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  async listSheets(): Promise<{ name: string; visible: boolean }[]> {
    return this.runRead(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name", "items/visibility"]);
      await context.sync();
      return sheets.items
        .filter((s) => !isAddinSheet(s.name))
        .map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  async activeSheetName(): Promise<string> {
    return this.runRead(async (context) => {
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
      return await this.read(async (context) => {
        const sheet = this.sheetOf(context, name);
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(["values", "numberFormat", "rowIndex", "columnIndex"]);
        await context.sync();
        if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, cells: [] };
        // Past 5,000,000 cells Excel may hand over null in place of the values.
        if (!Array.isArray(used.values) || !used.values.every(Array.isArray)) {
          throw Object.assign(new Error("RangeExceedsLimit"), { code: "RangeExceedsLimit" });
        }
        const origin = { row: used.rowIndex, col: used.columnIndex };
        const merges = await this.readMerges(context, sheet, {
          top: origin.row,
          left: origin.col,
          bottom: origin.row + used.values.length - 1,
          right: origin.col + Math.max(1, used.values[0]?.length ?? 1) - 1,
        });
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

  /**
   * The merged areas whose top-left cell lies in `area`. Excel returns at most 512 at once and
   * fails on more (getMergedAreasOrNullObject's reference, which names no error code: taken to
   * be the catch-all GeneralException): the rows are then read in halves, each half's areas
   * being those that start in it (office-js #3611), so none comes twice. Any other failure is
   * the person's to hear of; this one, if it is not about the count, fails again at one row,
   * after log2(rows) tries.
   */
  private async readMerges(context: XlContext, sheet: XlWorksheet, area: Merge): Promise<Merge[]> {
    if (!this.supports("1.13")) return [];
    const merged = sheet.getRange(rangeAddress(area)).getMergedAreasOrNullObject();
    merged.load(["address", "areaCount"]);
    try {
      await context.sync();
    } catch (error) {
      const code = officeErrorCode(error);
      if (area.top >= area.bottom || (code !== "GeneralException" && code !== "")) throw error;
      const middle = Math.floor((area.top + area.bottom) / 2);
      const upper = await this.readMerges(context, sheet, { ...area, bottom: middle });
      const lower = await this.readMerges(context, sheet, { ...area, top: middle + 1 });
      return [...upper, ...lower];
    }
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
    return this.runRead(async (context) => {
      const sheet = this.sheetOf(context, name);
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, cells: [] };
      const whole = {
        top: used.rowIndex,
        left: used.columnIndex,
        bottom: used.rowIndex + used.rowCount - 1,
        right: used.columnIndex + used.columnCount - 1,
      };
      // Excel hands over at most MAX_READ_CELLS in one range (more: RangeExceedsLimit).
      const area = await answered(tableWindows(whole), (window) => usedIn(context, sheet, window));
      const { top, left } = area;
      const rowCount = area.bottom - top + 1;
      const columnCount = area.right - left + 1;
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
      const merges = await this.readMerges(context, sheet, {
        top,
        left,
        bottom: top + rowCount - 1,
        right: left + columnCount - 1,
      });
      const grid = toGrid(sheet.name, { row: top, col: left }, values, formats, merges);
      if (area !== whole) grid.unread = { used: whole, read: area };
      return grid;
    });
  }

  async writeNewSheet(
    model: SheetModel,
    options: WriteSheetOptions = {},
  ): Promise<{ name: string }> {
    const progress = newProgress(model.name);
    let addsLists = false;
    try {
      const written = await this.hostRun(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = sheets.items.map((s) => s.name);
        const name = uniqueSheetName(model.name, names);
        progress.sheet = name;
        const lists = await this.listsInfo(context, model, names);
        addsLists = !lists.exists && needsListsSheet(model);
        const sheet = sheets.add(name);
        await this.writeModel({ context, sheet, sheetName: name }, model, lists, options, progress);
        return { name };
      });
      if (addsLists) await this.setVisibility(LISTS_SHEET, "VeryHidden");
      return written;
    } catch (error) {
      await this.rowsReached(progress);
      throw toWorkbookError(error, progress);
    }
  }

  /**
   * Write a sheet the add-in owns. `replacing`, a sheet the caller found to be the add-in's,
   * gives way to it under the same name and at the same place: kept very hidden as `keepAs`
   * (so that the replacement can be undone) or, without `keepAs`, cleared and written again.
   */
  async replaceAddinSheet(
    model: SheetModel,
    options: AddinWriteOptions = {},
  ): Promise<{ name: string }> {
    const { replacing, keepAs } = options;
    if (replacing !== undefined && keepAs !== undefined) {
      const place = await this.setAside(replacing, keepAs);
      if (place !== null) {
        const written = await this.writeNewSheet({ ...model, name: replacing }, options);
        await this.run(async (context) => {
          context.workbook.worksheets.getItem(written.name).position = place;
          await context.sync();
        });
        return written;
      }
    }
    const progress = newProgress(model.name);
    let addsLists = false;
    try {
      const written = await this.hostRun(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load(["items/name"]);
        await context.sync();
        const names = sheets.items.map((s) => s.name);
        const mine =
          replacing === undefined ? undefined : sheets.items.find((s) => s.name === replacing);
        const lists = await this.listsInfo(context, model, names);
        addsLists = !lists.exists && needsListsSheet(model);
        let sheet: XlWorksheet;
        if (mine) {
          sheet = mine;
          progress.sheet = mine.name;
          await clearSheet(context, mine);
        } else {
          progress.sheet = uniqueSheetName(model.name, names);
          sheet = sheets.add(progress.sheet);
        }
        const target = { context, sheet, sheetName: progress.sheet };
        await this.writeModel(target, model, lists, options, progress);
        return { name: progress.sheet };
      });
      if (addsLists) await this.setVisibility(LISTS_SHEET, "VeryHidden");
      return written;
    } catch (error) {
      await this.rowsReached(progress);
      throw toWorkbookError(error, progress);
    }
  }

  /**
   * Rename a sheet to `keepAs` and hide it; returns the place it had, or null when there is no
   * such sheet. Hiding runs apart: a sheet's visibility cannot be undone, so Excel refuses it in
   * a merged undo group (ExcelApi 1.20, Windows and Mac).
   */
  private async setAside(name: string, keepAs: string): Promise<number | null> {
    const place = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load(["name", "position"]);
      await context.sync();
      if (sheet.isNullObject) return null;
      sheet.name = keepAs;
      await context.sync();
      return sheet.position;
    });
    if (place !== null) await this.setVisibility(keepAs, "VeryHidden");
    return place;
  }

  private async setVisibility(name: string, visibility: string): Promise<void> {
    try {
      await this.host.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem(name).visibility = visibility;
        await context.sync();
      });
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  async deleteSheet(name: string): Promise<void> {
    // Excel deletes no very hidden sheet: show it first.
    const hidden = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("visibility");
      await context.sync();
      return sheet.isNullObject ? null : sheet.visibility === "VeryHidden";
    });
    if (hidden === null) return;
    if (hidden) await this.setVisibility(name, "Hidden");
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  async discardKept(): Promise<void> {
    const kept = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name"]);
      await context.sync();
      return sheets.items.map((s) => s.name).filter((n) => n.startsWith(KEPT_SHEET_PREFIX));
    });
    for (const name of kept) await this.deleteSheet(name);
  }

  async restoreSheet(kept: string, name: string): Promise<void> {
    const found = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const replacement = sheets.getItemOrNullObject(name);
      replacement.load("position");
      const aside = sheets.getItemOrNullObject(kept);
      aside.load("name");
      await context.sync();
      return {
        kept: !aside.isNullObject,
        place: replacement.isNullObject ? null : replacement.position,
      };
    });
    // Nothing was set aside (the action failed before): the sheet is as it was.
    if (!found.kept) return;
    const place = found.place;
    await this.setVisibility(kept, "Visible");
    if (place !== null) await this.deleteSheet(name);
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(kept);
      sheet.name = name;
      if (place !== null) sheet.position = place;
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
    // Freezing panes on a sheet that is not active makes Excel on Windows and Mac take it for
    // the active one (office-js #3148): the sheet the person is on is made active again after.
    const stayOn =
      model.freeze && !options.activate
        ? target.context.workbook.worksheets.getActiveWorksheet()
        : null;
    stayOn?.load("name");
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
        const done = rowsDoneBy(batch, progress.rowsWritten);
        if (done > progress.rowsWritten) {
          progress.rowsWritten = done;
          options.onProgress?.(done, plan.rowsTotal);
        }
      },
      (batch) => {
        const unsure = rowsDoneBy(batch, progress.rowsWritten) - progress.rowsWritten;
        if (unsure > 0) progress.rowsUnsure = unsure;
      },
    );
    if (plan.fitToWidth) await fitToWidth(target);
    if (stayOn && stayOn.name !== target.sheetName) {
      target.context.workbook.worksheets.getItem(stayOn.name).activate();
      await target.context.sync();
    }
    progress.formatsDone = true;
  }

  async writeCells(sheetName: string, writes: CellWrite[]): Promise<void> {
    return this.againWithoutUndoGroup(() => this.writeCellsOnce(sheetName, writes));
  }

  /**
   * A write that may be made twice (the same values into the same cells), asked once more
   * without a merged undo group when Excel refused one (UndoNotSupported); other writes leave
   * the second try to the person, whose «try again» runs without it.
   */
  private async againWithoutUndoGroup(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const refused = error instanceof WorkbookError && error.code === "UndoNotSupported";
      if (!refused || this.undoGroups) throw error;
      await write();
    }
  }

  private async writeCellsOnce(sheetName: string, writes: CellWrite[]): Promise<void> {
    const bad = writes.find((w) => !parseAddress(w.cell));
    if (bad) throw new WorkbookError("not-found", MSG_BAD_CELL(bad.cell));
    const progress: WriteProgress = {
      sheet: sheetName,
      unit: "cells",
      rowsWritten: 0,
      rowsTotal: writes.length,
      formatsDone: false,
    };
    const writeOf = new Map<WriteStep, CellWrite>();
    for (const w of writes) {
      writeOf.set(
        {
          bytes: singleCellBytes(w),
          queue: ({ sheet }) => {
            const range = sheet.getRange(w.cell);
            if (typeof w.value === "string" && needsTextFormat(w.value)) {
              range.numberFormat = [["@"]];
            }
            range.values = [[w.value]];
            if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
          },
        },
        w,
      );
    }
    /** The writes of a batch Excel refused part way. */
    let unsure: CellWrite[] = [];
    try {
      await this.hostRun(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const target = { context, sheet, sheetName };
        await runBatches(
          target,
          packBatches([...writeOf.keys()], PACK_BUDGET),
          0,
          () => undefined,
          (batch) => {
            progress.rowsWritten += batch.length;
          },
          (batch) => {
            unsure = batch.map((step) => writeOf.get(step) as CellWrite);
          },
        );
        progress.formatsDone = true;
      });
    } catch (error) {
      if (unsure.length > 0) await this.countWritten(sheetName, unsure, progress);
      throw toWorkbookError(error, progress);
    }
  }

  /**
   * After a batch of a sheet's rows Excel refused part way: the rows it reached are those down
   * to the sheet's last value; if the sheet cannot be read, the progress says they are unsure.
   */
  private async rowsReached(progress: WriteProgress): Promise<void> {
    const unsure = progress.rowsUnsure ?? 0;
    if (unsure === 0) return;
    try {
      const reached = await this.runRead(async (context) => {
        // The sheet itself may not have been made: the refused batch was to add it.
        const sheet = context.workbook.worksheets.getItemOrNullObject(progress.sheet);
        await context.sync();
        if (sheet.isNullObject) return 0;
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(["rowIndex", "rowCount"]);
        await context.sync();
        return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      });
      const last = progress.rowsWritten + unsure;
      progress.rowsWritten = Math.min(Math.max(progress.rowsWritten, reached), last);
      delete progress.rowsUnsure;
    } catch {
      // Unread: the message says some of those rows may be written.
    }
  }

  /**
   * After a batch Excel refused part way: its cells that now hold what was written count as
   * written, the others as not; if they cannot be read, the progress says they are unsure.
   */
  private async countWritten(
    sheetName: string,
    writes: CellWrite[],
    progress: WriteProgress,
  ): Promise<void> {
    try {
      const now = await this.readCells(
        sheetName,
        writes.map((w) => w.cell),
      );
      const holds = (w: CellWrite, i: number) =>
        cellText(now[i]?.value ?? null) === cellText(w.value);
      progress.rowsWritten += writes.filter(holds).length;
    } catch {
      progress.rowsUnsure = writes.length;
    }
  }

  async readCells(sheetName: string, cells: string[]): Promise<CellSnapshot[]> {
    const bad = cells.find((c) => !parseAddress(c));
    if (bad) throw new WorkbookError("not-found", MSG_BAD_CELL(bad));
    if (cells.length === 0) return [];
    return this.runRead(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const out: CellSnapshot[] = [];
      // A compute of a 60,000-row report snapshots some 40,000 cells: a sync each block of
      // them, halved when Excel still finds one too large (request or response past 5 MB).
      const readBlock = async (block: string[]): Promise<void> => {
        const ranges = block.map((cell) => {
          const range = sheet.getRange(cell);
          range.load(["values", "formulas", "numberFormat"]);
          return range;
        });
        try {
          await context.sync();
        } catch (error) {
          if (!isTooLarge(error) || block.length < 2) throw error;
          const half = Math.ceil(block.length / 2);
          await readBlock(block.slice(0, half));
          return readBlock(block.slice(half));
        }
        ranges.forEach((range, i) => out.push(snapshotOf(block[i], range)));
      };
      // Block after block, each its own sync (recursion, as runBatches).
      const readFrom = async (at: number): Promise<void> => {
        if (at >= cells.length) return;
        await readBlock(cells.slice(at, at + CELLS_PER_READ));
        return readFrom(at + CELLS_PER_READ);
      };
      await readFrom(0);
      return out;
    });
  }

  async restoreCells(sheetName: string, snapshots: CellSnapshot[]): Promise<void> {
    return this.againWithoutUndoGroup(() => this.restoreCellsOnce(sheetName, snapshots));
  }

  private async restoreCellsOnce(sheetName: string, snapshots: CellSnapshot[]): Promise<void> {
    if (snapshots.length === 0) return;
    // The formats as they are now: one that did not change is not set again (a protected
    // sheet's unlocked cells take values, not formats).
    const now = await this.readCells(
      sheetName,
      snapshots.map((s) => s.cell),
    );
    const steps: WriteStep[] = snapshots.map((s, i) => ({
      bytes: singleCellBytes(s),
      queue: ({ sheet }) => restoreCell(sheet.getRange(s.cell), s, now[i]?.numberFormat ?? null),
    }));
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      await runBatches(
        { context, sheet, sheetName },
        packBatches(steps, PACK_BUDGET),
        0,
        () => undefined,
        () => undefined,
      );
    });
  }

  async selection(): Promise<{ sheet: string; row: number; col: number }> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["rowIndex", "columnIndex"]);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return { sheet: sheet.name, row: range.rowIndex, col: range.columnIndex };
    });
  }

  async insertRows(sheetName: string, at: number, count: number): Promise<void> {
    await this.run(async (context) => {
      const rows = `${at + 1}:${at + count}`;
      context.workbook.worksheets.getItem(sheetName).getRange(rows).insert("Down");
      await context.sync();
    });
  }

  async deleteRows(sheetName: string, at: number, count: number): Promise<void> {
    await this.run(async (context) => {
      const rows = `${at + 1}:${at + count}`;
      context.workbook.worksheets.getItem(sheetName).getRange(rows).delete("Up");
      await context.sync();
    });
  }

  async mergeCells(sheetName: string, areas: Merge[]): Promise<void> {
    if (areas.length === 0) return;
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const area of areas) sheet.getRange(rangeAddress(area)).merge(false);
      await context.sync();
    });
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
    return this.runRead(async (context) => {
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

  /**
   * The state into the workbook setting; one too large for Excel's settings (about 1 MB,
   * office-js #3957) into the very-hidden state sheet instead, as the .xlsx path keeps it, and
   * the setting removed so that loadState reads the sheet.
   */
  async saveState(state: WorkbookState): Promise<void> {
    if (!this.supports("1.4")) throw new WorkbookError("unsupported", MSG_NO_SETTINGS);
    const text = serializeState(state);
    if (jsonBytes(text) <= SETTING_BYTES) {
      await this.run(async (context) => {
        context.workbook.settings.add(STATE_SETTING, text);
        await context.sync();
      });
      return;
    }
    const added = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(STATE_SHEET);
      existing.load("name");
      const setting = context.workbook.settings.getItemOrNullObject(STATE_SETTING);
      setting.load("value");
      await context.sync();
      const sheet = existing.isNullObject ? sheets.add(STATE_SHEET) : existing;
      // A shorter state must not leave an earlier one's last chunks under it.
      if (!existing.isNullObject) existing.getUsedRangeOrNullObject(true).clear("Contents");
      // In syncs under Office's request limit, as every write goes.
      const steps: WriteStep[] = chunkText(text).map((chunk, i) => ({
        bytes: jsonBytes(chunk) + 200,
        queue: (target) => {
          const cell = target.sheet.getRange(`A${i + 1}`);
          cell.numberFormat = [["@"]];
          cell.values = [[chunk]];
        },
      }));
      const target = { context, sheet, sheetName: STATE_SHEET };
      await runBatches(target, packBatches(steps), 0, noop, noop);
      if (!setting.isNullObject) setting.delete();
      await context.sync();
      return existing.isNullObject;
    });
    if (added) await this.setVisibility(STATE_SHEET, "VeryHidden");
  }
}

/** A loaded one-cell range as a snapshot: a formula kept as one, "General" as null. */
function snapshotOf(cell: string, range: XlRange): CellSnapshot {
  const value = range.values[0]?.[0];
  const formula = range.formulas[0]?.[0];
  const format = range.numberFormat[0]?.[0] ?? null;
  const snapshot: CellSnapshot = {
    cell,
    value: value === "" || value === undefined ? null : value,
    numberFormat: format === "General" ? null : format,
  };
  // Under "@" a text that starts with "=" is text, not a formula.
  if (typeof formula === "string" && formula.startsWith("=") && format !== "@") {
    snapshot.formula = formula;
  }
  return snapshot;
}

/**
 * Queue a cell's restoration: a formula as a formula; a text Excel would read otherwise written
 * under "@" first (a format set after the value leaves the text as it is); the format last, and
 * only where it differs from the cell's format `now` (null: General).
 */
function restoreCell(range: XlRange, s: CellSnapshot, now: string | null): void {
  let format = now ?? "General";
  if (s.formula !== undefined) {
    range.formulas = [[s.formula]];
  } else if (s.value === null) {
    range.clear("Contents");
  } else {
    if (typeof s.value === "string" && needsTextFormat(s.value) && format !== "@") {
      range.numberFormat = [["@"]];
      format = "@";
    }
    range.values = [[s.value]];
  }
  const wanted = s.numberFormat ?? "General";
  if (wanted !== format) range.numberFormat = [[wanted]];
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

/** The windows core/grid's tableWindows looks in, each answered by Excel in turn. */
async function answered(
  windows: Generator<Merge, Merge, Merge>,
  ask: (window: Merge) => Promise<Merge>,
  step = windows.next(),
): Promise<Merge> {
  return step.done ? step.value : answered(windows, ask, windows.next(await ask(step.value)));
}

/** The used range within a window of a sheet (the window's top-left cell when it is empty). */
async function usedIn(context: XlContext, sheet: XlWorksheet, window: Merge): Promise<Merge> {
  const used = sheet.getRange(rangeAddress(window)).getUsedRangeOrNullObject(true);
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await context.sync();
  if (used.isNullObject) return { ...window, bottom: window.top, right: window.left };
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
}

/**
 * The target sheet after a refused request, which may have carried the sheet's creation: its
 * proxy then points at nothing (InvalidObjectPath), so the sheet is found again by name, or
 * added.
 */
async function targetAgain(target: WriteTarget): Promise<WriteTarget> {
  const { context } = target;
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(target.sheetName);
  found.load("name");
  await context.sync();
  return { ...target, sheet: found.isNullObject ? sheets.add(target.sheetName) : found };
}

/**
 * Print every column on one page wide, the rows on as many pages as they need: the .xlsx's
 * fitToHeight="0". The API documents no 0 for verticalFitToPages (*unverified* whether Excel
 * refuses it): if refused, the width alone is set, as Excel's «Fit All Columns on One Page» does.
 * Apart from the other steps, so that a refused print setting costs nothing else.
 */
async function fitToWidth({ context, sheet }: WriteTarget): Promise<void> {
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== "InvalidArgument") throw error;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    await context.sync();
  }
}

/**
 * Single cells read in one sync: each is a range proxy and a load in the request (about 250
 * bytes in Office's format) and its value, formula and format in the response.
 */
const CELLS_PER_READ = 5_000;

/** The rows of values written once a batch is done, `written` before it. */
const rowsDoneBy = (batch: WriteStep[], written: number): number =>
  batch.reduce((n, s) => Math.max(n, s.rowsDone ?? 0), written);

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
  partly: (batch: WriteStep[]) => void = () => undefined,
): Promise<void> {
  const batch = batches[index];
  if (!batch) return;
  before(batch);
  for (const step of batch) step.queue(target);
  try {
    await target.context.sync();
  } catch (error) {
    // Excel refuses a request over its limit whole, before any of it runs: the batch is sent
    // again in two halves (the estimate was low), down to one step.
    if (isTooLarge(error) && batch.length >= 2) {
      const half = Math.ceil(batch.length / 2);
      const rest = [batch.slice(0, half), batch.slice(half), ...batches.slice(index + 1)];
      return runBatches(await targetAgain(target), rest, 0, before, after, partly);
    }
    // One action failed: what the batch's actions before it did stays in the workbook.
    if (!refusedWhole(error)) partly(batch);
    throw error;
  }
  after(batch);
  return runBatches(target, batches, index + 1, before, after, partly);
}
