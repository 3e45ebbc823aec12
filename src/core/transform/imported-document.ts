import type { Grid } from "../grid";
import { readStated } from "../evaluate";
import { measuresOf, type Plan } from "../plan/model";
import { TEMPLATES } from "../templates";
import { CopiedDocument } from "./copied-document";
import type { TransformResult } from "./report-from-plan";

/** The decimals a stated percentage is written with: "85,7%" one, "60%" none. */
const DECIMALS = /[.,](\d+)\s*%?\s*$/u;

/**
 * A plan or report read from another file (a Word document) as the official template sheet:
 * its rows, title, approval and sign-off cell for cell, with the template's look. A Word
 * document holds only text: a stated fulfilment ("60%", "85,7%") becomes the number Excel makes
 * of it when typed, shown as written, so that it is no number kept as text.
 */
export function importedDocument(input: { grid: Grid; plan: Plan }): TransformResult {
  const spec = TEMPLATES[input.plan.template];
  const doc = new CopiedDocument(input.grid, input.plan);
  for (const m of measuresOf(input.plan)) {
    for (const c of m.criteria) {
      const cell = c.fulfilment;
      const stated = cell && typeof cell.value === "string" ? readStated(cell) : null;
      if (!cell || stated?.kind !== "percent" || !/%\s*$/u.test(String(cell.value))) continue;
      const decimals = DECIMALS.exec(String(cell.value))?.[1].length ?? 0;
      const format = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
      doc.copy.set(cell.row, cell.col, stated.value / 100, format);
    }
  }
  const sheet = doc.toModel(spec, spec);
  return { sheet, template: spec.id, warnings: [] };
}
