import type { Bilingual } from "../text";

/** A band of ratings counted together in summaries; `min` and `max` inclusive (see `bandOf`). */
export interface Band {
  label: string;
  min: number;
  max: number;
}

/** A rating scheme is data: chosen per workbook and stored in it (DOMAIN section 5). */
export interface RatingScheme {
  id: string;
  name: Bilingual;
  /** The top of the rating scale: 100 unless the scheme says (a 0–30 scale says 30). */
  max?: number;
  /** Only these values are valid ratings; undefined = any number 0..max. */
  allowed?: number[];
  levels?: { value: number; label: Bilingual }[];
  /** Fulfilment ≥ min → value, first match wins (gov-206 suggestion thresholds, editable). */
  thresholds: { min: number; value: number }[];
  bands: Band[];
  /** How the not-due column or mark is printed ("/-/"). */
  notDueLabel: string;
  /** What the not-due mark means, when the scheme names it. */
  notDueName?: Bilingual;
}

/**
 * Government Resolution 206 of 2020 on monitoring and evaluation (replaced Resolution 89 of
 * 2017): four levels only. Bands count each level; a value between levels cannot occur
 * because only the levels are valid.
 */
export const GOV_206_2020: RatingScheme = {
  id: "gov-206-2020",
  name: {
    mn: "Засгийн газрын 2020 оны 206 дугаар тогтоол",
    en: "Government Resolution 206 of 2020",
  },
  allowed: [100, 70, 30, 0],
  levels: [
    { value: 100, label: { mn: "Бүрэн хэрэгжсэн", en: "Fully implemented" } },
    { value: 70, label: { mn: "Хэрэгжих шатандаа", en: "Being implemented" } },
    { value: 30, label: { mn: "Хэрэгжилт хангалтгүй", en: "Insufficiently implemented" } },
    { value: 0, label: { mn: "Хэрэгжээгүй", en: "Not implemented" } },
  ],
  thresholds: [
    { min: 100, value: 100 },
    { min: 70, value: 70 },
    { min: 30, value: 30 },
    { min: 0, value: 0 },
  ],
  bands: [
    { label: "100", min: 100, max: 100 },
    { label: "70", min: 70, max: 99 },
    { label: "30", min: 30, max: 69 },
    { label: "0", min: 0, max: 29 },
  ],
  notDueLabel: "-",
  notDueName: {
    mn: "Хэрэгжилт тооцох хугацаа болоогүй",
    en: "Not yet due for assessment",
  },
};

/**
 * НДЕГ's anti-corruption programme evaluation as printed in seed 002: any rating 0..100,
 * counted in four bands. The seed prints the second band as "70 /60-69/", which leaves 70–89
 * uncovered; the built-in scheme uses 60–89.
 */
export const NDEG_ANTICORRUPTION_2019: RatingScheme = {
  id: "ndeg-anticorruption-2019",
  name: {
    mn: "НДЕГ, Авлигатай тэмцэх хөтөлбөрийн явцын үнэлгээ (2019)",
    en: "НДЕГ anti-corruption programme progress evaluation (2019)",
  },
  thresholds: [],
  bands: [
    { label: "100 /90-100/", min: 90, max: 100 },
    { label: "70 /60-89/", min: 60, max: 89 },
    { label: "40 /31-59/", min: 31, max: 59 },
    { label: "0 /0-30/", min: 0, max: 30 },
  ],
  notDueLabel: "/-/",
  notDueName: { mn: "Хугацаа болоогүй", en: "Not yet due" },
};

/**
 * The older rated plan fulfilment: the budget governor (төсвийн ерөнхийлөн захирагч) rates each
 * target on a scale of 0 to 30, any number in it. No document of the seeds prints its bands; one
 * band holds the scale, so summaries count every rated measure once and take the mean.
 */
export const GOVERNOR_0_30: RatingScheme = {
  id: "governor-0-30",
  name: {
    mn: "Төсвийн ерөнхийлөн захирагчийн үнэлгээ (0-30 оноо)",
    en: "Budget governor's rating (0–30 points)",
  },
  max: 30,
  thresholds: [],
  bands: [{ label: "0-30", min: 0, max: 30 }],
  notDueLabel: "-",
  notDueName: { mn: "Хугацаа болоогүй", en: "Not yet due" },
};

export const BUILT_IN_SCHEMES: RatingScheme[] = [
  GOV_206_2020,
  NDEG_ANTICORRUPTION_2019,
  GOVERNOR_0_30,
];

/** The top of a scheme's rating scale. */
export function scaleOf(scheme: RatingScheme): number {
  return scheme.max ?? 100;
}

export function schemeById(id: string): RatingScheme | undefined {
  return BUILT_IN_SCHEMES.find((s) => s.id === id);
}

/**
 * A rating as a percentage of its scale (27.5 of 30 is 91.666…%), unrounded; on a 0–100 scale,
 * the rating itself.
 */
export function percentOfScale(rating: number, scheme: RatingScheme): number {
  const scale = scaleOf(scheme);
  return scale === 100 ? rating : (rating * 100) / scale;
}
