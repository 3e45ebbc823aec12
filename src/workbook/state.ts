import type ExcelJS from "exceljs";
import { cellAddress, cellText, parseAddress, type CellValue } from "../core/grid";
import type { SheetModel } from "../core/sheet";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import type { ReadOptions } from "../core/plan/read";
import type { ReportPeriod } from "../core/plan/title";
import { TEMPLATE_IDS, type TemplateId } from "../core/templates/spec";
import { bi, type Bilingual, type Lang } from "../core/text";

/**
 * The add-in's own state, kept inside the workbook so that it travels with the file
 * (DOMAIN.md section 8): which sheet holds which template, the settings, and which cells the
 * add-in computed (so a recomputation replaces its own values, never a person's entry).
 */
export interface WorkbookState {
  version: 1;
  settings: Settings;
  sheets: Record<string, SheetState>;
  /** Sheets the add-in wrote itself (summaries, findings): the only ones it may replace. */
  addinSheets?: AddinSheet[];
}

export type AddinSheetKind = "evaluation" | "fulfilment" | "findings" | "consolidation";

/** A sheet the add-in wrote, and what it knows of it. */
export interface AddinSheet {
  name: string;
  /** What it holds; absent for a sheet an earlier version recorded by name only. */
  kind?: AddinSheetKind;
  /** The sheet it summarises or checks. */
  source?: string;
  /** Its first cell as written (the title): a sheet whose title a person changed is not replaced. */
  title?: string;
  /** The language it is written in. */
  lang?: Lang;
}

const ADDIN_KINDS: readonly AddinSheetKind[] = [
  "evaluation",
  "fulfilment",
  "findings",
  "consolidation",
];

export interface SheetState {
  template: TemplateId;
  /** A1 addresses the add-in filled. */
  computed: string[];
  /** The values it wrote there, to tell whether a person has since changed one. */
  computedValues?: Record<string, string | number>;
  /**
   * Of targets given per year, the year the person chose to read (in the Check view, or with
   * `compute --year`): every later reading of the sheet reads that year's column.
   */
  year?: number;
  /** Of targets given per half-year and year, the period the person chose, as `year`. */
  period?: ReportPeriod;
}

/** The years a sheet's reading may be asked for (as `--year` takes them). */
export const READ_YEARS = { first: 1990, last: 2100 } as const;
const PERIODS: readonly ReportPeriod[] = ["half", "year"];

/** What parseState made of stored text: always a usable state, and a message when it had to repair. */
export interface StateParse {
  state: WorkbookState;
  message?: Bilingual;
}

/** Sheets whose names start with this belong to the add-in; grid readers skip them. */
export const ADDIN_SHEET_PREFIX = "_guitsetgel";
/** Very-hidden sheet holding drop-down lists that cannot be written inline. */
export const LISTS_SHEET = `${ADDIN_SHEET_PREFIX}_lists`;
/** Very-hidden sheets keeping what the add-in replaced, until its undo is no longer offered. */
export const KEPT_SHEET_PREFIX = `${ADDIN_SHEET_PREFIX}_undo_`;
/** The very-hidden sheet holding the state as JSON in A1..An. */
export const STATE_SHEET = ADDIN_SHEET_PREFIX;
/** A cell holds at most 32,767 characters; chunks stay well below. */
export const STATE_CHUNK = 32000;
/** Stops reading a hostile state sheet that goes on for ever (about 64 MB of text). */
const MAX_CHUNKS = 2000;

export function isAddinSheet(name: string): boolean {
  return name.startsWith(ADDIN_SHEET_PREFIX);
}

export function defaultState(): WorkbookState {
  return {
    version: 1,
    settings: { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights } },
    sheets: {},
  };
}

/** The state's entry for a sheet, if it has one (a sheet named "constructor" is no prototype's). */
export function sheetEntry(
  state: WorkbookState | null | undefined,
  sheet: string,
): SheetState | undefined {
  return state && Object.prototype.hasOwnProperty.call(state.sheets, sheet)
    ? state.sheets[sheet]
    : undefined;
}

/**
 * How the state says a sheet is read: its template, and the year and period the person chose,
 * each where it records one.
 */
export function recordedReading(
  state: WorkbookState | null | undefined,
  sheet: string,
): ReadOptions {
  const own = sheetEntry(state, sheet);
  if (!own) return {};
  const reading: ReadOptions = { template: own.template };
  if (own.year !== undefined) reading.year = own.year;
  if (own.period !== undefined) reading.period = own.period;
  return reading;
}

/** A sheet's entry with the year and period of `reading` recorded, or left out where it has none. */
export function withReading(entry: SheetState, reading: ReadOptions): SheetState {
  const next: SheetState = { ...entry };
  delete next.year;
  delete next.period;
  if (reading.year !== undefined) next.year = reading.year;
  if (reading.period !== undefined) next.period = reading.period;
  return next;
}

/**
 * The state of a sheet the add-in has just made: its template, and the cells whose figure it
 * computed (a template's average) as its own.
 */
export function newSheetState(template: TemplateId, model: SheetModel): SheetState {
  const cells = (model.computed ?? []).map((c) => ({ ...c, cell: cellAddress(c.row, c.col) }));
  if (cells.length === 0) return { template, computed: [] };
  return {
    template,
    computed: cells.map((c) => c.cell),
    computedValues: Object.fromEntries(cells.map((c) => [c.cell, c.value])),
  };
}

export function serializeState(state: WorkbookState): string {
  return JSON.stringify(state);
}

const MSG_DAMAGED = bi(
  "Ажлын номд хадгалсан Гүйцэтгэл нэмэлтийн мэдээлэл гэмтсэн байна. Анхдагч тохиргоог ашиглана; хуудсуудын загварыг дахин сонгоно уу.",
  "The Гүйцэтгэл data saved in this workbook is damaged. The default settings are used; choose the sheets' templates again.",
);

function msgVersion(version: string): Bilingual {
  return bi(
    `Ажлын номын мэдээллийг Гүйцэтгэл нэмэлтийн өөр хувилбараар (${version}) хадгалсан байна. Анхдагч тохиргоог ашиглана; нэмэлтээ шинэчилнэ үү.`,
    `The workbook's data was saved by another version of Гүйцэтгэл (${version}). The default settings are used; update the add-in.`,
  );
}

function msgRepaired(fields: string[]): Bilingual {
  const shown = fields.slice(0, 6).join(", ") + (fields.length > 6 ? ", …" : "");
  return bi(
    `Ажлын номд хадгалсан зарим утга буруу байсан тул анхдагч утгаар сольсон: ${shown}.`,
    `Some values saved in the workbook were invalid and were reset to their defaults: ${shown}.`,
  );
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Keys that would reach an object's prototype when assigned. */
function isUnsafeKey(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

function isFraction(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;
}

function parseSettings(raw: unknown, problems: string[]): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isObject(raw)) {
    problems.push("settings");
    return defaultState().settings;
  }
  const pick = <T>(key: string, ok: (v: unknown) => v is T, fallback: T): T => {
    if (ok(raw[key])) return raw[key] as T;
    problems.push(`settings.${key}`);
    return fallback;
  };
  const isScheme = (v: unknown): v is string =>
    typeof v === "string" && v.length > 0 && v.length <= 100;
  const settings: Settings = {
    scheme: pick("scheme", isScheme, d.scheme),
    rounding: pick(
      "rounding",
      (v): v is Settings["rounding"] => v === "round" || v === "truncate",
      d.rounding,
    ),
    cap: pick("cap", (v): v is boolean => typeof v === "boolean", d.cap),
    method: pick(
      "method",
      (v): v is Settings["method"] => v === "ratio" || v === "progress",
      d.method,
    ),
    weights: { ...d.weights },
    language: pick(
      "language",
      (v): v is Settings["language"] => v === "mn" || v === "en",
      d.language,
    ),
  };
  if (raw.schemeChosen !== undefined) {
    if (typeof raw.schemeChosen === "boolean") settings.schemeChosen = raw.schemeChosen;
    else problems.push("settings.schemeChosen");
  }
  if (raw.documentLanguage !== undefined) {
    if (raw.documentLanguage === "mn" || raw.documentLanguage === "en") {
      settings.documentLanguage = raw.documentLanguage;
    } else {
      problems.push("settings.documentLanguage");
    }
  }
  if (settings.scheme === "custom") {
    if (raw.customScheme === undefined) {
      problems.push("settings.customScheme");
      settings.scheme = d.scheme;
    } else {
      settings.customScheme = raw.customScheme;
    }
  }
  const w = raw.weights;
  const maxPointsOk = (v: unknown): v is number =>
    typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;
  if (isObject(w) && isFraction(w.partOne) && isFraction(w.partTwo) && maxPointsOk(w.maxPoints)) {
    settings.weights = { partOne: w.partOne, partTwo: w.partTwo, maxPoints: w.maxPoints };
  } else {
    problems.push("settings.weights");
  }
  return settings;
}

/** An address normalAddress gives as it is: "E84" (no "$", space or small letter; no row 0). */
const NORMAL_ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** "$e$84" → "E84"; null when it is not a cell address. */
function normalAddress(v: unknown): string | null {
  if (typeof v !== "string") return null;
  // The add-in writes its addresses so: a large state (100,000 computed cells) is not read
  // through parseAddress twice over, once in the list and once in the values.
  if (NORMAL_ADDRESS.test(v)) return v;
  const pos = parseAddress(v);
  return pos ? v.replace(/\$/g, "").trim().toUpperCase() : null;
}

function parseSheetState(name: string, raw: unknown, problems: string[]): SheetState | null {
  const where = `sheets[${JSON.stringify(name)}]`;
  if (!isObject(raw) || !(TEMPLATE_IDS as readonly unknown[]).includes(raw.template)) {
    problems.push(`${where}.template`);
    return null;
  }
  const computed = new Set<string>();
  let badComputed = !Array.isArray(raw.computed);
  for (const a of Array.isArray(raw.computed) ? raw.computed : []) {
    const address = normalAddress(a);
    if (address) computed.add(address);
    else badComputed = true;
  }
  if (badComputed) problems.push(`${where}.computed`);
  const sheet: SheetState = { template: raw.template as TemplateId, computed: [...computed] };

  if (raw.computedValues !== undefined) {
    const values: Record<string, string | number> = {};
    let badValues = !isObject(raw.computedValues);
    if (isObject(raw.computedValues)) {
      for (const [key, v] of Object.entries(raw.computedValues)) {
        const address = normalAddress(key);
        const ok = typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
        if (address && ok) values[address] = v;
        else badValues = true;
      }
    }
    if (badValues) problems.push(`${where}.computedValues`);
    sheet.computedValues = values;
  }
  if (raw.year !== undefined) {
    const year = raw.year;
    const ok = Number.isInteger(year) && (year as number) >= READ_YEARS.first;
    if (ok && (year as number) <= READ_YEARS.last) sheet.year = year as number;
    else problems.push(`${where}.year`);
  }
  if (raw.period !== undefined) {
    if ((PERIODS as readonly unknown[]).includes(raw.period))
      sheet.period = raw.period as ReportPeriod;
    else problems.push(`${where}.period`);
  }
  return sheet;
}

/**
 * Read stored state (JSON text, or the parsed object Office settings hand back). Never throws:
 * unreadable state gives the defaults, partly invalid state keeps what is valid; either way with
 * a message saying so.
 */
export function parseState(stored: unknown): StateParse {
  let raw: unknown = stored;
  if (typeof stored === "string") {
    try {
      raw = JSON.parse(stored);
    } catch {
      return { state: defaultState(), message: MSG_DAMAGED };
    }
  }
  if (!isObject(raw)) return { state: defaultState(), message: MSG_DAMAGED };
  if (raw.version !== 1) {
    const v = typeof raw.version === "number" || typeof raw.version === "string";
    return {
      state: defaultState(),
      message: v ? msgVersion(String(raw.version).slice(0, 20)) : MSG_DAMAGED,
    };
  }

  const problems: string[] = [];
  const settings = parseSettings(raw.settings, problems);
  const sheets: Record<string, SheetState> = {};
  if (isObject(raw.sheets)) {
    for (const [name, entry] of Object.entries(raw.sheets)) {
      if (isUnsafeKey(name)) {
        problems.push(`sheets[${JSON.stringify(name)}]`);
        continue;
      }
      const sheet = parseSheetState(name, entry, problems);
      if (sheet) sheets[name] = sheet;
    }
  } else {
    problems.push("sheets");
  }
  const state: WorkbookState = { version: 1, settings, sheets };
  if (raw.addinSheets !== undefined) {
    const entries = Array.isArray(raw.addinSheets) ? raw.addinSheets : [];
    state.addinSheets = entries.flatMap((e) => {
      const sheet = parseAddinSheet(e);
      return sheet ? [sheet] : [];
    });
    if (!Array.isArray(raw.addinSheets) || state.addinSheets.length < entries.length) {
      problems.push("addinSheets");
    }
  }
  return problems.length > 0 ? { state, message: msgRepaired(problems) } : { state };
}

/**
 * The state once rows were inserted (`by` > 0) or deleted (`by` < 0) at sheet row `at` of a
 * sheet: the cells the add-in computed move with their rows (those deleted are no longer its).
 */
export function withRowsShifted(
  state: WorkbookState,
  sheet: string,
  at: number,
  by: number,
): WorkbookState {
  const own = sheetEntry(state, sheet);
  if (!own) return state;
  const move = (address: string): string | null => {
    const pos = parseAddress(address);
    if (!pos || pos.row < at) return address;
    if (by < 0 && pos.row < at - by) return null;
    return cellAddress(pos.row + by, pos.col);
  };
  const computed: string[] = [];
  const values: Record<string, string | number> = {};
  for (const address of own.computed) {
    const moved = move(address);
    if (moved === null) continue;
    computed.push(moved);
    const v = own.computedValues?.[address];
    if (v !== undefined) values[moved] = v;
  }
  const next: SheetState = withReading({ template: own.template, computed }, own);
  if (own.computedValues) next.computedValues = values;
  return { ...state, sheets: { ...state.sheets, [sheet]: next } };
}

/** A recorded add-in sheet: a name (as earlier versions wrote it), or the full record. */
function parseAddinSheet(raw: unknown): AddinSheet | null {
  if (typeof raw === "string") return raw.length > 0 ? { name: raw } : null;
  if (!isObject(raw) || typeof raw.name !== "string" || raw.name.length === 0) return null;
  const sheet: AddinSheet = { name: raw.name };
  if ((ADDIN_KINDS as readonly unknown[]).includes(raw.kind))
    sheet.kind = raw.kind as AddinSheetKind;
  if (typeof raw.source === "string") sheet.source = raw.source;
  if (typeof raw.title === "string") sheet.title = raw.title;
  if (raw.lang === "mn" || raw.lang === "en") sheet.lang = raw.lang;
  return sheet;
}

/** The names of the sheets the add-in wrote. */
export function addinSheetNames(state: WorkbookState | null | undefined): Set<string> {
  return new Set((state?.addinSheets ?? []).map((s) => s.name));
}

/** A sheet the add-in writes, with what it holds and the sheet it was made from. */
export interface AddinModel {
  model: SheetModel;
  kind: AddinSheetKind;
  source?: string;
  lang: Lang;
}

/**
 * The add-in's sheet of a kind made from a sheet, if it recorded one; an earlier version's
 * record (a name only) of the same name stands for it.
 */
export function addinSheetOf(state: WorkbookState, sheet: AddinModel): AddinSheet | undefined {
  const own = state.addinSheets ?? [];
  return (
    own.find((s) => s.kind === sheet.kind && s.source === sheet.source) ??
    own.find((s) => s.kind === undefined && s.name === sheet.model.name)
  );
}

/** The first text of a sheet's values (its title, for the sheets the add-in writes). */
export function firstText(values: readonly (readonly CellValue[])[]): string {
  for (const row of values) {
    for (const v of row) {
      const text = cellText(v ?? null).trim();
      if (text) return text;
    }
  }
  return "";
}

/**
 * A recorded sheet is still the add-in's to replace when it is there and its title is the one
 * written: a person who retitled it, or made a sheet of their own under its name, keeps theirs.
 */
export function stillTheAddins(record: AddinSheet, title: string | undefined): boolean {
  return title !== undefined && (record.title === undefined || record.title === title);
}

/** What the state records of an add-in sheet just written. */
export function addinRecord(name: string, sheet: AddinModel): AddinSheet {
  return {
    name,
    kind: sheet.kind,
    ...(sheet.source !== undefined ? { source: sheet.source } : {}),
    title: firstText(sheet.model.values),
    lang: sheet.lang,
  };
}

/** The sheet an add-in sheet was made from, when `name` is one of them. */
export function sourceOf(state: WorkbookState, name: string): string | undefined {
  return state.addinSheets?.find((s) => s.name === name)?.source;
}

/** The state with an add-in sheet recorded (in place of one of the same name or kind and source). */
export function withAddinSheet(state: WorkbookState, sheet: AddinSheet): WorkbookState {
  const others = (state.addinSheets ?? []).filter(
    (s) =>
      s.name !== sheet.name && !(sheet.kind && s.kind === sheet.kind && s.source === sheet.source),
  );
  return { ...state, addinSheets: [...others, sheet] };
}

/** Split text into chunks that fit a cell, never between the halves of a surrogate pair. */
export function chunkText(text: string, size = STATE_CHUNK): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

/** Store the state in the very-hidden "_guitsetgel" sheet, replacing what was there. */
export function writeStateSheet(wb: ExcelJS.Workbook, state: WorkbookState): void {
  const old = wb.getWorksheet(STATE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  chunkText(serializeState(state)).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}

/** The state stored in the workbook, or null when it has none. */
export function readStateSheet(wb: ExcelJS.Workbook): StateParse | null {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return null;
  let text = "";
  for (let row = 1; row <= Math.min(ws.rowCount, MAX_CHUNKS); row++) {
    const v = ws.getCell(row, 1).value;
    if (typeof v === "string") text += v;
    else if (v && typeof v === "object" && "richText" in v) {
      text += v.richText.map((t) => t.text).join("");
    } else break;
  }
  return parseState(text);
}
