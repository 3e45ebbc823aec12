import { valueAt, gridSize, type CellValue, type Grid } from "../grid";
import { parseObjectiveLabel } from "../cells/item-numbers";
import { MAY_NAME_COLUMN, normalizePlain, plainText, shortPlainText } from "../cells/normalize";
import type { PrintedBand } from "./rating-scheme";
import { saysNotDue } from "../cells/marks";

/** A band column of an evaluation summary: its printed level and range, or the not-due column. */
export interface SummaryBandColumn {
  row: number;
  col: number;
  text: string;
  /** The level the band stands for ("70" of "70 /60-69/"), when printed. */
  level: number | null;
  /** The printed range ("60-69"), when printed. */
  range: { min: number; max: number } | null;
  notDue: boolean;
  /** «ХБ», хэрэгжих боломжгүй: measures that cannot be carried out, counted but never rated. */
  notApplicable?: boolean;
}

export interface SummaryRow {
  row: number;
  /** The label as plain text ("Зорилт 1: Төрийн …", or an area, чиглэл). */
  label: string;
  /** The objective number the label names ("1"), when it names one. */
  number?: string;
  /** A total row (Нийт, Бүгд, Дүн). */
  total: boolean;
}

/**
 * An evaluation summary (товчоо) table found on a sheet (DOMAIN section 6): one row per objective
 * (Зорилт), or per area (Чиглэл) as offices publish it on its own.
 */
export interface SummaryTable {
  headerTop: number;
  headerBottom: number;
  columns: { objective: number; objectives?: number; measures: number; percent?: number };
  bands: SummaryBandColumn[];
  rows: SummaryRow[];
}

const NUM = "(\\d+(?:[.,]\\d+)?)";
/** "100 /90-100/", "/60-89/", "70 (60-89)". */
const BAND_WITH_RANGE = new RegExp(
  `^(?:${NUM}\\s*)?[/(]\\s*${NUM}\\s*[-–—]\\s*${NUM}\\s*[/)]$`,
  "u",
);
/** "90-100". */
const BARE_RANGE = new RegExp(`^${NUM}\\s*[-–—]\\s*${NUM}$`, "u");
/** "100", "70", "100%", "70 хувь": a level of a scheme with fixed levels. */
const LEVEL = /^(\d{1,3})\s*(?:%|хувь)?$/u;
const TOTAL = /^(?:нийт|бүгд|дүн)(?:\s|$)/u;
/** «ХБ», «Хэрэгжих боломжгүй»: not applicable. */
const NOT_APPLICABLE = /^(?:хб|х\/б|хэрэгжих\s+боломжгүй)$/iu;

const num = (s: string): number => Number(s.replace(",", "."));

/** A header cell read as a band column, or null when it is not one. */
function readBand(value: CellValue, row: number, col: number): SummaryBandColumn | null {
  const text = plainText(value);
  if (!text) return null;
  const base = { row, col, text };
  if (NOT_APPLICABLE.test(text)) {
    return { ...base, level: null, range: null, notDue: false, notApplicable: true };
  }
  if (saysNotDue(text)) return { ...base, level: null, range: null, notDue: true };
  let m = BAND_WITH_RANGE.exec(text);
  if (m) {
    const level = m[1] !== undefined ? num(m[1]) : null;
    return { ...base, level, range: { min: num(m[2]), max: num(m[3]) }, notDue: false };
  }
  m = BARE_RANGE.exec(text);
  if (m) return { ...base, level: null, range: { min: num(m[1]), max: num(m[2]) }, notDue: false };
  m = LEVEL.exec(text);
  if (m) return { ...base, level: Number(m[1]), range: null, notDue: false };
  return null;
}

/** The measures column's header, made plain, as summaries print it. */
const MEASURES = new Set([
  "арга хэмжээний тоо",
  "нийт арга хэмжээ",
  "нийт арга хэмжээний тоо",
  "төлөвлөсөн арга хэмжээний тоо",
]);

interface HeaderRoles {
  objective?: number;
  objectives?: number;
  measures?: number;
  /** Every «… хувь» column, left to right: one may head band columns instead (see readSummaryTable). */
  percents: number[];
}

/** The headers named here are a few words long; a longer cell is data. */
const MAX_ROLE_TEXT = 60;
/**
 * «Зорилт», or «Чиглэл» with a word before it («Үйл ажиллагааны чиглэл»), with a mark or two
 * around it: the cell a товчоо header cannot do without.
 */
const MAX_OBJECTIVE_TEXT = 30;

/** The letters «Зорилт» and «Чиглэл» open with; no other letter folds to them. */
const ZE_CHE = /[зЗчЧ]/u;

/** «Чиглэл», «Үндсэн чиглэл», «Үйл ажиллагааны чиглэл»: at most two words before it. */
const AREA = /^(?:\p{L}+ ){0,2}чиглэл$/u;

/** The label column's header, made plain: objectives, or areas (чиглэл) in a товчоо on its own. */
const isLabelHeader = (plain: string): boolean => plain === "зорилт" || AREA.test(plain);

/**
 * A cell that may read «Зорилт» or «Чиглэл»: text with a «з» or «ч» (no other letter folds to
 * them) that is short once plain. Most rows have no such cell, and their other cells are never
 * made plain.
 */
export function mayBeObjectiveHeader(value: CellValue): boolean {
  // ZE_CHE, not a pattern written here: a pattern in a function is a new object at every call.
  if (typeof value !== "string" || !ZE_CHE.test(value)) return false;
  const text = shortPlainText(value, MAX_OBJECTIVE_TEXT);
  return text !== null && isLabelHeader(normalizePlain(text));
}

function headerRoles(grid: Grid, row: number, cols: number): HeaderRoles {
  const roles: HeaderRoles = { percents: [] };
  const cells = grid.cells[row - grid.origin.row];
  if (!Array.isArray(cells) || !cells.some(mayBeObjectiveHeader)) return roles;
  const texts: [number, string][] = [];
  for (let c = grid.origin.col; c < grid.origin.col + cols; c++) {
    const text = plainText(valueAt(grid, row, c));
    if (text.length <= MAX_ROLE_TEXT && MAY_NAME_COLUMN.test(text)) texts.push([c, text]);
  }
  for (const [c, text] of texts) {
    const n = normalizePlain(text);
    if (isLabelHeader(n)) roles.objective ??= c;
    else if (n === "зорилтын тоо") roles.objectives ??= c;
    else if (MEASURES.has(n)) roles.measures ??= c;
    else if (/хувь$/u.test(n) && !n.includes("арга хэмжээний тоо")) roles.percents.push(c);
  }
  return roles;
}

const isInteger = (v: CellValue): boolean => /^\d+$/u.test(plainText(v));

/** A row of column numbers (1 2 3 …) printed under the header. */
function isNumberRow(values: CellValue[]): boolean {
  const filled = values.filter((v) => plainText(v) !== "");
  if (filled.length < 3 || !filled.every(isInteger)) return false;
  return filled.every(
    (v, i) => i === 0 || Number(plainText(v)) === Number(plainText(filled[i - 1])) + 1,
  );
}

/**
 * A row's label: the label column's text; empty there, the text to its left (a total row whose
 * «Нийт» is merged across the number and label columns holds it in the number column).
 */
function rowLabel(grid: Grid, row: number, labelCol: number): string {
  for (let c = labelCol; c >= grid.origin.col; c--) {
    const text = plainText(valueAt(grid, row, c));
    if (text !== "") return c === labelCol || TOTAL.test(normalizePlain(text)) ? text : "";
  }
  return "";
}

/**
 * The first evaluation summary (товчоо) on a grid: a header with «Зорилт» (or «Чиглэл») and
 * «Арга хэмжээний тоо», band columns in it or in the row below, then one row per objective while rows hold
 * figures. Null when the grid has none.
 */
export function readSummaryTable(grid: Grid): SummaryTable | null {
  const { rows, cols } = gridSize(grid);
  const top = grid.origin.row;
  for (let r = top; r < top + rows; r++) {
    const roles = headerRoles(grid, r, cols);
    if (roles.objective === undefined || roles.measures === undefined) continue;
    const assigned = new Set([roles.objective, roles.objectives, roles.measures]);
    const bandsIn = (row: number) => {
      const found: SummaryBandColumn[] = [];
      for (let c = grid.origin.col; c < grid.origin.col + cols; c++) {
        if (assigned.has(c)) continue;
        const band = readBand(valueAt(grid, row, c), row, c);
        if (band) found.push(band);
      }
      return found;
    };
    const below = bandsIn(r + 1);
    const subHeader = below.length > 0 && plainText(valueAt(grid, r + 1, roles.objective)) === "";
    // «Хэрэгжилтийн хувь» merged over the band columns heads them: the stated percentages are
    // in a «… хувь» column with no band under it («Дундаж хувь»).
    const percent = roles.percents.find((c) => !(subHeader && below.some((b) => b.col === c)));
    const bands = (subHeader ? below : bandsIn(r)).filter((b) => b.col !== percent);
    const headerBottom = subHeader ? r + 1 : r;
    const columns = {
      objective: roles.objective,
      measures: roles.measures,
    } as SummaryTable["columns"];
    if (roles.objectives !== undefined) columns.objectives = roles.objectives;
    if (percent !== undefined) columns.percent = percent;
    const figureCols = [
      columns.objectives,
      columns.measures,
      columns.percent,
      ...bands.map((b) => b.col),
    ];
    const dataRows: SummaryRow[] = [];
    for (let d = headerBottom + 1; d < top + rows; d++) {
      const values = (grid.cells[d - top] ?? []) as CellValue[];
      if (dataRows.length === 0 && isNumberRow(values)) continue;
      const hasFigure = figureCols.some(
        (c) => c !== undefined && plainText(valueAt(grid, d, c)) !== "",
      );
      if (!hasFigure) break;
      const label = rowLabel(grid, d, roles.objective);
      const parsed = parseObjectiveLabel(label);
      const row: SummaryRow = { row: d, label, total: TOTAL.test(normalizePlain(label)) };
      if (parsed && parsed.kind !== "goal" && parsed.number) row.number = parsed.number;
      dataRows.push(row);
    }
    return { headerTop: r, headerBottom, columns, bands, rows: dataRows };
  }
  return null;
}

/** The band columns that print a range, as bands to validate and count by. */
export function printedBands(table: SummaryTable): PrintedBand[] {
  return table.bands.flatMap((b) =>
    b.range && !b.notDue
      ? [{ label: b.text, min: b.range.min, max: b.range.max, row: b.row, col: b.col }]
      : [],
  );
}
