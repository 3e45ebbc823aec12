import { cellText, type CellValue, type Grid, type Merge } from "../grid";
import { objectivesOf, type HeaderMatch, type Plan } from "../plan/model";
import { headerKey, plainText } from "../cells/normalize";
import { parseObjectiveLabel } from "../cells/item-numbers";
import type { CellStyle, SheetModel } from "../sheet";
import {
  FILL,
  HEADER_STYLE,
  NUMBER_ROW_STYLE,
  SECTION_STYLE,
  dataStyle,
  linesFor,
  linesHeight,
  toLayout,
  type LayoutColumn,
} from "../templates/layout";
import { safeSheetName } from "../templates/scaffold";
import type { ColumnRole, ColumnSpec, TemplateSpec, TextBlock } from "../templates/spec";
import { SheetCopy, type RowSpan } from "./sheet-copy";
import type { TitleChange } from "./titles";

/** A table of the copied sheet, followed through every column inserted or deleted. */
export interface CopiedTable {
  part: 1 | 2;
  /** The part heading above the header ("Хоёр. Мэдлэг, ур чадвараа …"), when there is one. */
  headingRow?: number;
  headerTop: number;
  headerBottom: number;
  numberRow?: number;
  dataTop: number;
  /** Last row of the table's content (dataTop - 1 when it has none). */
  dataBottom: number;
  /** The header as read (its columns in the sheet as it was, before any column moved). */
  match: HeaderMatch;
  /** Sheet column of each role the table has. */
  roles: Map<ColumnRole, number>;
  /** Columns the transformation added that hold no role (kept beside the table's own). */
  carried: Map<number, LayoutColumn>;
}

/** Rows of a plan's content: its headings, measures, criteria, totals and unfilled rows. */
function contentRows(plan: Plan): number[] {
  const rows: number[] = [];
  for (const g of plan.goals) rows.push(g.row);
  for (const o of objectivesOf(plan)) {
    rows.push(o.row);
    if (o.declaredCount) rows.push(o.declaredCount.row);
    for (const m of o.measures) rows.push(m.rows.bottom);
  }
  for (const t of plan.totals) rows.push(t.row);
  for (const b of plan.blankItems ?? []) rows.push(b.row);
  return rows;
}

/** The heading row right above a header that opens part one or two, with the part it opens. */
function partHeading(copy: SheetCopy, headerTop: number): { row: number; part: 1 | 2 } | null {
  for (let row = headerTop - 1; row >= Math.max(0, headerTop - 3); row--) {
    const text = firstText(copy, row);
    if (text === "") continue;
    const label = parseObjectiveLabel(text);
    if (label?.kind === "ordinal" && (label.number === "1" || label.number === "2")) {
      return { row, part: label.number === "2" ? 2 : 1 };
    }
    return null;
  }
  return null;
}

/** The first text of a row, "" when it has none. */
function firstText(copy: SheetCopy, row: number): string {
  for (let col = 0; col < copy.width; col++) {
    const text = plainText(copy.value(row, col));
    if (text) return text;
  }
  return "";
}

/**
 * A person's document copied cell for cell into the add-in's next document: the tables
 * followed through every change of columns, the title and the words that name the document
 * changed, everything else as the person wrote it. `toModel` gives it the template's look.
 */
export class CopiedDocument {
  readonly copy: SheetCopy;
  readonly tables: CopiedTable[];
  private readonly titleCell?: { row: number; col: number };
  /** Columns the first table's insertions put across the whole sheet. */
  private inserted = new Set<number>();
  /** For a later table, those of them it has not used yet, where they are in its rows. */
  private readonly free = new Map<CopiedTable, Set<number>>();

  constructor(grid: Grid, plan: Plan) {
    this.copy = SheetCopy.fromGrid(grid);
    const matches: HeaderMatch[] = plan.tables ?? [plan.header];
    const rows = contentRows(plan);
    this.tables = matches.map((t, i) => {
      const next = matches[i + 1]?.headerTop ?? Infinity;
      const heading = partHeading(this.copy, t.headerTop);
      const own = rows.filter((r) => r >= t.dataTop && r < next);
      const roles = new Map<ColumnRole, number>();
      for (const [role, col] of Object.entries(t.columns)) {
        if (typeof col === "number") roles.set(role as ColumnRole, col);
      }
      const table: CopiedTable = {
        part: t.part === 2 || heading?.part === 2 ? 2 : 1,
        headerTop: t.headerTop,
        headerBottom: t.headerBottom,
        dataTop: t.dataTop,
        dataBottom: own.length > 0 ? Math.max(...own) : t.dataTop - 1,
        match: t,
        roles,
        carried: new Map(),
      };
      if (heading) table.headingRow = heading.row;
      if (t.numberRow !== undefined) table.numberRow = t.numberRow;
      return table;
    });
    if (plan.title) this.titleCell = { row: plan.title.row, col: plan.title.col };
  }

  /** Rows a change of the table's columns applies to: its part heading down to its last row. */
  span(table: CopiedTable): RowSpan {
    return { top: table.headingRow ?? table.headerTop, bottom: table.dataBottom };
  }

  /** The first and last column of a table (its roles and its header's cells). */
  extent(table: CopiedTable): { left: number; right: number } {
    const cols = [...table.roles.values(), ...table.carried.keys()];
    for (let r = table.headerTop; r <= table.headerBottom; r++) {
      for (let c = 0; c < this.copy.width; c++) if (plainText(this.copy.value(r, c))) cols.push(c);
    }
    return { left: Math.min(...cols), right: Math.max(...cols) };
  }

  private shiftTables(at: number, by: number, only?: CopiedTable): void {
    const move = (col: number) => (col >= at ? col + by : col);
    for (const t of only ? [only] : this.tables) {
      for (const [role, col] of t.roles) {
        if (by < 0 && col >= at && col < at - by) t.roles.delete(role);
        else t.roles.set(role, move(col));
      }
      const carried = [...t.carried];
      t.carried.clear();
      for (const [col, spec] of carried) {
        if (!(by < 0 && col >= at && col < at - by)) t.carried.set(move(col), spec);
      }
    }
  }

  /**
   * An empty column before `at` in a table, and where it is: across the whole sheet for the first
   * table (title and approval block widen with it, as in Excel), else only in the table's rows,
   * where a column an earlier whole-sheet insertion left empty right there (at `at`, or just
   * before it) is used instead.
   */
  insertColumn(table: CopiedTable, at: number): number {
    const shifted = (cols: Set<number>) => new Set([...cols].map((c) => (c >= at ? c + 1 : c)));
    if (table === this.tables[0]) {
      const { left, right } = this.extent(table);
      this.copy.insertColumns(at, 1);
      // A column put after the table's last: the rows merged across the whole table (the
      // title, part and objective headings) still span it, as Excel would not widen them.
      if (at === right + 1) {
        for (const m of this.copy.merges) if (m.left <= left && m.right === right) m.right = at;
      }
      this.shiftTables(at, 1);
      this.inserted = shifted(this.inserted).add(at);
      return at;
    }
    const free = this.free.get(table) ?? new Set(this.inserted);
    this.free.set(table, free);
    for (const col of [at, at - 1]) {
      if (free.has(col) && this.emptyIn(table, col)) {
        free.delete(col);
        return col;
      }
    }
    this.copy.insertColumns(at, 1, this.span(table));
    this.shiftTables(at, 1, table);
    this.free.set(table, shifted(free));
    return at;
  }

  /** Delete a table's column: across the whole sheet when no other table holds anything there. */
  deleteColumn(table: CopiedTable, at: number): void {
    const alone = this.tables.every((t) => t === table || this.emptyIn(t, at));
    if (table === this.tables[0] && alone) {
      this.copy.deleteColumns(at, 1);
      this.shiftTables(at, -1);
    } else {
      this.copy.deleteColumns(at, 1, this.span(table));
      this.shiftTables(at, -1, table);
    }
  }

  /** No cell of the table's rows holds anything in the column. */
  private emptyIn(table: CopiedTable, col: number): boolean {
    const { top, bottom } = this.span(table);
    for (let r = top; r <= bottom; r++) if (cellText(this.copy.value(r, col)) !== "") return false;
    return true;
  }

  /** Columns the first table's insertions put through a later table that it did not use: removed there. */
  tidy(table: CopiedTable): void {
    if (table === this.tables[0]) return;
    const free = this.free.get(table) ?? new Set(this.inserted);
    for (const col of [...free].sort((a, b) => b - a)) {
      if (!this.emptyIn(table, col)) continue;
      this.copy.deleteColumns(col, 1, this.span(table));
      this.shiftTables(col, -1, table);
    }
    this.free.delete(table);
  }

  /**
   * A merge across a two-row header's top row only: a group's cell over the columns under it
   * («Хүрэх түвшин» over its years). With `group`, only a group of that name.
   */
  private isGroup(table: CopiedTable, m: Merge | undefined, group?: string): m is Merge {
    const top = table.headerTop;
    if (!m || table.headerBottom === top || m.top !== top || m.bottom !== top) return false;
    return !group || headerKey(cellText(this.copy.value(m.top, m.left))) === headerKey(group);
  }

  /**
   * Where a form column goes that follows the table's column `col`: right after it, or after
   * the whole header group over `col` when the form does not put the column in that group (a
   * report's achieved level is not one of the targets' years).
   */
  columnAfter(table: CopiedTable, col: number, group?: string): number {
    const over = this.copy.mergeAt(table.headerTop, col);
    if (!this.isGroup(table, over)) return col + 1;
    return group && this.isGroup(table, over, group) ? col + 1 : over.right + 1;
  }

  /**
   * The header of a column the add-in put in a table. Under a two-row header, a column inside a
   * group ("Гүйцэтгэлийн түвшин") takes its text in the lower row (the group's merge widened to
   * it when it stands at the group's edge and belongs to it); any other spans both rows.
   */
  writeHeader(table: CopiedTable, col: number, header: string, group?: string): void {
    const { headerTop: top, headerBottom: bottom } = table;
    if (bottom > top) {
      const isGroup = (m: Merge | undefined) => this.isGroup(table, m, group);
      let merge = this.copy.mergeAt(top, col);
      if (!isGroup(merge) && group) {
        const beside = this.copy.mergeAt(top, col - 1) ?? this.copy.mergeAt(top, col + 1);
        if (isGroup(beside) && beside) {
          beside.left = Math.min(beside.left, col);
          beside.right = Math.max(beside.right, col);
          merge = beside;
        }
      }
      if (isGroup(merge)) {
        this.copy.set(bottom, col, header);
        return;
      }
      this.copy.merges = this.copy.merges.filter(
        (m) => !(m.left <= col && col <= m.right && m.top <= bottom && m.bottom >= top),
      );
      this.copy.merges.push({ top, left: col, bottom, right: col });
    }
    this.copy.set(top, col, header);
  }

  /** Number the column-number row again, 1, 2, 3 … over the cells that carry a number. */
  renumber(table: CopiedTable, added: number[]): void {
    const row = table.numberRow;
    if (row === undefined) return;
    for (const col of added) {
      if (typeof this.copy.value(row, col - 1) === "number") this.copy.set(row, col, 0);
    }
    let n = 0;
    for (let col = 0; col < this.copy.width; col++) {
      if (typeof this.copy.value(row, col) === "number") this.copy.set(row, col, ++n);
    }
  }

  /** Change the title; false when it does not read as the document it should be. */
  retitle(change: TitleChange): boolean {
    if (!this.titleCell) return false;
    const { row, col } = this.titleCell;
    const next = change(cellText(this.copy.value(row, col)));
    if (next === null) return false;
    this.copy.set(row, col, next, this.copy.get(row, col)?.numberFormat);
    return true;
  }

  /** Replace a cell's text wherever it is exactly `from` (a form's printed words). */
  replaceText(from: string, to: string, rows: RowSpan): void {
    const key = headerKey(from);
    for (let r = rows.top; r <= rows.bottom; r++) {
      for (let c = 0; c < this.copy.width; c++) {
        const v = this.copy.value(r, c);
        if (typeof v === "string" && headerKey(v) === key) this.copy.set(r, c, to);
      }
    }
  }

  /** The part headings of one form replaced by another's ("…арга хэмжээ" → "…арга хэмжээний биелэлт"). */
  renameParts(from: TemplateSpec, to: TemplateSpec): void {
    const head = (heading: string | undefined) => (heading ? headerKey(heading).slice(0, 16) : "");
    for (const t of this.tables) {
      const row = t.headingRow ?? (t === this.tables[0] ? t.headerTop - 1 : undefined);
      if (row === undefined || row < 0) continue;
      const heading = t.part === 2 ? from.partTwo?.heading : from.partOneHeading;
      const next = t.part === 2 ? to.partTwo?.heading : to.partOneHeading;
      if (!heading || !next) continue;
      for (let c = 0; c < this.copy.width; c++) {
        const v = this.copy.value(row, c);
        if (typeof v === "string" && headerKey(v).startsWith(head(heading)) && v !== next) {
          this.copy.set(row, c, next);
        }
      }
    }
  }

  /** The sign-off lines of one form turned into the other's, where they are printed words. */
  renameSignOff(from: TextBlock | undefined, to: TextBlock | undefined): void {
    if (!from || !to) return;
    const last = this.tables[this.tables.length - 1];
    const rows = { top: last.dataBottom + 1, bottom: this.copy.height - 1 };
    for (const side of ["left", "right"] as const) {
      from[side].forEach((line, i) => {
        const next = to[side][i];
        if (next && next !== line && !line.includes("{") && !next.includes("{")) {
          this.replaceText(line, next, rows);
        }
      });
    }
  }

  /** The sheet with the template's look: its tables styled as the template's, the rest wrapped. */
  toModel(spec: TemplateSpec, source: TemplateSpec): SheetModel {
    const { values, formats } = this.copy.toValues();
    const width = Math.max(0, ...values.map((r) => r.length));
    const widths = new Array<number>(width).fill(0);
    const styles: NonNullable<SheetModel["styles"]> = [];
    const validations: NonNullable<SheetModel["validations"]> = [];
    const conditional: NonNullable<SheetModel["conditionalFormats"]> = [];
    const tableRows = new Set<number>();
    const style = (range: Merge, s: CellStyle) => styles.push({ range, style: s });

    for (const t of this.tables) {
      const { left, right } = this.extent(t);
      const columns = this.layoutOf(t, spec, source, left, right);
      columns.forEach((c, i) => (widths[left + i] = Math.max(widths[left + i], c.width)));
      if (t.headingRow !== undefined) {
        style({ top: t.headingRow, left, bottom: t.headingRow, right }, { bold: true, wrap: true });
      }
      style({ top: t.headerTop, left, bottom: t.headerBottom, right }, HEADER_STYLE);
      if (t.numberRow !== undefined) {
        style({ top: t.numberRow, left, bottom: t.numberRow, right }, NUMBER_ROW_STYLE);
      }
      for (let r = t.headerTop; r <= t.dataBottom; r++) tableRows.add(r);
      if (t.dataBottom < t.dataTop) continue;
      columns.forEach((c, i) => {
        const range = { top: t.dataTop, left: left + i, bottom: t.dataBottom, right: left + i };
        style(range, dataStyle(c));
        if (c.validation) {
          validations.push({
            range,
            list: [...c.validation.list],
            allowOther: c.validation.allowOther,
          });
        }
        if (c.role === "fulfilment") conditional.push({ range, below: 1, fill: FILL.below });
      });
      for (let r = t.dataTop; r <= t.dataBottom; r++) {
        const merge = this.copy.mergeAt(r, left);
        if (merge && merge.top === r && merge.right >= right && merge.left <= left) {
          style({ top: r, left, bottom: r, right }, SECTION_STYLE);
        }
      }
    }
    for (let c = 0; c < width; c++) if (widths[c] === 0) widths[c] = 12;

    // Rows around the tables (approval, title, sign-off): wrapped, as the template writes them.
    const title = this.titleCell?.row;
    values.forEach((row, r) => {
      if (tableRows.has(r) || row.every((v) => v === null)) return;
      const s: CellStyle =
        r === title
          ? { bold: true, size: 12, wrap: true, hAlign: "center", vAlign: "middle" }
          : { wrap: true, vAlign: "top" };
      style({ top: r, left: 0, bottom: r, right: Math.max(0, width - 1) }, s);
    });
    // Each cell's own number format last: what the person gave it wins over the column's.
    for (const f of formats)
      style({ top: f.row, left: f.col, bottom: f.row, right: f.col }, { numberFormat: f.format });

    const main = this.tables[0];
    return {
      name: safeSheetName(undefined, spec.sheetName ?? spec.name.mn),
      values: values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
      merges: this.copy.merges.filter((m) => m.bottom > m.top || m.right > m.left),
      styles,
      columnWidths: widths,
      rowHeights: this.heights(values, widths),
      validations,
      conditionalFormats: conditional,
      freeze: { rows: main.dataTop, cols: 0 },
      print: {
        paper: spec.print.paper,
        orientation: spec.print.orientation,
        repeatRows: { top: main.headerTop, bottom: main.headerBottom },
        fitToWidth: spec.print.fitToWidth,
      },
    };
  }

  /**
   * The layout of each column of a table: the template's column of its role (else the source
   * form's, for a column the template does not have), a column the add-in carried, or a plain one.
   */
  private layoutOf(
    t: CopiedTable,
    spec: TemplateSpec,
    source: TemplateSpec,
    left: number,
    right: number,
  ): LayoutColumn[] {
    const byRole = new Map<number, ColumnRole>();
    for (const [role, col] of t.roles) byRole.set(col, role);
    const specs = (s: TemplateSpec): ColumnSpec[] =>
      t.part === 2 && s.partTwo ? s.partTwo.columns : s.columns;
    const out: LayoutColumn[] = [];
    for (let col = left; col <= right; col++) {
      const role = byRole.get(col);
      const found =
        role &&
        (specs(spec).find((c) => c.role === role) ?? specs(source).find((c) => c.role === role));
      out.push(found ? toLayout([found])[0] : (t.carried.get(col) ?? { header: "", width: 16 }));
    }
    return out;
  }

  /** Row heights that show every text: wrapped lines over the width of its cell or merge. */
  private heights(values: CellValue[][], widths: number[]): (number | undefined)[] {
    const heights: (number | undefined)[] = [];
    values.forEach((row, r) => {
      let lines = 1;
      row.forEach((v, c) => {
        const text = cellText(v);
        if (text.length < 8) return;
        const merge = this.copy.mergeAt(r, c);
        if (merge && merge.bottom > merge.top) return;
        let w = 0;
        for (let k = merge?.left ?? c; k <= (merge?.right ?? c); k++) w += widths[k] ?? 12;
        lines = Math.max(lines, linesFor(text, w));
      });
      if (lines > 1) heights[r] = linesHeight(lines);
    });
    return heights;
  }
}
