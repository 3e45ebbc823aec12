export * from "./evaluation";
export * from "./fulfilment-summary";
export * from "./consolidate";
export { replacedAddresses, replacedSentence } from "./replaced";
export { findingsSheet } from "./findings-sheet";
export { sheetModelProblems } from "./sheet-check";
export { summarySheets, type SummaryKind, type SummarySheet } from "./sheets";
export { figureSources, type FigureSource } from "./sources";
