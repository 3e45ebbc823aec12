import { ANTICORRUPTION_REPORT } from "./anticorruption-report";
import { INDIVIDUAL_PLAN } from "./individual-plan";
import { INDIVIDUAL_REPORT } from "./individual-report";
import { JOB_DESCRIPTION } from "./job-description";
import { ORG_PLAN } from "./org-plan";
import { ORG_REPORT } from "./org-report";
import { RATED_REPORT } from "./rated-report";
import { TEMPLATE_IDS, type TemplateId, type TemplateSpec } from "./spec";

/** Every document kind the add-in knows, by id. */
export const TEMPLATES: Record<TemplateId, TemplateSpec> = {
  "org-plan": ORG_PLAN,
  "org-report": ORG_REPORT,
  "individual-plan": INDIVIDUAL_PLAN,
  "individual-report": INDIVIDUAL_REPORT,
  "anticorruption-report": ANTICORRUPTION_REPORT,
  "job-description": JOB_DESCRIPTION,
  "rated-report": RATED_REPORT,
};

/** All templates in TEMPLATE_IDS order. */
export const ALL_TEMPLATES: readonly TemplateSpec[] = TEMPLATE_IDS.map((id) => TEMPLATES[id]);

/** The template with this id, or undefined for an unknown id (e.g. read back from a workbook). */
export function templateById(id: string): TemplateSpec | undefined {
  return (TEMPLATE_IDS as readonly string[]).includes(id) ? TEMPLATES[id as TemplateId] : undefined;
}

export type { ColumnSpec, TemplateId, TemplateSpec } from "./spec";
