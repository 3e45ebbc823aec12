import {
  activityColumn,
  objectiveColumn,
  unitColumn,
  ORG_APPROVAL,
  KNOWLEDGE_PLAN_HEADING,
  PRINT,
  baselineColumn,
  criterionColumn,
  knowledgePlanColumns,
  numberColumn,
  orgTimelineColumn,
  responsibleColumn,
  targetColumn,
} from "./columns";
import type { ColumnSpec, TemplateSpec } from "./spec";

export const ORG_POLICY_HEADER =
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж";

/** Columns 1–6 shared by the organisation plan and its fulfilment report (seeds 003, 000). */
export function orgLeadColumns(): ColumnSpec[] {
  return [
    numberColumn("Д/д"),
    // Seed 000 prints «Стратегийн» for seed 003's «Стратеги».
    activityColumn(45, ORG_POLICY_HEADER, [
      "Стратегийн төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
    ]),
    {
      role: "budget",
      header: "Төсөв",
      aliases: ["Төсөв, сая төгрөг", "Шаардагдах төсөв"],
      width: 12,
      required: false,
    },
    criterionColumn(28),
    baselineColumn(14),
    targetColumn("Зорилтот түвшин", 14),
  ];
}

/** Байгууллагын гүйцэтгэлийн төлөвлөгөө (seed 003). */
export const ORG_PLAN: TemplateSpec = {
  id: "org-plan",
  name: { mn: "Байгууллагын гүйцэтгэлийн төлөвлөгөө", en: "Organisation performance plan" },
  title: "{org} {year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
  approval: ORG_APPROVAL,
  columns: [...orgLeadColumns(), orgTimelineColumn(12), responsibleColumn(22)],
  recognised: [unitColumn(), objectiveColumn()],
  partTwo: { heading: KNOWLEDGE_PLAN_HEADING, columns: knowledgePlanColumns() },
  rowKinds: ["section", "activity", "criterion"],
  numbering: "N.N.",
  columnNumbers: true,
  print: PRINT,
  sheetName: "Төлөвлөгөө",
  columnNumberScope: "all",
  sectionLabel: "Зорилт 1.",
};
