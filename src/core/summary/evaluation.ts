import type { Evaluation, MeasureEvaluation } from "../evaluate";
import type { CellValue } from "../grid";
import { objectivesOf } from "../plan/model";
import type { SheetModel } from "../sheet";
import type { LayoutColumn } from "../templates/layout";
import type { Bilingual, Lang } from "../text";
import {
  cleanText,
  figureText,
  isParentOnly,
  measureNumber,
  measureText,
  measuresEn,
  objectiveKey,
  objectiveLabel,
  objectiveText,
  periodIn,
  rangeText,
  rounded,
  sheetName,
  yearIn,
} from "./common";
import { landscape, styleTotal, summaryTable, writeParagraph } from "./draft";

/** One row of the товчоо: an objective with its counts per band and its figure. */
export interface SummaryObjectiveRow {
  /** Matching key across units ("3", "6.1"). */
  key: string;
  /** "Зорилт 1" / "Objective 1". */
  label: Bilingual;
  text: string;
  /** "Зорилт 1: <text>", as the seed's first column prints it. */
  caption: Bilingual;
  /** Always 1: the seed's Зорилтын тоо column. */
  objectives: number;
  measures: number;
  /** Measures per band, in the order of `EvaluationSummary.bandLabels`. */
  bands: number[];
  exact: number | null;
  /** The objective's figure, rounded per the settings. */
  value: number | null;
}

export interface SummaryTotal {
  objectives: number;
  measures: number;
  bands: number[];
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
  /** Lowest and highest figure of the group (kinds "full" and "band"). */
  range?: { min: number; max: number };
  items: SummaryItem[];
}

export type ConclusionKind = "lead" | "heading" | "item" | "overall" | "recap";

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
  groups: SummaryGroup[];
  /** The year and period the overall sentence names, when known. */
  year?: number;
  period?: "half" | "year";
  conclusion: ConclusionParagraph[];
}

export interface EvaluationSummaryOptions {
  title?: string;
  /** Defaults to the year the plan's title names. */
  year?: number;
  /** Defaults to the period the plan's title names (ЭХНИЙ ХАГАС ЖИЛИЙН, ЖИЛИЙН ЭЦСИЙН). */
  period?: "half" | "year";
}

const DEFAULT_TITLE: Bilingual = {
  mn: "ЗОРИЛТ, АРГА ХЭМЖЭЭНИЙ ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО",
  en: "PROGRESS EVALUATION SUMMARY OF OBJECTIVES AND MEASURES",
};

const SHEET_NAME: Bilingual = { mn: "Товчоо", en: "Summary" };

/**
 * The товчоо of an evaluation (DOMAIN section 6): a row per objective with its measures counted
 * per band of the scheme, a total row, and the conclusion written as seed 002 writes it.
 */
export function evaluationSummary(
  e: Evaluation,
  options: EvaluationSummaryOptions = {},
): EvaluationSummary {
  const rounding = e.settings.rounding;
  const bandLabels = [...e.scheme.bands.map((b) => b.label), e.scheme.notDueLabel];
  const all = objectivesOf(e.plan);
  const rows: SummaryObjectiveRow[] = e.objectives
    .filter((o) => !isParentOnly(o.objective, all))
    .map((o) => {
      const label = objectiveLabel(o.objective);
      const text = objectiveText(o.objective);
      return {
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
        exact: o.exact,
        value: o.value,
      };
    });
  const total: SummaryTotal = {
    objectives: rows.length,
    measures: rows.reduce((n, r) => n + r.measures, 0),
    bands: bandLabels.map((_, i) => rows.reduce((n, r) => n + r.bands[i], 0)),
    exact: e.overallExact,
    value: e.overall,
  };
  const titleText = e.plan.title ? cleanText(e.plan.title.value) : "";
  const year = options.year ?? yearIn(titleText);
  const period = options.period ?? periodIn(titleText);
  const groups = groupMeasures(e, (x) => rounded(x, rounding));
  const title = options.title ? { mn: options.title, en: options.title } : DEFAULT_TITLE;
  return {
    title,
    schemeId: e.scheme.id,
    bandLabels,
    rows,
    total,
    groups,
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    conclusion: writeConclusion(total, groups, year, period),
  };
}

function groupMeasures(e: Evaluation, round: (x: number | null) => number | null): SummaryGroup[] {
  const item = (m: MeasureEvaluation): SummaryItem => ({
    number: measureNumber(m.measure),
    text: measureText(m.measure),
    value: round(m.value),
  });
  const full: SummaryItem[] = [];
  const byBand = new Map<string | null, SummaryItem[]>();
  const notDue: SummaryItem[] = [];
  const noFigure: SummaryItem[] = [];
  for (const m of e.measures) {
    if (m.notDue) notDue.push(item(m));
    else if (m.value === null) noFigure.push(item(m));
    else if (m.value >= 100) full.push(item(m));
    else {
      const key = m.band !== null && m.band !== e.scheme.notDueLabel ? m.band : null;
      const items = byBand.get(key);
      if (items) items.push(item(m));
      else byBand.set(key, [item(m)]);
    }
  }
  const ranged = (kind: SummaryGroupKind, band: string | null, items: SummaryItem[]) => {
    // A loop, not Math.min(...figures): a spread of 100,000+ arguments overflows the stack.
    let min = Infinity;
    let max = -Infinity;
    for (const i of items) {
      min = Math.min(min, i.value as number);
      max = Math.max(max, i.value as number);
    }
    return { kind, band, range: { min, max }, items };
  };
  const groups: SummaryGroup[] = [];
  if (full.length) groups.push(ranged("full", null, full));
  // Bands from the top of the scheme down, then figures that fall in no band (a gap).
  const order = [...e.scheme.bands.map((b) => b.label), null];
  for (const band of order) {
    const items = byBand.get(band);
    if (items) groups.push(ranged("band", band, items));
  }
  if (notDue.length) groups.push({ kind: "not-due", band: e.scheme.notDueLabel, items: notDue });
  if (noFigure.length) groups.push({ kind: "no-figure", band: null, items: noFigure });
  return groups;
}

function groupPhrase(g: SummaryGroup): Bilingual {
  const n = g.items.length;
  if (g.kind === "not-due") {
    return {
      mn: `Хэрэгжилт тооцох хугацаа болоогүй ${n} арга хэмжээ`,
      en: `${measuresEn(n)} not yet due for assessment`,
    };
  }
  if (g.kind === "no-figure") {
    return {
      mn: `Хэрэгжилтийн хувь, үнэлгээ тогтоогоогүй ${n} арга хэмжээ`,
      en: `${measuresEn(n)} with no fulfilment figure or rating`,
    };
  }
  const range = g.range ? rangeText(g.range.min, g.range.max) : "";
  return {
    mn: `${range} хувийн биелэлттэй ${n} арга хэмжээ`,
    en: `${measuresEn(n)} fulfilled at ${range} percent`,
  };
}

function itemText(i: SummaryItem, last: boolean): Bilingual {
  // The seed prints the figure of every item below 100 ("/93.9/") and none for those at 100.
  const figure = i.value !== null && i.value !== 100 ? ` /${figureText(i.value)}/` : "";
  const end = last ? "." : ";";
  // The item's own closing stop gives way to the list's ";" / ".".
  const own = i.text.replace(/[\s.;,:]+$/u, "");
  const text = own ? ` ${own}` : "";
  return {
    mn: `- Зорилт ${i.number}.${text}${figure}${end}`,
    en: `- Measure ${i.number}.${text}${figure}${end}`,
  };
}

function whenPhrase(year: number | undefined, period: "half" | "year" | undefined): Bilingual {
  const mnPeriod =
    period === "half" ? "эхний хагас жилийн " : period === "year" ? "жилийн эцсийн " : "";
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

function writeConclusion(
  total: SummaryTotal,
  groups: SummaryGroup[],
  year: number | undefined,
  period: "half" | "year" | undefined,
): ConclusionParagraph[] {
  const out: ConclusionParagraph[] = [];
  const push = (kind: ConclusionKind, mn: string, en: string) =>
    out.push({ kind, text: { mn, en } });
  push(
    "lead",
    `Уг төлөвлөгөөнд тусгагдсан нийт ${total.objectives} зорилт бүхий ${total.measures} арга хэмжээ байна. Үүнээс:`,
    `The plan contains ${measuresEn(total.measures)} under ${total.objectives} ${
      total.objectives === 1 ? "objective" : "objectives"
    }. Of these:`,
  );
  for (const g of groups) {
    const phrase = groupPhrase(g);
    push("heading", `${phrase.mn}:`, `${phrase.en}:`);
    g.items.forEach((i, k) => {
      const t = itemText(i, k === g.items.length - 1);
      push("item", t.mn, t.en);
    });
  }
  const when = whenPhrase(year, period);
  if (total.value === null) {
    push(
      "overall",
      "Хэрэгжилтийн хувь тогтоосон арга хэмжээ байхгүй тул нийт хэрэгжилтийг дүгнээгүй.",
      "No measure has a figure, so overall implementation is not assessed.",
    );
  } else {
    const figure = figureText(total.value);
    push(
      "overall",
      `Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц ${when.mn}${figure} хувьтай дүгнэгдэв.`,
      `Implementation of the objectives and measures in the plan ${when.en}is assessed at ${figure} percent.`,
    );
  }
  if (groups.length > 0) {
    push("recap", "Хэрэгжилтийг арга хэмжээ тус бүрээр авч үзвэл:", "By measure:");
    groups.forEach((g, k) => {
      const phrase = groupPhrase(g);
      const last = k === groups.length - 1;
      push("item", `- ${phrase.mn}${last ? " байна." : ""}`, `- ${phrase.en}${last ? "." : ";"}`);
    });
  }
  return out;
}

const HEADERS = {
  objective: { mn: "Зорилт", en: "Objective" },
  objectives: { mn: "Зорилтын тоо", en: "Number of objectives" },
  measures: { mn: "Арга хэмжээний тоо", en: "Number of measures" },
  bands: {
    mn: "Хэрэгжилтийн хувь, арга хэмжээний тоо",
    en: "Implementation %, number of measures",
  },
  value: { mn: "Хэрэгжилт хувь", en: "Implementation %" },
  total: { mn: "Нийт", en: "Total" },
} satisfies Record<string, Bilingual>;

/** A zero count is printed as an empty cell, as seed 002 prints it. */
const count = (n: number): CellValue => (n === 0 ? null : n);

/**
 * The товчоо as a sheet: the two header rows as seed 002 prints them, a row per objective, the
 * total row, then the written conclusion in merged, wrapped rows. A4 landscape.
 */
export function evaluationSummarySheet(s: EvaluationSummary, lang: Lang): SheetModel {
  const columns: LayoutColumn[] = [
    { header: HEADERS.objective[lang], width: 60 },
    { header: HEADERS.objectives[lang], width: 13 },
    { header: HEADERS.measures[lang], width: 15 },
    ...s.bandLabels.map((b) => ({ header: b, group: HEADERS.bands[lang], width: 11 })),
    { header: HEADERS.value[lang], width: 12 },
  ];
  const width = columns.length;
  const values: CellValue[][] = [
    ...s.rows.map((r) => [
      r.caption[lang],
      r.objectives,
      r.measures,
      ...r.bands.map(count),
      r.value,
    ]),
    [
      HEADERS.total[lang],
      s.total.objectives,
      s.total.measures,
      ...s.total.bands.map(count),
      s.total.value,
    ],
  ];
  const { draft, place } = summaryTable(s.title[lang], columns, values, [0]);
  styleTotal(draft, place.dataBottom, width);
  draft.blank();
  for (const p of s.conclusion) {
    const style = p.kind === "heading" || p.kind === "recap" ? { bold: true } : {};
    writeParagraph(draft, p.text[lang], width, style);
  }
  return draft.toModel(sheetName(SHEET_NAME, lang), {
    print: landscape({ top: place.headerTop, bottom: place.headerBottom }),
  });
}
