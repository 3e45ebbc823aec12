import { percentCell } from "../../core/compute";
import type { CellValue, Grid } from "../../core/grid";
import { measuresOf, objectivesOf, type Plan } from "../../core/plan/model";
import type { SheetModel } from "../../core/sheet";
import { TEMPLATES } from "../../core/templates";
import type { DocumentSheet } from "./write-layout";

/**
 * A summary sheet as the add-in writes it (the товчоо with its conclusion, the fulfilment
 * summary): its title on the first row, its table's header the rows it repeats when printed.
 */
export function summaryDocumentSheet(model: SheetModel): DocumentSheet {
  const repeat = model.print?.repeatRows;
  return { model, headers: repeat ? [repeat] : [], title: 0, derived: true };
}

/** How a sheet looks beyond its values, where the reader knows it (the .xlsx file). */
export type SheetLook = Pick<SheetModel, "columnWidths" | "styles">;

/**
 * A table sheet as read (values, merges, number formats) with its plan: each table's header as
 * the plan found it, the rows of its goals, objectives, measures and totals as the table's.
 */
export function planDocumentSheet(grid: Grid, plan: Plan, look: SheetLook = {}): DocumentSheet {
  const { row: top, col: left } = grid.origin;
  const width = left + Math.max(0, ...grid.cells.map((r) => r.length));
  const values: CellValue[][] = [];
  for (let r = 0; r < top + grid.cells.length; r++) {
    const row = grid.cells[r - top] ?? [];
    values.push(Array.from({ length: width }, (_, c) => row[c - left] ?? null));
  }
  const formats: NonNullable<SheetModel["styles"]> = [];
  grid.numberFormats?.forEach((row, i) =>
    row.forEach((numberFormat, j) => {
      if (!numberFormat || numberFormat === "General") return;
      const at = { top: top + i, left: left + j, bottom: top + i, right: left + j };
      formats.push({ range: at, style: { numberFormat } });
    }),
  );
  // A fulfilment column of fractions prints as the percentages the add-in read ("60%", not
  // "0,6"), in the format Compute writes: the document is official, and read back it gives the
  // same figures.
  for (const cell of plan.fractions ?? []) {
    const figure = Number(((cell.value as number) * 100).toPrecision(15));
    const at = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    formats.push({ range: at, style: { numberFormat: percentCell(figure).numberFormat } });
  }
  const model: SheetModel = {
    name: grid.sheet ?? plan.sheet ?? "",
    values,
    merges: grid.merges ?? [],
    columnWidths: look.columnWidths ?? templateWidths(plan),
    styles: [...(look.styles ?? []), ...formats],
  };
  const dataRows = new Set<number>();
  // Objectives under no goal sit in one without a label, and without a row of its own.
  for (const g of plan.goals) if (g.label) dataRows.add(g.row);
  for (const o of objectivesOf(plan)) {
    if (!o.implicit) dataRows.add(o.row);
    if (o.declaredCount) dataRows.add(o.declaredCount.row);
  }
  for (const m of measuresOf(plan)) {
    for (let r = m.rows.top; r <= m.rows.bottom; r++) dataRows.add(r);
  }
  for (const t of plan.totals) dataRows.add(t.row);
  const tables = plan.tables ?? [plan.header];
  return {
    model,
    headers: tables.map((t) => ({ top: t.headerTop, bottom: t.headerBottom })),
    dataRows,
    title: plan.title?.row,
  };
}

/** Column widths as the plan's template lays its columns out, where the sheet's are not known. */
function templateWidths(plan: Plan): number[] {
  const widths: number[] = [];
  for (const spec of TEMPLATES[plan.template].columns) {
    const col = plan.header.columns[spec.role];
    if (col !== undefined) widths[col] = spec.width;
  }
  return Array.from(widths, (w) => w ?? 0);
}
