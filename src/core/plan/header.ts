import type { Grid } from "../grid";
import { ALL_TEMPLATES, TEMPLATES } from "../templates";
import type { ColumnRole, ColumnSpec, TemplateId, TemplateSpec } from "../templates/spec";
import { sheetCells, type SheetCells } from "./cells";
import type { HeaderMatch } from "./model";
import {
  DROPPED,
  MAY_NAME_COLUMN,
  UNKNOWN,
  headerKey,
  keyLetter,
  plainHeaderKey,
} from "./normalize";

export interface DetectOptions {
  /** Only look for this template's table. */
  template?: TemplateId;
}

/** One column set a header can be matched against: a template's main table or its part two. */
interface ColumnSet {
  template: TemplateSpec;
  part: 1 | 2;
  columns: { spec: ColumnSpec; keys: string[]; group?: string; weight: number }[];
  totalWeight: number;
}

/** What a header column offers for matching: its own text and the group text above it. */
interface HeaderColumn {
  col: number;
  key: string;
  group?: string;
}

interface Candidate {
  set: ColumnSet;
  top: number;
  height: number;
  columns: Partial<Record<ColumnRole, number>>;
  matched: number;
  score: number;
}

/** Fewer than this many recognised columns is not a table header. */
const MIN_COLUMNS = 3;
const MIN_SCORE = 0.6;
/** Share of a template's required columns a header must name. */
const MIN_REQUIRED = 0.5;
/** Roles of which a table must have one: the text a row is about. */
const CORE_ROLES: readonly ColumnRole[] = ["criterion", "activity", "programme", "function"];

function columnSet(template: TemplateSpec, part: 1 | 2, specs: ColumnSpec[]): ColumnSet {
  const columns = specs.map((spec) => ({
    spec,
    keys: [spec.header, ...spec.aliases].map(headerKey).filter((k) => k.length > 0),
    group: spec.group ? headerKey(spec.group) : undefined,
    weight: spec.required ? 2 : 1,
  }));
  return { template, part, columns, totalWeight: columns.reduce((s, c) => s + c.weight, 0) };
}

function sameRoles(a: ColumnSpec[], b: ColumnSpec[]): boolean {
  return a.length === b.length && a.every((c, i) => c.role === b[i].role);
}

/** The column sets a search matches headers against, with every key of every set once. */
interface ColumnSets {
  sets: readonly ColumnSet[];
  /** Templates share most of their headers (67 distinct keys of 268). */
  keys: readonly string[];
  openings: KeyOpenings;
  prefixes: KeyPrefixes;
}

/** Column sets by template ("" for all): worked out once, as the templates never change. */
const SETS = new Map<string, ColumnSets>();

function columnSets(options: DetectOptions): ColumnSets {
  const id = options.template ?? "";
  let found = SETS.get(id);
  if (!found) {
    const sets = buildColumnSets(options);
    const keys = [...new Set(sets.flatMap((set) => set.columns.flatMap((c) => c.keys)))];
    found = { sets, keys, openings: new KeyOpenings(keys), prefixes: new KeyPrefixes(keys) };
    SETS.set(id, found);
  }
  return found;
}

function buildColumnSets(options: DetectOptions): ColumnSet[] {
  const templates = options.template ? [TEMPLATES[options.template]] : ALL_TEMPLATES;
  const sets: ColumnSet[] = [];
  for (const t of templates) {
    if (!t) continue;
    sets.push(columnSet(t, 1, t.columns));
    // A part two with the same columns (individual forms) is told apart by its heading instead.
    if (t.partTwo && !sameRoles(t.partTwo.columns, t.columns)) {
      sets.push(columnSet(t, 2, t.partTwo.columns));
    }
  }
  return sets;
}

/** Letters a header cell may add to a known header ("Төсөв, сая төгрөг") and still name it. */
const MAX_ADDED = 40;

/**
 * How well a header text names a column: 1 exact, less for a longer or cut-off text, little
 * for a long cell that merely starts with the name (a data row "Зорилт 4. Нийгмийн …").
 */
function textScore(cell: string, key: string): number {
  if (cell === key) return 1;
  const close = cell.length <= key.length + MAX_ADDED;
  if (key.length >= 4 && cell.startsWith(key)) return close ? 0.85 : 0.3;
  if (cell.length >= 6 && key.startsWith(cell)) return 0.75;
  if (key.length >= 6 && cell.includes(key)) return close ? 0.6 : 0.2;
  return 0;
}

/** A cell names a key when its textScore is at least this. */
const NAMES = 0.6;

/** Whether a cell text names some key: the rule KeyOpenings.mayName shortens. */
export function namesSomeKey(cell: string, keys: readonly string[]): boolean {
  return keys.some((k) => textScore(cell, k) >= NAMES);
}

/** Letters of a key's opening that every text naming it holds. */
const OPENING = 4;
/** Bits of an opening's hash: each of its 4 letters shifted by HASH_SHIFT more than the next. */
const HASH_BITS = 20;
const HASH_SHIFT = HASH_BITS / OPENING;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * A quick test that rules out most cells before namesSomeKey. By textScore a cell names a key
 * only when it equals the key, starts with or contains it (keys of 4 letters or more), or is a
 * prefix of 6 letters or more of it (so opens with its first 4): so it equals a key shorter
 * than 4 letters or holds the first 4 letters of a key. Those openings are kept as hashes in a
 * bit set, so no substring is made; a cell let through by a colliding hash only takes the full
 * test.
 */
export class KeyOpenings {
  private readonly short: readonly string[];
  private readonly bits = new Uint32Array(1 << (HASH_BITS - 5));

  constructor(keys: readonly string[]) {
    this.short = keys.filter((k) => k.length < OPENING);
    for (const k of keys) {
      if (k.length < OPENING) continue;
      let hash = 0;
      for (let i = 0; i < OPENING; i++) hash = rollHash(hash, k.charCodeAt(i));
      this.add(hash);
    }
  }

  /** False only when a cell key names none of the keys. */
  mayName(key: string): boolean {
    if (key.length < OPENING) return this.short.includes(key);
    // The hash after each letter is that of the 4 letters ending there.
    let hash = 0;
    for (let i = 0; i < key.length; i++) {
      hash = rollHash(hash, key.charCodeAt(i));
      if (i >= OPENING - 1 && this.has(hash)) return true;
    }
    return false;
  }

  /**
   * mayName of a plain text's key, read from the text when it is plain Cyrillic (the usual
   * cell) so that the key need not be made; true, for the full test, for any other text.
   */
  keyMayName(text: string): boolean {
    let hash = 0;
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = keyLetter(text.charCodeAt(i));
      if (letter === UNKNOWN) return true;
      if (letter === DROPPED) continue;
      hash = rollHash(hash, letter);
      if (++letters >= OPENING && this.has(hash)) return true;
    }
    return letters < OPENING;
  }

  private add(hash: number): void {
    this.bits[hash >>> 5] |= 1 << (hash & 31);
  }

  private has(hash: number): boolean {
    return (this.bits[hash >>> 5] & (1 << (hash & 31))) !== 0;
  }
}

/**
 * The hash with one more letter. A letter's code moves HASH_SHIFT bits up at each step and
 * falls out of the mask after 4 steps, so the hash is that of the last 4 letters.
 */
function rollHash(hash: number, letter: number): number {
  return ((hash << HASH_SHIFT) ^ letter) & HASH_MASK;
}

/** Keys at least this long may name a cell that holds them anywhere (textScore's includes). */
const LONG_KEY = 6;
/** Bits of a long key's opening hash: each of its 6 letters shifted 3 bits more than the next. */
const WINDOW_SHIFT = 3;
const WINDOW_MASK = (1 << (LONG_KEY * WINDOW_SHIFT)) - 1;

/** The hash of the last LONG_KEY letters with one more letter, as rollHash for 4. */
function rollWindow(hash: number, letter: number): number {
  return ((hash << WINDOW_SHIFT) ^ letter) & WINDOW_MASK;
}

/** A letter of a key in KeyPrefixes: the keys going on from here, and the key ending here. */
interface KeyNode {
  next: Map<number, KeyNode>;
  /** Letters of the key ending here; 0 when none does. */
  ends: number;
}

/**
 * namesSomeKey of a plain-Cyrillic text's offered key, read from the text letter by letter so
 * that the key is not made. By textScore a cell key names a key when one of them opens the
 * other (equal, the cell starts with a key of 4 letters or more and is close, or the cell of 6
 * letters or more starts a key) — walked here along a tree of the keys — or when the cell holds
 * a key of 6 letters or more and is close: only then, told by the hash of a key's first 6
 * letters seen anywhere, is the answer left to the full rule.
 */
export class KeyPrefixes {
  private readonly root: KeyNode = { next: new Map(), ends: 0 };
  private readonly windows = new Uint32Array(1 << (LONG_KEY * WINDOW_SHIFT - 5));

  constructor(keys: readonly string[]) {
    for (const k of keys) {
      let node = this.root;
      let hash = 0;
      for (let i = 0; i < k.length; i++) {
        const letter = k.charCodeAt(i);
        let child = node.next.get(letter);
        if (!child) node.next.set(letter, (child = { next: new Map(), ends: 0 }));
        node = child;
        hash = rollWindow(hash, letter);
        if (i === LONG_KEY - 1) this.windows[hash >>> 5] |= 1 << (hash & 31);
      }
      node.ends = k.length;
    }
  }

  /**
   * Whether the key offeredKey makes of a plain text names some key; undefined, for the full
   * rule, when the text is not plain Cyrillic or may hold a long key past its start.
   */
  offeredKeyNames(text: string): boolean | undefined {
    if (text.length > MAX_HEADER_TEXT) return false;
    let node: KeyNode | undefined = this.root;
    let letters = 0;
    let words = false;
    /** The longest key of 4 letters or more the cell key starts with. */
    let opening = 0;
    let hash = 0;
    let holdsLong = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const letter = keyLetter(code);
      if (letter === UNKNOWN) return undefined;
      if (letter === DROPPED) continue;
      // The letters of plain Cyrillic are the Cyrillic block's: MAY_NAME_COLUMN's test.
      if (code >= 0x400) words = true;
      letters++;
      if (node) {
        node = node.next.get(letter);
        if (node && node.ends >= OPENING) {
          opening = node.ends;
          // The text is close to this key and its key is no longer than it: when the rest is
          // plain too, so that the cell key starts with these letters, it names the key.
          if (words && text.length <= Math.min(opening + MAX_ADDED, MAX_HEADER_KEY)) {
            return plainFrom(text, i + 1) ? true : undefined;
          }
        }
      }
      hash = rollWindow(hash, letter);
      // A long key at the start is the walk's: only one further on is left to the full rule.
      if (letters > LONG_KEY && (this.windows[hash >>> 5] & (1 << (hash & 31))) !== 0) {
        holdsLong = true;
        if (!node) return undefined;
      }
    }
    if (!words || letters > MAX_HEADER_KEY) return false;
    // The cell key is a key, or (6 letters or more) opens one.
    if (node && (node.ends > 0 || letters >= LONG_KEY)) return true;
    if (opening > 0 && letters <= opening + MAX_ADDED) return true;
    return holdsLong ? undefined : false;
  }
}

/** Whether a text is plain Cyrillic from `start` on: its key letters are known there. */
function plainFrom(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    if (keyLetter(text.charCodeAt(i)) === UNKNOWN) return false;
  }
  return true;
}

function evaluate(
  set: ColumnSet,
  header: HeaderColumn[],
  top: number,
  height: number,
): Candidate | null {
  const pairs: { col: number; index: number; score: number }[] = [];
  for (const h of header) {
    set.columns.forEach((c, index) => {
      let score = 0;
      for (const key of c.keys) score = Math.max(score, textScore(h.key, key));
      if (score === 0) return;
      if (c.group && h.group === c.group) score += 0.05;
      pairs.push({ col: h.col, index, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.col - b.col);
  const usedCols = new Map<number, number>();
  const usedSpecs = new Set<number>();
  let recall = 0;
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedSpecs.has(p.index)) continue;
    usedCols.set(p.col, p.index);
    usedSpecs.add(p.index);
    recall += Math.min(1, p.score) * set.columns[p.index].weight;
  }
  const matched = usedSpecs.size;
  if (matched < MIN_COLUMNS) return null;
  const cols = [...usedCols.keys()];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const extras = header.filter((h) => h.col >= first && h.col <= last && !usedCols.has(h.col));
  const precision = matched / (matched + extras.length);
  const r = recall / set.totalWeight;
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [col, index] of usedCols) columns[set.columns[index].spec.role] = col;
  if (!CORE_ROLES.some((role) => columns[role] !== undefined)) return null;
  const required = set.columns.filter((c) => c.spec.required);
  const namedRequired = required.filter((c) => columns[c.spec.role] !== undefined).length;
  if (namedRequired < MIN_REQUIRED * required.length) return null;
  return {
    set,
    top,
    height,
    columns,
    matched,
    score: (2 * precision * r) / (precision + r),
  };
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  if (a.matched !== b.matched) return a.matched > b.matched;
  return false;
}

/** Header texts are short: a longer cell is data. */
const MAX_HEADER_KEY = 120;
/** The longest cell text whose key may be short enough. */
const MAX_HEADER_TEXT = MAX_HEADER_KEY + 40;

/** The key a cell offers as a header text, or "" when it cannot be one (too long, no words). */
function offeredKey(text: string): string {
  if (text.length > MAX_HEADER_TEXT || !MAY_NAME_COLUMN.test(text)) return "";
  const key = plainHeaderKey(text);
  return key.length <= MAX_HEADER_KEY ? key : "";
}

/**
 * Finds header rows. Every row is counted (a header may sit anywhere), but only a row that may
 * start a header keeps its keys: most rows are data, and keeping theirs made garbage.
 */
class HeaderScanner {
  private readonly rowKeys = new Map<number, Map<number, string>>();
  private readonly naming = new Map<string, boolean>();
  /** Cells naming a column, by row - top; -1 until counted. */
  private readonly namingCount: Int32Array;
  private readonly sets: readonly ColumnSet[];

  constructor(
    readonly cells: SheetCells,
    private readonly columns: ColumnSets,
  ) {
    this.sets = columns.sets;
    this.namingCount = new Int32Array(Math.max(0, cells.bottom - cells.top + 1)).fill(-1);
  }

  private keys(row: number): Map<number, string> {
    let keys = this.rowKeys.get(row);
    if (!keys) {
      keys = new Map();
      for (const col of this.cells.filled(row)) {
        const key = offeredKey(this.cells.text(row, col));
        if (key) keys.set(col, key);
      }
      this.rowKeys.set(row, keys);
    }
    return keys;
  }

  private namesColumn(key: string): boolean {
    if (!this.columns.openings.mayName(key)) return false;
    let names = this.naming.get(key);
    if (names === undefined) {
      names = namesSomeKey(key, this.columns.keys);
      this.naming.set(key, names);
    }
    return names;
  }

  private textNamesColumn(text: string): boolean {
    // Most cells are plain Cyrillic data: ruled out, or told, on their text without their key.
    if (text.length > MAX_HEADER_TEXT || !this.columns.openings.keyMayName(text)) return false;
    const names = this.columns.prefixes.offeredKeyNames(text);
    if (names !== undefined) return names;
    const key = offeredKey(text);
    return key !== "" && this.namesColumn(key);
  }

  /** How many cells of a row name some column of some template. */
  private namingCells(row: number): number {
    const index = row - this.cells.top;
    let n = this.namingCount[index];
    if (n < 0) {
      n = 0;
      for (const col of this.cells.filled(row)) {
        if (this.textNamesColumn(this.cells.text(row, col))) n++;
      }
      this.namingCount[index] = n;
    }
    return n;
  }

  /**
   * The texts of a header `height` rows tall starting at `top`. In a two-row header a column's
   * own text is in the lower row and the upper row (often merged across columns) is its group;
   * a column whose cell spans both rows keeps the upper text.
   */
  private headerColumns(top: number, height: number): HeaderColumn[] {
    const cells = this.cells;
    const upperKeys = this.keys(top);
    const lowerKeys = height === 2 ? this.keys(top + 1) : undefined;
    const out: HeaderColumn[] = [];
    for (let col = cells.left; col <= cells.right; col++) {
      const upperMerge = cells.mergeAt(top, col);
      const ownsUpper = !upperMerge || (upperMerge.top === top && upperMerge.left === col);
      const upper = ownsUpper ? upperKeys.get(col) : undefined;
      if (!lowerKeys) {
        if (upper) out.push({ col, key: upper });
        continue;
      }
      const spansBoth = !!upperMerge && upperMerge.bottom > top && ownsUpper;
      const lower = spansBoth ? undefined : lowerKeys.get(col);
      const group =
        upper ??
        (upperMerge && upperMerge.bottom === top ? upperKeys.get(upperMerge.left) : undefined);
      if (lower) out.push({ col, key: lower, group });
      else if (upper) out.push({ col, key: upper });
    }
    return out;
  }

  bestAt(top: number): Candidate | null {
    const cells = this.cells;
    if (top > cells.bottom) return null;
    const here = this.namingCells(top);
    if (here === 0) return null;
    let best: Candidate | null = null;
    for (const height of [1, 2]) {
      if (top + height - 1 > cells.bottom) continue;
      const naming = height === 1 ? here : here + this.namingCells(top + 1);
      if (naming < MIN_COLUMNS) continue;
      const header = this.headerColumns(top, height);
      for (const set of this.sets) {
        const c = evaluate(set, header, top, height);
        if (c && c.score >= MIN_SCORE && better(c, best)) best = c;
      }
    }
    return best;
  }
}

const COLUMN_NUMBER = /^\(?(\d{1,2})\)?\.?$/;

/** The row of column numbers (1 2 3 …, left to right) right under a header, if there is one. */
function columnNumberRow(cells: SheetCells, row: number, first: number, last: number): boolean {
  if (row > cells.bottom) return false;
  const filled = cells.filled(row).filter((col) => col >= first && col <= last);
  if (filled.length < MIN_COLUMNS) return false;
  return filled.every((col, i) => {
    const m = COLUMN_NUMBER.exec(cells.text(row, col));
    return !!m && Number(m[1]) === i + 1;
  });
}

function toMatch(cells: SheetCells, c: Candidate): HeaderMatch {
  const headerBottom = c.top + c.height - 1;
  const cols = Object.values(c.columns) as number[];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const hasNumbers = columnNumberRow(cells, headerBottom + 1, first, last);
  const missing = c.set.columns
    .filter((col) => col.spec.required && c.columns[col.spec.role] === undefined)
    .map((col) => col.spec.role);
  const match: HeaderMatch = {
    template: c.set.template.id,
    headerTop: c.top,
    headerBottom,
    dataTop: headerBottom + (hasNumbers ? 2 : 1),
    columns: c.columns,
    missing,
    score: Math.round(c.score * 1000) / 1000,
    part: c.set.part,
  };
  if (hasNumbers) match.numberRow = headerBottom + 1;
  return match;
}

/**
 * Every table header on a sheet, top to bottom: a sheet may hold the main table and a part-two
 * table. The header may sit on any row, span two rows (a group header over its sub-columns),
 * carry extra columns or list them in another order; the template is the one whose columns the
 * header names best.
 */
export function detectTables(grid: Grid, options: DetectOptions = {}): HeaderMatch[] {
  return tablesIn(sheetCells(grid), options);
}

/** detectTables on an already indexed grid (the reader shares its cell caches). */
export function tablesIn(cells: SheetCells, options: DetectOptions = {}): HeaderMatch[] {
  const scanner = new HeaderScanner(cells, columnSets(options));
  const found: HeaderMatch[] = [];
  let row = cells.top;
  while (row <= cells.bottom) {
    const here = scanner.bestAt(row);
    if (!here) {
      row++;
      continue;
    }
    // A title row above a one-row header pairs with it into an equally good two-row header:
    // a two-row header must do better than the row below it alone.
    const below = scanner.bestAt(row + 1);
    const chosen =
      below && (below.score > here.score || (here.height === 2 && below.score >= here.score))
        ? below
        : here;
    const match = toMatch(cells, chosen);
    found.push(match);
    row = match.dataTop;
  }
  return found;
}

/** The first table header on a sheet, or null when the sheet holds no known table. */
export function detectHeader(grid: Grid, options: DetectOptions = {}): HeaderMatch | null {
  return detectTables(grid, options)[0] ?? null;
}
