import type { ReportPeriod } from "../plan/title";
import type { Grid } from "../grid";
import type { Plan } from "../plan/model";
import type { TemplateId } from "../templates/spec";
import type { Bilingual } from "../text";
import { nextYearPlan } from "./next-plan";
import { reportFromPlan, type TransformResult } from "./report-from-plan";
import { yearEndReport } from "./year-end";

/**
 * The turns of the year's cycle: a plan's report, the year-end report of a half-year report,
 * next year's plan from the year-end report. Each copies the document it starts from.
 */
export type NextStep = "report" | "year-end" | "next-plan";

/** What each step starts from. */
export const STEP_SOURCES: Record<NextStep, readonly TemplateId[]> = {
  report: ["org-plan", "individual-plan"],
  "year-end": ["org-report", "individual-report"],
  "next-plan": ["org-report", "individual-report"],
};

/** The document each step starts from, named for a message ("… is not a plan"). */
export const STEP_SOURCE_NAMES: Record<NextStep, Bilingual> = {
  report: { mn: "гүйцэтгэлийн төлөвлөгөө", en: "a performance plan" },
  "year-end": { mn: "хагас жилийн биелэлтийн тайлан", en: "a half-year fulfilment report" },
  "next-plan": { mn: "жилийн эцсийн биелэлтийн тайлан", en: "a year-end fulfilment report" },
};

export function startsFrom(step: NextStep, template: TemplateId): boolean {
  return STEP_SOURCES[step].includes(template);
}

/** The next document of the cycle from a sheet read as `plan`. */
export function nextDocument(
  step: NextStep,
  input: { grid: Grid; plan: Plan; period?: ReportPeriod },
): TransformResult {
  switch (step) {
    case "report":
      return reportFromPlan({ ...input, period: input.period ?? "half" });
    case "year-end":
      return yearEndReport(input);
    case "next-plan":
      return nextYearPlan(input);
  }
}
