import {
  capped,
  computeFulfilment,
  decreaseFromNumbers,
  type FulfilmentOptions,
  type FulfilmentResult,
} from "./fulfilment";
import { doneOfPlanned, levelThenPercent, splitAchieved } from "./achieved-with-percent";
import { EarlierReadings } from "./readings-accelerator";
import { numberedFulfilment } from "./numbered-parts";
import { replacedCells } from "./stated";
import { cellText } from "../grid";
import { parseLevel } from "../levels";
import { objectiveLabel } from "../plan/objective-name";
import {
  measuresOf,
  objectivesOf,
  type Criterion,
  type Measure,
  type Objective,
  type Plan,
} from "../plan/model";
import {
  aggregateRatings,
  mean,
  bandOf,
  parseCustomScheme,
  readRating,
  schemeById,
  suggestRating,
  GOV_206_2020,
  type RatingScheme,
} from "../ratings";
import { defaultSchemeFor, settingsFor, type Settings } from "../settings";
import type { TemplateId } from "../templates/spec";
import type {
  CriterionEvaluation,
  Evaluation,
  Figures,
  MeasureEvaluation,
  StatedFulfilment,
} from "./types";
import { saysNotDue } from "../cells/marks";

export type * from "./types";

/**
 * The rating scheme the settings choose: a custom one when it parses, else the one the template
 * takes (a rated-report's 0–30 scale is not lost to a broken carried scheme).
 */
export function schemeOf(settings: Settings, template?: TemplateId): RatingScheme {
  if (settings.scheme === "custom") {
    const { scheme } = parseCustomScheme(settings.customScheme);
    if (scheme) return scheme;
    return schemeById(defaultSchemeFor(template)) ?? GOV_206_2020;
  }
  return schemeById(settings.scheme) ?? GOV_206_2020;
}

/** An empty fulfilment cell's reading, one for all (an evaluation keeps one per criterion). */
const EMPTY_STATED: StatedFulfilment = Object.freeze({ kind: "empty" });

/** What a fulfilment cell states: a percentage, a not-due mark, nothing, or something else. */
export function readStated(cell: Criterion["fulfilment"]): StatedFulfilment {
  if (!cell) return EMPTY_STATED;
  const text = cellText(cell.value).trim();
  if (text === "") return EMPTY_STATED;
  if (saysNotDue(text)) return { kind: "not-due", text };
  const reading = parseLevel(cell.value, { numberFormat: cell.numberFormat, ratio: cell.ratio });
  const q = reading.quantities[0];
  if (reading.kind === "number" && q && (q.kind === "percent" || q.kind === "number")) {
    return { kind: "percent", value: q.value };
  }
  return { kind: "other", text };
}

/** What every criterion of a measure is evaluated with. */
interface MeasureContext {
  measure: Measure;
  objective: Objective;
  measureText: string;
  options: FulfilmentOptions;
  earlier: EarlierReadings;
  /** The achieved column holds the level and its percentage together. */
  achievedHoldsPercent: boolean;
}

function evaluateCriterion(criterion: Criterion, context: MeasureContext): CriterionEvaluation {
  const { measure, objective, earlier } = context;
  const text = cellText(criterion.text.value);
  // A unit column («Хэмжих нэгж») speaks for every level of its row that names no unit: read
  // with the criterion's words, its «тоо» makes "1,250" the count 1250, not 1.25.
  const unit = criterion.unit && !criterion.unit.absent ? cellText(criterion.unit.value) : "";
  // One context for the criterion's level cells, not one for each.
  const levelContext = { criterion: unit ? `${text} (${unit})` : text };
  const baseline = earlier.readLevel(criterion.baseline, levelContext);
  const target = earlier.readLevel(criterion.target, levelContext);
  const h1 = criterion.targetH1;
  const targetH1 = h1 && !h1.absent ? earlier.readLevel(h1, levelContext) : null;
  const yearTarget = criterion.yearTarget
    ? earlier.readLevel(criterion.yearTarget, levelContext)
    : null;
  const read = criterion.achieved ? earlier.readLevel(criterion.achieved, levelContext) : null;
  // Where the achieved cell may hold the percentage too, it is read apart from the level.
  const within = !read
    ? null
    : context.achievedHoldsPercent && !criterion.fulfilment
      ? splitAchieved(read, target, unit)
      : (levelThenPercent(read, target) ?? doneOfPlanned(read, target));
  const achieved = within ? within.level : read;
  const computed = achieved
    ? (numberedFulfilment(
        { criterion: text, measureText: context.measureText, baseline, target, achieved },
        context.options,
      ) ??
      computeFulfilment(
        { texts: [text, context.measureText], baseline, target, achieved },
        context.options,
      ))
    : null;
  // A figure in the fulfilment cell comes before the one written beside the level (which is
  // still checked where it is written).
  const inCell = earlier.readStated(criterion.fulfilment);
  const statedWithin = within?.percent ?? undefined;
  const stated: StatedFulfilment =
    statedWithin && inCell.kind === "empty"
      ? { kind: "percent", value: statedWithin.value }
      : inCell;
  const notDue =
    stated.kind === "not-due" || (computed?.status === "none" && computed.reason === "not-due");
  // One rule for the figure: the computed fulfilment where the add-in can stand by it, a
  // person's stated % only where nothing can be computed (DOMAIN section 4), capped as a
  // computed one is.
  const figure = computedFigure(computed);
  const statedValue = stated.kind === "percent" ? capped(stated.value, context.options) : null;
  // A number picked out of free text is only a suggestion for the evaluator: it is offered
  // as a fix but does not enter the figures until a person confirms it in the cell. A
  // direction read from the numbers alone enters them only where nothing is stated.
  const doubtful = computed?.status === "computed" && !computed.suggested ? computed.value : null;
  const value = notDue ? null : (figure ?? statedValue ?? doubtful);
  const source =
    value === null ? null : value === statedValue && figure === null ? "stated" : "computed";
  const evaluated: CriterionEvaluation = {
    criterion,
    measure,
    objective,
    baseline,
    target,
    targetH1,
    yearTarget,
    achieved,
    computed,
    stated,
    value,
    source,
    notDue,
  };
  if (statedWithin) evaluated.statedWithin = statedWithin;
  if (within && within.level !== read) evaluated.levelApart = true;
  return evaluated;
}

/**
 * The computed fulfilment that counts over a stated one: met, or computed from levels read
 * plainly, in a direction the words give (a decrease read from the numbers alone may as well
 * be a plain ratio: VALUE-DIRECTION reports the doubt, the person's figure stands).
 */
function computedFigure(computed: FulfilmentResult | null): number | null {
  if (computed?.status === "met") return computed.value;
  if (computed?.status !== "computed" || computed.suggested) return null;
  return decreaseFromNumbers(computed) ? null : computed.value;
}

function bandLabel(value: number, scheme: RatingScheme): string | null {
  // A scheme with fixed levels counts a fulfilment by the level it suggests.
  const v = scheme.allowed ? suggestRating(value, scheme) : value;
  return bandOf(v, scheme)?.label ?? null;
}

/**
 * Evaluate a plan or report: every criterion's fulfilment, every measure's figure, objective
 * means and the pooled overall figure (DOMAIN sections 4 and 5). Never throws. The table is
 * rated by the scheme `settingsFor` gives its template. `earlier`, an evaluation of the same
 * sheet before some of its cells changed, lends the readings of the cells that did not.
 */
export function evaluatePlan(plan: Plan, workbook: Settings, earlier?: Evaluation): Evaluation {
  const settings = settingsFor(workbook, plan.template);
  const scheme = schemeOf(settings, plan.template);
  const readings = new EarlierReadings(earlier, readStated);
  const rated = plan.header.columns.rating !== undefined;
  const achievedHoldsPercent = plan.header.achievedHoldsPercent === true;
  const options: FulfilmentOptions = { method: settings.method, cap: settings.cap };
  const criteria: CriterionEvaluation[] = [];
  const perObjective: { objective: Objective; measures: MeasureEvaluation[] }[] = [];

  for (const objective of objectivesOf(plan)) {
    const own: MeasureEvaluation[] = [];
    for (const measure of objective.measures) {
      const measureText = cellText(measure.text.value);
      const context = {
        measure,
        objective,
        measureText,
        options,
        earlier: readings,
        achievedHoldsPercent,
      };
      const cs = measure.criteria.map((c) => evaluateCriterion(c, context));
      for (const c of cs) criteria.push(c);
      own.push(evaluateMeasure(measure, objective, cs, rated, scheme));
    }
    perObjective.push({ objective, measures: own });
  }

  // One aggregation for objectives and the pooled overall figure (not a mean of means).
  const figures = (ms: MeasureEvaluation[]) => ({ ratings: ms.map((m) => m.value) });
  const all = aggregateRatings(
    perObjective.map((o) => figures(o.measures)),
    settings.rounding,
  );
  const measures = perObjective.flatMap((o) => o.measures);
  const part = (p: 1 | 2) =>
    aggregateRatings([figures(measures.filter((m) => m.objective.part === p))], settings.rounding)
      .overall;
  return {
    plan,
    scheme,
    settings,
    rated,
    criteria,
    measures,
    objectives: perObjective.map((o, i) => ({
      objective: o.objective,
      measures: o.measures,
      exact: all.objectivesExact[i],
      value: all.objectives[i],
      bands: countBands(o.measures, scheme),
    })),
    overallExact: all.overallExact,
    overall: all.overall,
    replaced: replacedCells(criteria, settings),
    parts: { one: part(1), two: part(2) },
  };
}

/** A measure's figure: its rating where the table rates, else the mean of its criteria. */
function evaluateMeasure(
  measure: Measure,
  objective: Objective,
  criteria: CriterionEvaluation[],
  rated: boolean,
  scheme: RatingScheme,
): MeasureEvaluation {
  const counted: number[] = [];
  for (const c of criteria) if (c.value !== null) counted.push(c.value);
  const fulfilment = mean(counted);
  const ratingCell = measure.rating ?? objective.rating;
  const rating =
    rated && ratingCell ? readRating(ratingCell.value, scheme, ratingCell.numberFormat) : null;
  const notDue = rated
    ? rating?.kind === "not-due"
    : criteria.length > 0 && criteria.every((c) => c.notDue);
  let value: number | null = null;
  if (!notDue) value = rated ? (rating?.kind === "rating" ? rating.value : null) : fulfilment;
  const band = notDue ? scheme.notDueLabel : value === null ? null : bandLabel(value, scheme);
  return { measure, objective, criteria, fulfilment, rating, value, notDue, band };
}

function countBands(ms: MeasureEvaluation[], scheme: RatingScheme): Record<string, number> {
  const bands: Record<string, number> = {};
  for (const b of scheme.bands) bands[b.label] = 0;
  bands[scheme.notDueLabel] = 0;
  for (const m of ms) if (m.band !== null) bands[m.band] = (bands[m.band] ?? 0) + 1;
  return bands;
}

/** The figures the command line reports for a sheet. */
export function figuresOf(e: Evaluation): Figures {
  return {
    measures: measuresOf(e.plan).length,
    rated: e.measures.filter((m) => m.value !== null).length,
    overall: e.overall,
    objectives: e.objectives.map((o) => ({
      // An objective given in a column of its own has no label written: named by its number.
      label: o.objective.label || (o.objective.number ? objectiveLabel(o.objective).mn : ""),
      measures: o.measures.length,
      value: o.value,
      bands: o.bands,
    })),
  };
}
