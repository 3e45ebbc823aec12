import type { Finding } from "../finding";
import { cellText, valueAt, type Grid } from "../grid";
import type { CellRef, Criterion, Measure, Objective } from "../plan/model";
import { isPlainEmpty, plainText } from "../cells/normalize";
import { bi, type Bilingual } from "../text";
import { quote } from "../cells/quote";

/**
 * Plain text of a cell ("" when empty or when the table has no such column). Made each time it
 * is asked for: remembering it per cell cost more than making it again.
 */
export function refText(ref: CellRef | undefined): string {
  return !ref || ref.absent ? "" : plainText(ref.value);
}

/** The cell is missing, absent from the table, or holds nothing: refText(ref) === "". */
export function isEmptyRef(ref: CellRef | undefined): boolean {
  return !ref || !!ref.absent || isPlainEmpty(ref.value);
}

/** The cell exists in the table (the template has the column) and holds nothing. */
export function isBlankCell(ref: CellRef | undefined): ref is CellRef {
  return !!ref && !ref.absent && isPlainEmpty(ref.value);
}

/** The activity as messages name it, in the genitive: "«3.2.» арга хэмжээний" / "activity «3.2.»". */
export function ofMeasure(m: Measure): Bilingual {
  const written = refText(m.number) || m.label || m.assignedNumber || "";
  if (written) return bi(`«${written}» арга хэмжээний`, `activity «${written}»`);
  return bi(`${m.row + 1}-р мөрийн арга хэмжээний`, `the activity on row ${m.row + 1}`);
}

/** A message piece at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The criterion as messages name it: its text (`text`, when made already), else its activity. */
export function criterionName(c: Criterion, m: Measure, text = refText(c.text)): Bilingual {
  if (text) {
    const quoted = quote(text);
    return bi(`${quoted} шалгуур үзүүлэлт`, `criterion ${quoted}`);
  }
  const of = ofMeasure(m);
  return bi(
    `${of.mn} ${c.row + 1}-р мөрийн шалгуур үзүүлэлт`,
    `the criterion of ${of.en} on row ${c.row + 1}`,
  );
}

/** The objective as messages name it: its label, else its number, else its text. */
export function objectiveName(o: Objective): string {
  if (o.label) return `«${o.label}»`;
  if (o.number) return `«${o.number}»`;
  const text = refText(o.text);
  return text ? quote(text) : `${o.row + 1}`;
}

/** The first cell of a row holding text, where a section label is read from. */
export function firstFilledCell(grid: Grid, row: number): CellRef | null {
  const cells = grid.cells[row - grid.origin.row];
  if (!Array.isArray(cells)) return null;
  for (let i = 0; i < cells.length; i++) {
    const col = grid.origin.col + i;
    const value = valueAt(grid, row, col);
    if (plainText(value) !== "") return { row, col, value };
  }
  return null;
}

/** The raw text of a cell (markup kept), as a fix must rewrite it. */
export function rawText(ref: CellRef): string {
  return cellText(ref.value);
}

/** One finding per code and cell: merged cells are shared by several criteria or measures. */
export function distinctFindings(findings: Finding[]): Finding[] {
  // Findings by cell: most cells have one, and only findings of the same cell are compared.
  const byCell = new Map<string, Finding[]>();
  return findings.filter((f) => {
    const earlier = byCell.get(f.cell);
    if (!earlier) {
      byCell.set(f.cell, [f]);
      return true;
    }
    if (earlier.some((e) => e.code === f.code && e.message.en === f.message.en)) return false;
    earlier.push(f);
    return true;
  });
}
