import { cellAddress, cellText, type CellValue, type Grid, type Merge } from "../grid";
import { objectivesOf, type Measure, type Objective, type Plan } from "../plan/model";
import { parseItemNumber, type ItemNumber } from "../cells/item-numbers";
import { bi, type Bilingual } from "../text";

/** What a person adds under the selected row: a new activity, or another criterion of one. */
export type RowKind = "activity" | "criterion";

/** The change that adds a row to a plan or report, as Excel makes it. */
export interface RowInsertion {
  /** A whole row goes in before this sheet row (Excel gives it the formats of the row above). */
  at: number;
  /** Values to write once it is there: the new activity's number, the numbers after it. */
  writes: { cell: string; value: CellValue }[];
  /** Merges to make: an activity's own cells over its rows, the new one among them. */
  merges: Merge[];
}

export type InsertionPlan =
  { ok: true; insertion: RowInsertion } | { ok: false; reason: Bilingual };

/** A number written as the one it follows is ("1.2." → "1.3.", 3 → 4, "Арга хэмжээ 2.3" → "…2.4"). */
function written(number: ItemNumber, like: CellValue): CellValue {
  const digits = `${number.parts.join(".")}${number.trailingDot ? "." : ""}`;
  if (typeof like === "number" && number.parts.length === 1) return number.parts[0];
  return number.prefix ? `${number.prefix} ${digits}` : digits;
}

function next(number: ItemNumber, by = 1): ItemNumber {
  const parts = [...number.parts];
  parts[parts.length - 1] += by;
  return { ...number, parts };
}

/** The measure whose rows hold `row`, with its objective. */
function measureAt(plan: Plan, row: number): { measure: Measure; objective: Objective } | null {
  for (const objective of objectivesOf(plan)) {
    for (const measure of objective.measures) {
      if (measure.rows.top <= row && row <= measure.rows.bottom) return { measure, objective };
    }
  }
  return null;
}

const NOT_IN_A_MEASURE = bi(
  "Сонгосон нүд арга хэмжээний мөрөнд биш байна: мөр нэмэх арга хэмжээний аль нэг нүдийг сонгоно уу.",
  "The selected cell is not in an activity's rows: select a cell of the activity to add a row to.",
);

/**
 * Where a new row goes and what it holds. An activity goes in after the selected one's rows,
 * numbered next, the activities after it in its objective numbered on; a criterion goes in
 * after the selected activity's rows, the activity's own merged cells (number, text …) grown
 * over it.
 */
export function planRowInsertion(
  plan: Plan,
  grid: Grid,
  row: number,
  kind: RowKind,
): InsertionPlan {
  const found = measureAt(plan, row);
  if (!found) return { ok: false, reason: NOT_IN_A_MEASURE };
  const { measure, objective } = found;
  const at = measure.rows.bottom + 1;
  const shifted = (r: number) => (r >= at ? r + 1 : r);
  if (kind === "criterion") {
    const merges = (grid.merges ?? [])
      .filter(
        (m) => m.top === measure.rows.top && m.bottom === measure.rows.bottom && m.left === m.right,
      )
      .map((m) => ({ ...m, bottom: m.bottom + 1 }));
    // An activity written on one row has no merges yet: its own cells span its rows from now on.
    if (merges.length === 0 && measure.rows.top === measure.rows.bottom) {
      for (const ref of [measure.number, measure.text, measure.budget]) {
        if (ref && !ref.absent)
          merges.push({ top: ref.row, left: ref.col, bottom: at, right: ref.col });
      }
    }
    return { ok: true, insertion: { at, writes: [], merges } };
  }
  const number = measure.number;
  const parsed = parseItemNumber(cellText(number.value));
  const writes: RowInsertion["writes"] = [];
  if (parsed && !number.absent) {
    writes.push({ cell: cellAddress(at, number.col), value: written(next(parsed), number.value) });
    // The activities after it in its objective, numbered on from the new one.
    const after = objective.measures.slice(objective.measures.indexOf(measure) + 1);
    after.forEach((m, i) => {
      const own = parseItemNumber(cellText(m.number.value));
      if (!own || m.number.absent) return;
      const expected = next(parsed, i + 1);
      if (own.parts.join(".") !== expected.parts.join(".")) return;
      writes.push({
        cell: cellAddress(shifted(m.number.row), m.number.col),
        value: written(next(own), m.number.value),
      });
    });
  }
  return { ok: true, insertion: { at, writes, merges: [] } };
}
