import { planCompute, type CellWrite, type KeptCell } from "../../core/compute";
import { evaluatePlan } from "../../core/evaluate";
import { cellText, parseAddress, type Grid } from "../../core/grid";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";
import { sayBoth } from "../strings";
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
  state: WorkbookState;
}

function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function keptShown(grid: Grid, k: KeptCell): KeptShown {
  const pos = parseAddress(k.cell);
  const format = pos
    ? grid.numberFormats?.[pos.row - grid.origin.row]?.[pos.col - grid.origin.col]
    : undefined;
  const isPercent =
    typeof k.current === "number" && typeof format === "string" && format.includes("%");
  return {
    ...k,
    shown: isPercent ? percentText(k.current as number) : cellText(k.current),
    computedShown: k.kind === "fulfilment" ? `${k.computed}%` : String(k.computed),
  };
}

/**
 * Fill the active sheet's fulfilment % and ratings: empty cells and cells the add-in filled
 * before; a value a person typed stays (DOMAIN section 8). The cells it owns go back into the
 * workbook state so that the next run can tell its own values from a person's.
 */
export async function computeActiveSheet(
  port: WorkbookPort,
  state: WorkbookState,
  journal: Journal,
): Promise<ComputeRun> {
  const { sheet, grid } = await readActiveSheet(port);
  const plan = readSheetPlan(state, sheet, grid);
  const evaluation = evaluatePlan(plan, state.settings);
  const owned = Object.prototype.hasOwnProperty.call(state.sheets, sheet)
    ? state.sheets[sheet]
    : { computed: [] };
  const { writes, kept, owned: after } = planCompute(evaluation, owned);
  const columns = plan.header.columns;
  const computable = columns.fulfilment !== undefined || columns.rating !== undefined;
  if (writes.length > 0) {
    await port.writeCells(
      sheet,
      writes.map((w) => ({ cell: w.cell, value: w.value, numberFormat: w.numberFormat })),
    );
    journal.record(sayBoth("doneCells", { sheet, count: writes.length }));
  }
  const next = await saveState(
    port,
    withSheet(state, sheet, {
      template: plan.template,
      computed: after.computed,
      computedValues: after.computedValues,
    }),
  );
  return { sheet, writes, kept: kept.map((k) => keptShown(grid, k)), computable, state: next };
}
