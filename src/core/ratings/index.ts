export {
  BUILT_IN_SCHEMES,
  GOV_206_2020,
  GOVERNOR_0_30,
  NDEG_ANTICORRUPTION_2019,
  percentOfScale,
  scaleOf,
  schemeById,
  type Band,
  type RatingScheme,
} from "./scheme";
export { bandOf, validateScheme, type SchemeProblem } from "./bands";
export { parseCustomScheme } from "./custom";
export { readRating, suggestRating, type RatingValue } from "./read";
export {
  agreement,
  aggregateRatings,
  compareStated,
  mean,
  roundFigure,
  roundTo,
  type Agreement,
  type RatingAggregate,
} from "./aggregate";
