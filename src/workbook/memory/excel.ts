import {
  cellAddress,
  columnLetters,
  intersects,
  MAX_CELL_CHARS,
  parseAddress,
  rangeAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  type Merge,
} from "../../core/grid";
import type {
  Requirements,
  RunFn,
  XlApplication,
  XlBorder,
  XlBorderCollection,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlDataValidation,
  XlFill,
  XlFont,
  XlFreezePanes,
  XlHyperlink,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFormat,
  XlRunOptions,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../office/api";
import { utf8Length } from "../office/payload";
import { MemoryExcelError, fail } from "./error";
import { applyEntry, enterFormula, enterValue } from "./input";
import { evaluateFormula } from "./formula";
import { BODY_FONT_SIZE, autofitRows } from "./autofit";
import { MAX_ROW_HEIGHT } from "../../core/templates/layout";
import {
  cellBounds,
  emptyWorkbook,
  hasContent,
  memorySheet,
  sheetNamed,
  type MemoryCell,
  type MemoryCellFormat,
  type MemoryChart,
  type MemoryConditionalFormat,
  type MemorySheet,
  type MemoryValidation,
  type MemoryWorkbook,
} from "./model";
import { quoteSheet, renameSheetInFormula } from "./references";
import { checkShift, shiftOf, shiftSheet, type Shift } from "./shift";

export { MemoryExcelError };

/** Excel on the web refuses a request or a response larger than this. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The most cells Excel reads or writes in one range. */
const MAX_READ_CELLS = 5_000_000;
/** The workbook settings' size Excel refuses past, in UTF-8 bytes of their JSON. */
const SETTINGS_BYTES = 1024 * 1024;
/** The most merged areas getMergedAreasOrNullObject returns. */
const MAX_MERGED_AREAS = 512;
/** Excel's widest column, 255 characters of Calibri 11, in points. */
const MAX_COLUMN_POINTS = 1342.5;
/** Excel cuts longer address strings without saying so. */
const ADDRESS_LIMIT = 8192;

/**
 * The Excel a test stands for, where hosts differ: on Windows and Mac an API without undo
 * support fails with UndoNotSupported inside a merged undo group (ExcelApi 1.20); on the web it
 * does not (Microsoft's reference for Excel.RunOptions.mergeUndoGroup; office-js #6491, #6001).
 */
export type HostProfile = "windows" | "mac" | "web";

export interface MemoryExcelOptions {
  /** Default "windows", the strictest: most offices' staff work in Excel on Windows. */
  host?: HostProfile;
  /** Highest supported version per requirement set; default ExcelApi 1.20. */
  apiSets?: Record<string, string>;
  /**
   * Refuse the Nth sync (1-based, counted over all runs) with this error code. `after`: the
   * actions of that sync (each proxy made, each property set or method called is one) that run
   * before the refusal, as when one action of a batch fails: Excel
   * keeps what the actions before it did (Excel.run's reference). Without it, none run (a request
   * refused whole).
   */
  failSync?: { at: number; code: string; message?: string; after?: number };
  /**
   * More APIs ("Range.numberFormat", "Range.formulas", …) that Excel on Windows and Mac refuses
   * inside a merged undo group (UndoNotSupported), beside a sheet's visibility.
   */
  undoless?: string[];
  /**
   * Refuse a print zoom's 0 pages (*unverified*: the API documents none; the .xlsx's
   * fitToHeight="0" means "as many as needed").
   */
  refuseZeroFitToPages?: boolean;
  /** Bytes; default 5 MB as on Excel on the web. */
  requestLimit?: number;
  responseLimit?: number;
}

export interface MemoryExcelStats {
  runs: number;
  runOptions: XlRunOptions[];
  syncs: number;
  /** JSON size (UTF-8 bytes) of the actions queued for each sync. */
  bytesPerSync: number[];
  /** JSON size of what each sync sent back (loaded values). */
  responseBytesPerSync: number[];
  /** Calls to suspendApiCalculationUntilNextSync. */
  calculationSuspensions: number;
}

export interface MemoryExcel {
  run: RunFn;
  requirements: Requirements;
  workbook: MemoryWorkbook;
  stats: MemoryExcelStats;
  /**
   * Called once in a sync, just before its first change to the workbook (not for selecting or
   * activating, which Excel does not undo): where a host keeps what undo goes back to.
   */
  beforeChange?: () => void;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function parseRange(address: string): Merge | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(top, bottom) < 0 || Math.max(top, bottom) >= SHEET_ROWS) return null;
    return {
      top: Math.min(top, bottom),
      left: 0,
      bottom: Math.max(top, bottom),
      right: SHEET_COLUMNS - 1,
    };
  }
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const left = parseAddress(`${cols[1]}1`)?.col ?? -1;
    const right = parseAddress(`${cols[2]}1`)?.col ?? -1;
    if (Math.min(left, right) < 0 || Math.max(left, right) >= SHEET_COLUMNS) return null;
    return {
      top: 0,
      left: Math.min(left, right),
      bottom: SHEET_ROWS - 1,
      right: Math.max(left, right),
    };
  }
  const [a, b = a] = bare.split(":");
  const tl = parseAddress(a);
  const br = parseAddress(b);
  if (!tl || !br || Math.max(tl.col, br.col) >= SHEET_COLUMNS) return null;
  if (Math.max(tl.row, br.row) >= SHEET_ROWS) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** An address as Excel writes it: "B3", "B3:D4", entire rows "5:7", entire columns "C:D". */
function rectAddress(r: Merge): string {
  if (r.left === 0 && r.right === SHEET_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === SHEET_ROWS - 1) {
    return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  }
  return rangeAddress(r);
}

function contains(outer: Merge, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

const FORBIDDEN_NAME = /[[\]:*?/\\]/;

interface Action {
  json: unknown;
  /** Runs at sync, in queue order; returns what the response carries (loaded values). */
  run: () => unknown;
}

/** A queued action as the fake records it (see Handle). */
interface ActionJson {
  i: number;
  p?: number;
  m?: string;
  a?: unknown[];
  s?: string;
  v?: unknown;
  c?: string;
  l?: string[];
}

/**
 * The request as Office.js sends it (office.js 1.1's ObjectPathFactory and CommonActionFactory):
 * each new proxy an object path and an Instantiate action, each property set, method call and
 * load an action of its own. What Excel's request limit is counted on: about 2–3 times the
 * fake's own records for many small actions.
 */
function officeRequest(actions: Action[]): { Actions: unknown[]; ObjectPaths: unknown } {
  const paths: Record<string, unknown> = {};
  const out: unknown[] = [];
  let id = 0;
  const action = (type: number, name: string, path: number, info: unknown) =>
    out.push({ Id: ++id, ActionType: type, Name: name, ObjectPathId: path, ...(info as object) });
  for (const { json } of actions) {
    const a = json as ActionJson;
    if (a.m !== undefined) {
      paths[a.i] = {
        Id: a.i,
        ObjectPathType: a.p === undefined ? 1 : 3,
        Name: a.m,
        ParentObjectPathId: a.p,
        ArgumentInfo: { Arguments: a.a },
      };
      action(1, "", a.i, { ArgumentInfo: {} });
    } else if (a.s !== undefined) action(4, a.s, a.i, { ArgumentInfo: { Arguments: [a.v] } });
    else if (a.c !== undefined) action(3, a.c, a.i, { ArgumentInfo: { Arguments: a.a } });
    else if (a.l !== undefined) action(2, "", a.i, { QueryInfo: { Select: a.l } });
  }
  return { Actions: out, ObjectPaths: paths };
}

/** One Excel.run: the request context with its queue. */
class Session implements XlContext {
  readonly workbook: WorkbookHandle;
  queue: Action[] = [];
  nextId = 1;
  /** Handles created during the running sync; their isNullObject becomes readable after it. */
  created: { synced: boolean }[] = [];
  pendingLoads: [Loadable, Record<string, unknown>][] = [];
  /** Whether the running sync has changed the workbook yet. */
  private changing = false;
  /** Sheets whose cells were written since their formulas were last worked out. */
  private uncalculated = new Set<MemorySheet>();

  constructor(
    readonly excel: Engine,
    readonly options: XlRunOptions,
  ) {
    this.workbook = new WorkbookHandle(this);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    this.created = [];
    this.pendingLoads = [];
    this.changing = false;
    const { stats, options, workbook } = this.excel;
    stats.syncs += 1;
    stats.bytesPerSync.push(utf8Length(JSON.stringify(officeRequest(actions))));
    const bytes = stats.bytesPerSync[stats.bytesPerSync.length - 1];
    if (options.failSync && options.failSync.at === stats.syncs) {
      stats.responseBytesPerSync.push(0);
      for (const action of actions.slice(0, options.failSync.after ?? 0)) action.run();
      this.calculate();
      fail(options.failSync.code, options.failSync.message ?? options.failSync.code);
    }
    if (workbook.cellEditMode) {
      if (!this.options.delayForCellEdit) {
        stats.responseBytesPerSync.push(0);
        fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      // Excel waits until the person leaves the cell; the fake lets the edit end at once.
      workbook.cellEditMode = false;
    }
    if (bytes > (options.requestLimit ?? WEB_PAYLOAD_LIMIT)) {
      stats.responseBytesPerSync.push(0);
      fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const response: unknown[] = [];
    for (const action of actions) {
      const out = action.run();
      if (out !== undefined) response.push(out);
    }
    this.calculate();
    const responseBytes = utf8Length(JSON.stringify(response));
    stats.responseBytesPerSync.push(responseBytes);
    if (responseBytes > (options.responseLimit ?? WEB_PAYLOAD_LIMIT)) {
      fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const handle of this.created) handle.synced = true;
    for (const [handle, values] of this.pendingLoads) handle.commit(values);
  }

  /** A sheet's cells were written: its formulas are worked out again before anything is read. */
  written(sheet: MemorySheet): void {
    this.uncalculated.add(sheet);
  }

  /** Excel in automatic calculation: every formula shows what its cells give now. */
  calculate(): void {
    for (const sheet of this.uncalculated) calculate(sheet);
    this.uncalculated.clear();
  }

  /** Say that an action is about to change the workbook. */
  change(): void {
    if (this.changing) return;
    this.changing = true;
    this.excel.beforeChange();
  }
}

/** APIs without undo support in every Excel the fake plays: a sheet's visibility. */
const UNDOLESS = ["Worksheet.visibility"];

/**
 * An API Excel cannot undo, called inside a merged undo group on a desktop host: refused.
 * `options.undoless` names more of them for a test (a bulk formula write in office-js #6491).
 */
function refuseWithoutUndo(s: Session, api: string): void {
  const undoless = UNDOLESS.includes(api) || !!s.excel.options.undoless?.includes(api);
  if (undoless && s.options.mergeUndoGroup && (s.excel.options.host ?? "windows") !== "web") {
    fail(
      "UndoNotSupported",
      `${api} does not support undo and cannot be part of a merged undo group.`,
    );
  }
}

/** Engine state shared by all runs on one workbook. */
interface Engine {
  workbook: MemoryWorkbook;
  stats: MemoryExcelStats;
  options: MemoryExcelOptions;
  supports(name: string, version: string): boolean;
  beforeChange(): void;
}

/**
 * A proxy object as Office.js has them: created locally, resolved when the sync that queued its
 * creation runs, properties readable only after load + sync, writes applied at sync.
 */
abstract class Handle<T> {
  /** The object's number in the request, as Office.js numbers its object paths. */
  readonly ref: number;
  target: T | null | undefined;
  synced = false;
  private loaded = new Map<string, unknown>();

  constructor(
    protected readonly s: Session,
    parent: { readonly ref: number } | null,
    method: string,
    args: unknown[],
    resolve: (() => T | null) | Existing<T>,
  ) {
    this.ref = s.nextId++;
    if (resolve instanceof Existing) {
      // An object the host already sent back (a collection's item): nothing to queue.
      this.target = resolve.value;
      this.synced = true;
      return;
    }
    s.queue.push({
      json: { i: this.ref, p: parent?.ref, m: method, a: args },
      run: () => {
        this.target = resolve();
        s.created.push(this);
        return undefined;
      },
    });
  }

  get isNullObject(): boolean {
    if (!this.synced) notLoaded("isNullObject");
    return this.target === null;
  }

  /** The resolved object; fails like Excel when it does not exist. */
  protected it(): T {
    if (this.target === undefined)
      fail("InvalidObjectPath", "The object was used before its sync.");
    if (this.target === null) fail("ItemNotFound", "The requested resource doesn't exist.");
    return this.target;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected setProp(name: string, value: unknown): void {
    const v = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    this.s.queue.push({
      json: { i: this.ref, s: name, v },
      run: () => {
        this.s.change();
        return this.write(name, v);
      },
    });
  }

  /** Queue a method call; `changes` is false for calls Excel does not undo (select, activate). */
  protected call(name: string, args: unknown[], fn: () => void, changes = true): void {
    this.s.queue.push({
      json: { i: this.ref, c: name, a: args },
      run: () => {
        if (changes) this.s.change();
        fn();
        return undefined;
      },
    });
  }

  load(propertyNames: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
      .map((n) => n.trim())
      .filter(Boolean);
    this.s.queue.push({
      json: { i: this.ref, l: names },
      run: () => {
        if (this.target === null) return null;
        this.s.calculate();
        const values: Record<string, unknown> = {};
        for (const name of names) values[name] = this.read(name);
        this.s.pendingLoads.push([this, values]);
        return JSON.parse(JSON.stringify(values, (_k, v) => (v instanceof Handle ? v.ref : v)));
      },
    });
    return this;
  }

  /** Loaded values arrive with the sync's response. */
  commit(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  protected read(name: string): unknown {
    return fail("InvalidArgument", `The property '${name}' cannot be loaded in the fake.`);
  }

  protected write(name: string, _value: unknown): unknown {
    return fail("InvalidArgument", `The property '${name}' cannot be set in the fake.`);
  }
}

/** The target of a handle for an object the host already returned. */
class Existing<T> {
  constructor(readonly value: T) {}
}

function notLoaded(name: string): never {
  return fail(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function requireSet(s: Session, set: string, version: string, what: string): void {
  if (!s.excel.supports(set, version)) fail("ApiNotFound", `${what} needs ${set} ${version}.`);
}

function writable(sheet: MemorySheet): void {
  if (sheet.protected) fail("AccessDenied", `The sheet '${sheet.name}' is protected.`);
}

/** Values may be typed into a protected sheet's unlocked cells; the rest of it refuses them. */
function valuesWritable(sheet: MemorySheet, rect: Merge): void {
  const open = (r: number, c: number) =>
    (sheet.unlocked ?? []).some((u) => r >= u.top && r <= u.bottom && c >= u.left && c <= u.right);
  for (let r = rect.top; sheet.protected && r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (!open(r, c)) writable(sheet);
  }
}

// Workbook and collections

class WorkbookHandle implements XlWorkbook {
  private cache: {
    worksheets?: WorksheetCollectionHandle;
    settings?: SettingCollectionHandle;
    application?: ApplicationHandle;
  } = {};
  constructor(private readonly s: Session) {}
  get worksheets(): WorksheetCollectionHandle {
    return (this.cache.worksheets ??= new WorksheetCollectionHandle(this.s));
  }
  get settings(): SettingCollectionHandle {
    return (this.cache.settings ??= new SettingCollectionHandle(this.s));
  }
  get application(): ApplicationHandle {
    return (this.cache.application ??= new ApplicationHandle(this.s));
  }
  /** The cells selected on the active sheet (A1 in a workbook nobody has clicked in). */
  getSelectedRange(): RangeHandle {
    return new RangeHandle(this.s, null, "getSelectedRange", [], () => {
      const wb = this.s.excel.workbook;
      const sheet = wb.sheets.find((x) => x.id === wb.activeSheetId) ?? wb.sheets[0];
      const rect = parseRange(wb.selection ?? "A1") ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, rect };
    });
  }
}

class ApplicationHandle extends Handle<MemoryWorkbook> implements XlApplication {
  constructor(s: Session) {
    super(s, null, "application", [], () => s.excel.workbook);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => {
      requireSet(this.s, "ExcelApi", "1.6", "suspendApiCalculationUntilNextSync");
      this.s.excel.stats.calculationSuspensions += 1;
    });
  }
}

class SettingCollectionHandle
  extends Handle<Record<string, unknown>>
  implements XlSettingCollection
{
  constructor(s: Session) {
    super(s, null, "settings", [], () => {
      requireSet(s, "ExcelApi", "1.4", "Workbook settings");
      return s.excel.workbook.settings;
    });
  }
  add(key: string, value: string): SettingHandle {
    return new SettingHandle(this.s, this, "add", [key, value], () => {
      const settings = { ...this.it(), [key]: value };
      // Excel refuses settings past about 1 MB (office-js #3957; 2 MB in the reference).
      if (utf8Length(JSON.stringify(settings)) > SETTINGS_BYTES) {
        fail("InvalidArgument", "The workbook's settings would exceed their size limit.");
      }
      this.s.change();
      this.it()[key] = JSON.parse(JSON.stringify(value));
      return key;
    });
  }
  getItemOrNullObject(key: string): SettingHandle {
    return new SettingHandle(this.s, this, "getItemOrNullObject", [key], () =>
      Object.prototype.hasOwnProperty.call(this.it(), key) ? key : null,
    );
  }
}

class SettingHandle extends Handle<string> implements XlSetting {
  get value(): unknown {
    return this.prop("value");
  }
  delete(): void {
    this.call("delete", [], () => {
      this.s.change();
      delete this.s.excel.workbook.settings[this.it()];
    });
  }
  protected read(name: string): unknown {
    if (name === "value") return this.s.excel.workbook.settings[this.it()];
    if (name === "key") return this.it();
    return super.read(name);
  }
}

class WorksheetCollectionHandle extends Handle<MemoryWorkbook> implements XlWorksheetCollection {
  constructor(s: Session) {
    super(s, null, "worksheets", [], () => s.excel.workbook);
  }
  get items(): WorksheetHandle[] {
    return this.prop("items");
  }
  load(propertyNames: string | string[]): this {
    return loadItems(this, this.s, propertyNames, () =>
      this.it().sheets.map(
        (sheet) => new WorksheetHandle(this.s, this, "item", [sheet.id], new Existing(sheet)),
      ),
    );
  }
  add(name?: string): WorksheetHandle {
    return new WorksheetHandle(this.s, this, "add", [name], () => {
      const wb = this.it();
      const sheetName = name ?? nextSheetName(wb);
      checkSheetName(wb, sheetName);
      this.s.change();
      const sheet = memorySheet(nextSheetId(wb), sheetName);
      wb.sheets.push(sheet);
      return sheet;
    });
  }
  getActiveWorksheet(): WorksheetHandle {
    return new WorksheetHandle(this.s, this, "getActiveWorksheet", [], () => {
      const wb = this.it();
      return wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets[0];
    });
  }
  getItem(key: string): WorksheetHandle {
    return new WorksheetHandle(this.s, this, "getItem", [key], () => {
      const found = findSheet(this.it(), key);
      return found ?? fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
    });
  }
  getItemOrNullObject(key: string): WorksheetHandle {
    return new WorksheetHandle(this.s, this, "getItemOrNullObject", [key], () => {
      return findSheet(this.it(), key) ?? null;
    });
  }
}

/** Load "items/a,items/b" on a collection: items become handles with those properties loaded. */
function loadItems<C extends Loadable>(
  collection: C,
  s: Session,
  propertyNames: string | string[],
  items: () => Loadable[],
): C {
  const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
    .map((n) => n.trim().replace(/^items\//, ""))
    .filter(Boolean);
  s.queue.push({
    json: { i: collection.ref, l: names.map((n) => `items/${n}`) },
    run: () => {
      const handles = items();
      const response: unknown[] = [];
      for (const handle of handles) {
        const values: Record<string, unknown> = {};
        for (const name of names) values[name] = (handle as unknown as Readable).read(name);
        s.pendingLoads.push([handle, values]);
        response.push(values);
      }
      s.pendingLoads.push([collection, { items: handles }]);
      return response;
    },
  });
  return collection;
}

/** A handle as the sync sees it: values to commit, properties to read. */
interface Loadable {
  readonly ref: number;
  commit(values: Record<string, unknown>): void;
}

interface Readable {
  read(name: string): unknown;
}

function findSheet(wb: MemoryWorkbook, key: string): MemorySheet | undefined {
  return wb.sheets.find((s) => s.id === key) ?? sheetNamed(wb, key);
}

function nextSheetId(wb: MemoryWorkbook): string {
  const used = wb.sheets.map((s) => Number(/\d+/.exec(s.id)?.[0] ?? 0));
  return `{${Math.max(0, ...used) + 1}}`;
}

function nextSheetName(wb: MemoryWorkbook): string {
  for (let n = wb.sheets.length + 1; ; n++) {
    if (!sheetNamed(wb, `Sheet${n}`)) return `Sheet${n}`;
  }
}

function checkSheetName(wb: MemoryWorkbook, name: string, except?: MemorySheet): void {
  if (!name || name.length > 31 || FORBIDDEN_NAME.test(name) || /^'|'$/.test(name)) {
    fail("InvalidArgument", `The sheet name '${name}' is not valid.`);
  }
  if (name.toLowerCase() === "history") fail("InvalidArgument", "The name History is reserved.");
  const other = sheetNamed(wb, name);
  if (other && other !== except) {
    fail("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
  }
}

/** Formulas, list sources and rule formulas naming a renamed (or, with null, deleted) sheet. */
function renameInFormulas(wb: MemoryWorkbook, from: string, to: string | null): void {
  for (const sheet of wb.sheets) {
    for (const cell of Object.values(sheet.cells)) {
      if (cell.formula === undefined) continue;
      const formula = renameSheetInFormula(cell.formula, from, to);
      if (formula === cell.formula) continue;
      if (to === null) cell.value = "#REF!";
      cell.formula = formula;
    }
    for (const v of sheet.validations) {
      if (v.list?.source.startsWith("=")) {
        v.list = { ...v.list, source: renameSheetInFormula(v.list.source, from, to) };
      }
    }
    for (const f of sheet.conditionalFormats) {
      if (f.formula !== undefined) f.formula = renameSheetInFormula(f.formula, from, to);
    }
  }
}

// Worksheet

class WorksheetHandle extends Handle<MemorySheet> implements XlWorksheet {
  private nav: {
    freezePanes?: FreezePanesHandle;
    pageLayout?: PageLayoutHandle;
    charts?: ChartCollectionHandle;
  } = {};

  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.setProp("name", value);
  }
  get id(): string {
    return this.prop("id");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(value: string) {
    this.setProp("visibility", value);
  }
  get position(): number {
    return this.prop("position");
  }
  set position(value: number) {
    this.setProp("position", value);
  }
  get freezePanes(): FreezePanesHandle {
    return (this.nav.freezePanes ??= new FreezePanesHandle(this.s, this, "freezePanes", [], () =>
      this.it(),
    ));
  }
  get pageLayout(): PageLayoutHandle {
    return (this.nav.pageLayout ??= new PageLayoutHandle(this.s, this, "pageLayout", [], () => {
      requireSet(this.s, "ExcelApi", "1.9", "Worksheet.pageLayout");
      return this.it();
    }));
  }
  get charts(): ChartCollectionHandle {
    return (this.nav.charts ??= new ChartCollectionHandle(this.s, this, "charts", [], () =>
      this.it(),
    ));
  }

  protected read(name: string): unknown {
    const sheet = this.it();
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.s.excel.workbook.sheets.indexOf(sheet);
    return super.read(name);
  }

  protected write(name: string, value: unknown): unknown {
    const sheet = this.it();
    const wb = this.s.excel.workbook;
    if (name === "name") {
      checkSheetName(wb, String(value), sheet);
      renameInFormulas(wb, sheet.name, String(value));
      sheet.name = String(value);
    } else if (name === "position") {
      const to = Number(value);
      if (!Number.isInteger(to) || to < 0 || to >= wb.sheets.length) {
        fail("InvalidArgument", `The position ${String(value)} is outside the workbook's sheets.`);
      }
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      wb.sheets.splice(to, 0, sheet);
    } else if (name === "visibility") {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        fail("InvalidArgument", `Unknown visibility '${String(value)}'.`);
      }
      refuseWithoutUndo(this.s, "Worksheet.visibility");
      sheet.visibility = value;
    } else return super.write(name, value);
    return undefined;
  }

  /** Excel refuses to delete a very hidden sheet or the last visible one (InvalidOperation). */
  delete(): void {
    this.call(
      "delete",
      [],
      () => {
        const sheet = this.it();
        const wb = this.s.excel.workbook;
        if (sheet.visibility === "VeryHidden") {
          fail(
            "InvalidOperation",
            "A very hidden worksheet cannot be deleted; make it visible first.",
          );
        }
        const visible = wb.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
        if (visible.length === 0) {
          fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        this.s.change();
        const at = wb.sheets.indexOf(sheet);
        wb.sheets.splice(at, 1);
        renameInFormulas(wb, sheet.name, null);
        if (wb.activeSheetId === sheet.id) {
          // Excel shows the next visible sheet, or the one before when the last was deleted.
          const after = wb.sheets.slice(at).find((s) => s.visibility === "Visible");
          wb.activeSheetId = (after ?? visible[visible.length - 1]).id;
          wb.selection = "A1";
        }
      },
      // A change only once Excel has accepted it.
      false,
    );
  }

  activate(): void {
    this.call(
      "activate",
      [],
      () => {
        this.s.excel.workbook.activeSheetId = this.it().id;
      },
      false,
    );
  }

  getRange(address?: string): RangeHandle {
    return new RangeHandle(this.s, this, "getRange", [address], () => {
      const sheet = this.it();
      if (address === undefined) {
        return {
          sheet,
          rect: { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 },
        };
      }
      const rect = parseRange(address);
      return rect ? { sheet, rect } : fail("InvalidArgument", `Bad address '${address}'.`);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeHandle {
    return new RangeHandle(this.s, this, "getUsedRangeOrNullObject", [valuesOnly ?? false], () => {
      const sheet = this.it();
      const rect = cellBounds(sheet, valuesOnly ? hasContent : () => true);
      return rect ? { sheet, rect } : null;
    });
  }
}

/**
 * Freezing panes on a sheet that is not the active one makes Excel on Windows and Mac report it
 * as active (getActiveWorksheet, onActivated) while the person still sees the other one
 * (office-js #3148); the web does not.
 */
class FreezePanesHandle extends Handle<MemorySheet> implements XlFreezePanes {
  private frozen(freeze: { rows: number; cols: number }): void {
    const sheet = this.it();
    sheet.freeze = freeze;
    if ((this.s.excel.options.host ?? "windows") !== "web") {
      this.s.excel.workbook.activeSheetId = sheet.id;
    }
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], () => this.frozen({ rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], () => this.frozen({ rows: 0, cols: count }));
  }
  freezeAt(frozenRange: string): void {
    this.call("freezeAt", [frozenRange], () => {
      const rect = parseRange(frozenRange) ?? fail("InvalidArgument", "Bad frozen range.");
      this.frozen({ rows: rect.bottom + 1, cols: rect.right + 1 });
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], () => delete this.it().freeze);
  }
}

class PageLayoutHandle extends Handle<MemorySheet> implements XlPageLayout {
  get orientation(): string {
    return this.prop("orientation");
  }
  set orientation(value: string) {
    this.setProp("orientation", value);
  }
  get paperSize(): string {
    return this.prop("paperSize");
  }
  set paperSize(value: string) {
    this.setProp("paperSize", value);
  }
  get zoom(): XlPageLayout["zoom"] {
    return this.prop("zoom");
  }
  set zoom(value: XlPageLayout["zoom"]) {
    this.setProp("zoom", value);
  }
  protected read(name: string): unknown {
    const layout = this.it().pageLayout;
    if (name === "orientation" || name === "paperSize" || name === "zoom") return layout[name];
    return super.read(name);
  }
  protected write(name: string, value: unknown): unknown {
    const layout = this.it().pageLayout;
    if (name === "orientation" || name === "paperSize") layout[name] = String(value);
    else if (name === "zoom") layout.zoom = checkedZoom(value as XlPageLayout["zoom"], this.s);
    else return super.write(name, value);
    return undefined;
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.call("setPrintTitleRows", [printTitleRows], () => {
      this.it().pageLayout.printTitleRows = printTitleRows;
    });
  }
}

/**
 * A print zoom as the reference allows it: a scale of 10 to 400, or whole numbers of pages. A
 * `verticalFitToPages` of 0 ("as many as the rows need", the .xlsx's fitToHeight="0") is not
 * documented for the API: refused where the test plays that Excel (`refuseZeroFitToPages`).
 */
function checkedZoom(zoom: XlPageLayout["zoom"], s: Session): XlPageLayout["zoom"] {
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
  const pages = (n: number | undefined) =>
    n === undefined ||
    (Number.isInteger(n) && n >= 0 && (n > 0 || !s.excel.options.refuseZeroFitToPages));
  if ((scale !== undefined && !(scale >= 10 && scale <= 400)) || !pages(wide) || !pages(tall)) {
    fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  return { ...zoom };
}

/**
 * Work out a sheet's formulas again after its cells were written, as Excel in automatic
 * calculation does (the few functions formula.ts knows; a formula it cannot work out keeps the
 * value it had, as a file's cached result). Passes repeat while a formula reads another's
 * result, as far as a chain of a sheet's formulas can reach.
 */
function calculate(sheet: MemorySheet): void {
  const formulas = Object.keys(sheet.cells).filter((a) => sheet.cells[a].formula !== undefined);
  const valueAt = (row: number, col: number) => sheet.cells[cellAddress(row, col)]?.value;
  for (let pass = 0; pass <= formulas.length; pass++) {
    let changed = false;
    for (const address of formulas) {
      const cell = sheet.cells[address];
      const value = evaluateFormula(cell.formula as string, valueAt);
      if (value === undefined || value === cell.value) continue;
      sheet.cells[address] = { ...cell, value };
      changed = true;
    }
    if (!changed) return;
  }
}

const tooLongForACell = (input: unknown): boolean =>
  typeof input === "string" && input.length > MAX_CELL_CHARS;

// Ranges

interface RangeTarget {
  sheet: MemorySheet;
  rect: Merge;
}

function forEachCell(rect: Merge, fn: (address: string, r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) fn(cellAddress(r, c), r, c);
  }
}

/** Cells of a possibly huge rectangle that exist (iterates the sheet's cells, not the rectangle). */
function existingCells(sheet: MemorySheet, rect: Merge): [string, MemoryCell][] {
  const out: [string, MemoryCell][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (pos && contains(rect, pos.row, pos.col)) out.push([address, cell]);
  }
  return out;
}

function setCell(sheet: MemorySheet, address: string, cell: MemoryCell | null): void {
  if (cell) sheet.cells[address] = cell;
  else delete sheet.cells[address];
}

/** Change each cell's format in a rectangle (in place: the workbook owns its cells). */
function formatCells(
  t: RangeTarget,
  fn: (f: MemoryCellFormat, r: number, c: number) => void,
): void {
  writable(t.sheet);
  forEachCell(t.rect, (address, r, c) => {
    const cell = (t.sheet.cells[address] ??= {});
    fn((cell.format ??= {}), r, c);
  });
}

/** A property's value over a range: the common value, or null when cells differ. */
function common<V>(t: RangeTarget, get: (cell: MemoryCell | undefined) => V): V | null {
  let first: V | undefined;
  let same = true;
  forEachCell(t.rect, (address) => {
    const v = get(t.sheet.cells[address]);
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first ?? null) : null;
}

class RangeHandle extends Handle<RangeTarget> implements XlRange {
  private nav: {
    format?: RangeFormatHandle;
    dataValidation?: DataValidationHandle;
    conditionalFormats?: ConditionalFormatCollectionHandle;
  } = {};

  get values(): (string | number | boolean | null)[][] {
    return this.prop("values");
  }
  set values(value: (string | number | boolean | null)[][]) {
    this.setProp("values", value);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(value: unknown[][]) {
    this.setProp("formulas", value);
  }
  get numberFormat(): (string | null)[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(value: (string | null)[][]) {
    this.setProp("numberFormat", value);
  }
  get hyperlink(): XlHyperlink {
    return this.prop("hyperlink");
  }
  set hyperlink(value: XlHyperlink) {
    this.setProp("hyperlink", value);
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get address(): string {
    return this.prop("address");
  }
  get format(): RangeFormatHandle {
    return (this.nav.format ??= new RangeFormatHandle(this.s, this, "format", [], () => this.it()));
  }
  get dataValidation(): DataValidationHandle {
    return (this.nav.dataValidation ??= new DataValidationHandle(
      this.s,
      this,
      "dataValidation",
      [],
      () => this.it(),
    ));
  }
  get conditionalFormats(): ConditionalFormatCollectionHandle {
    return (this.nav.conditionalFormats ??= new ConditionalFormatCollectionHandle(
      this.s,
      this,
      "conditionalFormats",
      [],
      () => this.it(),
    ));
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.it();
    const grid = <V>(get: (cell: MemoryCell | undefined) => V): V[][] => {
      const rows: V[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: V[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(get(sheet.cells[cellAddress(r, c)]));
        rows.push(row);
      }
      return rows;
    };
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (
      (name === "values" || name === "formulas" || name === "numberFormat") &&
      cells > MAX_READ_CELLS
    ) {
      // One stray value at XFD1048576 makes a used range of 17 billion cells.
      fail("RangeExceedsLimit", `The range has ${cells} cells, over Excel's ${MAX_READ_CELLS}.`);
    }
    switch (name) {
      case "values":
        return grid((cell) => cell?.value ?? "");
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "hyperlink":
        return sheet.cells[cellAddress(rect.top, rect.left)]?.hyperlink ?? null;
      default:
        return super.read(name);
    }
  }

  protected write(name: string, value: unknown): unknown {
    const { sheet, rect } = this.it();
    if (name === "values" || name === "formulas") valuesWritable(sheet, rect);
    else writable(sheet);
    refuseWithoutUndo(this.s, `Range.${name}`);
    if (name === "hyperlink") {
      requireSet(this.s, "ExcelApi", "1.7", "Range.hyperlink");
      const link = value as XlHyperlink;
      forEachCell(rect, (address) => {
        const cell: MemoryCell = { ...(sheet.cells[address] ?? {}), hyperlink: { ...link } };
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
        sheet.cells[address] = cell;
      });
      return undefined;
    }
    if (name !== "values" && name !== "formulas" && name !== "numberFormat") {
      return super.write(name, value);
    }
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const matrix = value as unknown[][];
    if (
      !Array.isArray(matrix) ||
      matrix.length !== rows ||
      matrix.some((row) => !Array.isArray(row) || row.length !== cols)
    ) {
      fail(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    if (name !== "numberFormat" && matrix.some((row) => row.some(tooLongForACell))) {
      fail("InvalidArgument", `A cell holds at most ${MAX_CELL_CHARS} characters.`);
    }
    forEachCell(rect, (address, r, c) => {
      const input = matrix[r - rect.top][c - rect.left];
      const cell = sheet.cells[address];
      if (name === "numberFormat") {
        if (input === null || input === undefined) return;
        const next: MemoryCell = { ...(cell ?? {}) };
        if (input === "" || input === "General") delete next.numberFormat;
        else next.numberFormat = String(input);
        setCell(sheet, address, Object.keys(next).length > 0 ? next : null);
        return;
      }
      const entry =
        name === "values"
          ? enterValue(input, cell?.numberFormat)
          : enterFormula(input, cell?.numberFormat);
      setCell(sheet, address, applyEntry(cell, entry));
    });
    if (name !== "numberFormat") this.s.written(sheet);
    return undefined;
  }

  merge(across?: boolean): void {
    this.call("merge", [across ?? false], () => {
      const { sheet, rect } = this.it();
      writable(sheet);
      const areas: Merge[] = [];
      if (across) {
        for (let r = rect.top; r <= rect.bottom; r++) areas.push({ ...rect, top: r, bottom: r });
      } else areas.push({ ...rect });
      for (const area of areas) {
        if (area.top === area.bottom && area.left === area.right) continue;
        // Most areas overlap none: the list is copied only when one does (a sheet of 20,000
        // merged areas, merged one by one, would otherwise copy it 20,000 times).
        if (sheet.merges.some((m) => intersects(m, area))) {
          sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        }
        sheet.merges.push(area);
        // Excel keeps only the top-left value of a merged area.
        forEachCell(area, (address, r, c) => {
          if (r === area.top && c === area.left) return;
          const cell = sheet.cells[address];
          if (cell) setCell(sheet, address, applyEntry(cell, { kind: "clear" }));
        });
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", [], () => {
      const { sheet, rect } = this.it();
      writable(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo = "All"): void {
    this.call("clear", [applyTo], () => {
      const { sheet, rect } = this.it();
      // Deleting what unlocked cells hold is typing; anything more is not.
      if (applyTo === "Contents") valuesWritable(sheet, rect);
      else writable(sheet);
      for (const [address, cell] of existingCells(sheet, rect)) {
        const next: MemoryCell = { ...cell };
        if (applyTo === "All" || applyTo === "Contents") {
          delete next.value;
          delete next.formula;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          delete next.format;
          delete next.numberFormat;
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") delete next.hyperlink;
        setCell(sheet, address, Object.keys(next).length > 0 ? next : null);
      }
      if (applyTo === "All" || applyTo === "Formats") {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      }
    });
  }

  select(): void {
    this.call(
      "select",
      [],
      () => {
        const { sheet, rect } = this.it();
        this.s.excel.workbook.activeSheetId = sheet.id;
        this.s.excel.workbook.selection = rectAddress(rect);
      },
      false,
    );
  }

  /**
   * New cells in place of this range, the others shifted down or right to make room (entire rows
   * and columns always make room as rows and columns); returns the range of the new cells.
   */
  insert(shift: "Down" | "Right"): RangeHandle {
    return new RangeHandle(this.s, this, "insert", [shift], () => {
      requireSet(this.s, "ExcelApi", "1.1", "Range.insert");
      if (shift !== "Down" && shift !== "Right") {
        fail("InvalidArgument", `Unknown shift '${shift}'.`);
      }
      const { sheet, rect } = this.it();
      writable(sheet);
      this.shift(sheet, shiftOf("insert", rect, shift === "Down" ? "rows" : "columns"));
      return { sheet, rect: { ...rect } };
    });
  }

  /** Delete this range's cells, the others shifted up or left into their place. */
  delete(shift: "Up" | "Left"): void {
    this.call(
      "delete",
      [shift],
      () => {
        requireSet(this.s, "ExcelApi", "1.1", "Range.delete");
        if (shift !== "Up" && shift !== "Left") {
          fail("InvalidArgument", `Unknown shift '${shift}'.`);
        }
        const { sheet, rect } = this.it();
        writable(sheet);
        this.shift(sheet, shiftOf("delete", rect, shift === "Up" ? "rows" : "columns"));
      },
      // A change only once Excel has accepted it: a refused delete leaves nothing to undo.
      false,
    );
  }

  private shift(sheet: MemorySheet, change: Shift): void {
    checkShift(sheet, change);
    this.s.change();
    shiftSheet(this.s.excel.workbook, sheet, change);
  }

  /** The entire rows of this range ("B4:E11" → "4:11"). */
  getEntireRow(): RangeHandle {
    return new RangeHandle(this.s, this, "getEntireRow", [], () => {
      requireSet(this.s, "ExcelApi", "1.1", "Range.getEntireRow");
      const { sheet, rect } = this.it();
      return { sheet, rect: { ...rect, left: 0, right: SHEET_COLUMNS - 1 } };
    });
  }

  /** The entire columns of this range ("B4:E11" → "B:E"). */
  getEntireColumn(): RangeHandle {
    return new RangeHandle(this.s, this, "getEntireColumn", [], () => {
      requireSet(this.s, "ExcelApi", "1.1", "Range.getEntireColumn");
      const { sheet, rect } = this.it();
      return { sheet, rect: { ...rect, top: 0, bottom: SHEET_ROWS - 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeHandle {
    return new RangeHandle(this.s, this, "getUsedRangeOrNullObject", [valuesOnly ?? false], () => {
      const { sheet, rect } = this.it();
      const used = cellBounds(sheet, valuesOnly ? hasContent : () => true, rect);
      return used ? { sheet, rect: used } : null;
    });
  }

  getMergedAreasOrNullObject(): RangeAreasHandle {
    return new RangeAreasHandle(this.s, this, "getMergedAreasOrNullObject", [], () => {
      requireSet(this.s, "ExcelApi", "1.13", "Range.getMergedAreasOrNullObject");
      const { sheet, rect } = this.it();
      // Only areas whose top-left cell lies in the range come back (office-js #3611), and
      // Excel gives no more than 512 of them at once (the method's reference).
      const rects = sheet.merges
        .filter((m) => contains(rect, m.top, m.left))
        .map((m) => ({ ...m }));
      // The reference names no code for it (unverified): Office's catch-all.
      if (rects.length > MAX_MERGED_AREAS) {
        fail("GeneralException", `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
      }
      return rects.length > 0 ? { sheet, rects } : null;
    });
  }
}

interface AreasTarget {
  sheet: MemorySheet;
  rects: Merge[];
}

class RangeAreasHandle extends Handle<AreasTarget> implements XlRangeAreas {
  private nav: { areas?: RangeCollectionHandle } = {};
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  get areas(): RangeCollectionHandle {
    return (this.nav.areas ??= new RangeCollectionHandle(this.s, this, "areas", [], () =>
      this.it(),
    ));
  }
  protected read(name: string): unknown {
    const { sheet, rects } = this.it();
    if (name === "areaCount") return rects.length;
    if (name === "address") {
      const full = rects.map((r) => `${quoteSheet(sheet.name)}!${rectAddress(r)}`).join(", ");
      return full.slice(0, ADDRESS_LIMIT);
    }
    return super.read(name);
  }
}

class RangeCollectionHandle extends Handle<AreasTarget> implements XlRangeCollection {
  get items(): RangeHandle[] {
    return this.prop("items");
  }
  load(propertyNames: string | string[]): this {
    return loadItems(this, this.s, propertyNames, () => {
      const { sheet, rects } = this.it();
      return rects.map(
        (rect) =>
          new RangeHandle(this.s, this, "item", [rectAddress(rect)], new Existing({ sheet, rect })),
      );
    });
  }
}

// Formats

class RangeFormatHandle extends Handle<RangeTarget> implements XlRangeFormat {
  private nav: { font?: FontHandle; fill?: FillHandle; borders?: BorderCollectionHandle } = {};
  get font(): FontHandle {
    return (this.nav.font ??= new FontHandle(this.s, this, "font", [], () => this.it()));
  }
  get fill(): FillHandle {
    return (this.nav.fill ??= new FillHandle(this.s, this, "fill", [], () => this.it()));
  }
  get borders(): BorderCollectionHandle {
    return (this.nav.borders ??= new BorderCollectionHandle(this.s, this, "borders", [], () =>
      this.it(),
    ));
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(value: boolean) {
    this.setProp("wrapText", value);
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setProp("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setProp("verticalAlignment", value);
  }
  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(value: number) {
    this.setProp("columnWidth", value);
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(value: number) {
    this.setProp("rowHeight", value);
  }
  autofitRows(): void {
    this.call("autofitRows", [], () => {
      const t = this.it();
      writable(t.sheet);
      autofitRows(t.sheet, t.rect, BODY_FONT_SIZE[this.s.excel.options.host ?? "windows"]);
    });
  }
  protected read(name: string): unknown {
    const t = this.it();
    if (name === "wrapText") return common(t, (c) => c?.format?.wrap ?? false);
    if (name === "horizontalAlignment") return common(t, (c) => c?.format?.hAlign ?? "General");
    if (name === "verticalAlignment") return common(t, (c) => c?.format?.vAlign ?? "Bottom");
    if (name === "columnWidth") return t.sheet.columnWidths[t.rect.left] ?? null;
    if (name === "rowHeight") return t.sheet.rowHeights[t.rect.top] ?? null;
    return super.read(name);
  }
  protected write(name: string, value: unknown): unknown {
    const t = this.it();
    if (name === "wrapText") formatCells(t, (f) => (f.wrap = Boolean(value)));
    else if (name === "horizontalAlignment") formatCells(t, (f) => (f.hAlign = String(value)));
    else if (name === "verticalAlignment") formatCells(t, (f) => (f.vAlign = String(value)));
    else if (name === "columnWidth") {
      // 255 characters is Excel's widest column (Calibri 11: 1,342.5 points).
      const points = Number(value);
      if (!(points >= 0 && points <= MAX_COLUMN_POINTS)) {
        fail(
          "InvalidArgument",
          `The column width ${String(value)} is outside 0–${MAX_COLUMN_POINTS}.`,
        );
      }
      writable(t.sheet);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths[c] = Number(value);
    } else if (name === "rowHeight") {
      // Excel's rows are at most 409 points high: a taller height is refused.
      const points = Number(value);
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT)) {
        fail("InvalidArgument", `The row height ${String(value)} is outside 0–${MAX_ROW_HEIGHT}.`);
      }
      writable(t.sheet);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights[r] = Number(value);
    } else return super.write(name, value);
    return undefined;
  }
}

class FontHandle extends Handle<RangeTarget> implements XlFont {
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(value: boolean) {
    this.setProp("bold", value);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(value: boolean) {
    this.setProp("italic", value);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(value: number) {
    this.setProp("size", value);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.setProp("color", value);
  }
  get underline(): string {
    return this.prop("underline");
  }
  set underline(value: string) {
    this.setProp("underline", value);
  }
  protected read(name: string): unknown {
    const t = this.it();
    if (name === "bold") return common(t, (c) => c?.format?.bold ?? false);
    if (name === "italic") return common(t, (c) => c?.format?.italic ?? false);
    if (name === "size") return common(t, (c) => c?.format?.size ?? 11);
    if (name === "color") return common(t, (c) => c?.format?.color ?? "#000000");
    if (name === "underline") return common(t, (c) => c?.format?.underline ?? "None");
    return super.read(name);
  }
  protected write(name: string, value: unknown): unknown {
    const t = this.it();
    if (name === "bold") formatCells(t, (f) => (f.bold = Boolean(value)));
    else if (name === "italic") formatCells(t, (f) => (f.italic = Boolean(value)));
    else if (name === "size") formatCells(t, (f) => (f.size = Number(value)));
    else if (name === "color") formatCells(t, (f) => (f.color = String(value)));
    else if (name === "underline") formatCells(t, (f) => (f.underline = String(value)));
    else return super.write(name, value);
    return undefined;
  }
}

class FillHandle extends Handle<RangeTarget> implements XlFill {
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.setProp("color", value);
  }
  protected read(name: string): unknown {
    if (name === "color") return common(this.it(), (c) => c?.format?.fill ?? "#FFFFFF");
    return super.read(name);
  }
  protected write(name: string, value: unknown): unknown {
    if (name !== "color") return super.write(name, value);
    formatCells(this.it(), (f) => (f.fill = String(value)));
    return undefined;
  }
}

class BorderCollectionHandle extends Handle<RangeTarget> implements XlBorderCollection {
  getItem(index: string): BorderHandle {
    return new BorderHandle(this.s, this, "getItem", [index], () => ({ ...this.it(), index }));
  }
}

type Edge = keyof NonNullable<MemoryCellFormat["borders"]>;

/** The cells a border index of a range touches, and which of their edges. */
function borderCells(
  index: string,
  rect: Merge,
): { cells: Merge; edges: (r: number, c: number) => Edge[] } {
  const { top, left, bottom, right } = rect;
  switch (index) {
    case "EdgeTop":
      return { cells: { ...rect, bottom: top }, edges: () => ["top"] };
    case "EdgeBottom":
      return { cells: { ...rect, top: bottom }, edges: () => ["bottom"] };
    case "EdgeLeft":
      return { cells: { ...rect, right: left }, edges: () => ["left"] };
    case "EdgeRight":
      return { cells: { ...rect, left: right }, edges: () => ["right"] };
    case "InsideHorizontal":
      return {
        cells: rect,
        edges: (r) => [
          ...(r > top ? (["top"] as const) : []),
          ...(r < bottom ? (["bottom"] as const) : []),
        ],
      };
    case "InsideVertical":
      return {
        cells: rect,
        edges: (_r, c) => [
          ...(c > left ? (["left"] as const) : []),
          ...(c < right ? (["right"] as const) : []),
        ],
      };
    default:
      return fail("InvalidArgument", `Unknown border index '${index}'.`);
  }
}

class BorderHandle extends Handle<RangeTarget & { index: string }> implements XlBorder {
  get style(): string {
    return this.prop("style");
  }
  set style(value: string) {
    this.setProp("style", value);
  }
  get weight(): string {
    return this.prop("weight");
  }
  set weight(value: string) {
    this.setProp("weight", value);
  }
  protected write(name: string, value: unknown): unknown {
    const t = this.it();
    if (name === "weight") {
      writable(t.sheet);
      return undefined;
    }
    if (name !== "style") return super.write(name, value);
    const { cells, edges } = borderCells(t.index, t.rect);
    formatCells({ sheet: t.sheet, rect: cells }, (f, r, c) => {
      const touched = edges(r, c);
      if (touched.length === 0) return;
      const borders = (f.borders ??= {});
      for (const edge of touched) borders[edge] = String(value);
    });
    return undefined;
  }
}

// Data validation and conditional formats

class DataValidationHandle extends Handle<RangeTarget> implements XlDataValidation {
  get rule(): XlDataValidation["rule"] {
    return this.prop("rule");
  }
  set rule(value: XlDataValidation["rule"]) {
    this.setProp("rule", value);
  }
  get errorAlert(): XlDataValidation["errorAlert"] {
    return this.prop("errorAlert");
  }
  set errorAlert(value: XlDataValidation["errorAlert"]) {
    this.setProp("errorAlert", value);
  }
  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.setProp("ignoreBlanks", value);
  }
  /** The validation entry covering exactly this range, created when missing. */
  private entry(): MemoryValidation {
    const { sheet, rect } = this.it();
    writable(sheet);
    const same = (m: Merge) =>
      m.top === rect.top &&
      m.left === rect.left &&
      m.bottom === rect.bottom &&
      m.right === rect.right;
    let entry = sheet.validations.find((v) => same(v.range));
    if (!entry) {
      entry = { range: { ...rect } };
      sheet.validations.push(entry);
    }
    return entry;
  }
  protected write(name: string, value: unknown): unknown {
    if (name === "rule") {
      const rule = value as { list?: { inCellDropDown: boolean; source: unknown } };
      if (!rule.list || typeof rule.list.source !== "string") {
        return fail("InvalidArgument", "The fake models list rules with text sources only.");
      }
      const source = rule.list.source;
      if (!source.startsWith("=") && source.length > 255) {
        fail("InvalidArgument", "A list source is limited to 255 characters.");
      }
      this.entry().list = { inCellDropDown: rule.list.inCellDropDown, source };
    } else if (name === "errorAlert") {
      this.entry().errorAlert = value as MemoryValidation["errorAlert"];
    } else if (name === "ignoreBlanks") {
      this.entry().ignoreBlanks = Boolean(value);
    } else return super.write(name, value);
    return undefined;
  }
  clear(): void {
    this.call("clear", [], () => {
      const { sheet, rect } = this.it();
      writable(sheet);
      sheet.validations = sheet.validations.filter((v) => !intersects(v.range, rect));
    });
  }
}

class ConditionalFormatCollectionHandle
  extends Handle<RangeTarget>
  implements XlConditionalFormatCollection
{
  add(type: string): ConditionalFormatHandle {
    return new ConditionalFormatHandle(this.s, this, "add", [type], () => {
      const { sheet, rect } = this.it();
      writable(sheet);
      this.s.change();
      const entry: MemoryConditionalFormat = { range: { ...rect }, type };
      sheet.conditionalFormats.push(entry);
      return entry;
    });
  }
  clearAll(): void {
    this.call("clearAll", [], () => {
      const { sheet, rect } = this.it();
      writable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.range, rect));
    });
  }
}

class ConditionalFormatHandle
  extends Handle<MemoryConditionalFormat>
  implements XlConditionalFormat
{
  private nav?: XlConditionalFormat["custom"];
  get custom(): XlConditionalFormat["custom"] {
    if (!this.nav) {
      const custom = new CustomFormatHandle(this.s, this, "custom", [], () => {
        const entry = this.it();
        if (entry.type !== "Custom") fail("InvalidOperation", "Not a custom conditional format.");
        return entry;
      });
      this.nav = custom;
    }
    return this.nav;
  }
}

class CustomFormatHandle extends Handle<MemoryConditionalFormat> {
  private nav: { rule?: CustomRuleHandle; format?: { fill: CustomFillHandle } } = {};
  get rule(): CustomRuleHandle {
    return (this.nav.rule ??= new CustomRuleHandle(this.s, this, "rule", [], () => this.it()));
  }
  get format(): { fill: CustomFillHandle } {
    return (this.nav.format ??= {
      fill: new CustomFillHandle(this.s, this, "format/fill", [], () => this.it()),
    });
  }
}

class CustomRuleHandle extends Handle<MemoryConditionalFormat> {
  get formula(): string {
    return this.prop("formula");
  }
  set formula(value: string) {
    this.setProp("formula", value);
  }
  protected write(name: string, value: unknown): unknown {
    if (name !== "formula") return super.write(name, value);
    this.it().formula = String(value);
    return undefined;
  }
}

class CustomFillHandle extends Handle<MemoryConditionalFormat> implements XlFill {
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.setProp("color", value);
  }
  protected write(name: string, value: unknown): unknown {
    if (name !== "color") return super.write(name, value);
    this.it().fill = String(value);
    return undefined;
  }
}

// Charts

class ChartCollectionHandle extends Handle<MemorySheet> implements XlChartCollection {
  get items(): ChartHandle[] {
    return this.prop("items");
  }
  load(propertyNames: string | string[]): this {
    return loadItems(this, this.s, propertyNames, () => {
      const sheet = this.it();
      return sheet.charts.map(
        (chart) =>
          new ChartHandle(this.s, this, "item", [chart.name], new Existing({ sheet, chart })),
      );
    });
  }
  add(type: string, sourceData: XlRange, seriesBy = "Auto"): ChartHandle {
    const source = sourceData as RangeHandle;
    return new ChartHandle(this.s, this, "add", [type, { i: source.ref }, seriesBy], () => {
      const sheet = this.it();
      writable(sheet);
      const rect = (source.target ?? fail("InvalidArgument", "Unknown source range.")).rect;
      this.s.change();
      const chart: MemoryChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { ...rect },
        seriesBy,
      };
      sheet.charts.push(chart);
      return { sheet, chart };
    });
  }
}

interface ChartTarget {
  sheet: MemorySheet;
  chart: MemoryChart;
}

class ChartHandle extends Handle<ChartTarget> implements XlChart {
  private nav: { title?: ChartTitleHandle; series?: { getItemAt(i: number): XlChartSeries } } = {};
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.setProp("name", value);
  }
  get title(): ChartTitleHandle {
    return (this.nav.title ??= new ChartTitleHandle(this.s, this, "title", [], () => this.it()));
  }
  get series(): { getItemAt(index: number): XlChartSeries } {
    return (this.nav.series ??= {
      getItemAt: (index: number) =>
        new ChartSeriesHandle(this.s, this, "series/getItemAt", [index], () => {
          if (index !== 0) fail("ItemNotFound", "The fake's charts have one series.");
          return this.it();
        }),
    });
  }
  protected read(name: string): unknown {
    if (name === "name") return this.it().chart.name;
    return super.read(name);
  }
  protected write(name: string, value: unknown): unknown {
    if (name !== "name") return super.write(name, value);
    this.it().chart.name = String(value);
    return undefined;
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", [startCell, endCell], () => {
      this.it().chart.position = endCell
        ? { start: startCell, end: endCell }
        : { start: startCell };
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      const { sheet, chart } = this.it();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class ChartTitleHandle extends Handle<ChartTarget> {
  get text(): string {
    return this.prop("text");
  }
  set text(value: string) {
    this.setProp("text", value);
  }
  protected write(name: string, value: unknown): unknown {
    if (name !== "text") return super.write(name, value);
    this.it().chart.title = String(value);
    return undefined;
  }
}

class ChartSeriesHandle extends Handle<ChartTarget> implements XlChartSeries {
  setXAxisValues(sourceData: XlRange): void {
    const source = sourceData as RangeHandle;
    this.call("setXAxisValues", [{ i: source.ref }], () => {
      requireSet(this.s, "ExcelApi", "1.7", "ChartSeries.setXAxisValues");
      const rect = (source.target ?? fail("InvalidArgument", "Unknown range.")).rect;
      this.it().chart.xValues = { ...rect };
    });
  }
}

/**
 * An in-memory Excel for tests and the preview page: `run` has the shape of `Excel.run`, objects
 * behave like Office.js proxies (properties throw until loaded and synced, writes wait for the
 * sync), each sync's request and response sizes are counted, and Excel on the web's 5 MB limits
 * are enforced. `workbook` is the live data, changed by each sync.
 */
/**
 * The host an in-memory Excel plays when its options name none: Windows, the strictest, unless a
 * test run sets another for all (`npm run test:hosts` runs the adapter's tests as Mac and the web).
 */
export const defaultHost: { profile: HostProfile } = { profile: "windows" };

export function createMemoryExcel(
  workbook: MemoryWorkbook = emptyWorkbook(),
  given: MemoryExcelOptions = {},
): MemoryExcel {
  const options: MemoryExcelOptions = { ...given, host: given.host ?? defaultHost.profile };
  const apiSets: Record<string, string> = { ExcelApi: "1.20", ...(options.apiSets ?? {}) };
  const supports = (name: string, version = "1.1"): boolean => {
    const have = apiSets[name];
    return have !== undefined && versionAtLeast(have, version);
  };
  const stats: MemoryExcelStats = {
    runs: 0,
    runOptions: [],
    syncs: 0,
    bytesPerSync: [],
    responseBytesPerSync: [],
    calculationSuspensions: 0,
  };
  const excel: MemoryExcel = {
    run: async (runOptions, batch) => {
      stats.runs += 1;
      stats.runOptions.push({ ...runOptions });
      const session = new Session(engine, runOptions);
      const result = await batch(session);
      // Excel.run syncs what is still queued when the batch returns.
      if (session.queue.length > 0) await session.sync();
      return result;
    },
    requirements: { isSetSupported: supports },
    workbook,
    stats,
  };
  const engine: Engine = {
    workbook,
    stats,
    options,
    supports,
    beforeChange: () => excel.beforeChange?.(),
  };
  return excel;
}
