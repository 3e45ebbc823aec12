import {
  objectiveColumn,
  unitColumn,
  KNOWLEDGE_REPORT_HEADING,
  PRINT,
  achievedColumn,
  activityColumn,
  baselineColumn,
  criterionColumn,
  fulfilmentColumn,
  numberColumn,
  targetColumn,
} from "./columns";
import { LEVEL_GROUP, individualTimelineColumn } from "./individual-plan";
import type { ColumnSpec, TemplateSpec } from "./spec";

function reportColumns(): ColumnSpec[] {
  return [
    numberColumn("Д/д", 6),
    activityColumn(42),
    criterionColumn(28),
    baselineColumn(20, LEVEL_GROUP),
    targetColumn("Хүрэх түвшин", 20, LEVEL_GROUP),
    achievedColumn("Хүрсэн түвшин (биелэлт)", 42, LEVEL_GROUP),
    individualTimelineColumn(12),
    fulfilmentColumn("Биелэлтийн хувь", 13, LEVEL_GROUP),
  ];
}

/** Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт (seed 001). */
export const INDIVIDUAL_REPORT: TemplateSpec = {
  id: "individual-report",
  name: {
    mn: "Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт",
    en: "Individual performance plan fulfilment report",
  },
  title: "{unit} {position} {name} {year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ",
  signature: {
    left: ["ТАЙЛАН БИЧСЭН:", "{position} /{name}/", "{year} оны ..... сарын ....."],
    right: [
      "ХЯНАН БАТАЛГААЖУУЛСАН:",
      "{approverTitle}",
      "...../{approverName}/",
      "{year} оны ..... сарын .....",
    ],
  },
  columns: reportColumns(),
  recognised: [unitColumn(), objectiveColumn()],
  partOneHeading: "Нэг. Гүйцэтгэлийн зорилт, арга хэмжээний биелэлт",
  partTwo: { heading: KNOWLEDGE_REPORT_HEADING, columns: reportColumns() },
  rowKinds: ["section", "activity", "criterion"],
  numbering: "N.",
  columnNumbers: true,
  print: PRINT,
  sheetName: "Хувийн биелэлт",
  columnNumberScope: "group",
  sectionLabel: "Зорилт НЭГ.",
};
