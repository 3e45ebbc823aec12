export * from "./model";
export { normalizeHeader, headerKey, plainText } from "../cells/normalize";
export {
  ordinalWordValue,
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
  type ItemNumber,
  type LabelKind,
  type ObjectiveLabel,
} from "../cells/item-numbers";
export { detectHeader, detectTables, type DetectOptions } from "./header";
export { readPlan, type ReadOptions, type ReadResult } from "./read";
