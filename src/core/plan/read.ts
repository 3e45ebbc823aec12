import type { Grid } from "../grid";
import { TEMPLATES } from "../templates";
import type { ColumnRole, TemplateId, TemplateSpec } from "../templates/spec";
import type { Bilingual } from "../text";
import { sheetCells, type SheetCells } from "./cells";
import { markFulfilmentFractions } from "./fulfilment-fractions";
import { namesDeclaredCount } from "./declared-count";
import { tablesIn } from "./header";
import { titleAbove, type ReportPeriod } from "./title";
import type {
  CellRef,
  Criterion,
  DeclaredCount,
  Goal,
  HeaderMatch,
  Measure,
  Objective,
  Plan,
  TotalRow,
} from "./model";
import {
  headerKey,
  inCapitals,
  normalizeHeader,
  plainText,
  startsLowercase,
} from "../cells/normalize";
import {
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
  type ItemNumber,
  type ObjectiveLabel,
} from "../cells/item-numbers";
import { isNoFigureMark } from "../cells/marks";

export type ReadResult = { ok: true; plan: Plan } | { ok: false; reason: Bilingual };

export interface ReadOptions {
  /** Read the sheet as this template (otherwise the best-matching one). */
  template?: TemplateId;
  /** Of targets given per year, the year reported (else the title's year, else the last). */
  year?: number;
  /** Of targets given per half-year and year, the period reported (else the title's, else the year). */
  period?: ReportPeriod;
}

type Family = "org" | "individual" | "anticorruption" | "job";

function familyOf(id: TemplateId): Family {
  if (id === "anticorruption-report") return "anticorruption";
  if (id === "job-description") return "job";
  if (id === "individual-plan" || id === "individual-report") return "individual";
  return "org";
}

/** Sign-off lines that close a table: "ТАЙЛАН БИЧСЭН:", "Үнэлгээг баталгаажуулсан: …", "Биелэлт нэгтгэсэн:". */
const SIGN_OFF_COLON =
  /(бичсэн|баталгаажуулсан|нэгтгэсэн|боловсруулсан|баталсан|хянасан|танилцсан)\s*:/;
const SIGN_OFF_LINE =
  /^(тайлан бичсэн|хянан баталгаажуулсан|баталгаажуулсан|биелэлт нэгтгэсэн|төлөвлөгөө боловсруулсан)$/;
/**
 * A person's name as a signature block writes it, maybe after their post: "Б.Батжаргал",
 * "Б. Батжаргал", "Ахлах мэргэжилтэн Ц.Эрдэнэ-Очир". No criterion ends with an initial and a name.
 */
const PERSON_NAME = /(?:^|\s)\p{Lu}{1,2}\.\s?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
/** A unit's name: "Хүний нөөцийн хэлтэс", "Бүртгэлийн тасаг", "Санхүүгийн алба", "… ерөнхий газар". */
const UNIT_NAME = /\s(?:хэлтэс|тасаг|алба|газар)$/iu;
/** A note under a table: "Жич: …", "Тайлбар: ХБ - хугацаа болоогүй", "Тэмдэглэл: …". */
const NOTE = /^(?:жич|тайлбар|тэмдэглэл)\s*:/iu;
/**
 * A line of what follows a table: the signature block's names, in capitals ("Б.БАТЖАРГАЛ") or
 * not (a person's or a unit's name), or a note.
 */
const isAfterTableText = (text: string): boolean =>
  inCapitals(text) || PERSON_NAME.test(text) || UNIT_NAME.test(text) || NOTE.test(text);
/** A Roman-numbered chapter ("III. АЛБАН ТУШААЛД ТАВИГДАХ …") ends the job description's table. */
const ROMAN_CHAPTER = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)\s*\.\s*\S/;
const NUMERIC_START = /^[-+]?\d/;

/** Sign-off and total labels open their cell: only that much of a long text is read. */
const LABEL_LENGTH = 60;

/** The opening of a row's first text as labels are matched: as written, and normalised. */
interface RowLabel {
  start: string;
  normalized: string;
}

function rowLabel(text: string): RowLabel {
  const start = text.slice(0, LABEL_LENGTH);
  return { start, normalized: normalizeHeader(start) };
}

function isSignOff(label: RowLabel): boolean {
  // Lowering adds no colon: a text without one need not be lowered.
  const colon = label.start.includes(":") && SIGN_OFF_COLON.test(label.start.toLowerCase());
  return colon || SIGN_OFF_LINE.test(label.normalized);
}

function isTotalLabel(label: RowLabel, specTotal: string | null): boolean {
  const n = label.normalized;
  if (specTotal && n.startsWith(specTotal)) return true;
  // "Дундаж", "Нийт дундаж", "Дундаж хувь", "Гүйцэтгэлийн дундаж": a row of the mean. ("Нийт"
  // and "Дүн" alone may sum the levels instead: not read as the mean.)
  return (
    /^(нийт )?дундаж( үнэлгээ| гүйцэтгэл| биелэлт| хувь|$)/.test(n) ||
    /^(гүйцэтгэлийн|биелэлтийн|үнэлгээний) дундаж( хувь)?$/.test(n)
  );
}

function noTableReason(template?: TemplateId): Bilingual {
  if (template) {
    const name = TEMPLATES[template]?.name ?? { mn: template, en: template };
    return {
      mn: `Энэ хуудсанд „${name.mn}“ маягтын хүснэгтийн толгой олдсонгүй: „Д/д“, „Шалгуур үзүүлэлт“ зэрэг баганын нэрийг шалгана уу.`,
      en: `No “${name.en}” table header was found on this sheet: check the column headings such as “Д/д” and “Шалгуур үзүүлэлт”.`,
    };
  }
  return {
    mn: "Энэ хуудсанд танигдах хүснэгт олдсонгүй: „Д/д“, „Шалгуур үзүүлэлт“, „Суурь түвшин“, „Зорилтот түвшин“ зэрэг баганын нэр бүхий толгой мөр алга.",
    en: "No known table was found on this sheet: no header row names columns such as “Д/д”, “Шалгуур үзүүлэлт” (criterion), “Суурь түвшин” (baseline), “Зорилтот түвшин” (target).",
  };
}

/** Which part a heading row opens: 2 for "Хоёр. Мэдлэг, ур чадвараа …", 1 for "Нэг. Гүйцэтгэлийн зорилт …". */
function partOfHeading(text: string, label: ObjectiveLabel, spec: TemplateSpec): 1 | 2 | null {
  if (label.kind !== "ordinal") return null;
  const n = normalizeHeader(text);
  const key = headerKey(text);
  const opens = (heading?: string) => !!heading && key.startsWith(headerKey(heading).slice(0, 16));
  if (label.number === "2" && (n.includes("мэдлэг") || opens(spec.partTwo?.heading))) return 2;
  if (label.number === "1" && (n.includes("гүйцэтгэлийн зорилт") || opens(spec.partOneHeading))) {
    return 1;
  }
  return null;
}

/** A "№" heading cell; only a text holding "№" can normalise to it, and most cells do not. */
const isNumberSign = (text: string): boolean => text.includes("№") && normalizeHeader(text) === "№";

/** The columns of a criterion's levels. */
const LEVEL_ROLES: readonly ColumnRole[] = ["baseline", "target", "target-h1", "target-h2"];

/** The columns of what a row measures: its levels, what was reached, its percentage, its rating. */
const FIGURE_ROLES: readonly ColumnRole[] = [...LEVEL_ROLES, "achieved", "fulfilment", "rating"];

/** A level written as a number or a dash. */
const isNumberLike = (level: string): boolean => isNoFigureMark(level) || NUMERIC_START.test(level);

/** A text that starts afresh rather than continuing the sentence above. */
const isFresh = (text: string): boolean => text !== "" && !startsLowercase(text);

/** A criterion's cells that only some templates have: its field and the column it is read from. */
const OPTIONAL_CELLS: readonly [keyof Criterion, ColumnRole][] = [
  ["achieved", "achieved"],
  ["fulfilment", "fulfilment"],
  ["targetH1", "target-h1"],
  ["targetH2", "target-h2"],
  ["timeline", "timeline"],
  ["start", "start"],
  ["end", "end"],
  ["responsible", "responsible"],
  ["unit", "unit"],
];

/** A row of a table as the reader asks it. */
class RowView {
  /** Columns holding text, left to right. */
  readonly filled: readonly number[];

  constructor(
    readonly row: number,
    private readonly cells: SheetCells,
    private readonly columns: HeaderMatch["columns"],
  ) {
    this.filled = cells.filled(row);
  }

  /** The first column holding text (a row is read only when it has one). */
  get first(): number {
    return this.filled[0];
  }

  text(col: number): string {
    return this.cells.text(this.row, col);
  }

  /** Text of a role's column in this row, "" when the table has no such column. */
  at(role: ColumnRole): string {
    const col = this.columns[role];
    return col === undefined ? "" : this.text(col);
  }
}

/** Reads the rows of one template's tables into goals, objectives, measures and criteria. */
class PlanReader {
  private readonly family: Family;
  /** The template's total row label ("Дундаж үнэлгээ"), normalised once. */
  private readonly totalLabel: string | null;
  private readonly goals: Goal[] = [];
  private readonly totals: TotalRow[] = [];
  private readonly stray: number[] = [];
  private readonly blank: CellRef[] = [];
  private readonly numbers = new Map<Measure, ItemNumber>();
  /** Objectives the reader made to hold measures (no heading, an ordinal or part heading). */
  private readonly madeForMeasures = new Set<Objective>();
  private header!: HeaderMatch;
  /** The OPTIONAL_CELLS this table has, with their columns, in the same order. */
  private optionalCols: readonly (readonly [keyof Criterion, number])[] = [];
  private part: 1 | 2 = 1;
  private partHeading?: { ref: CellRef; label: string };
  private goal?: Goal;
  private goalFromOrdinal = false;
  private objective?: Objective;
  private measure?: Measure;
  private ended = false;
  private embedded = false;
  /** The current table's last row of its own (lastOwnRow): below it only a signature may stand. */
  private lastOwn = -1;

  constructor(
    private readonly cells: SheetCells,
    private readonly spec: TemplateSpec,
  ) {
    this.family = familyOf(spec.id);
    this.totalLabel = spec.totalLabel ? normalizeHeader(spec.totalLabel) : null;
  }

  /** Reads the tables; each ends where the next header (of any table) begins. */
  read(tables: HeaderMatch[], ends: number[]): Plan {
    tables.forEach((table, i) => this.readTable(table, ends[i], i > 0));
    this.finish();
    const plan: Plan = {
      template: this.spec.id,
      header: tables[0],
      tables,
      goals: this.goals,
      totals: this.totals,
      stray: this.stray,
    };
    if (this.blank.length > 0) plan.blankItems = this.blank;
    markFulfilmentFractions(plan);
    if (this.cells.grid.sheet !== undefined) plan.sheet = this.cells.grid.sheet;
    const title = titleAbove(this.cells, tables[0].headerTop);
    if (title) plan.title = title;
    return plan;
  }

  /**
   * A header matching the part-two columns opens part two; a repeated main header (a table
   * continued after a page break) keeps the current part. Forms whose two parts share columns
   * (individual plans) switch on the "Хоёр. Мэдлэг, ур чадвар …" heading row instead.
   */
  private readTable(table: HeaderMatch, end: number, later: boolean): void {
    // A later header of the same part is the table continued after a page break: a criterion
    // row under it is the activity's above the break.
    const continued = later && (table.part !== 2 || this.part === 2);
    this.header = table;
    this.optionalCols = OPTIONAL_CELLS.flatMap(([key, role]) => {
      const col = table.columns[role];
      return col === undefined ? [] : [[key, col] as const];
    });
    this.ended = false;
    this.embedded = false;
    this.lastOwn = this.lastOwnRow(end);
    if (!continued) this.measure = undefined;
    if (table.part === 2 && this.part !== 2) this.startPart(2);
    for (let row = table.dataTop; row <= end; row++) this.readRow(row);
  }

  private startPart(part: 1 | 2, heading?: { ref: CellRef; label: string }): void {
    if (part !== this.part) {
      this.goal = undefined;
      this.goalFromOrdinal = false;
    }
    this.part = part;
    this.partHeading = heading;
    this.objective = undefined;
    this.measure = undefined;
  }

  private col(role: ColumnRole): number | undefined {
    return this.header.columns[role];
  }

  /** The first column of the table: the anchor of absent cells. */
  private anchor(): number {
    return Math.min(...(Object.values(this.header.columns) as number[]));
  }

  private refOf(role: ColumnRole, row: number): CellRef | undefined {
    const col = this.col(role);
    return col === undefined ? undefined : this.cells.shownRef(row, col);
  }

  private absent(row: number): CellRef {
    return { row, col: this.anchor(), value: null, absent: true };
  }

  private readRow(row: number): void {
    const v = new RowView(row, this.cells, this.header.columns);
    if (v.filled.length === 0) return;
    const firstText = v.text(v.first);
    const label = parseObjectiveLabel(firstText);
    const part = label ? partOfHeading(firstText, label, this.spec) : null;
    if (part && label) {
      this.startPart(part, { ref: this.cells.ref(row, v.first), label: label.label });
      return;
    }
    if (this.ended) {
      this.stray.push(row);
      return;
    }
    const item = this.itemNumber(v);
    const lead = item ? null : rowLabel(firstText);
    if (lead && (isSignOff(lead) || ROMAN_CHAPTER.test(firstText) || this.followsTable(v, label))) {
      this.ended = true;
      this.stray.push(row);
      return;
    }
    if (lead && isTotalLabel(lead, this.totalLabel)) {
      this.readTotal(v, v.first);
      return;
    }
    if (this.inEmbeddedTable(v, item, label)) {
      this.continueRow(row);
      return;
    }
    if (this.family === "anticorruption") this.readProgrammeRow(v, item);
    else if (this.family === "job") this.readFunctionRow(v);
    else this.readPlanRow(v, item, label);
  }

  /**
   * The first line of what follows the table, typed under it: a unit's or a person's name alone
   * in its row, in capitals or not ("ЗАХИРГАА, ХЯНАЛТЫН ХЭЛТЭС", "Хүний нөөцийн хэлтэс",
   * "Б.БАТЖАРГАЛ", "Б.Батжаргал"), or a note ("Жич: …"), in a text column, below the table's
   * last row of its own. A criterion is never written so; where the criterion column comes
   * first (an indicator plan, or part two of a report) the line would read as another criterion.
   */
  private followsTable(v: RowView, label: ObjectiveLabel | null): boolean {
    if (label || v.filled.length !== 1 || !this.measure) return false;
    const textCol = Math.max(this.textColumn(), this.col("criterion") ?? -1);
    if (v.first > textCol || !isAfterTableText(v.text(v.first).trim())) return false;
    return v.row > this.lastOwn;
  }

  /**
   * The table's last row of its own, up to `end`: numbered as an activity, labelled as a
   * section, or giving a level, what was reached, a percentage or a rating (a signature block
   * gives none). Looked for from the bottom: it is found within a few rows.
   */
  private lastOwnRow(end: number): number {
    for (let row = end; row >= this.header.dataTop; row--) {
      const v = new RowView(row, this.cells, this.header.columns);
      if (v.filled.length === 0) continue;
      const opens = this.itemNumber(v) || parseObjectiveLabel(v.text(v.first));
      if (opens || FIGURE_ROLES.some((role) => v.at(role) !== "")) return row;
    }
    return -1;
  }

  /**
   * A small table pasted inside a cell (seed 000: "№ | Зохион байгуулсан газар | …") arrives as
   * rows numbered 1, 2, 3 under the activity: they continue it until the numbering resumes.
   */
  private inEmbeddedTable(
    v: RowView,
    item: ItemNumber | null,
    label: ObjectiveLabel | null,
  ): boolean {
    if (this.measure && isNumberSign(v.at("number"))) {
      this.embedded = true;
      return true;
    }
    if (!this.embedded) return false;
    const depth = this.measure ? this.numbers.get(this.measure)?.parts.length : undefined;
    const resumes =
      (item && item.parts.length >= 2 && (depth === undefined || item.parts.length === depth)) ||
      (!item && label && label.kind !== "number");
    if (resumes) this.embedded = false;
    return !resumes;
  }

  private readTotal(v: RowView, labelCol: number): void {
    const total: TotalRow = { row: v.row, label: this.cells.ref(v.row, labelCol) };
    const ratingCol = this.col("rating") ?? this.col("fulfilment");
    if (ratingCol !== undefined && this.cells.text(v.row, ratingCol)) {
      total.value = this.cells.shownRef(v.row, ratingCol);
    } else {
      const last = v.filled[v.filled.length - 1];
      if (last !== labelCol) total.value = this.cells.ref(v.row, last);
    }
    this.totals.push(total);
    this.measure = undefined;
  }

  /**
   * The activity number of a row: its Д/д cell, or (with Д/д empty) an "Арга хэмжээ 2.3" that
   * opens the activity text.
   */
  private itemNumber(v: RowView): ItemNumber | null {
    const numberText = v.at("number");
    if (numberText) return parseItemNumber(numberText);
    if (this.family === "anticorruption") return null;
    const leading = splitLeadingNumber(v.at("activity"));
    return leading?.number.prefix ? leading.number : null;
  }

  /** Rows of a plan or report (org, individual): sections, activities, criteria, continuations. */
  private readPlanRow(v: RowView, item: ItemNumber | null, label: ObjectiveLabel | null): void {
    if (this.opensObjectiveInColumn(v)) {
      const col = this.col("objective") as number;
      const own = parseObjectiveLabel(v.at("objective"));
      const number = this.col("number");
      const rest = v.filled.filter((c) => c !== col && c !== number);
      // Alone in its row (with its number, if any), the objective heads the activities below;
      // beside an activity, it is that activity's, and the row is read on as an activity's.
      const alone = rest.length === 0;
      // Numbered as written, else by its place (a job description's objectives are so too).
      const numbered = alone && item ? item.parts.join(".") : undefined;
      const ownLabel = own ? own.label : alone && item ? v.at("number") : "";
      const at = own?.number ?? numbered ?? String(this.countObjectives() + 1);
      this.addObjective(v.row, ownLabel, this.cells.ref(v.row, col), at);
      if (alone) return;
      label = null;
    }
    if (item) {
      const heading = this.numberedHeading(v);
      const labelled = heading === undefined ? this.labelledHeading(v) : undefined;
      if (heading !== undefined) {
        this.addObjective(
          v.row,
          v.at("number"),
          this.cells.ref(v.row, heading),
          item.parts.join("."),
        );
      } else if (labelled) {
        this.addObjective(v.row, labelled.label.label, labelled.ref, labelled.label.number);
      } else {
        this.startMeasure(v.row, this.refOf("number", v.row) ?? this.absent(v.row), item);
      }
      return;
    }
    if (label && label.kind !== "number" && v.first <= this.textColumn()) {
      this.readSection(v, label);
      return;
    }
    if (this.readDeclaredCount(v)) return;
    if (this.isObjectiveText(v) || this.headsUnnumbered(v)) {
      this.addObjective(v.row, "", this.cells.ref(v.row, v.first));
      return;
    }
    if (this.opensUnnumbered(v)) {
      // In a numbered table, its Д/д cell left empty (where the numbering says what is missing).
      this.startMeasure(v.row, this.refOf("number", v.row) ?? this.absent(v.row));
      return;
    }
    if (this.isCriterionRow(v)) {
      if (this.measure) this.addCriterion(this.measure, v.row);
      else this.stray.push(v.row);
      return;
    }
    this.continueRow(v.row);
  }

  /**
   * In a table without a number column (an office's own, «Д/д» left out) an activity is told
   * by its text: a fresh activity cell opens one, and where there is no activity column (an
   * indicator table) each criterion is an activity of its own. A criterion named before any
   * activity opens one too, rather than being lost; a row with levels and no words (a second
   * header row of years left unmerged) opens none.
   */
  private opensUnnumbered(v: RowView): boolean {
    if (this.col("number") !== undefined) return this.skippedNumber(v);
    const activity = this.col("activity") !== undefined;
    if (activity && isFresh(v.at("activity"))) {
      const lower = v.filled.some((col) => startsLowercase(v.text(col)));
      return !(lower && this.afterPageBreak(v));
    }
    const named = isFresh(v.at("criterion"));
    return named && (!activity || !this.measure) && this.isCriterionRow(v);
  }

  /**
   * In a numbered table, a row whose number was left out: an activity's words of their own
   * (not the activity above's again, not a sentence continued) with a criterion of their own.
   * Before, it read as another criterion of the activity above, and its figure was averaged in
   * that activity's.
   */
  private skippedNumber(v: RowView): boolean {
    const activity = v.at("activity");
    if (!this.measure || !/^\p{L}/u.test(activity) || !isFresh(activity)) return false;
    if (activity === this.cells.text(this.measure.text.row, this.measure.text.col)) return false;
    return isFresh(v.at("criterion")) && !this.afterPageBreak(v);
  }

  /**
   * The row's cell in the objective column («Зорилт» beside the activities) names an objective
   * other than the one read last: written once over its activities (merged, or left empty
   * below) or again on each of their rows, it opens one objective.
   */
  private opensObjectiveInColumn(v: RowView): boolean {
    const col = this.col("objective");
    if (col === undefined) return false;
    const text = v.at("objective");
    if (!isFresh(text)) return false;
    const current = this.objective?.text;
    return !current || current.col !== col || this.cells.text(current.row, current.col) !== text;
  }

  /**
   * In a table without a number column, a text alone in its row, in a column left of the
   * activities' (or, without one, the criteria's) that no template names («Стратеги зорилт»):
   * the heading of the objective whose activities follow.
   */
  private headsUnnumbered(v: RowView): boolean {
    if (this.col("number") !== undefined || v.filled.length !== 1) return false;
    const words = this.wordsColumn();
    return words !== undefined && v.first < words && isFresh(v.text(v.first));
  }

  /**
   * The column of a numbered row's objective heading, if it is one: its words stand only in
   * columns between the number and the activities' (or, without one, the criteria's) that no
   * template names («1 | Хамрагдалтыг нэмэгдүүлэх» under «Стратеги зорилт»), and it gives no
   * level. Undefined for an activity's row.
   */
  private numberedHeading(v: RowView): number | undefined {
    const number = this.col("number");
    const words = this.wordsColumn();
    if (number === undefined || words === undefined || number >= words) return undefined;
    const own = v.filled.filter((col) => col !== number);
    const heading = own.length > 0 && own.every((col) => col > number && col < words);
    return heading ? own[0] : undefined;
  }

  /**
   * A numbered row whose only words are an objective's label and heading in the activities'
   * column («1 | Зорилт 1. Хамралтыг нэмэгдүүлэх», its activities numbered 1.1, 1.2 below): the
   * label and its cell. Undefined for an activity's row.
   */
  private labelledHeading(v: RowView): { label: ObjectiveLabel; ref: CellRef } | undefined {
    const number = this.col("number");
    const words = this.wordsColumn();
    if (words === undefined) return undefined;
    const own = v.filled.filter((col) => col !== number);
    if (own.length !== 1 || own[0] !== words) return undefined;
    const label = parseObjectiveLabel(v.text(words));
    return label?.kind === "objective" ? { label, ref: this.cells.ref(v.row, words) } : undefined;
  }

  /** The column an activity's words begin in: its own, else (an indicator table) the criterion's. */
  private wordsColumn(): number | undefined {
    return this.col("activity") ?? this.col("criterion");
  }

  /** Rightmost column a section label may start in: the activity (text) column. */
  private textColumn(): number {
    return this.col("activity") ?? this.col("programme") ?? this.col("function") ?? this.anchor();
  }

  private readSection(v: RowView, label: ObjectiveLabel): void {
    const text = this.sectionText(v, label);
    if (label.kind === "goal" || (label.kind === "ordinal" && this.family === "org")) {
      this.goal = { row: v.row, label: label.label, text, objectives: [] };
      this.goals.push(this.goal);
      this.goalFromOrdinal = label.kind === "ordinal";
      this.objective = undefined;
      this.measure = undefined;
      return;
    }
    // A heading repeats onto the row under it only before its first activity.
    if (this.objective?.measures.length || !this.writtenAgain(label.number, text)) {
      this.addObjective(v.row, label.label, text, label.number);
    }
    this.readDeclaredCount(v);
  }

  /**
   * The current objective's number and text written again on the row right after its last
   * (a merged heading unmerged and filled down): the same objective, not another. Written
   * again further down, it is another (STRUCT-NUMBER-DUP says so).
   */
  private writtenAgain(number: string, text: CellRef): boolean {
    const current = this.objective;
    if (current?.number !== number || current.text.row === text.row) return false;
    const last = current.measures[current.measures.length - 1]?.rows.bottom ?? current.row;
    return text.row === last + 1 && plainText(current.text.value) === plainText(text.value);
  }

  /** The heading's text cell: the label's own cell, or the next cell when the label stands alone. */
  private sectionText(v: RowView, label: ObjectiveLabel): CellRef {
    if (!label.rest) {
      const next = v.filled.find((col) => col > v.first && col <= this.textColumn());
      if (next !== undefined) return this.cells.ref(v.row, next);
    }
    return this.cells.ref(v.row, v.first);
  }

  /** "Хэрэгжүүлэх арга хэмжээний тоо" on an objective row or right under its heading. */
  private readDeclaredCount(v: RowView): boolean {
    const objective = this.objective;
    if (!objective || objective.measures.length > 0 || objective.declaredCount) return false;
    if (!namesDeclaredCount(v.at("criterion"))) return false;
    const declared: DeclaredCount = {
      row: v.row,
      text: this.refOf("criterion", v.row) ?? this.absent(v.row),
      baseline: this.refOf("baseline", v.row) ?? this.absent(v.row),
      target: this.yearTargetRef(v.row),
    };
    objective.declaredCount = declared;
    return true;
  }

  /**
   * Under an ordinal-word heading (seed 000: "Гурав. …") each objective is a text row spanning
   * the table from its first column, before that objective's activities.
   */
  private isObjectiveText(v: RowView): boolean {
    if (!this.goalFromOrdinal || startsLowercase(v.text(v.first))) return false;
    if (v.at("criterion") || v.at("baseline") || v.at("target")) return false;
    const merge = this.cells.mergeAt(v.row, v.first);
    const spans = !!merge && merge.right > merge.left;
    return v.filled.length === 1 && (v.first <= this.anchor() || spans);
  }

  /**
   * A row without a number is another criterion of the activity above when it names a
   * criterion or gives fresh levels. A row whose cells continue the sentences of the row
   * above (lower-case starts, or a page break before it and no number-like level) is not.
   */
  private isCriterionRow(v: RowView): boolean {
    const lower = v.filled.some((col) => startsLowercase(v.text(col)));
    if (isFresh(v.at("criterion"))) return !(lower && this.afterPageBreak(v));
    // A row printed one column off (seed 000 drops Төсөв) still names its criterion somewhere
    // between the activity and the target.
    const from = this.textColumn();
    const to = this.col("target") ?? this.col("target-h2") ?? this.col("baseline") ?? from;
    const planSide = v.filled.some((col) => col > from && col <= to && isFresh(v.text(col)));
    if (planSide) return !(lower || this.afterPageBreak(v));
    return false;
  }

  /** The row comes after a blank row (a page break) and gives no number-like level. */
  private afterPageBreak(v: RowView): boolean {
    return this.afterBlank(v.row) && !LEVEL_ROLES.some((role) => isNumberLike(v.at(role)));
  }

  private afterBlank(row: number): boolean {
    return row - 1 >= this.header.dataTop && this.cells.filled(row - 1).length === 0;
  }

  /** A long cell continued on the next row: it belongs to the row above and adds nothing. */
  private continueRow(row: number): void {
    if (this.measure) this.measure.rows.bottom = row;
  }

  /** Anti-corruption rows: each numbered row is a programme item, each measure text a measure. */
  private readProgrammeRow(v: RowView, item: ItemNumber | null): void {
    const label = parseObjectiveLabel(v.text(v.first));
    if (item) {
      const numberRef = this.refOf("number", v.row) ?? this.absent(v.row);
      const text = this.refOf("programme", v.row) ?? this.absent(v.row);
      const number = item.parts.join(".");
      // Written again on each of its activities' rows, it is the same programme item.
      if (!this.writtenAgain(number, text)) this.addObjective(v.row, v.at("number"), text, number);
      if (v.filled.some((col) => col !== numberRef.col && col !== text.col)) {
        this.startMeasure(v.row, numberRef);
      }
      return;
    }
    if (label && label.kind !== "number" && v.first <= this.textColumn()) {
      this.addObjective(v.row, label.label, this.sectionText(v, label), label.number);
      return;
    }
    // Without «№», a programme item is told by its text, as an activity is (opensUnnumbered).
    const programme = this.col("programme");
    if (this.col("number") === undefined && programme !== undefined && isFresh(v.at("programme"))) {
      this.addObjective(v.row, "", this.cells.ref(v.row, programme));
    }
    const activity = v.at("activity");
    if (activity && !startsLowercase(activity)) {
      const item = this.itemContinued(v);
      const measure = this.startMeasure(v.row, this.itemNumberOf(v, item) ?? this.absent(v.row));
      if (item) this.keepItemRating(measure, item);
      return;
    }
    if (this.measure && this.isCriterionRow(v)) {
      this.addCriterion(this.measure, v.row);
      return;
    }
    this.continueRow(v.row);
  }

  /**
   * The numbered programme item an activity's row continues with its «№» and programme cells
   * blank: a merge over the item's rows undone and left empty.
   */
  private itemContinued(v: RowView): Objective | undefined {
    const item = this.objective;
    if (v.at("number") !== "" || v.at("programme") !== "" || !item?.number) return undefined;
    return item;
  }

  /** An activity's «№» cell; on a row continuing a programme item, the item's, as the merge showed it. */
  private itemNumberOf(v: RowView, item: Objective | undefined): CellRef | undefined {
    const own = this.refOf("number", v.row);
    return item ? (this.refOf("number", item.row) ?? own) : own;
  }

  /**
   * An activity continuing a programme item whose merges were undone (its «№» cell blank and
   * merged with none), its rating cell blank: the item's rating, as a rating merged over the
   * item's rows showed it. Where the item's «№» is still merged, a rating left out of the merge
   * is the activity's own, and a blank one is missing.
   */
  private keepItemRating(measure: Measure, item: Objective): void {
    const col = this.col("rating");
    const number = this.col("number");
    if (col === undefined || number === undefined || item.row === measure.row) return;
    if (this.cells.mergeAt(measure.row, number) || this.cells.mergeAt(measure.row, col)) return;
    if (this.cells.text(measure.row, col) !== "") return;
    const rating = this.cells.shownRef(item.row, col);
    if (this.cells.text(rating.row, col) !== "") measure.rating = rating;
  }

  /** Job description rows: an objective cell opens an objective, each function is a measure. */
  private readFunctionRow(v: RowView): void {
    const objectiveText = v.at("objective");
    if (objectiveText && !startsLowercase(objectiveText)) {
      const col = this.col("objective") as number;
      const label = parseObjectiveLabel(objectiveText);
      const number = label ? label.number : String(this.countObjectives() + 1);
      this.addObjective(
        v.row,
        label ? label.label : objectiveText,
        this.cells.ref(v.row, col),
        number,
      );
    }
    const fn = v.at("function");
    if (fn && !startsLowercase(fn)) {
      const measure = this.startMeasure(v.row, this.refOf("function", v.row) ?? this.absent(v.row));
      const leading = splitLeadingNumber(fn);
      if (leading) measure.label = leading.written;
      const responsibility = this.refOf("responsibility", v.row);
      if (responsibility) measure.responsibility = responsibility;
      return;
    }
    if (!objectiveText) {
      if (this.measure && this.isCriterionRow(v)) this.addCriterion(this.measure, v.row);
      else this.continueRow(v.row);
    }
  }

  private countObjectives(): number {
    return this.goals.reduce((n, g) => n + g.objectives.length, 0);
  }

  private ensureGoal(row: number): Goal {
    if (!this.goal) {
      this.goal = { row, label: "", text: this.absent(row), objectives: [] };
      this.goals.push(this.goal);
      this.goalFromOrdinal = false;
    }
    return this.goal;
  }

  private addObjective(row: number, label: string, text: CellRef, number?: string): Objective {
    const objective: Objective = { row, label, text, part: this.part, measures: [] };
    if (number) objective.number = number;
    this.ensureGoal(row).objectives.push(objective);
    this.objective = objective;
    this.measure = undefined;
    return objective;
  }

  /**
   * The objective a measure with no heading above it belongs to: the ordinal heading it sits
   * under, the part-two heading, or one the reader makes.
   */
  private objectiveFor(row: number): Objective {
    if (this.objective) return this.objective;
    const goal = this.goal;
    let objective: Objective;
    if (goal && this.goalFromOrdinal && goal.objectives.length === 0) {
      const number = parseObjectiveLabel(goal.label)?.number;
      objective = this.addObjective(goal.row, goal.label, goal.text, number);
    } else if (this.part === 2 && this.partHeading) {
      const heading = this.partHeading;
      this.partHeading = undefined;
      objective = this.addObjective(heading.ref.row, heading.label, heading.ref);
    } else {
      objective = this.addObjective(row, "", this.absent(row));
      objective.implicit = true;
    }
    this.madeForMeasures.add(objective);
    return objective;
  }

  private startMeasure(row: number, number: CellRef, item?: ItemNumber): Measure {
    const objective = this.objectiveFor(row);
    const measure: Measure = {
      row,
      number,
      text: this.refOf("activity", row) ?? this.refOf("function", row) ?? this.absent(row),
      criteria: [],
      rows: { top: row, bottom: row },
    };
    const budget = this.refOf("budget", row);
    if (budget) measure.budget = budget;
    const ratingCol = this.col("rating");
    if (ratingCol !== undefined) measure.rating = this.cells.shownRef(row, ratingCol);
    if (this.family === "anticorruption") {
      const achieved = this.refOf("achieved", row);
      if (achieved) measure.achieved = achieved;
      measure.assignedNumber = `${objective.number ?? objective.label}.${objective.measures.length + 1}`;
    }
    const written = splitLeadingNumber(this.cells.text(row, measure.text.col));
    if (written?.number.prefix) measure.label = written.written;
    if (item) this.numbers.set(measure, item);
    objective.measures.push(measure);
    this.measure = measure;
    this.addCriterion(measure, row);
    return measure;
  }

  /**
   * The year's target of a row: its target column, else the second half-year (part two), else
   * the criterion text (anti-corruption).
   */
  private yearTargetRef(row: number): CellRef {
    return (
      this.refOf("target", row) ??
      this.refOf("target-h2", row) ??
      (this.family === "anticorruption" ? this.refOf("criterion", row) : undefined) ??
      this.absent(row)
    );
  }

  private addCriterion(measure: Measure, row: number): void {
    const criterion: Criterion = {
      row,
      text: this.refOf("criterion", row) ?? this.absent(row),
      baseline: this.refOf("baseline", row) ?? this.absent(row),
      target: this.yearTargetRef(row),
    };
    // A half-year report is measured against the first half-year's target where it gives a
    // level; «-» there leaves the half-year without one, and work done early counts against the
    // year's.
    const half = this.header.targetPeriod === "half" ? this.refOf("target-h1", row) : undefined;
    const halfText = half ? plainText(half.value) : "";
    if (half && halfText !== "" && !isNoFigureMark(halfText)) {
      criterion.yearTarget = criterion.target;
      criterion.target = half;
    }
    for (const [key, col] of this.optionalCols) {
      (criterion as unknown as Record<string, CellRef>)[key] = this.cells.shownRef(row, col);
    }
    const periods = this.header.timelinePeriods;
    if (periods) {
      // A timeline a column a period is the row's first marked period: empty where none is.
      const marked = periods.find((col) => this.cells.text(row, col) !== "");
      criterion.timeline = this.cells.shownRef(row, marked ?? periods[0]);
    }
    measure.criteria.push(criterion);
    measure.rows.bottom = Math.max(measure.rows.bottom, row);
  }

  /**
   * A numbered row with nothing else in any of its rows: a template row nobody filled in
   * ("1.1." under "Зорилт 1."), not a measure.
   */
  private isBlank(measure: Measure): boolean {
    for (let row = measure.rows.top; row <= measure.rows.bottom; row++) {
      const filled = this.cells.filled(row);
      if (filled.some((col) => !(row === measure.number.row && col === measure.number.col))) {
        return false;
      }
    }
    return !measure.number.absent;
  }

  /**
   * An objective row holding its label and nothing else ("Зорилт 1.", an anti-corruption "1"),
   * with nothing under it: a template row nobody filled in.
   */
  private isBareLabel(objective: Objective): boolean {
    if (objective.declaredCount || objective.rating || objective.text.absent) return false;
    const filled = this.cells.filled(objective.row);
    if (filled.length !== 1) return false;
    const text = this.cells.text(objective.row, filled[0]);
    const label = parseObjectiveLabel(text);
    return parseItemNumber(text) !== null || (label !== null && label.rest === "");
  }

  /**
   * Template rows nobody filled in are set aside (an objective the reader made only for them
   * goes too); objective numbers are read from their activities (6.1.1 → 6.1); ratings merged
   * over an objective are the objective's.
   */
  private finish(): void {
    for (const goal of this.goals) {
      goal.objectives = goal.objectives.filter((objective) => {
        const kept = objective.measures.filter((m) => !this.isBlank(m));
        for (const m of objective.measures) if (!kept.includes(m)) this.blank.push(m.number);
        const emptied = kept.length < objective.measures.length;
        objective.measures = kept;
        if (kept.length > 0) return true;
        if (emptied && this.madeForMeasures.has(objective)) return false;
        if (!this.isBareLabel(objective)) return true;
        this.blank.push(this.cells.ref(objective.row, objective.text.col));
        return false;
      });
    }
    const emptyGoal = (g: Goal) => g.objectives.length === 0 && g.label === "";
    for (let i = this.goals.length - 1; i >= 0; i--) {
      if (emptyGoal(this.goals[i])) this.goals.splice(i, 1);
    }
    for (const goal of this.goals) {
      for (const objective of goal.objectives) {
        if (!objective.number) {
          const item = objective.measures.map((m) => this.numbers.get(m)).find((n) => n);
          if (item && item.parts.length >= 2) objective.number = item.parts.slice(0, -1).join(".");
        }
        const first = objective.measures[0];
        const last = objective.measures[objective.measures.length - 1];
        const merged = first?.rating?.mergedRows;
        if (first && last && merged && merged.top <= first.row && merged.bottom >= last.row) {
          objective.rating = first.rating;
        }
      }
    }
  }
}

/**
 * Reads a sheet into the plan model: finds the table (any row, any column order, two-row
 * headers), then classifies each row as section, activity, criterion, continuation, total or
 * sign-off. Never throws; a sheet without a known table gives a reason in both languages.
 */
export function readPlan(grid: Grid, options: ReadOptions = {}): ReadResult {
  const cells = sheetCells(grid);
  const tables = tablesIn(cells, options);
  if (tables.length === 0) return { ok: false, reason: noTableReason(options.template) };
  const template = tables[0].template;
  const own: HeaderMatch[] = [];
  for (const t of tables) {
    if (t.template !== template) break;
    own.push(t);
  }
  const ends = own.map((_, i) =>
    i + 1 < tables.length ? tables[i + 1].headerTop - 1 : cells.bottom,
  );
  return { ok: true, plan: new PlanReader(cells, TEMPLATES[template]).read(own, ends) };
}
