import type { ReportPeriod } from "../plan/title";
import { cellText, type Grid } from "../grid";
import type { Plan } from "../plan/model";
import type { SheetModel } from "../sheet";
import { TEMPLATES } from "../templates";
import type { ColumnSpec, TemplateId } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { CopiedDocument, type CopiedTable } from "./copied-document";
import { reportTitle } from "./titles";

/** A sheet made from another document, with what the person should know about it. */
export interface TransformResult {
  sheet: SheetModel;
  /** The template the new sheet holds. */
  template: TemplateId;
  warnings: Bilingual[];
}

/** The report kind a plan kind turns into. */
export function reportKindOf(
  plan: "org-plan" | "individual-plan",
): "org-report" | "individual-report" {
  return plan === "org-plan" ? "org-report" : "individual-report";
}

/** The columns of a form for a table of the given part. */
export function formColumns(template: TemplateId, part: 1 | 2): ColumnSpec[] {
  const spec = TEMPLATES[template];
  return part === 2 && spec.partTwo ? spec.partTwo.columns : spec.columns;
}

/**
 * Put in a table each column of the form it lacks, right after the column that comes before
 * it in the form (after the header group over that column, unless the form puts it in the
 * group), with the form's header, number format and no value. A column the plan's form has
 * too is the person's to leave out (Төсөв; the activities' column of an indicator plan, read
 * without it): not put back, so the report reads as its plan did. Returns the columns added.
 */
export function addFormColumns(
  doc: CopiedDocument,
  table: CopiedTable,
  form: readonly ColumnSpec[],
  planForm: readonly ColumnSpec[],
): number[] {
  const added: ColumnSpec[] = [];
  let previous: number | undefined;
  for (const c of form) {
    const col = table.roles.get(c.role);
    if (col !== undefined) {
      previous = col;
      continue;
    }
    if (planForm.some((p) => p.role === c.role)) continue;
    const after =
      previous === undefined ? doc.extent(table).left : doc.columnAfter(table, previous, c.group);
    const at = doc.insertColumn(table, after);
    table.roles.set(c.role, at);
    doc.writeHeader(table, at, c.header, c.group);
    for (let r = table.dataTop; r <= table.dataBottom; r++) {
      doc.copy.set(r, at, null, c.numberFormat);
    }
    added.push(c);
    previous = at;
  }
  return added.map((c) => table.roles.get(c.role) as number);
}

export function titleWarning(title: string, what: Bilingual): Bilingual {
  const shown = title ? `«${title}»` : "";
  return bi(
    `Гарчиг ${shown} ${what.mn} гэж уншигдсангүй: шинэ хуудасны гарчгийг шалгаж засна уу.`.replace(
      "  ",
      " ",
    ),
    `The title ${shown} does not read as ${what.en}: check the new sheet's title.`.replace(
      "  ",
      " ",
    ),
  );
}

/**
 * The fulfilment report of an approved plan, made as a person would by copying the plan: every
 * cell of the plan as it is (values, number formats, text, merges, the approval block with its
 * names and titles, the sign-off), the report's two columns (achieved level, fulfilment %) put
 * in each table after the target, the title, part headings and form words turned into the
 * report's. Columns the report form lacks (timeline, responsible unit) keep their place.
 */
export function reportFromPlan(input: {
  grid: Grid;
  plan: Plan;
  period: ReportPeriod;
}): TransformResult {
  const template = input.plan.template;
  if (template !== "org-plan" && template !== "individual-plan") {
    throw new Error(`reportFromPlan needs a plan, not ${template}`);
  }
  const planSpec = TEMPLATES[template];
  const report = reportKindOf(template);
  const reportSpec = TEMPLATES[report];
  const warnings: Bilingual[] = [];
  const doc = new CopiedDocument(input.grid, input.plan);

  for (const col of planSpec.columns) {
    if (col.required && !doc.tables[0].roles.has(col.role)) {
      warnings.push(
        bi(
          `Төлөвлөгөөнд "${col.header}" багана олдсонгүй: тайланд ч нэмэгдсэнгүй.`,
          `The plan has no "${col.header}" column: the report has none either.`,
        ),
      );
    }
  }
  for (const table of doc.tables) {
    const form = formColumns(report, table.part);
    const added = addFormColumns(doc, table, form, formColumns(template, table.part));
    doc.tidy(table);
    doc.renumber(table, added);
  }
  // An individual's report names no period in its title (seed 001).
  const period = template === "org-plan" ? input.period : null;
  if (!doc.retitle(reportTitle(period))) {
    const title = input.plan.title ? cellText(input.plan.title.value) : "";
    warnings.push(titleWarning(title, { mn: "төлөвлөгөөний гарчиг", en: "a plan's title" }));
  }
  doc.renameParts(planSpec, reportSpec);
  doc.renameSignOff(planSpec.signature, reportSpec.signature);
  return { sheet: doc.toModel(reportSpec, planSpec), template: report, warnings };
}
