import type ExcelJS from "exceljs";
import { SHEET_COLUMNS, parseAddress, rangeAddress } from "../../core/grid";
import { MSG, XlsxRefusal } from "./limits";

/** A merged area in exceljs's 1-based rows and columns. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The index of merges exceljs keeps on a worksheet at run time but leaves out of its types. */
interface MergeIndex {
  _merges?: Record<string, MergeArea>;
}

/** The merged areas a worksheet holds. */
export function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  return Object.values((ws as unknown as MergeIndex)._merges ?? {});
}

/**
 * Two areas that share a cell, null when none do: each covered cell marked once, which is the
 * work exceljs does anyway to merge them (a read bounds that, sheet-claims.ts), never pairwise.
 */
function overlapping(areas: readonly MergeArea[]): [MergeArea, MergeArea] | null {
  const owner = new Map<number, MergeArea>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const key = r * (SHEET_COLUMNS + 1) + c;
        const other = owner.get(key);
        if (other) return [other, a];
        owner.set(key, a);
      }
    }
  }
  return null;
}

/**
 * Merge areas, without copying the top-left cell's style, onto a sheet that has no merges yet.
 * exceljs compares each new merge with every merge the sheet already has, which is quadratic (a
 * summary with 5,000 merged rows took 1.6 s, 10,000 took 7.2 s). The areas are checked against
 * one another here once; then exceljs merges each one while its index holds no other, and the
 * index is put back whole. A sheet that already has merges, or areas that overlap, go through
 * exceljs's own checks one by one.
 */
export function mergeAreas(
  ws: ExcelJS.Worksheet,
  areas: readonly MergeArea[],
  disjoint = !overlapping(areas),
): void {
  const sheet = ws as unknown as MergeIndex;
  const fast = !!sheet._merges && Object.keys(sheet._merges).length === 0 && disjoint;
  if (!fast) {
    for (const a of areas) ws.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
    return;
  }
  const index: Record<string, MergeArea> = {};
  try {
    for (const a of areas) {
      sheet._merges = {};
      ws.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}

/** "A1:C2" or "B3" as a file writes a merge, in 1-based rows and columns; null if not that. */
function areaOf(range: unknown): MergeArea | null {
  if (typeof range !== "string") return null;
  const [first, second, ...rest] = range.split(":");
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  if (!a || !b || rest.length > 0) return null;
  return {
    top: Math.min(a.row, b.row) + 1,
    left: Math.min(a.col, b.col) + 1,
    bottom: Math.max(a.row, b.row) + 1,
    right: Math.max(a.col, b.col) + 1,
  };
}

const zeroBased = (m: MergeArea) => ({
  top: m.top - 1,
  left: m.left - 1,
  bottom: m.bottom - 1,
  right: m.right - 1,
});

/** The worksheet method exceljs opens a file's merges with, left out of its types. */
interface MergeParsing {
  _parseMergeCells?: (this: ExcelJS.Worksheet, model: { mergeCells?: unknown }) => void;
  _guitsetgelMerges?: true;
}

/**
 * Opening a file, exceljs applies its merges through the same one-by-one check (a computed
 * report whose товчоо holds 5,000 merged lines took 2.2 s to open against 0.4 s without them).
 * This lets a file's merges go through mergeAreas instead, checked against one another once;
 * merges that overlap, which Excel never writes, refuse the file (exceljs's own check is
 * pairwise: 100,000 merges took minutes). Merges written in a form this does not read are
 * left to exceljs as before.
 */
export function openMergesFast(exceljs: typeof ExcelJS): void {
  const proto = Object.getPrototypeOf(new exceljs.Workbook().addWorksheet("x")) as MergeParsing;
  const original = proto._parseMergeCells;
  if (typeof original !== "function" || proto._guitsetgelMerges) return;
  proto._guitsetgelMerges = true;
  proto._parseMergeCells = function (model) {
    const ranges = model.mergeCells;
    const areas = Array.isArray(ranges) ? ranges.map(areaOf) : null;
    if (!areas || areas.some((a) => !a)) return original.call(this, model);
    const overlap = overlapping(areas as MergeArea[]);
    if (overlap) {
      const [a, b] = overlap.map((m) => rangeAddress(zeroBased(m)));
      throw new XlsxRefusal(MSG.overlap(this.name, a, b), "damaged");
    }
    mergeAreas(this, areas as MergeArea[], true);
  };
}
