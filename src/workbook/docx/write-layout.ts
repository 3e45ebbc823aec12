import { shownNumber } from "../../core/cells/number-format";
import type { CellValue, Merge } from "../../core/grid";
import type { CellStyle, SheetModel } from "../../core/sheet";
import type { Lang } from "../../core/text";

/** A sheet to be written as one part (section) of a Word document. */
export interface DocumentSheet {
  model: SheetModel;
  /** Each table's header rows (0-based, inclusive): the rows repeated on every page. */
  headers: { top: number; bottom: number }[];
  /**
   * Rows holding a table's data (measures, objectives, totals): rows after a blank row that hold
   * some still belong to the table above. Without it, a table ends at its first blank row.
   */
  dataRows?: ReadonlySet<number>;
  /** The title row: bold and centred, whatever the sheet's style. */
  title?: number;
  /**
   * A summary the add-in made from the document's table (товчоо, fulfilment summary): marked
   * in the document as the add-in's, so that reading the document back reads its table alone.
   */
  derived?: boolean;
}

/** A cell with a value, as the document prints it. */
export interface Piece {
  row: number;
  col: number;
  /** Last column and row of its merged area (itself when not merged). */
  right: number;
  bottom: number;
  text: string;
  style: CellStyle;
}

/**
 * A part of a sheet in document order: lines of text (approval block, title, conclusion,
 * sign-off), side by side where the sheet puts them in columns, or a table.
 */
export type Block =
  | { kind: "lines"; rows: Piece[][]; starts: number[]; right: number }
  | {
      kind: "table";
      top: number;
      bottom: number;
      right: number;
      header: { top: number; bottom: number };
      rows: Piece[][];
    };

/** A cell's value as the sheet shows it, numbers written the document language's way. */
export function printedText(v: CellValue, format: string | undefined, lang: Lang): string {
  if (v === null) return "";
  if (typeof v === "number") return shownNumber(v, format, lang);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Every cell's style, the model's ranges applied in order (later wins per property). */
function stylesByCell(model: SheetModel, width: number): Map<number, CellStyle> {
  const out = new Map<number, CellStyle>();
  for (const { range, style } of model.styles ?? []) {
    for (let r = range.top; r <= Math.min(range.bottom, model.values.length - 1); r++) {
      for (let c = range.left; c <= Math.min(range.right, width - 1); c++) {
        const key = r * width + c;
        out.set(key, { ...out.get(key), ...style });
      }
    }
  }
  return out;
}

/**
 * The sheet's cells by row, each merged area once at its top-left cell (empty cells too, which a
 * table keeps), and which rows are blank: no text, and no merged area coming down from above.
 */
function piecesOf(sheet: DocumentSheet, lang: Lang): { rows: Piece[][]; blank: boolean[] } {
  const { model } = sheet;
  const width = Math.max(0, ...model.values.map((v) => v.length));
  const styles = stylesByCell(model, width);
  const mergeAt = new Map<number, Merge>();
  const coveredBy = new Map<number, Merge>();
  for (const m of model.merges ?? []) {
    mergeAt.set(m.top * width + m.left, m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) coveredBy.set(r * width + c, m);
      }
    }
  }
  const rows: Piece[][] = [];
  const blank: boolean[] = [];
  model.values.forEach((values, r) => {
    const row: Piece[] = [];
    let crossed = false;
    for (let c = 0; c < width; c++) {
      const key = r * width + c;
      const over = coveredBy.get(key);
      if (over) {
        crossed ||= over.top !== r;
        continue;
      }
      const m = mergeAt.get(key);
      const style = styles.get(key) ?? {};
      const text = printedText(values[c] ?? null, style.numberFormat, lang);
      row.push({ row: r, col: c, right: m?.right ?? c, bottom: m?.bottom ?? r, text, style });
    }
    rows.push(row);
    blank.push(!crossed && row.every((p) => p.text === ""));
  });
  return { rows, blank };
}

/** The table's last column: the header's columns, contiguous from the first (a chart's data beside it is left out). */
function tableRight(rows: Piece[][], header: { top: number; bottom: number }): number {
  let right = -1;
  let grew = true;
  while (grew) {
    grew = false;
    for (let r = header.top; r <= header.bottom; r++) {
      for (const p of rows[r] ?? []) {
        if (p.col <= right + 1 && p.right > right && (p.text !== "" || p.right > p.col)) {
          right = p.right;
          grew = true;
        }
      }
    }
  }
  return right;
}

/**
 * The sheet as blocks in order: each table from its header to its last row (a blank row ends
 * it unless rows of data follow), the text between as lines. A run of text whose cells start in
 * several columns (an approval block's two halves) keeps its columns.
 */
export function sheetBlocks(sheet: DocumentSheet, lang: Lang): Block[] {
  const { rows, blank } = piecesOf(sheet, lang);
  const headers = [...sheet.headers].sort((a, b) => a.top - b.top);
  const blocks: Block[] = [];
  const lastTable = (): Extract<Block, { kind: "table" }> | undefined => {
    const b = blocks[blocks.length - 1];
    return b?.kind === "table" ? b : undefined;
  };
  const addTable = (top: number, bottom: number, header: { top: number; bottom: number }) => {
    const right = tableRight(rows, header);
    const within = (p: Piece) => p.col <= right;
    blocks.push({
      kind: "table",
      top,
      bottom,
      right,
      header,
      rows: rows.slice(top, bottom + 1).map((r) => r.filter(within)),
    });
  };
  const addLines = (top: number, bottom: number) => {
    const lines = rows.slice(top, bottom + 1).map((r) => r.filter((p) => p.text !== ""));
    const starts = [...new Set(lines.flat().map((p) => p.col))].sort((a, b) => a - b);
    const right = Math.max(0, ...lines.flat().map((p) => p.right));
    blocks.push({ kind: "lines", rows: lines, starts, right });
  };
  let r = 0;
  while (r < rows.length) {
    if (blank[r]) {
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < rows.length && !blank[end + 1]) end++;
    // The run is cut where a table's header begins.
    const cuts = headers.filter((h) => h.top > r && h.top <= end).map((h) => h.top);
    let start = r;
    for (const stop of [...cuts.map((c) => c - 1), end]) {
      const header = headers.find((h) => h.top === start);
      const holdsData = sheet.dataRows && range(start, stop).some((x) => sheet.dataRows?.has(x));
      // Rows just above a header ("Хоёр. …" over part two) head the next table, not the last.
      const headsNext = stop < end;
      const previous = lastTable();
      if (header) addTable(start, stop, header);
      else if (holdsData && !headsNext && previous) {
        blocks.pop();
        addTable(previous.top, stop, previous.header);
      } else addLines(start, stop);
      start = stop + 1;
    }
    r = end + 1;
  }
  return blocks;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
