import type { Grid } from "../grid";
import type { Plan } from "../plan/model";
import { TEMPLATES } from "../templates";
import { CopiedDocument } from "./copied-document";
import type { TransformResult } from "./report-from-plan";

/**
 * A plan or report read from another file (a Word document) as the official template sheet:
 * its rows, title, approval and sign-off cell for cell, with the template's look.
 */
export function importedDocument(input: { grid: Grid; plan: Plan }): TransformResult {
  const spec = TEMPLATES[input.plan.template];
  const sheet = new CopiedDocument(input.grid, input.plan).toModel(spec, spec);
  return { sheet, template: spec.id, warnings: [] };
}
