import type { Grid, Merge } from "../grid";
import { ALL_TEMPLATES, TEMPLATES } from "../templates";
import type { ColumnRole, ColumnSpec, TemplateId, TemplateSpec } from "../templates/spec";
import { sheetCells, type SheetCells } from "./cells";
import type { HeaderMatch } from "./model";
import { chooseKind } from "./kind";
import { parseItemNumber } from "../cells/item-numbers";
import { reportedIn, titleAbove, yearIn, type ReportPeriod, type ReportedPeriod } from "./title";
import { MAY_NAME_COLUMN, headerKey, normalizeHeader, plainHeaderKey } from "../cells/normalize";

export interface DetectOptions {
  /** Only look for this template's table. */
  template?: TemplateId;
  /** Of targets given per year, the year reported (else the title's year, else the last). */
  year?: number;
  /** Of targets given per half-year and year, the period reported (else the title's, else the year). */
  period?: ReportPeriod;
}

/** One column set a header can be matched against: a template's main table or its part two. */
interface ColumnSet {
  template: TemplateSpec;
  part: 1 | 2;
  columns: {
    spec: ColumnSpec;
    keys: string[];
    /** Where each of `keys` is in its ColumnSets' `keys`. */
    keyAt: number[];
    group?: string;
    weight: number;
  }[];
  totalWeight: number;
}

/** What a header column offers for matching: its own text and the group text above it. */
interface HeaderColumn {
  col: number;
  key: string;
  /** textScore of `key` against each key of the column sets (ColumnSets' `keys`). */
  scores: Float64Array;
  group?: string;
}

interface Candidate {
  set: ColumnSet;
  top: number;
  height: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** How well the header names each column (textScore, with the group's bonus). */
  named: Partial<Record<ColumnRole, number>>;
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
  const printed = specs.map((spec) => ({ spec, weight: spec.required ? 2 : 1 }));
  // A recognised column is matched (not an extra against the header) but adds nothing to recall.
  const recognised = (template.recognised ?? []).map((spec) => ({ spec, weight: 0 }));
  const columns = [...printed, ...recognised].map(({ spec, weight }) => ({
    spec,
    keys: [spec.header, ...spec.aliases].map(headerKey).filter((k) => k.length > 0),
    keyAt: [],
    group: spec.group ? headerKey(spec.group) : undefined,
    weight,
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
  /**
   * The key a cell text offers (offeredKey, by text), whether a key names some column, and a
   * key's textScore against each key: told once for every sheet read (an office's reports, the
   * offices of a consolidation, repeat their headers and much of their text), up to TEXTS_KEPT
   * texts each. A row looked at as a header has had its texts' keys made for namingCells.
   */
  offered: Map<string, string>;
  naming: Map<string, boolean>;
  scores: Map<string, Float64Array>;
}

/** How many texts ColumnSets keep what they were told of; then they start again. */
const TEXTS_KEPT = 20_000;

/** Keeps `value` for `key` in `map`, the map emptied first when it is full. */
function keep<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= TEXTS_KEPT) map.clear();
  map.set(key, value);
  return value;
}

/** Column sets by template ("" for all): worked out once, as the templates never change. */
const SETS = new Map<string, ColumnSets>();

function columnSets(options: DetectOptions): ColumnSets {
  const id = options.template ?? "";
  let found = SETS.get(id);
  if (!found) {
    const sets = buildColumnSets(options);
    const keys = [...new Set(sets.flatMap((set) => set.columns.flatMap((c) => c.keys)))];
    for (const c of sets.flatMap((set) => set.columns))
      c.keyAt = c.keys.map((k) => keys.indexOf(k));
    found = { sets, keys, offered: new Map(), naming: new Map(), scores: new Map() };
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

/** textScore of a cell that starts with a name, a few letters added. */
const STARTS_WITH = 0.85;

/**
 * How well a header text names a column: 1 exact, less for a longer or cut-off text, little
 * for a long cell that merely starts with the name (a data row "Зорилт 4. Нийгмийн …").
 */
function textScore(cell: string, key: string): number {
  if (cell === key) return 1;
  const close = cell.length <= key.length + MAX_ADDED;
  if (key.length >= 4 && cell.startsWith(key)) return close ? STARTS_WITH : 0.3;
  if (cell.length >= 6 && key.startsWith(cell)) return 0.75;
  if (key.length >= 6 && cell.includes(key)) return close ? 0.6 : 0.2;
  return 0;
}

/** A cell names a key when its textScore is at least this. */
const NAMES = 0.6;

/** textScore of a header key against each of `keys`. */
function scoreAgainst(key: string, keys: readonly string[]): Float64Array {
  const scores = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) scores[i] = textScore(key, keys[i]);
  return scores;
}

/** Whether a cell's key names some key. */
function namesSomeKey(cell: string, keys: readonly string[]): boolean {
  return keys.some((k) => textScore(cell, k) >= NAMES);
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
      for (const at of c.keyAt) score = Math.max(score, h.scores[at]);
      if (score === 0 || (c.spec.namedFirst && score < STARTS_WITH)) return;
      if (c.group && h.group === c.group) score += 0.05;
      pairs.push({ col: h.col, index, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.col - b.col);
  const usedCols = new Map<number, number>();
  const usedSpecs = new Set<number>();
  const named: Partial<Record<ColumnRole, number>> = {};
  let recall = 0;
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedSpecs.has(p.index)) continue;
    usedCols.set(p.col, p.index);
    usedSpecs.add(p.index);
    named[set.columns[p.index].spec.role] = p.score;
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
    named,
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

/** «%» or «(%)» alone heads a percentage column, as «Хувь» does ("Гүйцэтгэл | %"). */
const PERCENT_SIGN = /^\(?\s*%\s*\)?$/;
const PERCENT_KEY = headerKey("Хувь");

/** The key a cell offers as a header text, or "" when it cannot be one (too long, no words). */
function offeredKey(text: string): string {
  if (PERCENT_SIGN.test(text)) return PERCENT_KEY;
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
        // A paragraph offers no key: not made plain.
        const text = this.cells.shortText(row, col, MAX_HEADER_TEXT);
        const key = text === null ? "" : this.offered(text);
        if (key) keys.set(col, key);
      }
      this.rowKeys.set(row, keys);
    }
    return keys;
  }

  /** The key a cell text offers (ColumnSets keep it by text). */
  private offered(text: string): string {
    const { offered } = this.columns;
    return offered.get(text) ?? keep(offered, text, offeredKey(text));
  }

  /** Whether a cell names some column (ColumnSets keep the answer by key). */
  private namesColumn(row: number, col: number): boolean {
    // A paragraph is no header: told without making it plain, and not kept.
    const text = this.cells.shortText(row, col, MAX_HEADER_TEXT);
    if (text === null) return false;
    const key = this.offered(text);
    if (key === "") return false;
    const { naming, keys } = this.columns;
    return naming.get(key) ?? keep(naming, key, namesSomeKey(key, keys));
  }

  /** A header key's textScore against every key (ColumnSets keep them by key). */
  private scoresOf(key: string): Float64Array {
    const { scores, keys } = this.columns;
    return scores.get(key) ?? keep(scores, key, scoreAgainst(key, keys));
  }

  /** How many cells of a row name some column of some template. */
  private namingCells(row: number): number {
    const index = row - this.cells.top;
    let n = this.namingCount[index];
    if (n < 0) {
      n = 0;
      for (const col of this.cells.filled(row)) {
        if (this.namesColumn(row, col)) n++;
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
        if (upper) out.push({ col, key: upper, scores: this.scoresOf(upper) });
        continue;
      }
      const spansBoth = !!upperMerge && upperMerge.bottom > top && ownsUpper;
      const lower = spansBoth ? undefined : lowerKeys.get(col);
      const group =
        upper ??
        (upperMerge && upperMerge.bottom === top ? upperKeys.get(upperMerge.left) : undefined);
      const lowerScores = lower ? this.scoresOf(lower) : undefined;
      // «Гүйцэтгэл» over «Тоо» | «Хувь»: a sub-column whose own word names no column («Тоо»)
      // under a group it opens is the group's column; «Хувь» beside it names its own.
      const own = lowerScores && !(upper && lowerScores.every((s) => s < NAMES));
      if (lower && lowerScores && own) out.push({ col, key: lower, scores: lowerScores, group });
      else if (upper) out.push({ col, key: upper, scores: this.scoresOf(upper) });
    }
    return out;
  }

  /** Every kind a header of this height at this row reads as well enough. */
  candidatesAt(top: number, height: number): Candidate[] {
    const header = this.headerColumns(top, height);
    const out: Candidate[] = [];
    for (const set of this.sets) {
      const c = evaluate(set, header, top, height);
      if (c && c.score >= MIN_SCORE) out.push(c);
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

/**
 * The row of column numbers right under a header, if there is one: every cell a column's number
 * ("1", "(2)", "3."), each once, 1 among them. In order as the template numbers its columns
 * (1 2 3 …), or not where a person moved or deleted a column and kept the numbers (1 2 4 3 5 …,
 * 1 2 3 5 6 …): a data row holds some text, and no number twice in every cell.
 */
function columnNumberRow(cells: SheetCells, row: number, first: number, last: number): boolean {
  if (row > cells.bottom) return false;
  const filled = cells.filled(row).filter((col) => col >= first && col <= last);
  if (filled.length < MIN_COLUMNS) return false;
  const numbers = new Set<number>();
  for (const col of filled) {
    const m = COLUMN_NUMBER.exec(cells.text(row, col));
    const n = m ? Number(m[1]) : 0;
    if (n === 0 || numbers.has(n)) return false;
    numbers.add(n);
  }
  return numbers.has(1);
}

/** Data rows looked at for a number column whose header is blank. */
const NUMBER_LOOKAHEAD = 40;
/** Item numbers ("1.1.", "2") a column needs below a blank header to be the number column. */
const MIN_ITEM_NUMBERS = 2;

/**
 * The number column of a header that does not name it (the «Д/д» cell left blank): the nearest
 * column left of the table's first named column, with nothing in its header cells, whose cells
 * below hold item numbers. A column between whose header no template knows («Стратеги зорилт»)
 * is passed over.
 */
function unnamedNumberColumn(cells: SheetCells, c: Candidate): number | undefined {
  const first = Math.min(...(Object.values(c.columns) as number[]));
  const headerBottom = c.top + c.height - 1;
  for (let col = first - 1; col >= cells.left; col--) {
    if (cells.text(c.top, col) !== "" || cells.text(headerBottom, col) !== "") continue;
    let numbers = 0;
    const last = Math.min(cells.bottom, headerBottom + NUMBER_LOOKAHEAD);
    for (let row = headerBottom + 1; row <= last && numbers < MIN_ITEM_NUMBERS; row++) {
      if (parseItemNumber(cells.text(row, col))) numbers++;
    }
    if (numbers >= MIN_ITEM_NUMBERS) return col;
  }
  return undefined;
}

/**
 * A header repeated after a page break, its «Д/д» cell left blank as above: the number column
 * is the one the table above found under its own blank cell (too few item numbers may follow
 * the break to tell it again).
 */
function withNumberAbove(cells: SheetCells, match: HeaderMatch, above: HeaderMatch[]): HeaderMatch {
  const prev = above[above.length - 1];
  const col = prev?.columns.number;
  if (match.columns.number !== undefined || col === undefined) return match;
  if (prev.template !== match.template || prev.part !== match.part) return match;
  for (let row = match.headerTop; row <= match.headerBottom; row++) {
    if (cells.text(row, col) !== "") return match;
  }
  return {
    ...match,
    columns: { number: col, ...match.columns },
    missing: match.missing.filter((role) => role !== "number"),
  };
}

/**
 * «Хүрсэн түвшин буюу гүйцэтгэлийн хувь»: one column for the level reached and its percentage.
 * The table then lacks no percentage column; the percentage is computed from the levels.
 */
function achievedHoldsPercent(cells: SheetCells, c: Candidate, headerBottom: number): boolean {
  const col = c.columns.achieved;
  if (col === undefined) return false;
  for (let row = c.top; row <= headerBottom; row++) {
    if (/хувь/u.test(headerKey(cells.text(row, col)))) return true;
  }
  return false;
}

function toMatch(cells: SheetCells, c: Candidate): HeaderMatch {
  const headerBottom = c.top + c.height - 1;
  const numberSpec = c.set.columns.some((col) => col.spec.role === "number");
  if (numberSpec && c.columns.number === undefined) {
    const col = unnamedNumberColumn(cells, c);
    if (col !== undefined) c.columns = { number: col, ...c.columns };
  }
  const cols = Object.values(c.columns) as number[];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const hasNumbers = columnNumberRow(cells, headerBottom + 1, first, last);
  const combined = achievedHoldsPercent(cells, c, headerBottom);
  const missing = c.set.columns
    .filter((col) => col.spec.required && c.columns[col.spec.role] === undefined)
    .map((col) => col.spec.role)
    .filter((role) => !(combined && role === "fulfilment"));
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
  if (combined && c.columns.fulfilment === undefined) match.achievedHoldsPercent = true;
  return match;
}

/** The kind of the first table, among the part-one column sets its header fits. */
function firstKind(cells: SheetCells, scanner: HeaderScanner, at: Candidate) {
  // A part-two header keeps its own reading; only the kind of a main table is chosen.
  if (at.set.part === 2) return null;
  const fits = scanner
    .candidatesAt(at.top, at.height)
    .filter((c) => c.set.part === 1)
    .map((c) => ({
      candidate: c,
      template: c.set.template.id,
      score: c.score,
      named: c.set.columns
        .filter((col) => c.columns[col.spec.role] !== undefined && col.weight > 0)
        .map((col) => col.spec.header),
      roles: Object.keys(c.columns),
      naming: c.named,
      complete: c.set.columns.every(
        (col) => !col.spec.required || c.columns[col.spec.role] !== undefined,
      ),
    }));
  const title = titleAbove(cells, at.top);
  const choice = chooseKind(fits, title ? cells.text(title.row, title.col) : undefined);
  return choice ? { ...choice, chosen: choice.chosen.candidate } : null;
}

/** A year written as a column's header ("2023", "2024 он"). */
const YEAR_HEADER = /^((?:19|20)\d\d)(?:\s*он)?$/i;

/** A year a level column is given for, and the column. */
type ColumnYear = { year: number; col: number };

/**
 * Targets given per year, in either way offices write them: «Хүрэх түвшин» over «2023»,
 * «2024» (a year row under the group), or a header of its own for each year, «2026 оны
 * зорилт», «2027 оны зорилт». The year reported is the one asked for (`year`) where the table
 * has it, else the title's, else the last; it is the target column, the others are kept in
 * targetYears (not checked).
 */
function withTargetYears(cells: SheetCells, match: HeaderMatch, said: YearSaid): HeaderMatch {
  const grouped = yearsUnderGroup(cells, match);
  const years = grouped?.years ?? yearsNamedLike(cells, match, match.columns.target);
  if (!years) return match;
  const chosen = yearAmong(years, said) ?? years[years.length - 1];
  const out: HeaderMatch = {
    ...match,
    columns: { ...match.columns, target: chosen.col },
    targetYear: chosen.year,
    targetYears: years,
  };
  // The year row is the header's last.
  if (grouped) headerDownTo(cells, out, grouped.yearRow);
  return out;
}

/** What a year's level is headed by: «2024 оны гүйцэтгэл», the year's performance. */
const YEAR_PERFORMANCE = headerKey("оны гүйцэтгэл");

/**
 * Levels named by year («2023 оны гүйцэтгэл», «2024 оны гүйцэтгэл»): the year tells the role.
 * The year reported (the one asked for, else the title's; in a report without either, the
 * last) is the level reached, where the form has one; the latest year before it is the
 * baseline. Read by their words alone, last year's level would be taken for this year's.
 */
function withLevelYears(cells: SheetCells, match: HeaderMatch, said: YearSaid): HeaderMatch {
  const named = yearNamedColumns(cells, match).filter((y) => y.shape === YEAR_PERFORMANCE);
  if (named.length === 0) return match;
  // The roles of the columns the header was matched against (part two's, for part two).
  const spec = TEMPLATES[match.template];
  const form = (match.part === 2 && spec.partTwo?.columns) || spec.columns;
  const has = (role: ColumnRole) => form.some((c) => c.role === role);
  // A year asked for that the table does not have reads as without it (as for targets); a
  // report without any year said is the last year's.
  const asked = named.some((y) => y.year === said.asked) ? said.asked : undefined;
  const reports = has("achieved");
  const reported = reports
    ? (asked ?? said.title ?? named[named.length - 1].year)
    : (said.asked ?? said.title);
  const current = reports ? named.find((y) => y.year === reported) : undefined;
  const earlier = named.filter((y) => reported === undefined || y.year < reported).pop();
  const before = has("baseline") ? earlier : undefined;
  const columns = { ...match.columns };
  const namedCols = new Set(named.map((y) => y.col));
  const roles: ColumnRole[] = ["baseline", "achieved"];
  // A role read from a year-named column is read again by its year.
  for (const role of roles) {
    const col = columns[role];
    if (col !== undefined && namedCols.has(col)) delete columns[role];
  }
  if (current) columns.achieved ??= current.col;
  if (before) columns.baseline ??= before.col;
  const lost = roles.filter((r) => match.columns[r] !== undefined && columns[r] === undefined);
  const missing = [...match.missing.filter((r) => columns[r] === undefined), ...lost];
  const out: HeaderMatch = { ...match, columns, missing };
  if (current && named.length > 1) {
    out.achievedYear = current.year;
    out.achievedYears = named.map(({ year: y, col }) => ({ year: y, col }));
  }
  return out;
}

/** The year a table is read for: the one asked for (`--year`, the pane's choice), the title's. */
interface YearSaid {
  asked?: number;
  title?: number;
}

/** The year and period the title above a header names, each where it names one. */
function titleReported(cells: SheetCells, match: HeaderMatch): ReportedPeriod {
  const title = titleAbove(cells, match.headerTop);
  return title ? reportedIn(cells.text(title.row, title.col)) : {};
}

/**
 * Of the years a table gives its levels for, the one reported: the one asked for where the
 * table has it, else the title's where it has that (the caller's default otherwise).
 */
function yearAmong<Y extends ColumnYear>(years: readonly Y[], said: YearSaid): Y | undefined {
  return years.find((y) => y.year === said.asked) ?? years.find((y) => y.year === said.title);
}

/**
 * The merge over a column's header that spans its sub-columns («Хүрэх түвшин» over them); the
 * target's unless `role` says which.
 */
function groupOver(
  cells: SheetCells,
  match: HeaderMatch,
  role: "target" | "achieved" | "timeline" = "target",
): Merge | undefined {
  const col = match.columns[role];
  if (col === undefined) return undefined;
  return [match.headerTop, match.headerBottom]
    .map((row) => cells.mergeAt(row, col))
    .find((m) => m && m.left === col && m.right > m.left && m.bottom < cells.bottom);
}

/** «Хүрэх түвшин» merged over a row of years, one a column: the years and that row. */
function yearsUnderGroup(
  cells: SheetCells,
  match: HeaderMatch,
): { years: ColumnYear[]; yearRow: number } | null {
  const group = groupOver(cells, match);
  if (!group) return null;
  const yearRow = group.bottom + 1;
  const years: ColumnYear[] = [];
  for (let c = group.left; c <= group.right; c++) {
    const m = YEAR_HEADER.exec(cells.text(yearRow, c));
    if (!m) return null;
    years.push({ year: Number(m[1]), col: c });
  }
  return { years, yearRow };
}

/** A first half-year's target: «Хагас жил», «Эхний хагас жил», «I хагас жил», «1-р хагас жилд». */
const FIRST_HALF = /^(?:эхний |[iі1] |1 р )?хагас жил\p{L}*$/u;
/**
 * The year's target, at its end: «Жилийн эцэс», «Жилээр», «Бүтэн жил», or the second half-year's
 * («Сүүлийн хагас жил», «II хагас жил»), which part two of the organisation plan reads so.
 */
const YEAR_END =
  /^(?:жил\p{L}*(?: эц\p{L}*)?|бүтэн жил\p{L}*|(?:сүүлийн |ii |іі |2 р )хагас жил\p{L}*)$/u;

/** The period a sub-column of targets names, by its header's words. */
function periodNamed(text: string): ReportPeriod | undefined {
  const words = normalizeHeader(text);
  return FIRST_HALF.test(words) ? "half" : YEAR_END.test(words) ? "year" : undefined;
}

/**
 * «Зорилтот түвшин» (or `role`'s header) merged over «Хагас жил» and «Жилийн эцэс»: the first
 * half-year's column, the year's, and the row naming them; null unless the group holds just those two.
 */
function periodsUnderGroup(
  cells: SheetCells,
  match: HeaderMatch,
  role: "target" | "achieved" = "target",
): { half: number; year: number; periodRow: number } | null {
  const group = groupOver(cells, match, role);
  if (!group || group.right !== group.left + 1) return null;
  const periodRow = group.bottom + 1;
  const [first, second] = [group.left, group.right].map((c) =>
    periodNamed(cells.text(periodRow, c)),
  );
  if (first === second || !first || !second) return null;
  return first === "half"
    ? { half: group.left, year: group.right, periodRow }
    : { half: group.right, year: group.left, periodRow };
}

/** A quarter's sub-column, its header made plain: «III», «3-р улирал», «IV улиралд», «3». */
const QUARTER = /^(i{1,3}|і{1,3}|[iі][vү]|[1-4])(?: (?:р|дүгээр|дугаар))?(?: улир\p{L}*)?$/u;

/** The quarter a sub-column names, its header made plain, or 0. */
function quarterNamed(words: string): number {
  const m = QUARTER.exec(words);
  if (!m) return 0;
  return /^\d$/u.test(m[1]) ? Number(m[1]) : /[vү]$/u.test(m[1]) ? 4 : m[1].length;
}

/**
 * «Зорилтот түвшин» merged over «I» | «II» | «III» | «IV» улирал: each the level to reach by the
 * quarter's end, so the second quarter's is the half-year's and the fourth's the year's
 * (the first and third are kept, not read). Null unless the group holds the four in order.
 */
function quartersUnderGroup(
  cells: SheetCells,
  match: HeaderMatch,
): { half: number; year: number; periodRow: number; quarters: number[] } | null {
  const group = groupOver(cells, match);
  if (!group || group.right !== group.left + 3) return null;
  const periodRow = group.bottom + 1;
  const quarters = [0, 1, 2, 3].map((q) => group.left + q);
  for (const [q, col] of quarters.entries()) {
    if (quarterNamed(normalizeHeader(cells.text(periodRow, col))) !== q + 1) return null;
  }
  return { half: quarters[1], year: quarters[3], periodRow, quarters };
}

/**
 * Targets given per half-year and for the year. Under one «Зорилтот түвшин» (part one), the
 * year's column is the target and the half-year's is kept beside it as part two keeps
 * «Эхний хагас жил»; the target reported is the period's (`period`: asked, else the title's,
 * else the year's).
 */
function withTargetPeriods(
  cells: SheetCells,
  match: HeaderMatch,
  period: ReportPeriod | undefined,
): HeaderMatch {
  const open = match.columns["target-h1"] === undefined;
  const periods = open ? periodsUnderGroup(cells, match) : null;
  const quarters = open && !periods ? quartersUnderGroup(cells, match) : null;
  const grouped = periods ?? quarters;
  const out: HeaderMatch = { ...match };
  if (grouped) {
    out.columns = { ...match.columns, target: grouped.year, "target-h1": grouped.half };
    if (quarters) out.targetQuarters = quarters.quarters;
    headerDownTo(cells, out, grouped.periodRow);
  }
  if (out.columns["target-h1"] === undefined) return match;
  out.targetPeriod = period ?? "year";
  return out;
}

/**
 * The levels reached given per half-year and for the year under one «Хүрсэн түвшин»: the
 * period's column is the level reached (`period`: asked, else the title's, else the year's);
 * the other is kept as it stands, as a year-end report keeps the half-year's levels beside its own.
 */
function withAchievedPeriods(
  cells: SheetCells,
  match: HeaderMatch,
  period: ReportPeriod | undefined,
): HeaderMatch {
  const grouped = periodsUnderGroup(cells, match, "achieved");
  if (!grouped) return match;
  const out: HeaderMatch = { ...match };
  out.achievedPeriod = period ?? "year";
  out.achievedPeriodColumns = { half: grouped.half, year: grouped.year };
  out.columns = {
    ...match.columns,
    achieved: out.achievedPeriod === "half" ? grouped.half : grouped.year,
  };
  headerDownTo(cells, out, grouped.periodRow);
  return out;
}

/** A month's sub-column of a timeline, its header made plain: «1» … «12», «3 сар», «10-р сар». */
const MONTH = /^(?:[1-9]|1[0-2])(?:(?: (?:р|дүгээр|дугаар))? сар\p{L}*)?$/u;

/**
 * «Хугацаа» merged over «I» | «II» | «III» | «IV» (or the months), a mark under each period the
 * work falls in: the periods' columns, the timeline read across them (a row without a mark
 * under the first has its timeline all the same).
 */
function withTimelinePeriods(cells: SheetCells, match: HeaderMatch): HeaderMatch {
  const group = groupOver(cells, match, "timeline");
  if (!group) return match;
  const row = group.bottom + 1;
  const periods: number[] = [];
  for (let col = group.left; col <= group.right; col++) {
    const words = normalizeHeader(cells.text(row, col));
    if (quarterNamed(words) === 0 && !MONTH.test(words)) return match;
    periods.push(col);
  }
  const out: HeaderMatch = { ...match, timelinePeriods: periods };
  headerDownTo(cells, out, row);
  return out;
}

/** The header made to end at `row` (a row of years or periods under a group), its data after. */
function headerDownTo(cells: SheetCells, match: HeaderMatch, row: number): void {
  const cols = Object.values(match.columns) as number[];
  const hasNumbers = columnNumberRow(cells, row + 1, Math.min(...cols), Math.max(...cols));
  match.headerBottom = row;
  match.dataTop = row + (hasNumbers ? 2 : 1);
  delete match.numberRow;
  if (hasNumbers) match.numberRow = row + 1;
}

/** A header column naming a year: the year, its column, and the header's words without it. */
type YearNamed = ColumnYear & { shape: string };

/** The header's columns that name a year ("2026 оны зорилт"), left to right. */
function yearNamedColumns(cells: SheetCells, match: HeaderMatch): YearNamed[] {
  const columns = new Set<number>();
  for (let row = match.headerTop; row <= match.headerBottom; row++) {
    for (const c of cells.filled(row)) columns.add(c);
  }
  const named: YearNamed[] = [];
  for (const col of [...columns].sort((a, b) => a - b)) {
    for (let row = match.headerTop; row <= match.headerBottom; row++) {
      const text = cells.text(row, col);
      const year = yearIn(text);
      if (year === undefined) continue;
      named.push({ year, col, shape: headerKey(text.replace(String(year), "")) });
      break;
    }
  }
  return named;
}

/**
 * The header of column `col` names a year ("2026 оны зорилт") and other headers say the same of
 * other years: each year's column, left to right; null unless there are two at least.
 */
function yearsNamedLike(
  cells: SheetCells,
  match: HeaderMatch,
  col: number | undefined,
): ColumnYear[] | null {
  if (col === undefined) return null;
  const named = yearNamedColumns(cells, match);
  const own = named.find((y) => y.col === col);
  const years = own ? named.filter((y) => y.shape === own.shape) : [];
  return years.length > 1 ? years.map(({ year, col: c }) => ({ year, col: c })) : null;
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
  let period: ReportPeriod | undefined;
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
    // The first table's kind is told by its title and its columns together (only among the
    // kind asked for, when one is: the reason is then the same as when it was found).
    const kind = found.length === 0 ? firstKind(cells, scanner, chosen) : null;
    const read = withNumberAbove(cells, toMatch(cells, kind?.chosen ?? chosen), found);
    const reported = titleReported(cells, read);
    const said: YearSaid = { asked: options.year, title: reported.year };
    // The period is the document's: its first title says it for a part two below.
    if (found.length === 0) period = options.period ?? reported.period;
    const byYear = withLevelYears(cells, withTargetYears(cells, read, said), said);
    const byPeriod = withAchievedPeriods(cells, withTargetPeriods(cells, byYear, period), period);
    const match = withTimelinePeriods(cells, byPeriod);
    if (kind) {
      match.why = kind.why;
      if (kind.alternatives.length > 0) match.alternatives = kind.alternatives;
    }
    found.push(match);
    row = match.dataTop;
  }
  return found;
}

/** The first table header on a sheet, or null when the sheet holds no known table. */
export function detectHeader(grid: Grid, options: DetectOptions = {}): HeaderMatch | null {
  return detectTables(grid, options)[0] ?? null;
}
