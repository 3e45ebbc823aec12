import type { ColumnSpec, ColumnValidation } from "./spec";

/**
 * Column definitions shared by several document kinds. Headers are the exact printed texts
 * (DOMAIN.md section 2); aliases are the variants found in the seed documents and the
 * usual alternatives people type.
 */

export const QUARTERS: ColumnValidation = {
  list: ["I улирал", "II улирал", "III улирал", "IV улирал", "I-IV улирал"],
  // Plans also say "II-IV улирал", "Сар бүр", "II,IV улирал" (seed 003): the list only suggests.
  allowOther: true,
};

export const RATING_LEVELS: ColumnValidation = {
  list: ["100", "70", "30", "0", "-"],
  // The anti-corruption scheme accepts any 0–100 (seed 002 rates 95, 97.9): the rating check
  // judges the value against the workbook's scheme, the list offers the gov-206-2020 levels.
  allowOther: true,
};

/** Fulfilment is stored as a fraction shown as a percentage, as Excel stores a typed "63%". */
export const PERCENT_FORMAT = "0%";

export function numberColumn(header: "Д/д" | "№", width = 7): ColumnSpec {
  const aliases = header === "Д/д" ? ["№", "Д.д", "Д/Д", "№ д/д"] : ["Д/д", "Д.д", "№ д/д"];
  return { role: "number", header, aliases, width, required: true };
}

export const ACTIVITY_HEADER = "Зорилтыг хэрэгжүүлэх арга хэмжээ";

/** What offices call the activity column in tables they make themselves. */
const ACTIVITY_VARIANTS = [
  "Хэрэгжүүлэх үйл ажиллагаа",
  "Үйл ажиллагаа",
  "Хийж хэрэгжүүлэх ажил",
  "Гүйцэтгэх ажил",
];

/**
 * The activity column, by `header` (the form's own), `own` names of that form's, and every
 * name it goes by in any form. An office's form takes the same names: «Зорилт, арга хэмжээ» is
 * its activity column with the objectives' heading rows in it, not an objective column.
 */
export function activityColumn(
  width: number,
  header = ACTIVITY_HEADER,
  own: readonly string[] = [],
): ColumnSpec {
  const aliases = [
    ...own,
    ACTIVITY_HEADER,
    "Арга хэмжээ",
    "Хэрэгжүүлэх арга хэмжээ",
    "Зорилт, арга хэмжээ",
    ...ACTIVITY_VARIANTS,
  ];
  return {
    role: "activity",
    header,
    aliases: aliases.filter((a) => a !== header),
    width,
    required: true,
  };
}

export function criterionColumn(width: number): ColumnSpec {
  return {
    role: "criterion",
    header: "Шалгуур үзүүлэлт",
    aliases: [
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Шалгуур үзүүлэлт, хэмжих нэгж",
      // An indicator plan names the column by what it measures.
      "Гүйцэтгэл үзүүлэлт",
      "Гүйцэтгэлийн үзүүлэлт",
      "Гүйцэтгэлийн түлхүүр үзүүлэлт",
      "Үр дүнгийн үзүүлэлт",
    ],
    width,
    required: true,
  };
}

export function baselineColumn(width: number, group?: string): ColumnSpec {
  return {
    role: "baseline",
    header: "Суурь түвшин",
    aliases: ["Суурь үзүүлэлт", "Суурь түвшин (1)", "Суурь", "Өмнөх оны гүйцэтгэл"],
    group,
    width,
    required: true,
  };
}

export function targetColumn(
  header: "Зорилтот түвшин" | "Хүрэх түвшин",
  width: number,
  group?: string,
): ColumnSpec {
  const other = header === "Зорилтот түвшин" ? "Хүрэх түвшин" : "Зорилтот түвшин";
  return {
    role: "target",
    header,
    // "2026 оны зорилт": a target named by its year. Offices' own reports set «Төлөвлөгөө»
    // (the plan's figure) beside «Гүйцэтгэл» and «Хувь».
    aliases: [
      other,
      `${header} (2)`,
      "Оны зорилт",
      "Төлөвлөгөө",
      "Төлөвлөсөн",
      "Төлөвлөсөн түвшин",
      "Зорилтот үзүүлэлт",
    ],
    group,
    width,
    required: true,
  };
}

export const ORG_ACHIEVED_HEADER = "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/";

/** What offices and persons head the level reached with, the forms' own headers among them. */
const ACHIEVED_HEADERS = [
  ORG_ACHIEVED_HEADER,
  "Хүрсэн түвшин (биелэлт)",
  "Хүрсэн түвшин буюу хэрэгжилт",
  "Хүрсэн түвшин",
  "Хэрэгжилт",
  "Биелэлт",
  "Хүрсэн үр дүн",
  "Хүрсэн түвшин буюу гүйцэтгэлийн хувь",
  "Гүйцэтгэл",
  "Хийгдсэн ажил",
  "Биелэлт, хэрэгжилт",
  "Гүйцэтгэлийн биелэлт",
  "Хүрсэн үр дүн, гүйцэтгэл",
];

/** The level reached, headed `header`, the other headers read as it. */
export function achievedColumn(header: string, width: number, group?: string): ColumnSpec {
  return {
    role: "achieved",
    header,
    aliases: ACHIEVED_HEADERS.filter((h) => h !== header),
    group,
    width,
    required: true,
  };
}

export function orgAchievedColumn(width: number): ColumnSpec {
  return achievedColumn(ORG_ACHIEVED_HEADER, width);
}

export function fulfilmentColumn(
  header: "Гүйцэтгэлийн хувь" | "Биелэлтийн хувь",
  width: number,
  group?: string,
): ColumnSpec {
  const other = header === "Гүйцэтгэлийн хувь" ? "Биелэлтийн хувь" : "Гүйцэтгэлийн хувь";
  return {
    role: "fulfilment",
    header,
    // Seed 001 prints the header hyphenated across lines: "Биелэл тийн хувь", "Биелэлт ийн хувь".
    aliases: [
      other,
      "Биелэл тийн хувь",
      "Биелэлт ийн хувь",
      "Хэрэгжилтийн хувь",
      "Биелэлтийн хувь (5)",
      "Хувь",
      "Биелэлт, хувь",
      "Гүйцэтгэл, хувь",
      "Хэрэгжилт, хувь",
      // "in percent": «Гүйцэтгэл, хувиар», «Биелэлт /хувиар/» (marks and spaces are not read).
      "Гүйцэтгэл, хувиар",
      "Биелэлт, хувиар",
      "Хэрэгжилт, хувиар",
    ],
    group,
    width,
    required: true,
    numberFormat: PERCENT_FORMAT,
  };
}

/**
 * The unit a criterion is counted in ("тоо", "хувь", "сая төгрөг"): offices add it beside the
 * criterion. The forms do not print it, so it is only recognised (TemplateSpec.recognised), so
 * that it is neither taken for a level nor counted against the header.
 */
export function unitColumn(): ColumnSpec {
  return {
    role: "unit",
    header: "Хэмжих нэгж",
    aliases: ["Хэмжүүр", "Хэмжих нэгж, хэмжүүр"],
    width: 10,
    required: false,
  };
}

/**
 * The objective an activity serves, in a column of its own beside it: offices' own tables give
 * «Зорилт» so, written once (merged, or left empty below) over its activities, where the forms
 * head each objective's activities with a row. Only recognised, as the unit column is.
 */
export function objectiveColumn(): ColumnSpec {
  return {
    role: "objective",
    header: "Зорилт",
    aliases: ["Стратеги зорилт", "Стратегийн зорилт", "Гүйцэтгэлийн зорилт", "Зорилтууд"],
    width: 30,
    required: false,
    namedFirst: true,
  };
}

export const ORG_TIMELINE_HEADER = "Хугацаа /I-IV улирал/";

export function orgTimelineColumn(width: number): ColumnSpec {
  return {
    role: "timeline",
    header: ORG_TIMELINE_HEADER,
    // Seed 003 prints "Хугацаа I-IV улирал/" (opening slash lost).
    aliases: ["Хугацаа I-IV улирал/", "Хугацаа (I-IV улирал)", "Хугацаа I-IV улирал", "Хугацаа"],
    width,
    required: false,
    validation: QUARTERS,
  };
}

export function responsibleColumn(width: number): ColumnSpec {
  return {
    role: "responsible",
    header: "Хариуцах нэгж",
    aliases: ["Хариуцах нэгж, ажилтан", "Хариуцах тасаг, ажилтан", "Хариуцагч"],
    width,
    required: false,
  };
}

/** Part two ("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх …") of the organisation plan, seed 003. */
export function knowledgePlanColumns(): ColumnSpec[] {
  return [
    numberColumn("Д/д"),
    activityColumn(45),
    criterionColumn(24),
    baselineColumn(14),
    {
      role: "target-h1",
      header: "Эхний хагас жил",
      aliases: ["Эхний хагас", "I хагас жил"],
      group: "Хүрэх түвшин",
      width: 14,
      required: true,
    },
    {
      role: "target-h2",
      header: "Сүүлийн хагас жил",
      aliases: ["Сүүлийн хагас", "II хагас жил"],
      group: "Хүрэх түвшин",
      width: 14,
      required: true,
    },
    {
      role: "start",
      header: "Эхлэх хугацаа",
      aliases: ["Эхэлсэн хугацаа"],
      width: 12,
      required: false,
    },
    {
      role: "end",
      header: "Дуусах хугацаа",
      aliases: ["Дууссан хугацаа"],
      width: 16,
      required: false,
    },
  ];
}

export const ORG_APPROVAL = {
  left: ["Төлөвлөгөө баталсан:", "{approverTitle}", "Тэмдэг", "{approverName}", "(огноо)"],
  right: ["Төлөвлөгөөг боловсруулсан:", "{drafterTitle}", "{drafterName}", "(огноо)"],
};

export const KNOWLEDGE_PLAN_HEADING = "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ";
export const KNOWLEDGE_REPORT_HEADING =
  "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт";

export const PRINT = {
  paper: "A4",
  orientation: "landscape",
  repeatHeaderRows: true,
  fitToWidth: true,
} as const;
