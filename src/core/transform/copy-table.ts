import type { CellValue, Grid, Merge } from "../grid";
import { valueAt } from "../grid";
import { toLayout, type BodyRow, type LayoutColumn, type TableBody } from "../templates/layout";
import type { ColumnRole, ColumnSpec } from "../templates/spec";
import {
  extent,
  headerKey,
  isItemNumber,
  isNumberRow,
  mergeCovering,
  rowCells,
  textAt,
} from "./table-scan";

/** Words that open the blocks around a table: a table's rows end where one of them appears. */
const BLOCK_OPENERS = [
  "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх",
  "ТАЙЛАН БИЧСЭН",
  "ХЯНАН БАТАЛГААЖУУЛСАН",
  "ТӨЛӨВЛӨГӨӨ БОЛОВСРУУЛСАН",
  "Төлөвлөгөө баталсан",
  "Төлөвлөгөөг боловсруулсан",
  "Үнэлгээг баталгаажуулсан",
  "Биелэлт нэгтгэсэн",
].map(headerKey);

/** True when the row opens part two, a signature or an approval block. */
function opensBlock(grid: Grid, row: number): boolean {
  const first = rowCells(grid, row)[0];
  if (!first) return false;
  const key = headerKey(first.text);
  return BLOCK_OPENERS.some((k) => key.startsWith(k));
}

/** The first row at or after `from` that opens another block, or the row after the grid. */
export function tableEnd(grid: Grid, from: number): number {
  const { bottom } = extent(grid);
  for (let r = from; r <= bottom; r++) if (opensBlock(grid, r)) return r;
  return bottom + 1;
}

/** The roles a header found, with their columns (roles given as undefined left out). */
function roleEntries(roles: Partial<Record<ColumnRole, number>>): [ColumnRole, number][] {
  return (Object.entries(roles) as [ColumnRole, number | undefined][]).filter(
    (e): e is [ColumnRole, number] => typeof e[1] === "number",
  );
}

/** Where a plan column goes in the new table. */
export interface ColumnPlacement {
  columns: LayoutColumn[];
  /** Plan sheet column → column of the new table. */
  target: Map<number, number>;
}

/**
 * The new table's columns: the template's, then every plan column the template has no place
 * for (kept with its own header so that no plan text is lost).
 */
export function placeColumns(
  grid: Grid,
  planRoles: Partial<Record<ColumnRole, number>>,
  templateColumns: readonly ColumnSpec[],
  planColumns: readonly ColumnSpec[],
  header: { top: number; dataTop: number },
  rows: { top: number; bottom: number },
): ColumnPlacement {
  const columns: LayoutColumn[] = toLayout(templateColumns);
  const target = new Map<number, number>();
  const roleOf = new Map<number, ColumnRole>();
  for (const [role, col] of roleEntries(planRoles)) roleOf.set(col, role);
  const { left, right } = extent(grid);
  for (let c = left; c <= right; c++) {
    const role = roleOf.get(c);
    const at = role ? templateColumns.findIndex((x) => x.role === role) : -1;
    if (at >= 0) {
      target.set(c, at);
      continue;
    }
    let used = false;
    for (let r = rows.top; r <= rows.bottom && !used; r++) used = textAt(grid, r, c) !== "";
    const typed: string[] = [];
    for (let r = header.top; r < header.dataTop; r++) {
      const t = textAt(grid, r, c);
      if (t !== "" && !(isNumberRow(grid, r) && /^\d+$/.test(t))) typed.push(t);
    }
    if (!used && typed.length === 0) continue;
    const spec = role ? planColumns.find((x) => x.role === role) : undefined;
    target.set(c, columns.length);
    columns.push(
      spec ? { ...toLayout([spec])[0], group: undefined } : { header: typed.join(" "), width: 16 },
    );
  }
  return { columns, target };
}

/**
 * A heading row: one text cell that is not an item number and not in a level column
 * ("Стратегийн төлөвлөгөөний зорилго 1: …", "Зорилт 6.1. …", "Нэг. …").
 */
function isSectionRow(grid: Grid, row: number, levelColumns: Set<number>): string | undefined {
  const cells = rowCells(grid, row);
  if (cells.length !== 1) return undefined;
  const only = cells[0];
  if (levelColumns.has(only.col) || typeof valueAt(grid, row, only.col) !== "string") {
    return undefined;
  }
  return isItemNumber(only.text) ? undefined : only.text;
}

const SECTION_FREE_ROLES: readonly ColumnRole[] = ["number", "activity", "programme", "objective"];

/**
 * Copies rows `top`..`bottom` of a plan into a table laid out by `placement`: headings stay
 * headings, values keep their column, and merges that still cover adjacent columns are kept.
 * Empty rows are dropped unless a merge runs through them.
 */
export function copyRows(
  grid: Grid,
  planRoles: Partial<Record<ColumnRole, number>>,
  placement: ColumnPlacement,
  top: number,
  bottom: number,
): TableBody {
  const levelColumns = new Set<number>();
  for (const [role, col] of roleEntries(planRoles)) {
    if (!SECTION_FREE_ROLES.includes(role)) levelColumns.add(col);
  }
  const width = placement.columns.length;
  const rows: BodyRow[] = [];
  const rowOf = new Map<number, number>();
  const sections = new Set<number>();
  const { left, right } = extent(grid);
  for (let r = top; r <= bottom; r++) {
    const cells = rowCells(grid, r);
    const covered = cells.length === 0 && mergeRunsThrough(grid, r, left, right);
    if (cells.length === 0 && !covered) continue;
    rowOf.set(r, rows.length);
    const heading = isSectionRow(grid, r, levelColumns);
    if (heading !== undefined) {
      sections.add(r);
      rows.push({ kind: "section", text: heading });
      continue;
    }
    const values: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const [from, to] of placement.target) values[to] = valueAt(grid, r, from);
    const numberCol = planRoles.number;
    const numbered = numberCol !== undefined && textAt(grid, r, numberCol) !== "";
    rows.push({ kind: numbered ? "activity" : "criterion", values });
  }

  const merges: Merge[] = [];
  for (const m of grid.merges ?? []) {
    if (m.top < top || m.bottom > bottom || sections.has(m.top)) continue;
    const first = rowOf.get(m.top);
    const last = rowOf.get(m.bottom);
    const l = placement.target.get(m.left);
    if (first === undefined || last === undefined || l === undefined) continue;
    let contiguous = true;
    for (let c = m.left; c <= m.right; c++) {
      if (placement.target.get(c) !== l + (c - m.left)) contiguous = false;
    }
    if (contiguous)
      merges.push({ top: first, left: l, bottom: last, right: l + (m.right - m.left) });
  }
  return { rows, merges };
}

function mergeRunsThrough(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = mergeCovering(grid, row, c);
    if (m && m.top < row) return true;
  }
  return false;
}
