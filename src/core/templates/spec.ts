import type { Bilingual } from "../text";

/** Document kinds, DOMAIN.md section 2. */
export const TEMPLATE_IDS = [
  "org-plan",
  "org-report",
  "individual-plan",
  "individual-report",
  "anticorruption-report",
  "job-description",
  "rated-report",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What a column holds; header detection maps typed headers to roles. */
export type ColumnRole =
  | "number" // Д/д, №
  | "activity" // the activity / policy-document text (Арга хэмжээ, Стратеги төлөвлөгөө …)
  | "programme" // anti-corruption programme activity (objective text)
  | "budget" // Төсөв
  | "criterion" // Шалгуур үзүүлэлт / Хүрэх түвшин, үр дүнгийн үзүүлэлт
  | "baseline" // Суурь түвшин
  | "target" // Зорилтот түвшин / Хүрэх түвшин
  | "target-h1" // part two: Эхний хагас жил
  | "target-h2" // part two: Сүүлийн хагас жил
  | "achieved" // Хүрсэн түвшин / Биелэлт
  | "fulfilment" // Гүйцэтгэлийн хувь / Биелэлтийн хувь
  | "rating" // Үнэлгээ
  | "timeline" // Хугацаа /I-IV улирал/, Эхэлсэн, дууссан хугацаа
  | "start" // Эхлэх хугацаа
  | "end" // Дуусах хугацаа
  | "responsible" // Хариуцах нэгж
  | "unit" // Хэмжих нэгж (recognised, not printed by the forms)
  | "objective" // Зорилт: a job description's, or the column of objectives an office adds
  | "function" // job description: Албан тушаалын гүйцэтгэх чиг үүрэг
  | "responsibility"; // job description: Хариуцлага, оролцооны хэлбэр

export interface ColumnSpec {
  role: ColumnRole;
  /** Exact header text as printed in the official form. */
  header: string;
  /** Other header texts people type for this column (matched after normalising). */
  aliases: string[];
  /** Spanning header above this column, when the form has two header rows ("Гүйцэтгэлийн түвшин"). */
  group?: string;
  /** Column width in Excel character units. */
  width: number;
  /** A sheet without this column is not this table (STRUCT-HEADER). */
  required: boolean;
  /**
   * The header cell must start with one of its names: a cell that only holds one further on
   * («2027 оны зорилт» holding «Зорилт») names another column.
   */
  namedFirst?: boolean;
  /** Excel number format of the data cells ("0%": fulfilment stored as a fraction). */
  numberFormat?: string;
  /** In-cell drop-down offered on the data cells. */
  validation?: ColumnValidation;
}

export interface ColumnValidation {
  list: string[];
  /** Accept values outside the list (the list only suggests), e.g. "II-IV улирал", or a rating of 95. */
  allowOther: boolean;
}

/** A block of lines above or below the table (approval, signatures). */
export interface TextBlock {
  /**
   * Lines of the left half, top to bottom; placeholders {org} {unit} {year} {position} {name}
   * {approverTitle} {approverName} {drafterTitle} {drafterName} are filled from ScaffoldOptions.
   */
  left: string[];
  /** Lines of the right half. */
  right: string[];
}

export interface PartSpec {
  /** Section heading row text that opens the part ("Хоёр. Мэдлэг, ур чадвараа …"). */
  heading: string;
  columns: ColumnSpec[];
}

export interface TemplateSpec {
  id: TemplateId;
  name: Bilingual;
  /** Title with placeholders {org} {unit} {year} {period} {position} {name}. */
  title: string;
  approval?: TextBlock;
  signature?: TextBlock;
  /** Main table columns, in order. */
  columns: ColumnSpec[];
  /**
   * Columns offices add to this table that the form does not print (Хэмжих нэгж): read when
   * present, never scaffolded, never missed.
   */
  recognised?: ColumnSpec[];
  /** Heading of part one when the form has parts. */
  partOneHeading?: string;
  /** Part two (knowledge and skills), when the form has one. */
  partTwo?: PartSpec;
  /** Row kinds that may appear in the table. */
  rowKinds: RowKind[];
  /** Numbering pattern of activity rows, e.g. "N.N." or "N.N.N.". */
  numbering: string;
  /** Row of column numbers under the header (1 2 3 …). */
  columnNumbers: boolean;
  /** Total row label, e.g. "Дундаж үнэлгээ". */
  totalLabel?: string;
  print: { paper: "A4"; orientation: "landscape"; repeatHeaderRows: true; fitToWidth: true };
  /** Default sheet name (at most 31 characters, none of []:*?/\\). */
  sheetName?: string;
  /** Label/value lines above the title (job description: Байгууллагын нэр, Нэгжийн нэр …). */
  infoBlock?: TextBlock;
  /** Which columns the column-number row numbers: all, or only those under a group header (seed 001). */
  columnNumberScope?: "all" | "group";
  /** Label that opens the first objective row, e.g. "Зорилт 1.", "Нэг.", "Зорилт НЭГ.". */
  sectionLabel?: string;
}

export type RowKind = "section" | "activity" | "criterion" | "total";

/** A template whose table carries fulfilment percentages or ratings: a report, not a plan. */
export function isReportSpec(spec: TemplateSpec): boolean {
  return spec.columns.some((c) => c.role === "fulfilment" || c.role === "rating");
}
