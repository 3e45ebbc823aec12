import {
  evaluationAfter,
  keptText,
  planCompute,
  type CellWrite,
  type ComputePlan,
  type KeptCell,
  type OwnedCells,
} from "../../core/compute";
import { evaluatePlan, type Evaluation } from "../../core/evaluate";
import { cellText, parseAddress, type Grid } from "../../core/grid";
import { shownNumber } from "../../core/cells/number-format";
import { WorkbookError, type CellSnapshot, type WorkbookPort } from "../../workbook/port";
import { sheetEntry, withReading, type SheetState, type WorkbookState } from "../../workbook/state";
import type { TemplateId } from "../../core/templates/spec";
import type { Journal } from "../failure";
import { replacedAddresses } from "../../core/summary/replaced";
import { figureSources, type FigureSource } from "../../core/summary/sources";
import { writeCellsNoting } from "./check";
import { readActiveSheet, readSheetPlan, saveState, withSheet } from "./sheet";

/** A cell left alone, with its value as the sheet shows it. */
export interface KeptShown extends KeptCell {
  /** The person's value as displayed ("63%" for 0.63 formatted as a percentage). */
  shown: string;
  /** The add-in's figure in the same form. */
  computedShown: string;
}

export interface ComputeRun {
  sheet: string;
  writes: CellWrite[];
  kept: KeptShown[];
  /** The sheet has a fulfilment or rating column to fill. */
  computable: boolean;
  /** The overall and per-objective figures once the cells are filled, with their cells. */
  figures: { overall: FigureSource; lines: FigureSource[] };
  /** Stated fulfilment cells whose figures the computed ones replaced (each a CALC-MISMATCH). */
  replaced: string[];
  state: WorkbookState;
}

function keptShown(grid: Grid, k: KeptCell): KeptShown {
  const pos = parseAddress(k.cell);
  const format = pos
    ? grid.numberFormats?.[pos.row - grid.origin.row]?.[pos.col - grid.origin.col]
    : undefined;
  return {
    ...k,
    shown:
      k.formula ??
      (typeof k.current === "number" ? shownNumber(k.current, format) : cellText(k.current)),
    computedShown: keptText(k),
  };
}

/**
 * What Compute writes into the sheet (planCompute): a cell it would fill that holds a person's
 * formula, one showing nothing (=IFERROR(G12/F12,"")) too, is kept, never written over. Only
 * the cells it would write are read for their formulas; `read` holds them as they are, for the
 * undo's note of what the writes replace.
 */
async function planKeepingFormulas(
  port: WorkbookPort,
  sheet: string,
  evaluation: Evaluation,
  owned: OwnedCells,
): Promise<{ plan: ComputePlan; read: CellSnapshot[] }> {
  const plan = planCompute(evaluation, owned);
  if (plan.writes.length === 0) return { plan, read: [] };
  const read = await port.readCells(
    sheet,
    plan.writes.map((w) => w.cell),
  );
  const formulas = new Map(read.flatMap((c) => (c.formula ? [[c.cell, c.formula] as const] : [])));
  return { plan: formulas.size === 0 ? plan : planCompute(evaluation, owned, formulas), read };
}

/** The cells the add-in owned, and the empty ones it is about to fill with the values it will write. */
function claimed(template: TemplateId, owned: OwnedSheet, writes: CellWrite[]): SheetState {
  const fresh = writes.filter((w) => !owned.computed.includes(w.cell));
  const entry: SheetState = {
    template,
    computed: [...owned.computed, ...fresh.map((w) => w.cell)],
    computedValues: {
      ...owned.computedValues,
      ...Object.fromEntries(fresh.map((w) => [w.cell, w.value])),
    },
  };
  return withReading(entry, owned);
}

/** The cells the add-in owns on a sheet, and how the person chose to read it. */
type OwnedSheet = OwnedCells & Pick<SheetState, "year" | "period">;

/**
 * Fill the active sheet's fulfilment % and ratings: empty cells and cells the add-in filled
 * before; a value a person typed stays (DOMAIN section 8). The cells it owns go back into the
 * workbook state so that the next run can tell its own values from a person's.
 */
export async function computeActiveSheet(
  port: WorkbookPort,
  journal: Journal,
): Promise<ComputeRun> {
  // The state as the workbook holds it now (an undo in Excel may have changed it since).
  const state = (await port.loadState()).state;
  journal.before(state);
  const { sheet, grid } = await readActiveSheet(port);
  const plan = readSheetPlan(state, sheet, grid);
  const evaluation = evaluatePlan(plan, state.settings);
  const owned: OwnedSheet = sheetEntry(state, sheet) ?? { computed: [] };
  const { plan: computing, read } = await planKeepingFormulas(port, sheet, evaluation, owned);
  const { writes, kept, owned: after } = computing;
  const columns = plan.header.columns;
  const computable = columns.fulfilment !== undefined || columns.rating !== undefined;
  if (writes.length > 0) {
    // Claim the empty cells before filling them: should the write or the save after it fail,
    // the next run still knows them as its own instead of taking them for a person's figures.
    await port.saveState(withSheet(state, sheet, claimed(plan.template, owned, writes)));
    try {
      const cells = writes.map((w) => ({
        cell: w.cell,
        value: w.value,
        numberFormat: w.numberFormat,
      }));
      await writeCellsNoting(port, sheet, cells, journal, read);
    } catch (error) {
      // Nothing reached the sheet: take the claim back, so that the workbook is as it was. (A
      // batch Excel refused part way may have left cells written: they stay claimed.)
      const progress = error instanceof WorkbookError ? error.progress : undefined;
      if (progress?.rowsWritten === 0 && !progress.rowsUnsure) {
        await port.saveState(state).catch(() => undefined);
      }
      throw error;
    }
  }
  const next = await saveState(
    port,
    withSheet(
      state,
      sheet,
      withReading(
        { template: plan.template, computed: after.computed, computedValues: after.computedValues },
        owned,
      ),
    ),
  );
  const filled = evaluationAfter(evaluation, writes);
  return {
    sheet,
    writes,
    kept: kept.map((k) => keptShown(grid, k)),
    computable,
    figures: figureSources(filled),
    replaced: replacedAddresses(filled),
    state: next,
  };
}
