import { isPercentFormat, typedNumber } from "./cells/number-format";
import type { Bilingual } from "./text";

export type Severity = "error" | "warning" | "note";

/** Stable finding codes, DOMAIN.md section 7. */
export const FINDING_CODES = [
  "STRUCT-HEADER",
  "STRUCT-NUMBER-DUP",
  "STRUCT-NUMBER-GAP",
  "STRUCT-NUMBER-FORMAT",
  "STRUCT-DECLARED-COUNT",
  "STRUCT-EMPTY",
  "STRUCT-FAR-CELLS",
  "VALUE-MISSING",
  "VALUE-AMBIGUOUS",
  "VALUE-FORMAT",
  "VALUE-MULTI",
  "VALUE-UNIT",
  "VALUE-DIRECTION",
  "VALUE-RANGE",
  "CALC-MISMATCH",
  "CALC-MISSING",
  "CALC-UNJUSTIFIED",
  "RATING-INVALID",
  "RATING-AGGREGATE",
  "RATING-COUNT",
  "RATING-EVIDENCE",
  "RATING-SCHEME",
  "TEXT-SCRIPT",
  "TEXT-DAMAGED",
  "TEXT-MARKUP",
  "TEXT-PLACEHOLDER",
  "CHECK-FAILED",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** A certain fix: write `value` into `cell` (A1 address on the finding's sheet). */
export interface Fix {
  cell: string;
  value: string | number;
  /** Excel number format to set with a number (a percentage written as 0.64 with "0%"). */
  numberFormat?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet name, when known. */
  sheet?: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  message: Bilingual;
  fix?: Fix;
}

/** A fix's value as a person would type it: a percentage fix (0.75 formatted "0%") is "75%". */
export function fixAsTyped(fix: Fix): string | number {
  if (typeof fix.value !== "number" || !isPercentFormat(fix.numberFormat)) return fix.value;
  return typedNumber(fix.value, fix.numberFormat);
}
