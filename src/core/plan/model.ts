import type { CellValue } from "../grid";
import type { Bilingual } from "../text";
import type { ColumnRole, TemplateId } from "../templates/spec";
import type { ReportPeriod } from "./title";

/** A cell of the table with its sheet position (0-based) and value. */
export interface CellRef {
  row: number;
  col: number;
  value: CellValue;
  /** The merged area this cell's value spans, when merged (sheet positions, inclusive). */
  mergedRows?: { top: number; bottom: number };
  /** Excel number format when known ("0%" means the value is a fraction). */
  numberFormat?: string | null;
  /**
   * A number read as a fraction of one though its format has no "%": the sheet's fulfilment
   * column holds fractions (`=G12/F12` left in General shows 0.6 for 60%). Set by the reader.
   */
  ratio?: true;
  /**
   * The table has no column for this (e.g. no baseline in an anti-corruption report), or the
   * reader made the element itself (an objective with no heading row): the position is only an
   * anchor inside the table and the value is null.
   */
  absent?: true;
}

/** Where the header was found and which column holds what. */
export interface HeaderMatch {
  template: TemplateId;
  /** First and last header row (0-based sheet rows). */
  headerTop: number;
  headerBottom: number;
  /** Row of column numbers (1 2 3 …) under the header, if present. */
  numberRow?: number;
  /** First data row. */
  dataTop: number;
  /** Column of each role found (sheet columns). */
  columns: Partial<Record<ColumnRole, number>>;
  /** Required roles not found. */
  missing: ColumnRole[];
  /** 0..1: how well the header matched the template. */
  score: number;
  /** 2 when the header matched the template's part-two columns (Мэдлэг, ур чадвар …). */
  part?: 1 | 2;
  /** Why the table is read as this kind (its title's words and its columns). */
  why?: Bilingual;
  /** Other kinds the table fits as well: the person may choose one (the pane, --template). */
  alternatives?: TemplateId[];
  /** Targets per year («Хүрэх түвшин» over «2023», «2024»): the year read as the target. */
  targetYear?: number;
  /** Every year's target column, the one read and the others kept as they are. */
  targetYears?: { year: number; col: number }[];
  /**
   * Targets per half-year and for the year (a first half-year's column): the period whose target
   * is read as the target, "half" in a half-year report.
   */
  targetPeriod?: ReportPeriod;
  /**
   * Targets a column a quarter («I улирал» … «IV улирал» under «Зорилтот түвшин»): the four
   * columns, II's read as the half-year's target and IV's as the year's.
   */
  targetQuarters?: number[];
  /**
   * Levels reached per half-year and for the year («Хүрсэн түвшин» over «Хагас жил» | «Жилийн
   * эцэс»): the period whose column is read as the level reached.
   */
  achievedPeriod?: ReportPeriod;
  /** With achievedPeriod: both periods' columns, the half-year's and the year's. */
  achievedPeriodColumns?: { half: number; year: number };
  /**
   * The timeline given a column a quarter (or a month) under «Хугацаа» («I» … «IV»), a mark
   * under each period the work falls in: their columns, left to right.
   */
  timelinePeriods?: number[];
  /** Levels reached named by year («2024 оны гүйцэтгэл»): the year read as the level reached. */
  achievedYear?: number;
  /** Every year's level column, as targetYears (an earlier year may be read as the baseline). */
  achievedYears?: { year: number; col: number }[];
  /**
   * «Хүрсэн түвшин буюу гүйцэтгэлийн хувь»: the achieved column may hold the percentage beside
   * the level ("6700 (100,5%)"), and the table has no fulfilment column of its own.
   */
  achievedHoldsPercent?: true;
}

/** One criterion (шалгуур үзүүлэлт) row: an activity's own row or a continuation row. */
export interface Criterion {
  row: number;
  text: CellRef;
  baseline: CellRef;
  target: CellRef;
  /** Report columns (absent in plans). */
  achieved?: CellRef;
  fulfilment?: CellRef;
  /**
   * In a half-year report of targets per period, the year's target (`target` is then the first
   * half-year's, which the fulfilment is measured against).
   */
  yearTarget?: CellRef;
  /** Half-year targets (part two's, or part one's under one «Зорилтот түвшин»). */
  targetH1?: CellRef;
  targetH2?: CellRef;
  timeline?: CellRef;
  /** Part two start and end dates (Эхлэх хугацаа, Дуусах хугацаа). */
  start?: CellRef;
  end?: CellRef;
  responsible?: CellRef;
  /** Хэмжих нэгж, when the table has a unit column. */
  unit?: CellRef;
}

/** An activity / measure (арга хэмжээ): a numbered row with its criterion rows. */
export interface Measure {
  row: number;
  /** The item number as written ("3.2.", "6.1.1", "Арга хэмжээ 2.3", "1"). */
  number: CellRef;
  text: CellRef;
  budget?: CellRef;
  criteria: Criterion[];
  /** Rating cell (anticorruption); merged over several measures' rows when given per objective. */
  rating?: CellRef;
  /** Achieved text for the whole measure (anticorruption Биелэлт). */
  achieved?: CellRef;
  /** Number label written inside the activity text ("Арга хэмжээ 2.3", job description "1."). */
  label?: string;
  /** Number the reader gives a measure the sheet does not number (anticorruption "3.2"). */
  assignedNumber?: string;
  /** Job description: Хариуцлага, оролцооны хэлбэр (Т, Г, Х, Ш). */
  responsibility?: CellRef;
  /** Rows this measure spans (its own and its continuation rows). */
  rows: { top: number; bottom: number };
}

/** The declared-count criterion an objective row may carry ("Хэрэгжүүлэх арга хэмжээний тоо"). */
export interface DeclaredCount {
  row: number;
  text: CellRef;
  baseline: CellRef;
  target: CellRef;
}

/** An objective (Зорилт), possibly a sub-objective (Зорилт 6.1.). */
export interface Objective {
  row: number;
  /** Label as written ("Зорилт 3.", "Нэг.", "Зорилт НЭГ.", "1"). */
  label: string;
  /** Normalised number ("3", "6.1", "1"), when one can be read. */
  number?: string;
  text: CellRef;
  /** 1 for the main part, 2 for part two (knowledge and skills). */
  part: 1 | 2;
  declaredCount?: DeclaredCount;
  measures: Measure[];
  /** Rating cell for the whole objective when merged over its measures. */
  rating?: CellRef;
  /** No heading row on the sheet: the reader made this objective to hold measures under none. */
  implicit?: true;
}

/** A strategic goal (Стратегийн төлөвлөгөөний зорилго N). */
export interface Goal {
  row: number;
  label: string;
  text: CellRef;
  objectives: Objective[];
}

/** A total row ("Дундаж үнэлгээ") with the stated figure. */
export interface TotalRow {
  row: number;
  label: CellRef;
  /** The stated figure, e.g. the average rating cell. */
  value?: CellRef;
}

export interface Plan {
  template: TemplateId;
  sheet?: string;
  header: HeaderMatch;
  /** Every table read into this plan, in sheet order (the first is `header`; part two follows). */
  tables?: HeaderMatch[];
  /** Title text found above the header, if any. */
  title?: CellRef;
  /** Goals in order; objectives not under a goal sit in a goal with label "". */
  goals: Goal[];
  totals: TotalRow[];
  /** Rows that could not be placed (e.g. text after the table), for checks to look at. */
  stray: number[];
  /** Item numbers of template rows nobody filled in (a number and nothing else): not measures. */
  blankItems?: CellRef[];
  /**
   * The fulfilment column's numbers read as fractions of one (each marked `ratio`), in sheet
   * order, one per cell: 0.6 in General is 60% (plan/fulfilment-fractions.ts).
   */
  fractions?: CellRef[];
}

/** All objectives of a plan in document order. */
export function objectivesOf(plan: Plan): Objective[] {
  return plan.goals.flatMap((g) => g.objectives);
}

/** All measures of a plan in document order. */
export function measuresOf(plan: Plan): Measure[] {
  return objectivesOf(plan).flatMap((o) => o.measures);
}
