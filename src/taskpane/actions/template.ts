import { TEMPLATES } from "../../core/templates";
import { scaffold, type ScaffoldOptions } from "../../core/templates/scaffold";
import type { TemplateId } from "../../core/templates/spec";
import { planFromJobDescription } from "../../core/transform/plan-from-job-description";
import { reportFromPlan, reportKindOf } from "../../core/transform/report-from-plan";
import { findTable, extent } from "../../core/transform/table-scan";
import type { Bilingual } from "../../core/text";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import { Refusal, type Journal } from "../failure";
import { sayBoth } from "../strings";
import {
  readActiveSheet,
  readSheetPlan,
  writeTemplateSheet,
  type WriteProgressListener,
} from "./sheet";

/** What the person typed into the template view. */
export interface TemplateForm {
  template: TemplateId;
  org: string;
  unit: string;
  year: string;
  period: "half" | "year";
  approver: string;
  drafter: string;
}

export interface SheetMade {
  sheet: string;
  state: WorkbookState;
  warnings: Bilingual[];
}

const given = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());

/** The scaffold options of the fields the person filled (empty ones stay prompts in the sheet). */
export function scaffoldOptions(form: TemplateForm): ScaffoldOptions {
  const options: ScaffoldOptions = { period: form.period };
  const org = given(form.org);
  const unit = given(form.unit);
  const year = Number(given(form.year));
  const approver = given(form.approver);
  const drafter = given(form.drafter);
  if (org) options.org = org;
  if (unit) options.unit = unit;
  if (Number.isInteger(year) && year > 1900 && year < 2200) options.year = year;
  if (approver) options.approver = { name: approver };
  if (drafter) options.drafter = { name: drafter };
  return options;
}

/** A new sheet of the chosen template, empty or with the example rows. */
export async function createTemplateSheet(
  port: WorkbookPort,
  state: WorkbookState,
  form: TemplateForm,
  example: boolean,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const made = scaffold(form.template, scaffoldOptions(form), example);
  const written = await writeTemplateSheet(
    port,
    state,
    made.sheet,
    form.template,
    journal,
    onProgress,
  );
  return { ...written, warnings: [] };
}

/** The fulfilment report of the plan on the active sheet, on a new sheet. */
export async function createReportSheet(
  port: WorkbookPort,
  state: WorkbookState,
  form: TemplateForm,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const { sheet, grid } = await readActiveSheet(port);
  const plan = readSheetPlan(state, sheet, grid);
  const template = plan.template;
  if (template !== "org-plan" && template !== "individual-plan") {
    throw new Refusal(sayBoth("notAPlan", { sheet, kind: TEMPLATES[template].name }));
  }
  const { period, ...options } = scaffoldOptions(form);
  const made = reportFromPlan({
    grid,
    template,
    columns: plan.header.columns,
    headerTop: plan.header.headerTop,
    dataTop: plan.header.dataTop,
    period: period ?? "half",
    options,
  });
  const reportId = reportKindOf(template);
  const written = await writeTemplateSheet(port, state, made.sheet, reportId, journal, onProgress);
  return { ...written, warnings: made.warnings };
}

/** An individual plan started from the job description on the active sheet, on a new sheet. */
export async function createPlanFromJob(
  port: WorkbookPort,
  state: WorkbookState,
  form: TemplateForm,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const { sheet, grid } = await readActiveSheet(port);
  const job = TEMPLATES["job-description"];
  const area = extent(grid);
  if (!findTable(grid, job.columns, area.top, area.bottom)) {
    throw new Refusal(sayBoth("notAJobDescription", { sheet }));
  }
  const options = scaffoldOptions(form);
  delete options.period;
  const made = planFromJobDescription({ grid, options });
  const written = await writeTemplateSheet(
    port,
    state,
    made.sheet,
    "individual-plan",
    journal,
    onProgress,
  );
  return { ...written, warnings: made.warnings };
}
