import type { CellValue, Grid, Merge } from "../../core/grid";
import type { WordBlock, WordCell, WordRow, WordTable } from "./read-body";

/**
 * Where a grid row came from in the Word document, as a person finds it there: a row of a
 * table (tables counted as the person sees them, one continued over a page break counted once,
 * layout tables without borders not counted), or text outside the tables.
 */
export type DocxRowPlace = { table: number; row: number } | { paragraph: number };

export interface DocxGrid {
  grid: Grid;
  /** The place of each grid row; a cell's column in its table is its grid column + 1. */
  rows: DocxRowPlace[];
}

const isEmpty = (b: WordBlock) => b.kind === "paragraph" && b.text.trim() === "";

/** The header rows a continued table repeats: its first rows marked as header, same as the first's. */
function repeatedHeader(first: WordTable, next: WordTable): number {
  let n = 0;
  while (n < next.rows.length && next.rows[n].header && n < first.rows.length) {
    const a = first.rows[n].cells.map((c) => c.text).join("\t");
    const b = next.rows[n].cells.map((c) => c.text).join("\t");
    if (a !== b) return 0;
    n++;
  }
  return n;
}

/**
 * Blocks with the empty paragraphs left out and a table continued after a page break joined to
 * the one it continues: two tables with borders and the same columns, only empty paragraphs or
 * page breaks between them. The header rows the continuation repeats are dropped.
 */
function joinContinuedTables(blocks: WordBlock[]): WordBlock[] {
  const out: WordBlock[] = [];
  for (const block of blocks) {
    if (isEmpty(block)) continue;
    const last = out[out.length - 1];
    if (
      block.kind === "table" &&
      last?.kind === "table" &&
      !block.borderless &&
      !last.borderless &&
      block.columns === last.columns
    ) {
      const skip = repeatedHeader(last, block);
      out[out.length - 1] = { ...last, rows: [...last.rows, ...block.rows.slice(skip)] };
      continue;
    }
    out.push(block);
  }
  return out;
}

/** Builds the grid row by row. */
class GridBuilder {
  readonly cells: CellValue[][] = [];
  readonly merges: Merge[] = [];
  readonly rows: DocxRowPlace[] = [];

  constructor(readonly width: number) {}

  row(place: DocxRowPlace): number {
    this.cells.push(new Array<CellValue>(this.width).fill(null));
    this.rows.push(place);
    return this.cells.length - 1;
  }

  set(row: number, col: number, text: string): void {
    const r = this.cells[row];
    while (r.length <= col) r.push(null);
    r[col] = text === "" ? null : text;
  }

  /** A merged area; one of a single cell is left out at the end (a vertical one may still grow). */
  merge(m: Merge): void {
    this.merges.push(m);
  }
}

/**
 * A paragraph outside the tables: one row. Above a table (title, part headings) its text is
 * merged across the table's width; below the last one (the sign-off) it stands in column B, as
 * the sheets hold it, where it is never read as a heading of the table above.
 */
function paragraphRows(g: GridBuilder, text: string, paragraph: number, below: boolean): void {
  const r = g.row({ paragraph });
  if (below) {
    g.set(r, Math.min(1, g.width - 1), text);
    return;
  }
  g.set(r, 0, text);
  g.merge({ top: r, left: 0, bottom: r, right: g.width - 1 });
}

/**
 * A table without borders (approval block, signatures side by side): a row per row, each
 * cell's lines in its share of the width, as the templates lay these blocks out.
 */
function layoutRows(g: GridBuilder, table: WordTable, paragraph: number): void {
  const n = Math.max(1, table.columns);
  const empty = (c: WordCell) => c.vMerge === "continue" || c.text.trim() === "";
  for (const row of table.rows) {
    if (row.cells.every(empty)) continue;
    const r = g.row({ paragraph });
    let col = row.before;
    for (const cell of row.cells) {
      const left = Math.floor((col * g.width) / n);
      const right = Math.max(left, Math.floor(((col + cell.span) * g.width) / n) - 1);
      col += cell.span;
      if (empty(cell)) continue;
      g.set(r, left, cell.text);
      g.merge({ top: r, left, bottom: r, right });
    }
  }
}

/** A table's rows: each cell at its grid column, horizontal and vertical merges as merged areas. */
function tableRows(g: GridBuilder, rows: WordRow[], table: number): void {
  /** The vertical merge open in each column, by its left column. */
  const open = new Map<number, Merge>();
  rows.forEach((row, i) => {
    const r = g.row({ table, row: i + 1 });
    let col = row.before;
    const seen = new Set<number>();
    for (const cell of row.cells) {
      const right = col + cell.span - 1;
      seen.add(col);
      const above = open.get(col);
      if (cell.vMerge === "continue" && above) {
        above.bottom = r;
      } else {
        // A continuation with nothing above to continue is an empty cell.
        g.set(r, col, cell.vMerge === "continue" ? "" : cell.text);
        const m = { top: r, left: col, bottom: r, right };
        g.merge(m);
        if (cell.vMerge === "restart") open.set(col, m);
        else open.delete(col);
      }
      col = right + 1;
    }
    for (const c of [...open.keys()]) if (!seen.has(c)) open.delete(c);
  });
}

/**
 * The Word document's body as a sheet would hold it: text outside the tables one row per
 * paragraph (the title, headings, sign-off lines), layout tables line by line, and each table's
 * rows as rows, all from column A; the width is the widest table's.
 */
export function bodyToGrid(blocks: WordBlock[]): DocxGrid {
  const joined = joinContinuedTables(blocks);
  const width = Math.max(
    1,
    ...joined.map((b) => (b.kind === "table" && !b.borderless ? b.columns : 0)),
  );
  const g = new GridBuilder(width);
  let tables = 0;
  let paragraphs = 0;
  let last = -1;
  joined.forEach((b, i) => {
    if (b.kind === "table" && !b.borderless) last = i;
  });
  for (const [i, block] of joined.entries()) {
    if (block.kind === "paragraph") paragraphRows(g, block.text, ++paragraphs, i > last);
    else if (block.borderless) layoutRows(g, block, ++paragraphs);
    else tableRows(g, block.rows, ++tables);
  }
  const merges = g.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { grid: { origin: { row: 0, col: 0 }, cells: g.cells, merges }, rows: g.rows };
}
