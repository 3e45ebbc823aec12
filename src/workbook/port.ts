import type { Grid, Merge } from "../core/grid";
import type { SheetModel } from "../core/sheet";
import type { Bilingual } from "../core/text";
import type { WorkbookState } from "./state";

/** A value written into one cell of a person's sheet. */
export interface CellWrite {
  /** A1 address ("H10"). */
  cell: string;
  /** Text stays text (never a formula or a reinterpreted number). */
  value: string | number;
  numberFormat?: string;
}

/** A cell as it was, to put back exactly (a formula as a formula, text as text). */
export interface CellSnapshot {
  /** A1 address. */
  cell: string;
  /** The value, or null for an empty cell. */
  value: string | number | boolean | null;
  /** The formula, with its "=", when the cell held one. */
  formula?: string;
  /** Null = "General". */
  numberFormat: string | null;
}

export interface WriteSheetOptions {
  /** Show the new sheet when done. */
  activate?: boolean;
  /** Rows written so far, after each batch Excel has accepted. */
  onProgress?: (done: number, total: number) => void;
}

export interface AddinWriteOptions extends WriteSheetOptions {
  /** The add-in's sheet this one takes the place of: its name and place are kept. */
  replacing?: string;
  /** Keep the replaced sheet, very hidden, under this name (so that an undo can put it back). */
  keepAs?: string;
}

/**
 * The workbook as the task pane and the ribbon commands see it, whatever the host (Excel through
 * Office.js, the in-memory fake behind the preview page). Every method is one Excel.run.
 */
export interface WorkbookPort {
  /** The person's sheets in tab order, without the add-in's own hidden sheets. */
  listSheets(): Promise<{ name: string; visible: boolean }[]>;
  /** The name of the sheet the person is looking at. */
  activeSheetName(): Promise<string>;
  /** A sheet's used range (the active sheet when no name is given): values, formats, merges. */
  readSheet(name?: string): Promise<Grid>;
  /**
   * Add a new sheet holding the model. Its name is the model's name made valid and unique
   * (≤ 31 characters, no []:*?/\, " (2)" when taken): an existing sheet is never touched.
   */
  writeNewSheet(model: SheetModel, options?: WriteSheetOptions): Promise<{ name: string }>;
  /**
   * Write a sheet the add-in owns: in place of `replacing` (a sheet the caller found to be the
   * add-in's, kept aside as `keepAs` for an undo, else cleared), or as writeNewSheet.
   */
  replaceAddinSheet(model: SheetModel, options?: AddinWriteOptions): Promise<{ name: string }>;
  /** Delete a sheet the add-in made (the caller knows it is one); nothing when it is gone. */
  deleteSheet(name: string): Promise<void>;
  /** Put a sheet kept aside (`keepAs`) back in place of its replacement `name`, which goes. */
  restoreSheet(kept: string, name: string): Promise<void>;
  /** Delete every sheet kept aside for an undo no longer offered (the pane starts afresh). */
  discardKept(): Promise<void>;
  /** Write single values into an existing sheet (the cells the add-in computes). */
  writeCells(sheet: string, writes: CellWrite[]): Promise<void>;
  /** Cells as they are now, to put back later with restoreCells. */
  readCells(sheet: string, cells: string[]): Promise<CellSnapshot[]>;
  /** Put cells back as readCells found them. */
  restoreCells(sheet: string, snapshots: CellSnapshot[]): Promise<void>;
  /** The sheet the person is on and the first cell they selected (0-based). */
  selection(): Promise<{ sheet: string; row: number; col: number }>;
  /** Insert whole rows before sheet row `at` (0-based): Excel gives them the row above's formats. */
  insertRows(sheet: string, at: number, count: number): Promise<void>;
  /** Delete whole rows from sheet row `at` (0-based). */
  deleteRows(sheet: string, at: number, count: number): Promise<void>;
  /** Merge each area (0-based, inclusive), replacing merges it overlaps. */
  mergeCells(sheet: string, areas: Merge[]): Promise<void>;
  /** Activate the sheet and select the cell (to show a finding). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The add-in's state stored in the workbook, the defaults when none (with a message if damaged). */
  loadState(): Promise<{ state: WorkbookState; message?: Bilingual }>;
  /** Store the add-in's state in the workbook, replacing what was there. */
  saveState(state: WorkbookState): Promise<void>;
}

/** Why a workbook operation failed. */
export type WorkbookErrorKind =
  /** The person is editing a cell. */
  | "cell-edit"
  /** The sheet or workbook is protected. */
  | "protected"
  /** A request or response went over the host's size limit. */
  | "too-large"
  /** The sheet or cell named does not exist. */
  | "not-found"
  /** The host does not offer what was needed. */
  | "unsupported"
  /** Anything else the host reported. */
  | "host";

/** How far a write got before it failed. */
export interface WriteProgress {
  sheet: string;
  /** What rowsWritten and rowsTotal count: rows of a new sheet, or single cells (writeCells). */
  unit: "rows" | "cells";
  /** Rows (or cells) of values Excel accepted. */
  rowsWritten: number;
  /**
   * Rows (or cells) after those of the batch Excel refused part way: it keeps what the actions
   * before the failing one did, so these may or may not be written.
   */
  rowsUnsure?: number;
  rowsTotal: number;
  /** Whether the formatting (styles, merges, widths, lists, chart…) was all applied. */
  formatsDone: boolean;
}

/** A failed workbook operation with a message for the person, saying what was and was not written. */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly text: Bilingual;
  /** Set for writes: what Excel has and has not received. */
  readonly progress?: WriteProgress;
  /** The host's own error code, for diagnostics. */
  readonly code?: string;

  constructor(
    kind: WorkbookErrorKind,
    text: Bilingual,
    extra: { progress?: WriteProgress; code?: string } = {},
  ) {
    super(text.en);
    this.name = "WorkbookError";
    this.kind = kind;
    this.text = text;
    this.progress = extra.progress;
    this.code = extra.code;
  }
}
