/** What a number in a level cell measures. */
export type QuantityKind = "number" | "percent" | "count" | "money";

/** One number read from a level cell, in base units (scale words applied: "3.3 тэрбум" = 3.3e9). */
export interface Quantity {
  value: number;
  /** "%", "төгрөг", a counted noun ("удаа", "иргэн"), a label ("АО"), or null for a bare number. */
  unit: string | null;
  kind: QuantityKind;
  /** The text the quantity was read from, as written ("14453,3 мянган төгрөгийн", "АО – 69"). */
  source: string;
  /** Index of `source` in the reading's text. */
  start: number;
  /** The number follows "Нийт" / "бүгд" (a total), the one to prefer in an achieved text. */
  total?: boolean;
}

/**
 * "number": the cell is essentially quantities (one, or several in a short cell such as
 * "1,081 110,3%"); "text": free text with or without numbers inside.
 */
export type LevelKind = "empty" | "number" | "keyword" | "qualitative" | "text";

/** A formatting slip that still parses: "100 %" (space before %), "5%," (stray punctuation). */
export interface FormatSlip {
  kind: "percent-space" | "trailing-punctuation";
  text: string;
  fixed: string;
}

/** A number whose reading depends on a guess ("1,081": 1081 or 1.081). */
export interface Ambiguity {
  text: string;
  readings: number[];
  chosen: number;
}

export type LevelKeyword = "as-needed" | "monthly" | "quarterly";

export interface LevelReading {
  /** The cell's text as given (numbers as they would display). */
  text: string;
  kind: LevelKind;
  /** Measures read from the cell; dates, years, law article and order numbers are left out. */
  quantities: Quantity[];
  keyword?: LevelKeyword;
  /**
   * "certain": the cell says it plainly; "suggested": a number picked from free text, several
   * values, or an ambiguity settled by context; "guess": an ambiguity nothing settled.
   */
  confidence: "certain" | "suggested" | "guess";
  slips: FormatSlip[];
  ambiguities: Ambiguity[];
  /** Replacement characters (□, U+FFFD) show the text was damaged by a wrong encoding. */
  damaged?: boolean;
}

export interface LevelContext {
  /** The criterion (шалгуур үзүүлэлт) text: a count criterion ("…тоо") reads "1,081" as 1081. */
  criterion?: string;
  /** Excel number format of a numeric cell ("0%" means the value is a fraction). */
  numberFormat?: string | null;
  /** A number is a fraction of one whatever its format (a fulfilment column of fractions). */
  ratio?: boolean;
  /** Unit expected for this level (usually the target's), used to settle ambiguous numbers. */
  preferUnit?: string | null;
}

/** The reading of an empty cell, for a level a row does not have. */
export const EMPTY_LEVEL: LevelReading = {
  text: "",
  kind: "empty",
  quantities: [],
  confidence: "certain",
  slips: [],
  ambiguities: [],
};
