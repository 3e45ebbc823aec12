import { TEMPLATES } from "../../core/templates";
import { scaffold, type ScaffoldOptions } from "../../core/templates/scaffold";
import type { TemplateId } from "../../core/templates/spec";
import { readPlan } from "../../core/plan/read";
import { importedDocument } from "../../core/transform/imported-document";
import { jobTable, planFromJobDescription } from "../../core/transform/plan-from-job-description";
import {
  STEP_SOURCE_NAMES,
  nextDocument,
  startsFrom,
  type NextStep,
} from "../../core/transform/next-document";
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
  form: TemplateForm,
  example: boolean,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const made = scaffold(form.template, scaffoldOptions(form), example);
  const written = await writeTemplateSheet(port, made.sheet, form.template, journal, onProgress);
  return { ...written, warnings: [] };
}

/**
 * The next document of the year's cycle from the active sheet, on a new sheet: a plan's report,
 * a half-year report's year-end report, or next year's plan from a year-end report. The active
 * sheet is copied as it is and not changed.
 */
export async function createNextDocument(
  port: WorkbookPort,
  step: NextStep,
  period: "half" | "year",
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const state = (await port.loadState()).state;
  const { sheet, grid } = await readActiveSheet(port);
  const plan = readSheetPlan(state, sheet, grid);
  if (!startsFrom(step, plan.template)) {
    throw new Refusal(
      sayBoth("notTheSource", {
        sheet,
        source: STEP_SOURCE_NAMES[step],
        kind: TEMPLATES[plan.template].name,
      }),
    );
  }
  const made = nextDocument(step, { grid, plan, period });
  const written = await writeTemplateSheet(port, made.sheet, made.template, journal, onProgress);
  return { ...written, warnings: made.warnings };
}

/** An individual plan started from the job description on the active sheet, on a new sheet. */
export async function createPlanFromJob(
  port: WorkbookPort,
  form: TemplateForm,
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  const { sheet, grid } = await readActiveSheet(port);
  if (!jobTable(grid)) {
    throw new Refusal(sayBoth("notAJobDescription", { sheet }));
  }
  const options = scaffoldOptions(form);
  delete options.period;
  const made = planFromJobDescription({ grid, options });
  const written = await writeTemplateSheet(
    port,
    made.sheet,
    "individual-plan",
    journal,
    onProgress,
  );
  return { ...written, warnings: made.warnings };
}

/**
 * A Word document's plan or report (its table, title, approval and sign-off) on a new sheet in
 * the official layout; read as the command line's `import` reads it.
 */
export async function createFromWord(
  port: WorkbookPort,
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  journal: Journal,
  onProgress?: WriteProgressListener,
): Promise<SheetMade> {
  // The Word reader (jszip, saxes) is loaded only here, when a person opens a document.
  const { readDocx } = await import("../../workbook/docx/read");
  const read = await readDocx(await file.arrayBuffer());
  if (!read.ok) throw new Refusal(read.error.message);
  const plan = readPlan(read.grid);
  if (!plan.ok) throw new Refusal(sayBoth("noTableInWord", { file: file.name }));
  const made = importedDocument({ grid: read.grid, plan: plan.plan });
  const written = await writeTemplateSheet(port, made.sheet, made.template, journal, onProgress);
  return { ...written, warnings: [...read.warnings, ...made.warnings] };
}
