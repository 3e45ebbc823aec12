import type { Evaluation, MeasureEvaluation } from "../evaluate";
import type { Finding } from "../finding";
import type { CellValue, Merge } from "../grid";
import { plainText } from "../cells/normalize";
import { objectivesOf, type Objective } from "../plan/model";
import { reportedIn, type ReportedPeriod } from "../plan/title";
import { PERIOD_WORDS } from "../templates/placeholders";
import { DEFAULT_SETTINGS, type Rounding } from "../settings";
import type { SheetModel } from "../sheet";
import type { LayoutColumn, SheetDraft } from "../templates/layout";
import { countEn, type Bilingual, type Lang } from "../text";
import {
  BANDS_HEADER,
  NO_FIGURE_HEADER,
  PART_TWO,
  PART_TWO_KEY,
  figuresOf,
  isParentOnly,
  mean,
  objectiveKey,
  objectiveLabel,
  objectiveText,
  rounded,
  sheetName,
} from "./common";
import {
  FIGURE_FORMAT,
  FILL,
  landscape,
  styleRows,
  styleTotal,
  summaryTable,
  writeParagraph,
  writeTitle,
} from "./draft";
import { findingsSheet } from "./findings-sheet";

/** Figures of a set of measures: counts, the pooled figure, counts per band. */
export interface ConsolidatedFigures {
  measures: number;
  /** Measures with a figure. */
  rated: number;
  /** Measures neither with a figure nor not due: what a report left out. */
  noFigure: number;
  exact: number | null;
  value: number | null;
  /** Measures per band, in the order of `Consolidation.bandLabels` (not due included). */
  bands: number[];
}

/** A line of the table: an objective of part one, or part two as a whole. */
export interface ConsolidatedLine extends ConsolidatedFigures {
  /** "part": part two (knowledge and skills), one line of its own, never an objective. */
  kind: "objective" | "part";
  /** Matching key: "Зорилт 3." = "Зорилт 3" = "3"; PART_TWO_KEY for part two. */
  key: string;
  label: Bilingual;
  text: string;
}

export interface ConsolidatedUnit {
  unit: string;
  /** Part one's objectives. */
  objectives: ConsolidatedLine[];
  /** Part two as one line, when the unit's report has it. */
  partTwo: ConsolidatedLine | null;
  /** The unit's own overall figure (its rounding setting), pooled over its measures. */
  total: ConsolidatedFigures;
  /** Every measure has a figure or is not due. */
  complete: boolean;
  /**
   * Place in the ranking: complete units first, then incomplete ones, each by figure, ties
   * sharing a rank ("1, 2, 2, 4"); null for a unit without any figure.
   */
  rank: number | null;
}

export interface UnreadableUnit {
  unit: string;
  reason: Bilingual;
}

/** Many units' reports in one table (DOMAIN section 6), as data. */
export interface Consolidation {
  /** Every band label met in the units' schemes, in order of first appearance. */
  bandLabels: string[];
  units: ConsolidatedUnit[];
  /** The units in ranking order (see `ConsolidatedUnit.rank`). */
  ranking: ConsolidatedUnit[];
  /** Organisation-wide per matched objective, pooled over all units' measures. */
  objectives: ConsolidatedLine[];
  /** Organisation-wide part two, when any unit has it. */
  partTwo: ConsolidatedLine | null;
  /** Organisation-wide, pooled over all units' measures. */
  pooled: ConsolidatedFigures;
  /** The plain mean of the units' (rounded) figures: another reading, shown separately. */
  meanOfUnits: {
    exact: number | null;
    value: number | null;
    units: number;
    /** Of those units, the incomplete ones. */
    incomplete: number;
  };
  unreadable: UnreadableUnit[];
  /** The year and period most units report, where they name one. */
  reported: ReportedPeriod;
  /** The units whose title names another year or period than `reported`. */
  otherPeriod: { unit: string; reported: ReportedPeriod }[];
}

/** A measure as consolidating counts it: its figure, whether it is not due, its band. */
type MeasureFigure = Pick<MeasureEvaluation, "value" | "notDue" | "band">;

/**
 * What consolidating takes of a unit's evaluation: its rounding, its scheme's labels, and its
 * lines with each measure's figure. A thread reading an office's file hands over this, under a
 * kilobyte for a soum's report, in place of the evaluation (about 50 KB).
 */
export interface UnitFigures {
  rounding: Rounding;
  /** The year and period its title names. */
  reported: ReportedPeriod;
  /** The scheme's band labels, then its not-due label. */
  bandLabels: string[];
  lines: { id: LineId; measures: MeasureFigure[] }[];
}

export function unitFigures(e: Evaluation): UnitFigures {
  return {
    rounding: e.settings.rounding,
    reported: reportedIn(e.plan.title ? plainText(e.plan.title.value) : ""),
    bandLabels: [...e.scheme.bands.map((b) => b.label), e.scheme.notDueLabel],
    lines: linesOf(e).map(({ id, measures }) => ({
      id,
      measures: measures.map(({ value, notDue, band }) => ({ value, notDue, band })),
    })),
  };
}

export interface UnitInput {
  unit: string;
  figures?: UnitFigures;
  /** The checks' findings on the unit's sheet, listed on the findings sheet. */
  findings?: Finding[];
  error?: Bilingual;
}

const NO_EVALUATION: Bilingual = {
  mn: "Тайлан уншигдаагүй: үнэлгээ хийгдсэнгүй",
  en: "The report was not read: no evaluation",
};

function figuresFrom(
  measures: readonly MeasureFigure[],
  bandLabels: string[],
  rounding: Rounding,
): ConsolidatedFigures {
  const xs = figuresOf(measures);
  const exact = mean(xs);
  const bands = new Map<string, number>();
  for (const m of measures) if (m.band !== null) bands.set(m.band, (bands.get(m.band) ?? 0) + 1);
  return {
    measures: measures.length,
    rated: xs.length,
    noFigure: measures.filter((m) => m.value === null && !m.notDue).length,
    exact,
    value: rounded(exact, rounding),
    bands: bandLabels.map((b) => bands.get(b) ?? 0),
  };
}

/** A line's identity: an objective of part one, or part two. */
export interface LineId {
  kind: ConsolidatedLine["kind"];
  key: string;
  label: Bilingual;
  text: string;
}

const PART_TWO_LINE: LineId = { kind: "part", key: PART_TWO_KEY, label: PART_TWO, text: "" };

function objectiveLine(o: Objective): LineId {
  return {
    kind: "objective",
    key: objectiveKey(o),
    label: objectiveLabel(o),
    text: objectiveText(o),
  };
}

/** A unit's measures per line: its objectives of part one, then part two pooled. */
function linesOf(e: Evaluation): { id: LineId; measures: MeasureEvaluation[] }[] {
  const all = objectivesOf(e.plan);
  const lines = e.objectives
    .filter((o) => o.objective.part !== 2 && !isParentOnly(o.objective, all))
    .map((o) => ({ id: objectiveLine(o.objective), measures: o.measures }));
  const two = e.objectives.filter((o) => o.objective.part === 2).flatMap((o) => o.measures);
  return two.length > 0 ? [...lines, { id: PART_TWO_LINE, measures: two }] : lines;
}

/** Ranking groups: complete with a figure, incomplete with a figure, no figure at all. */
function standing(u: ConsolidatedUnit): number {
  if (u.total.value === null) return 2;
  return u.complete ? 0 : 1;
}

/**
 * The units in ranking order, each given its rank: complete units first, then incomplete ones,
 * each group by figure (highest first, in the order given when equal); equal figures within a
 * group share a rank ("1, 2, 2, 4"), so an incomplete unit never ranks with or above a complete
 * one. Units without a figure come last, unranked.
 */
function rank(units: ConsolidatedUnit[]): ConsolidatedUnit[] {
  const ordered = [...units].sort(
    (a, b) => standing(a) - standing(b) || (b.total.value ?? 0) - (a.total.value ?? 0),
  );
  ordered.forEach((u, i) => {
    const before = ordered[i - 1];
    const tied =
      before !== undefined &&
      standing(before) === standing(u) &&
      before.total.value === u.total.value;
    u.rank = standing(u) === 2 ? null : tied ? before.rank : i + 1;
  });
  return ordered;
}

/**
 * One table over many units: each unit's objectives, part two and overall figure, whether it
 * is complete, its rank; organisation-wide figures per matched objective, part two and overall
 * (pooled over every measure), the mean of the unit figures shown apart, and the units that
 * could not be read with their reasons.
 */
export function consolidate(units: UnitInput[]): Consolidation {
  const readable = units.filter(
    (u): u is UnitInput & { figures: UnitFigures } => !!u.figures && !u.error,
  );
  const unreadable: UnreadableUnit[] = units
    .filter((u) => !u.figures || u.error)
    .map((u) => ({ unit: u.unit, reason: u.error ?? NO_EVALUATION }));
  const rounding = readable[0]?.figures.rounding ?? DEFAULT_SETTINGS.rounding;

  const bandLabels: string[] = [];
  for (const { figures } of readable) {
    for (const label of figures.bandLabels) {
      if (!bandLabels.includes(label)) bandLabels.push(label);
    }
  }

  // Measures are gathered a unit's line at a time and flattened once: a long report's line
  // would not fit in the arguments of one push.
  const byKey = new Map<string, { id: LineId; measures: MeasureFigure[][] }>();
  const everyone: MeasureFigure[][] = [];
  const consolidated: ConsolidatedUnit[] = readable.map(({ unit, figures }) => {
    const own = figures.rounding;
    const lines = figures.lines;
    for (const { id, measures } of lines) {
      const shared = byKey.get(id.key) ?? { id, measures: [] };
      shared.measures.push(measures);
      byKey.set(id.key, shared);
      everyone.push(measures);
    }
    const figured = lines.map(({ id, measures }) => ({
      ...id,
      ...figuresFrom(measures, bandLabels, own),
    }));
    const total = figuresFrom(
      lines.flatMap((l) => l.measures),
      bandLabels,
      own,
    );
    return {
      unit,
      objectives: figured.filter((l) => l.kind === "objective"),
      partTwo: figured.find((l) => l.kind === "part") ?? null,
      total,
      complete: total.noFigure === 0,
      rank: null,
    };
  });

  const organisation = [...byKey.values()].map(({ id, measures }) => ({
    ...id,
    ...figuresFrom(measures.flat(), bandLabels, rounding),
  }));
  const withFigure = consolidated.filter((u) => u.total.value !== null);
  const meanExact = mean(withFigure.map((u) => u.total.value as number));
  return {
    bandLabels,
    units: consolidated,
    ranking: rank(consolidated),
    objectives: organisation.filter((l) => l.kind === "objective"),
    partTwo: organisation.find((l) => l.kind === "part") ?? null,
    pooled: figuresFrom(everyone.flat(), bandLabels, rounding),
    meanOfUnits: {
      exact: meanExact,
      value: rounded(meanExact, rounding),
      units: withFigure.length,
      incomplete: withFigure.filter((u) => !u.complete).length,
    },
    unreadable,
    ...periodsOf(readable),
  };
}

/** The key of a year and period, as far as a title names them. */
const periodKey = (r: ReportedPeriod): string => `${r.year ?? ""}|${r.period ?? ""}`;

/** One says another year or period than the other, where both name it. */
const otherThan = (r: ReportedPeriod, most: ReportedPeriod): boolean =>
  (r.year !== undefined && most.year !== undefined && r.year !== most.year) ||
  (r.period !== undefined && most.period !== undefined && r.period !== most.period);

/**
 * The year and period most units' titles name (the first such unit's on a tie), and the units
 * naming another: an office that sent last year's report, or its year-end report into a
 * half-year's consolidation, is listed, not left to be found in the figures.
 */
function periodsOf(units: { unit: string; figures: UnitFigures }[]): {
  reported: ReportedPeriod;
  otherPeriod: { unit: string; reported: ReportedPeriod }[];
} {
  const counts = new Map<string, { reported: ReportedPeriod; n: number }>();
  for (const { figures } of units) {
    const r = figures.reported;
    if (r.year === undefined && r.period === undefined) continue;
    const seen = counts.get(periodKey(r));
    if (seen) seen.n++;
    else counts.set(periodKey(r), { reported: r, n: 1 });
  }
  let most: ReportedPeriod = {};
  let best = 0;
  for (const { reported, n } of counts.values()) {
    if (n > best) [most, best] = [reported, n];
  }
  const otherPeriod = units
    .filter((u) => otherThan(u.figures.reported, most))
    .map((u) => ({ unit: u.unit, reported: u.figures.reported }));
  return { reported: most, otherPeriod };
}

/** "2026 оны эхний хагас жилийн тайлан", "the 2026 first half-year report". */
export function reportedName(r: ReportedPeriod): Bilingual {
  const mnYear = r.year !== undefined ? `${r.year} оны ` : "";
  const enYear = r.year !== undefined ? `${r.year} ` : "";
  const mnPeriod = r.period ? `${PERIOD_WORDS[r.period].toLowerCase()} ` : "";
  const enPeriod =
    r.period === "half" ? "first half-year " : r.period === "year" ? "year-end " : "";
  return { mn: `${mnYear}${mnPeriod}тайлан`, en: `the ${enYear}${enPeriod}report` };
}

const HEADERS = {
  title: {
    mn: "НЭГЖҮҮДИЙН ГҮЙЦЭТГЭЛИЙН НЭГТГЭЛ",
    en: "CONSOLIDATED RESULTS OF THE UNITS",
  },
  unit: { mn: "Нэгж", en: "Unit" },
  objective: { mn: "Зорилт", en: "Objective" },
  measures: { mn: "Арга хэмжээний тоо", en: "Number of measures" },
  rated: { mn: "Үнэлсэн арга хэмжээний тоо", en: "Measures with a figure" },
  value: { mn: "Хэрэгжилт, хувь", en: "Implementation, %" },
  bands: BANDS_HEADER,
  noFigure: NO_FIGURE_HEADER,
  unitTotal: { mn: "Нэгжийн дүн", en: "Unit total" },
  organisation: { mn: "Байгууллагын хэмжээнд", en: "Organisation-wide" },
  pooled: {
    mn: "Нийт (бүх арга хэмжээгээр)",
    en: "Total (pooled over all measures)",
  },
  ranking: { mn: "НЭГЖҮҮДИЙН ЭРЭМБЭ", en: "RANKING OF THE UNITS" },
  rankingRule: {
    mn: "Бүрэн нэгжүүд (арга хэмжээ бүр нь үнэлгээтэй, эсвэл хугацаа нь болоогүй) эхэнд, хувь нь буурах дарааллаар жагсана; ижил хувьтай нэгжүүд нэг байр эзэлнэ. Дутуу нэгжүүд (үнэлгээгүй арга хэмжээтэй) тэдний дараа, хувь огт тооцогдоогүй нэгжүүд хамгийн сүүлд байна.",
    en: "Complete units (every measure has a figure or is not yet due) come first, highest figure first; equal figures share a rank. Incomplete units (some measures without a figure) follow them, and units with no figure at all come last.",
  },
  rank: { mn: "Байр", en: "Rank" },
  note: { mn: "Тайлбар", en: "Note" },
  unreadable: { mn: "Уншиж чадаагүй нэгж", en: "Units that could not be read" },
  otherPeriod: {
    mn: "Өөр он, үеийн тайлан ирүүлсэн нэгж",
    en: "Units whose report is for another year or period",
  },
  usualPeriod: { mn: "бусад нь", en: "the others" },
  itsReport: { mn: "Ирүүлсэн тайлан", en: "Its report" },
  reason: { mn: "Шалтгаан", en: "Reason" },
  none: { mn: "Нэгжийн тайлан алга.", en: "No unit reports." },
} satisfies Record<string, Bilingual>;

const NOTES = {
  complete: { mn: "Бүрэн", en: "Complete" },
  notDue: { mn: "Хэрэгжилт тооцох хугацаа болоогүй", en: "Not yet due" },
  noMeasures: { mn: "Арга хэмжээ алга", en: "No measures" },
} satisfies Record<string, Bilingual>;

const SHEET_NAME: Bilingual = { mn: "Нэгтгэл", en: "Consolidation" };

const count = (n: number): CellValue => (n === 0 ? null : n);

/** A label with a note added inside its parentheses, or in parentheses of its own. */
function noted(label: string, note: string): string {
  return label.endsWith(")") ? `${label.slice(0, -1)}; ${note})` : `${label} (${note})`;
}

/** A label, marked incomplete (and by how much) when some of its measures have no figure. */
function marked(label: Bilingual, f: ConsolidatedFigures): Bilingual {
  if (f.noFigure === 0) return label;
  return {
    mn: noted(label.mn, `дутуу: ${f.measures} арга хэмжээний ${f.noFigure} нь үнэлгээгүй`),
    en: noted(
      label.en,
      `incomplete: ${f.noFigure} of ${countEn(f.measures, "measure")} without a figure`,
    ),
  };
}

/** The ranking's note on a unit: complete, or which lines have measures without a figure. */
export function rankingNote(u: ConsolidatedUnit): Bilingual {
  if (!u.complete) {
    const gaps = [...u.objectives, ...(u.partTwo ? [u.partTwo] : [])].filter((l) => l.noFigure);
    const list = (lang: Lang) => gaps.map((l) => `${l.label[lang]} (${l.noFigure})`).join("; ");
    return {
      mn: `Дутуу. Үнэлгээгүй арга хэмжээ: ${list("mn")}`,
      en: `Incomplete. Measures without a figure: ${list("en")}`,
    };
  }
  if (u.total.measures === 0) return NOTES.noMeasures;
  return u.total.rated === 0 ? NOTES.notDue : NOTES.complete;
}

function meanLabel(m: Consolidation["meanOfUnits"]): Bilingual {
  return m.incomplete > 0
    ? {
        mn: `Нэгжүүдийн хувийн энгийн дундаж (${m.units} нэгж, үүнээс ${m.incomplete} нь дутуу)`,
        en: `Plain mean of unit figures (${countEn(m.units, "unit")}, ${m.incomplete} of them incomplete)`,
      }
    : {
        mn: `Нэгжүүдийн хувийн энгийн дундаж (${m.units} нэгж)`,
        en: `Plain mean of unit figures (${countEn(m.units, "unit")})`,
      };
}

/** The ranking's headers; its note spans the band columns of the table above. */
const RANK_HEADERS = [
  HEADERS.rank,
  HEADERS.unit,
  HEADERS.measures,
  HEADERS.rated,
  HEADERS.value,
  HEADERS.note,
];
const NOTE_COL = RANK_HEADERS.length - 1;

/**
 * The ranking under the table: rank, unit, measures, measures with a figure, figure, and a
 * note saying complete or what is missing. Its columns line up with the table's above it.
 */
function writeRanking(draft: SheetDraft, c: Consolidation, columns: LayoutColumn[], lang: Lang) {
  const width = columns.length;
  draft.blank();
  writeTitle(draft, HEADERS.ranking[lang], width);
  writeParagraph(draft, HEADERS.rankingRule[lang], width, { italic: true });
  const noteWidth = columns.slice(NOTE_COL).reduce((w, col) => w + col.width, 0);
  const rankColumns: LayoutColumn[] = RANK_HEADERS.map((h, i) => ({
    ...(i < NOTE_COL ? columns[i] : { width: noteWidth }),
    header: h[lang],
  }));
  const values: CellValue[][] = c.ranking.map((u) => [
    u.rank,
    u.unit,
    u.total.measures,
    u.total.rated,
    u.total.value,
    rankingNote(u)[lang],
  ]);
  const note = (row: number): Merge => ({
    top: row,
    left: NOTE_COL,
    bottom: row,
    right: width - 1,
  });
  const rows = values.map((v) => ({ kind: "activity" as const, values: v }));
  const place = draft.table(rankColumns, { rows, merges: values.map((_, i) => note(i)) }, "none");
  draft.merge(note(place.headerTop));
  // The note's cells beyond its first carry the borders of its merged area.
  draft.style(
    { top: place.headerTop, left: NOTE_COL + 1, bottom: place.dataBottom, right: width - 1 },
    { border: true },
  );
  styleRows(draft, rankColumns, { top: place.dataTop, values }, [1, NOTE_COL]);
}

/**
 * A list of units under its `title`: a header row (the unit, `what`), then each unit with what
 * is said of it, across the rest of the table's width.
 */
function writeUnitList(
  draft: SheetDraft,
  title: string,
  [unitHeader, what]: [string, string],
  lines: [string, string][],
  width: number,
) {
  draft.blank();
  writeParagraph(draft, title, width, { bold: true });
  const top = draft.row;
  [[unitHeader, what], ...lines].forEach((line, i) => {
    const r = top + i;
    draft.blank();
    draft.set(r, 0, line[0]);
    draft.set(r, 1, line[1]);
    draft.merge({ top: r, left: 1, bottom: r, right: width - 1 });
  });
  const bottom = top + lines.length;
  draft.style(
    { top, left: 0, bottom, right: width - 1 },
    { border: true, wrap: true, vAlign: "top" },
  );
  draft.style({ top, left: 0, bottom: top, right: width - 1 }, { bold: true, fill: FILL.header });
}

/**
 * The consolidated table sheet ("Нэгтгэл"): a block per unit (its objectives, part two and its
 * total, marked where measures have no figure), the organisation-wide block, the ranking of
 * the units, the units whose report names another year or period than most, then the units
 * that could not be read with their reasons.
 */
export function consolidationSheets(c: Consolidation, lang: Lang): SheetModel[] {
  // Only a table with measures lacking a figure needs the column that keeps the counts whole.
  const noFigureCol = c.pooled.noFigure > 0;
  const columns: LayoutColumn[] = [
    { header: HEADERS.unit[lang], width: 18 },
    { header: HEADERS.objective[lang], width: 26 },
    { header: HEADERS.measures[lang], width: 12 },
    { header: HEADERS.rated[lang], width: 12 },
    { header: HEADERS.value[lang], width: 12, numberFormat: FIGURE_FORMAT },
    ...c.bandLabels.map((b) => ({ header: b, group: HEADERS.bands[lang], width: 11 })),
    ...(noFigureCol
      ? [{ header: HEADERS.noFigure[lang], group: HEADERS.bands[lang], width: 11 }]
      : []),
  ];
  const width = columns.length;
  const row = (label: Bilingual, f: ConsolidatedFigures): CellValue[] => [
    null,
    marked(label, f)[lang],
    f.measures,
    f.rated,
    f.value,
    ...f.bands.map(count),
    ...(noFigureCol ? [count(f.noFigure)] : []),
  ];
  const lineRows = (lines: ConsolidatedLine[], two: ConsolidatedLine | null) =>
    [...lines, ...(two ? [two] : [])].map((l) => row(l.label, l));

  const values: CellValue[][] = [];
  /** Unit-name cells merged over their block (relative to the first data row). */
  const blocks: Merge[] = [];
  const totals: number[] = [];
  const block = (name: string, lines: CellValue[][]) => {
    const top = values.length;
    lines.forEach((l, i) => values.push(i === 0 ? [name, ...l.slice(1)] : l));
    blocks.push({ top, left: 0, bottom: values.length - 1, right: 0 });
  };
  for (const u of c.units) {
    const lines = lineRows(u.objectives, u.partTwo);
    totals.push(values.length + lines.length);
    lines.push(row(HEADERS.unitTotal, u.total));
    block(u.unit, lines);
  }
  if (c.units.length > 0) {
    const lines = lineRows(c.objectives, c.partTwo);
    totals.push(values.length + lines.length);
    lines.push(row(HEADERS.pooled, c.pooled));
    totals.push(values.length + lines.length);
    const mean = [null, meanLabel(c.meanOfUnits)[lang], null, null, c.meanOfUnits.value];
    lines.push([...mean, ...Array.from({ length: width - mean.length }, () => null)]);
    block(HEADERS.organisation[lang], lines);
  }

  const { draft, place } = summaryTable(HEADERS.title[lang], columns, values, [0, 1], blocks);
  for (const t of totals) styleTotal(draft, place.dataTop + t, width);
  for (const b of blocks) {
    draft.style(
      { top: place.dataTop + b.top, left: 0, bottom: place.dataTop + b.bottom, right: 0 },
      { bold: true, vAlign: "top", fill: FILL.section },
    );
  }
  if (c.units.length === 0) writeParagraph(draft, HEADERS.none[lang], width, { italic: true });
  else writeRanking(draft, c, columns, lang);
  if (c.otherPeriod.length > 0) {
    const usual = reportedName(c.reported)[lang];
    const lines = c.otherPeriod.map((u): [string, string] => [
      u.unit,
      reportedName(u.reported)[lang],
    ]);
    const title = `${HEADERS.otherPeriod[lang]} (${HEADERS.usualPeriod[lang]}: ${usual})`;
    writeUnitList(draft, title, [HEADERS.unit[lang], HEADERS.itsReport[lang]], lines, width);
  }
  if (c.unreadable.length > 0) {
    const lines = c.unreadable.map((u): [string, string] => [u.unit, u.reason[lang]]);
    const header: [string, string] = [HEADERS.unit[lang], HEADERS.reason[lang]];
    writeUnitList(draft, HEADERS.unreadable[lang], header, lines, width);
  }

  return [
    draft.toModel(sheetName(SHEET_NAME, lang), {
      freeze: { rows: place.headerBottom + 1, cols: 1 },
      print: landscape({ top: place.headerTop, bottom: place.headerBottom }),
    }),
  ];
}

/**
 * What consolidating writes, the same from the command line and the task pane: the
 * consolidated table, and every finding of every unit read on the findings sheet.
 */
export function consolidationModels(
  units: UnitInput[],
  lang: Lang,
): { consolidation: Consolidation; table: SheetModel; findings: SheetModel } {
  const consolidation = consolidate(units);
  const read = units.filter((u) => u.figures && !u.error);
  return {
    consolidation,
    table: consolidationSheets(consolidation, lang)[0],
    findings: findingsSheet(
      read.map((u) => ({ sheet: u.unit, findings: u.findings ?? [] })),
      lang,
    ),
  };
}
