import type { Evaluation, MeasureEvaluation } from "../evaluate";
import type { CellValue } from "../grid";
import { plainText } from "../cells/normalize";
import { objectivesOf, type Goal } from "../plan/model";
import { parseObjectiveLabel } from "../cells/item-numbers";
import type { Rounding } from "../settings";
import type { SheetModel } from "../sheet";
import type { LayoutColumn, SheetDraft } from "../templates/layout";
import type { Bilingual, Lang } from "../text";
import {
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
import { FIGURE_FORMAT, FILL, landscape, styleTotal, summaryTable, writeParagraph } from "./draft";
import { replacedAddresses, replacedSentence } from "./replaced";

/** How a set of measures stands: planned, with a figure, and how far each is met. */
export interface FulfilmentCounts {
  planned: number;
  /** Measures with a computed or given figure (the rating where the table rates). */
  assessed: number;
  /** Figure ≥ 100. */
  full: number;
  /** Figure above 0 and below 100. */
  partial: number;
  /** Figure 0. */
  none: number;
  /** No figure, or not due. */
  notAssessable: number;
  /** Pooled mean of the figures, exact and rounded per the settings. */
  exact: number | null;
  value: number | null;
}

export interface FulfilmentLine extends FulfilmentCounts {
  label: Bilingual;
  text: string;
}

export interface FulfilmentObjective extends FulfilmentLine {
  key: string;
}

export interface FulfilmentGoal extends FulfilmentLine {
  /** False for the objectives a plan places under no goal. */
  labelled: boolean;
  objectives: FulfilmentObjective[];
}

/** The fulfilment summary of a plan or report (DOMAIN section 6), as data. */
export interface FulfilmentSummary {
  title: Bilingual;
  /** Part one: strategic goals and their objectives. */
  goals: FulfilmentGoal[];
  /** Part two (knowledge and skills) as one line, when the plan has measures there. */
  partTwo?: FulfilmentObjective;
  /** Every measure of both parts. */
  total: FulfilmentCounts;
  /** Stated fulfilment cells whose figures the computed ones replaced. */
  replaced: string[];
}

const DEFAULT_TITLE: Bilingual = {
  mn: "ЗОРИЛГО, ЗОРИЛТЫН БИЕЛЭЛТИЙН НЭГТГЭЛ",
  en: "FULFILMENT SUMMARY BY GOAL AND OBJECTIVE",
};
export const FULFILMENT_SHEET_NAME: Bilingual = {
  mn: "Биелэлтийн нэгтгэл",
  en: "Fulfilment summary",
};
const NO_GOAL: Bilingual = { mn: "Зорилгод хамаараагүй", en: "Not under a goal" };

function countsOf(ms: MeasureEvaluation[], rounding: Rounding): FulfilmentCounts {
  const figures = figuresOf(ms);
  const exact = mean(figures);
  return {
    planned: ms.length,
    assessed: figures.length,
    full: figures.filter((x) => x >= 100).length,
    partial: figures.filter((x) => x > 0 && x < 100).length,
    none: figures.filter((x) => x <= 0).length,
    notAssessable: ms.length - figures.length,
    exact,
    value: rounded(exact, rounding),
  };
}

function goalLabel(g: Goal): Bilingual {
  const parsed = g.label ? parseObjectiveLabel(g.label) : null;
  if (parsed?.kind === "goal")
    return { mn: `Зорилго ${parsed.number}`, en: `Goal ${parsed.number}` };
  const written = g.label.replace(/[\s.:)]+$/u, "").trim();
  return written ? { mn: written, en: written } : NO_GOAL;
}

function goalText(g: Goal): string {
  const text = plainText(g.text.value);
  const parsed = parseObjectiveLabel(text);
  return parsed && parsed.kind !== "number" ? parsed.rest : text;
}

/**
 * Per strategic goal and objective: measures planned, measures with a figure, the average,
 * and how many are fully met, partly met, not met or not assessable; part two (knowledge and
 * skills) as a line of its own, not an objective; the overall figure.
 */
export function fulfilmentSummary(
  e: Evaluation,
  options: { title?: string } = {},
): FulfilmentSummary {
  const rounding = e.settings.rounding;
  const all = objectivesOf(e.plan);
  const byObjective = new Map(e.objectives.map((o) => [o.objective, o.measures]));
  const goals: FulfilmentGoal[] = e.plan.goals.map((g) => {
    const objectives = g.objectives
      .filter((o) => o.part !== 2 && !isParentOnly(o, all))
      .map((o) => ({
        key: objectiveKey(o),
        label: objectiveLabel(o),
        text: objectiveText(o),
        ...countsOf(byObjective.get(o) ?? [], rounding),
      }));
    const measures = g.objectives
      .filter((o) => o.part !== 2)
      .flatMap((o) => byObjective.get(o) ?? []);
    return {
      label: goalLabel(g),
      text: goalText(g),
      labelled: g.label.trim() !== "",
      objectives,
      ...countsOf(measures, rounding),
    };
  });
  const twoMeasures = e.objectives.filter((o) => o.objective.part === 2).flatMap((o) => o.measures);
  const summary: FulfilmentSummary = {
    title: options.title ? { mn: options.title, en: options.title } : DEFAULT_TITLE,
    goals: goals.filter((g) => g.objectives.length > 0),
    total: countsOf(e.measures, rounding),
    replaced: replacedAddresses(e),
  };
  if (twoMeasures.length > 0) {
    summary.partTwo = {
      key: PART_TWO_KEY,
      label: PART_TWO_SHORT,
      text: "",
      ...countsOf(twoMeasures, rounding),
    };
  }
  return summary;
}

/** Part two in the label column and on the chart ("Хоёр"), its heading in the text column. */
const PART_TWO_SHORT: Bilingual = { mn: "Хоёр", en: "Part two" };

const HEADERS = {
  objective: { mn: "Зорилт", en: "Objective" },
  text: { mn: "Зорилтын агуулга", en: "Objective text" },
  planned: { mn: "Төлөвлөсөн арга хэмжээний тоо", en: "Measures planned" },
  assessed: { mn: "Биелэлт тооцсон арга хэмжээний тоо", en: "Measures with a figure" },
  value: { mn: "Дундаж биелэлт, хувь", en: "Average fulfilment, %" },
  group: { mn: "Арга хэмжээний тоо", en: "Number of measures" },
  full: { mn: "Бүрэн биелсэн (100 хувь)", en: "Fully met (100 %)" },
  partial: { mn: "Хэсэгчлэн биелсэн", en: "Partly met" },
  none: { mn: "Биелээгүй (0 хувь)", en: "Not met (0 %)" },
  notAssessable: { mn: "Биелэлт тооцох боломжгүй", en: "Not assessable" },
  total: { mn: "Нийт", en: "Total" },
  chartData: { mn: "Графикийн өгөгдөл", en: "Chart data" },
  chartValue: { mn: "Биелэлт, хувь", en: "Fulfilment, %" },
  chart: { mn: "Зорилтын дундаж биелэлт, хувь", en: "Average fulfilment by objective, %" },
} satisfies Record<string, Bilingual>;

function figures(c: FulfilmentCounts): CellValue[] {
  return [c.planned, c.assessed, c.value, c.full, c.partial, c.none, c.notAssessable];
}

/**
 * The fulfilment summary as a sheet: goal rows (when the plan names goals) each followed by
 * its objectives, a total row, and a bar chart of the objectives' figures drawn from a small
 * labelled block of chart data to the right of the table.
 */
export function fulfilmentSummarySheet(s: FulfilmentSummary, lang: Lang): SheetModel {
  const columns: LayoutColumn[] = [
    { header: HEADERS.objective[lang], width: 16 },
    { header: HEADERS.text[lang], width: 50 },
    { header: HEADERS.planned[lang], width: 12 },
    { header: HEADERS.assessed[lang], width: 12 },
    { header: HEADERS.value[lang], width: 11, numberFormat: FIGURE_FORMAT },
    { header: HEADERS.full[lang], group: HEADERS.group[lang], width: 11 },
    { header: HEADERS.partial[lang], group: HEADERS.group[lang], width: 11 },
    { header: HEADERS.none[lang], group: HEADERS.group[lang], width: 11 },
    { header: HEADERS.notAssessable[lang], group: HEADERS.group[lang], width: 12 },
  ];
  const width = columns.length;
  const showGoals = s.goals.some((g) => g.labelled);
  const values: CellValue[][] = [];
  const goalRows: number[] = [];
  const objectives: FulfilmentObjective[] = [];
  for (const g of s.goals) {
    if (showGoals) {
      goalRows.push(values.length);
      values.push([g.label[lang], g.text, ...figures(g)]);
    }
    for (const o of g.objectives) {
      objectives.push(o);
      values.push([o.label[lang], o.text, ...figures(o)]);
    }
  }
  if (s.partTwo) {
    goalRows.push(values.length);
    objectives.push(s.partTwo);
    values.push([s.partTwo.label[lang], PART_TWO[lang], ...figures(s.partTwo)]);
  }
  values.push([HEADERS.total[lang], null, ...figures(s.total)]);

  const { draft, place } = summaryTable(s.title[lang], columns, values, [0, 1]);
  for (const r of goalRows) {
    draft.style(
      { top: place.dataTop + r, left: 0, bottom: place.dataTop + r, right: width - 1 },
      { bold: true, fill: FILL.section },
    );
  }
  styleTotal(draft, place.dataBottom, width);
  draft.merge({ top: place.dataBottom, left: 0, bottom: place.dataBottom, right: 1 });
  const replaced = replacedSentence(s.replaced);
  if (replaced) {
    draft.blank();
    writeParagraph(draft, replaced[lang], width, { italic: true });
  }

  const chart = chartBlock(draft, objectives, place.headerBottom, width + 1, lang);
  const model = draft.toModel(sheetName(FULFILMENT_SHEET_NAME, lang), {
    print: landscape({ top: place.headerTop, bottom: place.headerBottom }),
  });
  return chart ? { ...model, chart } : model;
}

/** Objective labels and figures side by side, and the chart drawn from them. */
function chartBlock(
  draft: SheetDraft,
  objectives: FulfilmentObjective[],
  headerRow: number,
  left: number,
  lang: Lang,
): SheetModel["chart"] {
  if (!objectives.some((o) => o.value !== null)) return undefined;
  // Columns before the block keep their widths (widen keeps the larger); the gap stays narrow.
  draft.widen([
    ...Array.from({ length: left - 1 }, () => ({ header: "", width: 0 })),
    { header: "", width: 3 },
    { header: "", width: 16 },
    { header: "", width: 12 },
  ]);
  draft.set(headerRow - 1, left, HEADERS.chartData[lang]);
  draft.style(
    { top: headerRow - 1, left, bottom: headerRow - 1, right: left + 1 },
    { italic: true, size: 9 },
  );
  draft.set(headerRow, left, HEADERS.objective[lang]);
  draft.set(headerRow, left + 1, HEADERS.chartValue[lang]);
  objectives.forEach((o, i) => {
    draft.set(headerRow + 1 + i, left, o.label[lang]);
    draft.set(headerRow + 1 + i, left + 1, o.value);
  });
  const bottom = headerRow + objectives.length;
  draft.style(
    { top: headerRow, left, bottom, right: left + 1 },
    { border: true, wrap: true, vAlign: "top" },
  );
  draft.style({ top: headerRow, left, bottom: headerRow, right: left + 1 }, { bold: true });
  return {
    kind: "bar",
    title: HEADERS.chart[lang],
    labels: { top: headerRow + 1, left, bottom, right: left },
    values: { top: headerRow + 1, left: left + 1, bottom, right: left + 1 },
    at: { row: headerRow, col: left + 3 },
  };
}
