import { evaluatePlan, type Evaluation } from "../evaluate";
import { totalFigure } from "../evaluate/totals";
import { cellAddress, cellKey, cellText, parseAddress, type CellValue } from "../grid";
import type { CellRef, Plan } from "../plan/model";
import { figureIn } from "../checks/calc-figure";
import { isPercentFormat } from "../cells/number-format";
import { roundFigure, suggestRating } from "../ratings";

/** A value the add-in writes into a cell of the checked sheet. */
export interface CellWrite {
  row: number;
  col: number;
  cell: string;
  value: number;
  numberFormat?: string;
  /** A criterion's fulfilment %, a measure's rating, or the table's average on its total row. */
  kind: "fulfilment" | "rating" | "average";
}

/** A cell the add-in would have filled but left alone because a person typed there. */
export interface KeptCell {
  cell: string;
  current: CellValue;
  /** The add-in's figure, 0–100. */
  computed: number;
  kind: CellWrite["kind"];
  /** The cell holds a percentage (a fulfilment column), not a plain figure (a rating column). */
  percent: boolean;
  /** The person's formula in the cell ("=IFERROR(G12/F12,"")"), shown in place of its value. */
  formula?: string;
}

/**
 * The formulas in cells Compute would write, by A1 address, as the workbook holds them (with
 * their "="): a person's, since the add-in writes values only. Such a cell is kept whatever it
 * shows, an empty text too (=IFERROR(…,"")). Asked only of the cells Compute would write.
 */
export type FormulaCells = Pick<ReadonlyMap<string, string>, "get">;

/** The cells the add-in computed before, as kept in the workbook (DOMAIN section 8). */
export interface OwnedCells {
  computed: string[];
  /** What it wrote, so a value a person typed over it is recognised and kept. */
  computedValues?: Record<string, string | number>;
}

export interface ComputePlan {
  writes: CellWrite[];
  kept: KeptCell[];
  /** The owned cells after the writes, to store back in the workbook. */
  owned: Required<OwnedCells>;
}

/** A fulfilment figure as Excel holds a typed percentage: 64 → 0.64 shown with "0%". */
export function percentCell(figure: number): { value: number; numberFormat: string } {
  return {
    value: Number((figure / 100).toPrecision(15)),
    numberFormat: Number.isInteger(figure) ? "0%" : "0.0%",
  };
}

/** What a write puts in its cell, as the cell shows it ("97.5%" for a percentage). */
export function writtenText(w: CellWrite): string {
  return isPercentFormat(w.numberFormat)
    ? `${roundFigure(w.value * 100, "round")}%`
    : String(w.value);
}

/** The figure the add-in would have written in a kept cell, as that cell would show it. */
export function keptText(k: KeptCell): string {
  return k.percent ? `${k.computed}%` : String(k.computed);
}

/** An average as its total cell holds it: a percentage in a fulfilment column, else "97.5". */
function averageCell(figure: number, percent: boolean): { value: number; numberFormat: string } {
  return percent ? percentCell(figure) : { value: figure, numberFormat: "0.0" };
}

function isEmpty(v: CellValue): boolean {
  return cellText(v).trim() === "";
}

/** A cell the add-in would fill, with what it holds now. */
interface Candidate {
  row: number;
  col: number;
  cell: string;
  current: CellValue;
  computed: number;
  kind: CellWrite["kind"];
  stated: number | null;
  percent: boolean;
}

/**
 * The add-in's cells that rows inserted or deleted by a person have moved (its record keeps A1
 * addresses, which Excel does not move): a cell holding exactly what the record says the add-in
 * wrote in another cell of its column, where that value no longer is, is that cell moved.
 * `found`: the cells where they are now; `gone`: the records they replace.
 */
function movedRecords(
  candidates: Candidate[],
  owned: OwnedCells,
  recorded: ReadonlySet<string>,
): { found: Set<string>; gone: Set<string> } {
  const found = new Set<string>();
  const gone = new Set<string>();
  const values = owned.computedValues;
  if (!values) return { found, gone };
  const now = new Map(candidates.map((c) => [c.cell, cellText(c.current)] as const));
  // The records by column and value, each found once: no search through all of them per cell.
  const byValue = new Map<string, string[]>();
  for (const address of owned.computed) {
    const pos = parseAddress(address);
    const was = values[address];
    if (!pos || was === undefined) continue;
    const text = cellText(was);
    const there = now.get(address);
    if (there === text) continue; // still where it was written
    // An empty figure cell at its address is the same cell emptied, which the add-in fills
    // again as its own; taking a like value elsewhere too would claim two cells for one record.
    if (there !== undefined && there.trim() === "") continue;
    const key = `${pos.col}:${text}`;
    byValue.set(key, [...(byValue.get(key) ?? []), address]);
  }
  for (const c of candidates) {
    if (isEmpty(c.current) || recorded.has(c.cell)) continue;
    const record = byValue.get(`${c.col}:${cellText(c.current)}`)?.shift();
    if (record === undefined) continue;
    found.add(c.cell);
    gone.add(record);
  }
  return { found, gone };
}

/** The cell still holds what the add-in wrote there (so replacing it loses nothing typed). */
function stillOurs(
  cell: string,
  current: CellValue,
  owned: OwnedCells,
  recorded: ReadonlySet<string>,
): boolean {
  if (!recorded.has(cell)) return false;
  const was = owned.computedValues?.[cell];
  return was === undefined || cellText(was) === cellText(current) || isEmpty(current);
}

/**
 * Which fulfilment % (and, where the scheme computes them, rating) cells to fill: empty cells
 * and cells the add-in filled before; a value a person typed is never overwritten (DOMAIN 8).
 * Percentages are written as Excel percentages (0.64 with format "0%"), as a typed "64%" is.
 */
export function planCompute(
  e: Evaluation,
  owned: OwnedCells = { computed: [] },
  formulas: FormulaCells = new Map(),
): ComputePlan {
  const fulfilmentCol = e.plan.header.columns.fulfilment;
  const candidates: Candidate[] = [];
  const consider = (
    row: number,
    col: number,
    current: CellValue,
    computed: number,
    kind: CellWrite["kind"],
    stated: number | null,
    format?: string | null,
  ) => {
    // A rating column a person formatted as percentages («70%» typed is 0.7) takes fractions too.
    const percent =
      kind === "fulfilment" ||
      (kind === "average" && col === fulfilmentCol) ||
      isPercentFormat(format);
    candidates.push({
      row,
      col,
      cell: cellAddress(row, col),
      current,
      computed,
      kind,
      stated,
      percent,
    });
  };

  if (fulfilmentCol !== undefined) {
    for (const c of e.criteria) {
      const r = c.computed;
      if (!r || (r.status !== "computed" && r.status !== "met")) continue;
      const cellRef = c.criterion.fulfilment;
      const stated = c.stated.kind === "percent" ? c.stated.value : null;
      const figure = roundFigure(r.value, e.settings.rounding);
      consider(
        c.criterion.row,
        fulfilmentCol,
        cellRef?.value ?? null,
        figure,
        "fulfilment",
        stated,
      );
    }
  }

  const ratingCol = e.plan.header.columns.rating;
  if (ratingCol !== undefined && e.scheme.thresholds.length > 0) {
    const seen = new Set<string>();
    for (const m of e.measures) {
      if (m.fulfilment === null || m.notDue) continue;
      const ref = m.measure.rating ?? m.objective.rating;
      const row = ref?.row ?? m.measure.row;
      const key = `${row}:${ratingCol}`;
      if (seen.has(key)) continue; // a rating merged over several measures is written once
      seen.add(key);
      const stated = m.rating?.kind === "rating" ? m.rating.value : null;
      const suggested = suggestRating(m.fulfilment, e.scheme);
      consider(row, ratingCol, ref?.value ?? null, suggested, "rating", stated, ref?.numberFormat);
    }
  }

  // The average on a total row ("Дундаж үнэлгээ"): the pooled figure of the measures it sums up
  // (its part's, on a sheet of two parts), as the check holds it; kept right by each compute as
  // rows come and go (a formula's range would not grow with them).
  const averageCol = e.plan.header.columns.rating ?? fulfilmentCol;
  if (averageCol !== undefined) {
    for (const total of e.plan.totals) {
      const { exact } = totalFigure(total, e);
      if (exact === null) continue;
      const ref = total.value?.col === averageCol ? total.value : undefined;
      const stated = ref ? figureIn(ref) : null;
      const figure = roundFigure(exact, e.settings.rounding);
      const format = ref?.numberFormat;
      consider(
        total.row,
        averageCol,
        ref?.value ?? null,
        figure,
        "average",
        stated?.value ?? null,
        format,
      );
    }
  }

  const writes: CellWrite[] = [];
  const kept: KeptCell[] = [];
  const recorded = new Set(owned.computed);
  const moved = movedRecords(candidates, owned, recorded);
  for (const c of candidates) {
    const { row, col, cell, current, computed, kind, stated, percent } = c;
    const free =
      isEmpty(current) || stillOurs(cell, current, owned, recorded) || moved.found.has(cell);
    const formula = free ? formulas.get(cell) : undefined;
    if (free && formula === undefined) {
      const form =
        kind === "fulfilment"
          ? percentCell(computed)
          : kind === "average"
            ? averageCell(computed, percent)
            : percent
              ? percentCell(computed)
              : { value: computed };
      writes.push({ row, col, cell, kind, ...form });
    } else if (stated === null || Math.abs(stated - computed) >= 0.05) {
      kept.push(
        formula === undefined
          ? { cell, current, computed, kind, percent }
          : { cell, current, computed, kind, percent, formula },
      );
    }
  }

  const written = new Map(writes.map((w) => [w.cell, w.value] as const));
  const keptCells = new Set(kept.map((k) => k.cell));
  const computed = [
    ...owned.computed.filter((c) => !written.has(c) && !keptCells.has(c) && !moved.gone.has(c)),
    ...written.keys(),
  ];
  const computedValues: Record<string, string | number> = {};
  for (const c of computed) {
    const v = written.get(c) ?? owned.computedValues?.[c];
    if (v !== undefined) computedValues[c] = v;
  }
  return { writes, kept, owned: { computed, computedValues } };
}

const isCellRef = (v: unknown): v is CellRef =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as CellRef).row === "number" &&
  typeof (v as CellRef).col === "number" &&
  "value" in v;

/** The plan as it reads once the writes are in its cells: every cell at a written position holds what was written. */
function planWithWrites(plan: Plan, writes: readonly CellWrite[]): Plan {
  const written = new Map(writes.map((w) => [cellKey(w), w] as const));
  const swap = (ref: CellRef): CellRef => {
    const w = ref.absent ? undefined : written.get(cellKey(ref));
    if (!w) return ref;
    return { ...ref, value: w.value, numberFormat: w.numberFormat ?? ref.numberFormat };
  };
  // Each element's own cells (text, levels, fulfilment, rating …) are swapped; its children are mapped below.
  const cellsOf = <T extends object>(element: T): T => {
    const out = { ...element } as Record<string, unknown>;
    for (const [key, v] of Object.entries(out)) if (isCellRef(v)) out[key] = swap(v);
    return out as T;
  };
  return {
    ...plan,
    goals: plan.goals.map((g) => ({
      ...cellsOf(g),
      objectives: g.objectives.map((o) => ({
        ...cellsOf(o),
        measures: o.measures.map((m) => ({ ...cellsOf(m), criteria: m.criteria.map(cellsOf) })),
      })),
    })),
  };
}

/**
 * The evaluation of the sheet once compute's writes are in it, without reading the sheet again:
 * the writes fill only figure cells of rows the plan already holds (a figure never names a
 * column nor makes a row something else), so the plan keeps its shape and only those cells'
 * values change. Level readings of untouched cells are reused.
 */
export function evaluationAfter(e: Evaluation, writes: readonly CellWrite[]): Evaluation {
  if (writes.length === 0) return e;
  return evaluatePlan(planWithWrites(e.plan, writes), e.settings, e);
}
