/**
 * The sizes people have, made from the seed documents: seed 003's plan as it stands (141 rows,
 * an office's year plan) and a 600-row report of seed 000's rows, its table body written out
 * again with each copy's item numbers moved on, as a large office's year-end report would run.
 */
import type { CellValue, Grid } from "../src/core/grid";
import { seed000 } from "../test/fixtures/seeds/seed000";
import { seed003 } from "../test/fixtures/seeds/seed003";

/** The plan: seed 003 (org-plan), 141 rows. */
export const realPlan: Grid = seed003;

/** Seed 000's table body: the first section row up to the signature under the table. */
const BODY_FIRST = 13; // row 14, "Нэг. Бодлогын баримт бичигт…"
const BODY_END = 52; // row 53, the unit's name under the table

/** "3.1.2." in the copy `k` (0 for the seed's own rows) reads "3+4k.1.2.": no number repeats. */
function movedOn(value: CellValue, k: number): CellValue {
  if (k === 0 || typeof value !== "string") return value;
  const m = /^(\d+)(\.\d.*)$/su.exec(value);
  return m ? `${Number(m[1]) + 4 * k}${m[2]}` : value;
}

/** A report of seed 000's rows with `rows` rows in all (header and signature included). */
export function realReport(rows = 600): Grid {
  const head = seed000.cells.slice(0, BODY_FIRST);
  const body = seed000.cells.slice(BODY_FIRST, BODY_END);
  const tail = seed000.cells.slice(BODY_END);
  const cells: CellValue[][] = [...head];
  for (let k = 0; cells.length + tail.length < rows; k++) {
    for (const row of body) {
      if (cells.length + tail.length >= rows) break;
      cells.push(row.map((v, c) => (c === 0 ? movedOn(v, k) : v)));
    }
  }
  cells.push(...tail);
  return { ...seed000, cells };
}
