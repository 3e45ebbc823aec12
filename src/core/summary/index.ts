export * from "./evaluation";
export * from "./fulfilment";
export * from "./consolidate";
export { findingsSheet } from "./findings-sheet";
export { sheetModelProblems } from "./sheet-check";
