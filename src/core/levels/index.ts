export type {
  Ambiguity,
  FormatSlip,
  LevelContext,
  LevelKeyword,
  LevelKind,
  LevelReading,
  Quantity,
  QuantityKind,
} from "./types";
export { EMPTY_LEVEL } from "./types";
export { parseLevel } from "./parse";
export { primaryQuantity, unitsCompatible } from "./primary";
export { isCountCriterion, unitClass, type UnitClass } from "./vocabulary";
