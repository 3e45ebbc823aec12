import {
  objectiveColumn,
  unitColumn,
  KNOWLEDGE_PLAN_HEADING,
  PRINT,
  activityColumn,
  baselineColumn,
  criterionColumn,
  numberColumn,
  targetColumn,
} from "./columns";
import type { ColumnSpec, TemplateSpec } from "./spec";

export const LEVEL_GROUP = "Гүйцэтгэлийн түвшин";

export function individualTimelineColumn(width: number): ColumnSpec {
  return {
    role: "timeline",
    header: "Эхэлсэн, дууссан хугацаа",
    aliases: ["Эхэлсэн дууссан хугацаа", "Эхлэх, дуусах хугацаа", "Хугацаа"],
    group: LEVEL_GROUP,
    width,
    required: false,
  };
}

function planColumns(): ColumnSpec[] {
  return [
    numberColumn("Д/д", 6),
    activityColumn(50),
    criterionColumn(34),
    baselineColumn(22, LEVEL_GROUP),
    targetColumn("Хүрэх түвшин", 22, LEVEL_GROUP),
    individualTimelineColumn(14),
  ];
}

/** Албан хаагчийн гүйцэтгэлийн төлөвлөгөө: the report of seed 001 without (3) and (5). */
export const INDIVIDUAL_PLAN: TemplateSpec = {
  id: "individual-plan",
  name: { mn: "Албан хаагчийн гүйцэтгэлийн төлөвлөгөө", en: "Individual performance plan" },
  title: "{unit} {position} {name} {year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
  signature: {
    left: ["ТӨЛӨВЛӨГӨӨ БОЛОВСРУУЛСАН:", "{position} /{name}/", "{year} оны ..... сарын ....."],
    right: [
      "ХЯНАН БАТАЛГААЖУУЛСАН:",
      "{approverTitle}",
      "...../{approverName}/",
      "{year} оны ..... сарын .....",
    ],
  },
  columns: planColumns(),
  recognised: [unitColumn(), objectiveColumn()],
  partOneHeading: "Нэг. Гүйцэтгэлийн зорилт, арга хэмжээ",
  partTwo: { heading: KNOWLEDGE_PLAN_HEADING, columns: planColumns() },
  rowKinds: ["section", "activity", "criterion"],
  numbering: "N.",
  columnNumbers: true,
  print: PRINT,
  sheetName: "Хувийн төлөвлөгөө",
  columnNumberScope: "group",
  sectionLabel: "Зорилт НЭГ.",
};
