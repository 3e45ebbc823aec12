import type { CriterionEvaluation } from "../evaluate";
import { percentCell } from "../compute";
import type { Finding, Fix } from "../finding";
import { cellAddress, cellText } from "../grid";
import type { Quantity } from "../levels";
import type { CellRef } from "../plan/model";
import type { Settings } from "../settings";
import { finding } from "./catalogue";
import { mean, roundTo } from "../ratings";
import { comparedDecimals, judgeStated, statedCells, type StatedCell } from "../evaluate/stated";
import {
  figureFix,
  figureIn,
  formatFigure,
  inCellForm,
  readFigure,
  type WrittenFigure,
} from "./calc-figure";
import { expectedFulfilment, type ExpectedFulfilment } from "./calc-expected";
import {
  cannotComputeMessage,
  fractionsMessage,
  habitMessage,
  missingMessage,
  mismatchMessage,
  noTargetMessage,
  overAchievedMessage,
  unexplainedMarkMessage,
} from "./calc-messages";
import type { Check } from "./context";

const LETTER = /\p{L}/u;

/** The figure a cell shared by several criteria should hold: their mean, when all compute. */
function expectedFor(group: StatedCell, settings: Settings): ExpectedFulfilment | null {
  if (group.criteria.length === 1) return expectedFulfilment(group.criteria[0], settings);
  const each = group.criteria.map((ce) => expectedFulfilment(ce, settings));
  if (each.some((e) => e === null)) return null;
  const all = each as ExpectedFulfilment[];
  const average = (xs: number[]) => mean(xs) ?? 0; // `all` has two or more figures
  return {
    value: average(all.map((e) => e.value)),
    uncapped: average(all.map((e) => e.uncapped)),
    certain: all.every((e) => e.certain),
    target: null,
    achieved: null,
  };
}

/** The stated percentage as written, for messages ("63%"). */
function shownStated(written: WrittenFigure | null, value: number): string {
  return written ? `${formatFigure(written.value, written.comma)}%` : `${formatFigure(value)}%`;
}

/**
 * Where a stated percentage is written: its cell, the figure as written there, and the fix
 * that writes another figure in its place (the whole cell, or only the percentage in a cell
 * that also holds the level).
 */
interface StatedPlace {
  cell: CellRef;
  written: WrittenFigure | null;
  fix(figure: number): Fix;
}

/** A fulfilment cell of its own: a fix writes the figure the way the cell holds its figure. */
function ownCell(cell: CellRef): StatedPlace {
  const written = figureIn(cell);
  const address = cellAddress(cell.row, cell.col);
  return {
    cell,
    written,
    fix: (figure) => figureFix(address, inCellForm(figure, cell, "text-percent", written), cell),
  };
}

/** The percentage inside an achieved cell ("6700 (100,5%)"): a fix rewrites only it. */
function withinAchieved(cell: CellRef, percent: Quantity): StatedPlace {
  const text = cellText(cell.value);
  const written = readFigure(percent.source);
  const end = percent.start + percent.source.length;
  return {
    cell,
    written,
    fix: (figure) => ({
      cell: cellAddress(cell.row, cell.col),
      value: `${text.slice(0, percent.start)}${inCellForm(figure, { value: percent.source }, "text-percent", written)}${text.slice(end)}`,
    }),
  };
}

function checkStated(
  place: StatedPlace,
  stated: number,
  expected: ExpectedFulfilment,
  settings: Settings,
): Finding | null {
  const { cell, written } = place;
  const rounding = settings.rounding;
  const seen = judgeStated(cell, stated, expected, settings, written);
  if (seen === "equal") return null;
  const computed = roundTo(expected.value, 1, rounding);
  const fix = expected.certain ? place.fix(computed) : undefined;
  const shown = shownStated(written, stated);
  // Over-achievement written while the settings cap at 100: a habit, not a wrong figure.
  if (seen === "over-achieved") {
    return finding("CALC-MISMATCH", cell, overAchievedMessage(shown), { severity: "note", fix });
  }
  if (seen === "other-habit") {
    // Only the rounding habit differs: the fix keeps the precision the person wrote.
    const decimals = comparedDecimals(written, stated);
    const figure = roundTo(expected.value, decimals, rounding);
    const message = habitMessage(shown, expected.value, figure, rounding);
    const habitFix = expected.certain ? place.fix(figure) : undefined;
    return finding("CALC-MISMATCH", cell, message, { severity: "note", fix: habitFix });
  }
  const message = mismatchMessage(shown, computed, expected);
  return finding(
    "CALC-MISMATCH",
    cell,
    message,
    expected.certain ? { fix } : { severity: "warning" },
  );
}

/** The column's first stated percentage with its figure, read once: empty cells' fixes follow it. */
interface ModelCell {
  cell: CellRef;
  figure: WrittenFigure | null;
}

function checkMissing(
  group: StatedCell,
  expected: ExpectedFulfilment | null,
  model: ModelCell | undefined,
  settings: Settings,
): Finding {
  const { cell, criteria } = group;
  const ce = criteria[0];
  const holds = ce.stated.kind === "other" ? ce.stated.text : null;
  if (!expected) {
    const computed = ce.computed;
    const reason = computed && computed.status === "none" ? computed.reason : null;
    return finding("CALC-MISSING", cell, cannotComputeMessage(holds, reason));
  }
  const computed = roundTo(expected.value, 1, settings.rounding);
  const address = cellAddress(cell.row, cell.col);
  const fix = expected.certain ? missingFix(address, computed, cell, model) : undefined;
  // The finding is placed by the address the fix names: it is made once.
  return finding("CALC-MISSING", address, missingMessage(holds, computed, expected), { fix });
}

/**
 * An empty cell gets what "Тооцоолох" writes (an Excel percentage), unless the column's
 * figures are typed as text ("64%"), which the fix then follows.
 */
function missingFix(address: string, computed: number, cell: CellRef, model?: ModelCell): Fix {
  const asText = typeof model?.cell.value === "string" || cellText(cell.value).trim() !== "";
  if (!asText) return { cell: address, ...percentCell(computed) };
  const value = model
    ? inCellForm(computed, model.cell, "text-percent", model.figure)
    : inCellForm(computed, cell);
  return figureFix(address, value, model?.cell ?? cell);
}

/** A criterion without a target; made once here, not as a new function for every cell. */
const targetless = (c: CriterionEvaluation): boolean => c.target.kind === "empty";

/** "*" or "-" needs a reason in the achieved column; a percentage needs a target. */
function checkJustified(group: StatedCell): Finding | null {
  const { cell, criteria } = group;
  const ce = criteria[0];
  if (ce.stated.kind === "not-due") {
    if (criteria.every((c) => !c.criterion.achieved || c.criterion.achieved.absent)) return null;
    const explained = criteria.some((c) =>
      LETTER.test(cellText(c.criterion.achieved?.value ?? null).replace(/<[^<>]*>/gu, "")),
    );
    return explained
      ? null
      : finding("CALC-UNJUSTIFIED", cell, unexplainedMarkMessage(ce.stated.text));
  }
  if (ce.stated.kind === "percent" && criteria.every(targetless)) {
    const message = noTargetMessage(
      shownStated(figureIn(cell), ce.stated.value),
      cellText(ce.criterion.target.value),
    );
    return finding("CALC-UNJUSTIFIED", cell, message);
  }
  return null;
}

/**
 * CALC-MISMATCH, CALC-MISSING and CALC-UNJUSTIFIED over a report's Гүйцэтгэлийн хувь column
 * (DOMAIN sections 4 and 7). Plans and rated tables have no such column and give nothing.
 */
export const calcChecks: Check = ({ evaluation, settings }) => {
  const groups = statedCells(evaluation.criteria);
  const first = groups.find((g) => g.criteria[0].stated.kind === "percent")?.cell;
  const model = first && { cell: first, figure: figureIn(first) };
  const found: Finding[] = [];
  for (const group of groups) {
    const stated = group.criteria[0].stated;
    const unjustified = checkJustified(group);
    if (unjustified) found.push(unjustified);
    if (stated.kind === "not-due" || unjustified) continue;
    const expected = expectedFor(group, settings);
    if (stated.kind === "percent") {
      const mismatch =
        expected && checkStated(ownCell(group.cell), stated.value, expected, settings);
      if (mismatch) found.push(mismatch);
      continue;
    }
    found.push(checkMissing(group, expected, model, settings));
  }
  for (const ce of evaluation.criteria) {
    const percent = ce.statedWithin;
    const cell = ce.criterion.achieved;
    if (!percent || !cell) continue;
    const expected = expectedFulfilment(ce, settings);
    const mismatch =
      expected && checkStated(withinAchieved(cell, percent), percent.value, expected, settings);
    if (mismatch) found.push(mismatch);
  }
  const fractions = fractionsNote(evaluation.plan.fractions ?? []);
  if (fractions) found.push(fractions);
  return found;
};

/**
 * VALUE-FORMAT at the first of the column's fractions (the reader marks them: 0.6 in General is
 * 60%), once for the sheet: no fix, since a fraction is often a formula's result (=G12/F12) and
 * a fix writes a value. Formatting the column is the person's step.
 */
function fractionsNote(cells: CellRef[]): Finding | null {
  const first = cells[0];
  if (!first) return null;
  return finding("VALUE-FORMAT", first, fractionsMessage(cells.length, first.value as number));
}
