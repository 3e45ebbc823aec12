import {
  objectiveColumn,
  unitColumn,
  KNOWLEDGE_REPORT_HEADING,
  ORG_APPROVAL,
  PRINT,
  fulfilmentColumn,
  knowledgePlanColumns,
  orgAchievedColumn,
} from "./columns";
import { orgLeadColumns } from "./org-plan";
import type { ColumnSpec, TemplateSpec } from "./spec";

/** Part two of the plan with the two report columns after the targets, as in the main table. */
function knowledgeReportColumns(): ColumnSpec[] {
  const plan = knowledgePlanColumns();
  const afterTargets = plan.findIndex((c) => c.role === "target-h2") + 1;
  return [
    ...plan.slice(0, afterTargets),
    orgAchievedColumn(40),
    fulfilmentColumn("Гүйцэтгэлийн хувь", 15),
    ...plan.slice(afterTargets),
  ];
}

/** Гүйцэтгэлийн төлөвлөгөөний биелэлт of a unit (seed 000). */
export const ORG_REPORT: TemplateSpec = {
  id: "org-report",
  name: {
    mn: "Гүйцэтгэлийн төлөвлөгөөний биелэлт",
    en: "Performance plan fulfilment report",
  },
  title: "{unit} {year} ОНЫ {period} БИЕЛЭЛТ",
  approval: ORG_APPROVAL,
  columns: [...orgLeadColumns(), orgAchievedColumn(45), fulfilmentColumn("Гүйцэтгэлийн хувь", 15)],
  recognised: [unitColumn(), objectiveColumn()],
  partTwo: { heading: KNOWLEDGE_REPORT_HEADING, columns: knowledgeReportColumns() },
  rowKinds: ["section", "activity", "criterion"],
  numbering: "N.N.",
  columnNumbers: true,
  print: PRINT,
  sheetName: "Биелэлт",
  columnNumberScope: "all",
  sectionLabel: "Зорилт 1.",
};
