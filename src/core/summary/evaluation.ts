import type { Evaluation, MeasureEvaluation, ObjectiveEvaluation } from "../evaluate";
import type { CellValue } from "../grid";
import { plainText } from "../cells/normalize";
import { objectivesOf } from "../plan/model";
import { reportedIn, type ReportPeriod } from "../plan/title";
import { PERIOD_WORDS } from "../templates/placeholders";
import type { RatingScheme } from "../ratings";
import type { SheetModel } from "../sheet";
import type { LayoutColumn } from "../templates/layout";
import { countEn, type Bilingual, type Lang } from "../text";
import {
  BANDS_HEADER,
  NO_FIGURE_HEADER,
  PART_TWO,
  PART_TWO_KEY,
  figureText,
  figuresOf,
  isParentOnly,
  mean,
  measureNumber,
  measureText,
  objectiveKey,
  objectiveLabel,
  objectiveText,
  rangeText,
  rounded,
  sheetName,
} from "./common";
import { replacedAddresses, replacedSentence } from "./replaced";
import { FIGURE_FORMAT, landscape, styleTotal, summaryTable, writeParagraph } from "./draft";

/** One row of the товчоо: an objective of part one, or part two as a whole, with its counts. */
export interface SummaryObjectiveRow {
  /** "part": part two (knowledge and skills), one line however many objectives it has. */
  kind: "objective" | "part";
  /** Matching key across units ("3", "6.1"; PART_TWO_KEY for part two). */
  key: string;
  /** "Зорилт 1" / "Objective 1". */
  label: Bilingual;
  text: string;
  /** "Зорилт 1: <text>", as the seed's first column prints it. */
  caption: Bilingual;
  /** The seed's Зорилтын тоо column: 1 for an objective, 0 for part two (not an objective). */
  objectives: number;
  measures: number;
  /** Measures per band, in the order of `EvaluationSummary.bandLabels`. */
  bands: number[];
  /** Measures neither banded nor not due: no figure yet (bands + noFigure = measures). */
  noFigure: number;
  exact: number | null;
  /** The row's figure, rounded per the settings. */
  value: number | null;
}

export interface SummaryTotal {
  objectives: number;
  measures: number;
  bands: number[];
  noFigure: number;
  /** Pooled over all measures (not the mean of objective figures). */
  exact: number | null;
  value: number | null;
}

/** A measure named in the written conclusion. */
export interface SummaryItem {
  /** "4.1". */
  number: string;
  text: string;
  /** Its figure, rounded per the settings; null when not due or without a figure. */
  value: number | null;
}

export type SummaryGroupKind = "full" | "band" | "not-due" | "no-figure";

/** Measures listed together in the conclusion: at 100, per band below 100, not due, no figure. */
export interface SummaryGroup {
  kind: SummaryGroupKind;
  /** The scheme band the figures fall in (kind "band"); null for a figure in no band. */
  band: string | null;
  /**
   * What the group's phrase names: 100 for "full", the scheme's bounds of the band ("90–100"),
   * the lowest and highest figure of figures that fall in no band.
   */
  range?: { min: number; max: number };
  items: SummaryItem[];
}

export type ConclusionKind =
  | "lead"
  | "heading"
  | "item"
  | "part"
  | "overall"
  /** Which stated figures the computed ones replaced. */
  | "replaced"
  | "recap";

export interface ConclusionParagraph {
  kind: ConclusionKind;
  text: Bilingual;
}

/** The evaluation summary (ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО) and its written conclusion, as data. */
export interface EvaluationSummary {
  title: Bilingual;
  schemeId: string;
  /** The scheme's band labels, then its not-due label: one column each. */
  bandLabels: string[];
  rows: SummaryObjectiveRow[];
  total: SummaryTotal;
  /** The measures of part one, grouped for the conclusion. */
  groups: SummaryGroup[];
  /** The measures of part two, grouped the same way (empty when the plan has none). */
  partTwoGroups: SummaryGroup[];
  /** Stated fulfilment cells whose figures the computed ones replaced. */
  replaced: string[];
  /** The year and period the overall sentence names, when known. */
  year?: number;
  period?: ReportPeriod;
  conclusion: ConclusionParagraph[];
}

export interface EvaluationSummaryOptions {
  title?: string;
  /** Defaults to the year the plan's title names. */
  year?: number;
  /** Defaults to the period the plan's title names (ЭХНИЙ ХАГАС ЖИЛИЙН, ЖИЛИЙН ЭЦСИЙН). */
  period?: ReportPeriod;
}

const DEFAULT_TITLE: Bilingual = {
  mn: "ЗОРИЛТ, АРГА ХЭМЖЭЭНИЙ ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО",
  en: "PROGRESS EVALUATION SUMMARY OF OBJECTIVES AND MEASURES",
};

export const EVALUATION_SHEET_NAME: Bilingual = { mn: "Товчоо", en: "Summary" };

/** Measures in no band column: neither a figure nor not due. */
const unbanded = (ms: MeasureEvaluation[]): number => ms.filter((m) => m.band === null).length;

/** Counts per band of a set of objectives, summed, in the order of `labels`. */
function bandCounts(objectives: ObjectiveEvaluation[], labels: string[]): number[] {
  return labels.map((b) => objectives.reduce((n, o) => n + (o.bands[b] ?? 0), 0));
}

/**
 * The товчоо of an evaluation (DOMAIN section 6): a row per objective of part one with its
 * measures counted per band of the scheme, part two (knowledge and skills) as one line of its
 * own, a total row, and the conclusion written as seed 002 writes it.
 */
export function evaluationSummary(
  e: Evaluation,
  options: EvaluationSummaryOptions = {},
): EvaluationSummary {
  const rounding = e.settings.rounding;
  const bandLabels = [...e.scheme.bands.map((b) => b.label), e.scheme.notDueLabel];
  const all = objectivesOf(e.plan);
  const partOne = e.objectives.filter(
    (o) => o.objective.part !== 2 && !isParentOnly(o.objective, all),
  );
  const partTwo = e.objectives.filter((o) => o.objective.part === 2);
  const rows: SummaryObjectiveRow[] = partOne.map((o) => {
    const label = objectiveLabel(o.objective);
    const text = objectiveText(o.objective);
    return {
      kind: "objective",
      key: objectiveKey(o.objective),
      label,
      text,
      caption: {
        mn: text ? `${label.mn}: ${text}` : label.mn,
        en: text ? `${label.en}: ${text}` : label.en,
      },
      objectives: 1,
      measures: o.measures.length,
      bands: bandLabels.map((b) => o.bands[b] ?? 0),
      noFigure: unbanded(o.measures),
      exact: o.exact,
      value: o.value,
    };
  });
  const twoMeasures = partTwo.flatMap((o) => o.measures);
  if (twoMeasures.length > 0) {
    const exact = mean(figuresOf(twoMeasures));
    rows.push({
      kind: "part",
      key: PART_TWO_KEY,
      label: PART_TWO,
      text: PART_TWO.mn,
      caption: PART_TWO,
      objectives: 0,
      measures: twoMeasures.length,
      bands: bandCounts(partTwo, bandLabels),
      noFigure: unbanded(twoMeasures),
      exact,
      value: rounded(exact, rounding),
    });
  }
  const total: SummaryTotal = {
    objectives: rows.reduce((n, r) => n + r.objectives, 0),
    measures: rows.reduce((n, r) => n + r.measures, 0),
    bands: bandLabels.map((_, i) => rows.reduce((n, r) => n + r.bands[i], 0)),
    noFigure: rows.reduce((n, r) => n + r.noFigure, 0),
    exact: e.overallExact,
    value: e.overall,
  };
  const titleText = e.plan.title ? plainText(e.plan.title.value) : "";
  const reported = reportedIn(titleText);
  const year = options.year ?? reported.year;
  const period = options.period ?? reported.period;
  const round = (x: number | null) => rounded(x, rounding);
  const groups = groupMeasures(
    partOne.flatMap((o) => o.measures),
    e.scheme,
    round,
  );
  const partTwoGroups = groupMeasures(twoMeasures, e.scheme, round);
  const partTwoRow = rows.find((r) => r.kind === "part");
  const title = options.title ? { mn: options.title, en: options.title } : DEFAULT_TITLE;
  const replaced = replacedAddresses(e);
  return {
    title,
    schemeId: e.scheme.id,
    bandLabels,
    rows,
    total,
    groups,
    partTwoGroups,
    replaced,
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    conclusion: writeConclusion({
      objectives: total.objectives,
      measures: total.measures - twoMeasures.length,
      groups,
      partTwo: partTwoRow ? { row: partTwoRow, groups: partTwoGroups } : undefined,
      overall: total.value,
      replaced,
      year,
      period,
    }),
  };
}

function groupMeasures(
  measures: MeasureEvaluation[],
  scheme: RatingScheme,
  round: (x: number | null) => number | null,
): SummaryGroup[] {
  const item = (m: MeasureEvaluation): SummaryItem => ({
    number: measureNumber(m.measure),
    text: measureText(m.measure),
    value: round(m.value),
  });
  const full: SummaryItem[] = [];
  const byBand = new Map<string | null, SummaryItem[]>();
  const notDue: SummaryItem[] = [];
  const noFigure: SummaryItem[] = [];
  for (const m of measures) {
    if (m.notDue) notDue.push(item(m));
    else if (m.value === null) noFigure.push(item(m));
    else if (m.value >= 100) full.push(item(m));
    else {
      const key = m.band !== null && m.band !== scheme.notDueLabel ? m.band : null;
      const items = byBand.get(key);
      if (items) items.push(item(m));
      else byBand.set(key, [item(m)]);
    }
  }
  const groups: SummaryGroup[] = [];
  if (full.length)
    groups.push({ kind: "full", band: null, range: { min: 100, max: 100 }, items: full });
  // Bands from the top of the scheme down, named by their bounds.
  for (const band of scheme.bands) {
    const items = byBand.get(band.label);
    if (items) {
      groups.push({
        kind: "band",
        band: band.label,
        range: { min: band.min, max: band.max },
        items,
      });
    }
  }
  // Figures that fall in no band (a scheme with a gap) are named by their own lowest and highest.
  const stray = byBand.get(null);
  if (stray) groups.push({ kind: "band", band: null, range: figureRange(stray), items: stray });
  if (notDue.length) groups.push({ kind: "not-due", band: scheme.notDueLabel, items: notDue });
  if (noFigure.length) groups.push({ kind: "no-figure", band: null, items: noFigure });
  return groups;
}

/** Lowest and highest figure of items that all have one. */
function figureRange(items: SummaryItem[]): { min: number; max: number } {
  // A loop, not Math.min(...figures): a spread of 100,000+ arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const i of items) {
    min = Math.min(min, i.value as number);
    max = Math.max(max, i.value as number);
  }
  return { min, max };
}

/** "90–100" for a band or full group; "75,5–78,0" for figures in no band. */
function groupRange(g: SummaryGroup, lang: Lang): string {
  const { min, max } = g.range ?? { min: 0, max: 0 };
  if (g.band !== null || g.kind === "full") return rangeText(min, max);
  return min === max ? figureText(min, lang) : `${figureText(min, lang)}–${figureText(max, lang)}`;
}

function groupPhrase(g: SummaryGroup): Bilingual {
  const n = g.items.length;
  if (g.kind === "not-due") {
    return {
      mn: `Хэрэгжилт тооцох хугацаа болоогүй ${n} арга хэмжээ`,
      en: `${countEn(n, "measure")} not yet due for assessment`,
    };
  }
  if (g.kind === "no-figure") {
    return {
      mn: `Хэрэгжилтийн хувь, үнэлгээ тогтоогоогүй ${n} арга хэмжээ`,
      en: `${countEn(n, "measure")} with no fulfilment figure or rating`,
    };
  }
  return {
    mn: `${groupRange(g, "mn")} хувийн биелэлттэй ${n} арга хэмжээ`,
    en: `${countEn(n, "measure")} fulfilled at ${groupRange(g, "en")} percent`,
  };
}

function itemText(i: SummaryItem, last: boolean, part: 1 | 2): Bilingual {
  // The seed prints the figure of every item below 100 ("/93,9/") and none for those at 100.
  const figure = (lang: Lang) =>
    i.value !== null && i.value !== 100 ? ` /${figureText(i.value, lang)}/` : "";
  const end = last ? "." : ";";
  // The item's own closing stop gives way to the list's ";" / ".".
  const own = i.text.replace(/[\s.;,:]+$/u, "");
  const text = own ? ` ${own}` : "";
  // Part one's measures are numbered within their objectives ("Зорилт 4.1."); part two's are
  // activities of a part with no objectives ("Арга хэмжээ 1."), as are part one's numbered on
  // through the table ("2": "Зорилт 2." would name the second objective).
  const withinObjective = part === 1 && i.number.includes(".");
  const mn = withinObjective ? "Зорилт" : "Арга хэмжээ";
  const en = part === 1 ? "Measure" : "Activity";
  // A measure of a table without numbers is named by its text alone.
  const named = (word: string) => (i.number ? `${word} ${i.number}.${text}` : own);
  return {
    mn: `- ${named(mn)}${figure("mn")}${end}`,
    en: `- ${named(en)}${figure("en")}${end}`,
  };
}

function whenPhrase(year: number | undefined, period: ReportPeriod | undefined): Bilingual {
  const mnPeriod = period ? `${PERIOD_WORDS[period].toLowerCase()} ` : "";
  if (year !== undefined) {
    const en =
      period === "half"
        ? `as of the first half of ${year} `
        : period === "year"
          ? `as of the end of ${year} `
          : `as of ${year} `;
    return { mn: `${year} оны ${mnPeriod}байдлаар `, en };
  }
  if (period) {
    const en = period === "half" ? "as of the first half of the year " : "as of the year end ";
    return { mn: `${mnPeriod}байдлаар `, en };
  }
  return { mn: "", en: "" };
}

interface ConclusionFacts {
  /** Objectives of part one. */
  objectives: number;
  /** Measures of part one. */
  measures: number;
  groups: SummaryGroup[];
  partTwo?: { row: SummaryObjectiveRow; groups: SummaryGroup[] };
  overall: number | null;
  replaced: string[];
  year?: number;
  period?: ReportPeriod;
}

function writeConclusion(facts: ConclusionFacts): ConclusionParagraph[] {
  const { objectives, measures, groups, partTwo } = facts;
  const out: ConclusionParagraph[] = [];
  const push = (kind: ConclusionKind, mn: string, en: string) =>
    out.push({ kind, text: { mn, en } });
  const listGroups = (list: SummaryGroup[], part: 1 | 2) => {
    for (const g of list) {
      const phrase = groupPhrase(g);
      push("heading", `${phrase.mn}:`, `${phrase.en}:`);
      g.items.forEach((i, k) => {
        const t = itemText(i, k === g.items.length - 1, part);
        push("item", t.mn, t.en);
      });
    }
  };
  push(
    "lead",
    `Уг төлөвлөгөөнд тусгагдсан нийт ${objectives} зорилт бүхий ${measures} арга хэмжээ байна.${groups.length > 0 ? " Үүнээс:" : ""}`,
    `The plan contains ${countEn(measures, "measure")} under ${countEn(objectives, "objective")}.${groups.length > 0 ? " Of these:" : ""}`,
  );
  listGroups(groups, 1);
  if (partTwo) {
    const n = partTwo.row.measures;
    const value = partTwo.row.value;
    const assessed = (lang: Lang) =>
      value === null
        ? lang === "mn"
          ? " Хэсгийн хэрэгжилтийг дүгнээгүй."
          : " The part is not assessed."
        : lang === "mn"
          ? ` Хэсгийн хэрэгжилт ${figureText(value, "mn")} хувьтай.`
          : ` The part is assessed at ${figureText(value, "en")} percent.`;
    push(
      "part",
      `Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний хэсэгт ${n} арга хэмжээ байна.${assessed("mn")} Үүнээс:`,
      `Part two (knowledge and skills) contains ${countEn(n, "measure")}.${assessed("en")} Of these:`,
    );
    listGroups(partTwo.groups, 2);
  }
  const when = whenPhrase(facts.year, facts.period);
  if (facts.overall === null) {
    push(
      "overall",
      "Хэрэгжилтийн хувь тогтоосон арга хэмжээ байхгүй тул нийт хэрэгжилтийг дүгнээгүй.",
      "No measure has a figure, so overall implementation is not assessed.",
    );
  } else {
    push(
      "overall",
      `Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц ${when.mn}${figureText(facts.overall, "mn")} хувьтай дүгнэгдэв.`,
      `Implementation of the objectives and measures in the plan ${when.en}is assessed at ${figureText(facts.overall, "en")} percent.`,
    );
  }
  const replaced = replacedSentence(facts.replaced);
  if (replaced) push("replaced", replaced.mn, replaced.en);
  const recap = [...groups, ...(partTwo?.groups ?? [])];
  if (recap.length > 0) {
    push("recap", "Хэрэгжилтийг арга хэмжээ тус бүрээр авч үзвэл:", "By measure:");
    merged(recap).forEach((g, k, list) => {
      const phrase = groupPhrase(g);
      const last = k === list.length - 1;
      push("item", `- ${phrase.mn}${last ? " байна." : ""}`, `- ${phrase.en}${last ? "." : ";"}`);
    });
  }
  return out;
}

/** The groups of both parts counted together, one per kind and band, in the order first met. */
function merged(groups: SummaryGroup[]): SummaryGroup[] {
  const out: SummaryGroup[] = [];
  for (const g of groups) {
    const same = out.find(
      (o) =>
        o.kind === g.kind &&
        o.band === g.band &&
        (g.band !== null ||
          g.kind !== "band" ||
          (o.range?.min === g.range?.min && o.range?.max === g.range?.max)),
    );
    if (same) same.items = [...same.items, ...g.items];
    else out.push({ ...g, items: [...g.items] });
  }
  return out;
}

const HEADERS = {
  objective: { mn: "Зорилт", en: "Objective" },
  objectives: { mn: "Зорилтын тоо", en: "Number of objectives" },
  measures: { mn: "Арга хэмжээний тоо", en: "Number of measures" },
  bands: BANDS_HEADER,
  value: { mn: "Хэрэгжилт хувь", en: "Implementation %" },
  noFigure: NO_FIGURE_HEADER,
  total: { mn: "Нийт", en: "Total" },
} satisfies Record<string, Bilingual>;

/** A zero count is printed as an empty cell, as seed 002 prints it. */
const count = (n: number): CellValue => (n === 0 ? null : n);

/**
 * The товчоо as a sheet: the two header rows as seed 002 prints them, a row per objective and
 * one for part two, the total row, then the written conclusion in merged, wrapped rows. Figures
 * show one decimal. A4 landscape.
 */
export function evaluationSummarySheet(s: EvaluationSummary, lang: Lang): SheetModel {
  const columns: LayoutColumn[] = [
    { header: HEADERS.objective[lang], width: 60 },
    { header: HEADERS.objectives[lang], width: 13 },
    { header: HEADERS.measures[lang], width: 15 },
    ...s.bandLabels.map((b) => ({ header: b, group: HEADERS.bands[lang], width: 11 })),
    // Only a summary with measures lacking a figure needs the column that keeps the counts whole.
    ...(s.total.noFigure > 0
      ? [{ header: HEADERS.noFigure[lang], group: HEADERS.bands[lang], width: 11 }]
      : []),
    { header: HEADERS.value[lang], width: 12, numberFormat: FIGURE_FORMAT },
  ];
  const width = columns.length;
  const counts = (r: { bands: number[]; noFigure: number }) => [
    ...r.bands.map(count),
    ...(s.total.noFigure > 0 ? [count(r.noFigure)] : []),
  ];
  const values: CellValue[][] = [
    ...s.rows.map((r) => [
      r.caption[lang],
      r.kind === "part" ? null : r.objectives,
      r.measures,
      ...counts(r),
      r.value,
    ]),
    [HEADERS.total[lang], s.total.objectives, s.total.measures, ...counts(s.total), s.total.value],
  ];
  const { draft, place } = summaryTable(s.title[lang], columns, values, [0]);
  styleTotal(draft, place.dataBottom, width);
  draft.blank();
  for (const p of s.conclusion) {
    const style = p.kind === "heading" || p.kind === "recap" ? { bold: true } : {};
    writeParagraph(draft, p.text[lang], width, style);
  }
  return draft.toModel(sheetName(EVALUATION_SHEET_NAME, lang), {
    print: landscape({ top: place.headerTop, bottom: place.headerBottom }),
  });
}
