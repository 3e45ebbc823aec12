export {
  ADDIN_SHEET_PREFIX,
  STATE_CHUNK,
  LISTS_SHEET,
  STATE_SHEET,
  chunkText,
  defaultState,
  isAddinSheet,
  parseState,
  readStateSheet,
  serializeState,
  writeStateSheet,
  type SheetState,
  type StateParse,
  type WorkbookState,
} from "./state";
export {
  readXlsx,
  sheetToGrid,
  plainValue,
  type ReadXlsxResult,
  type SheetGrid,
  type XlsxError,
  type XlsxErrorKind,
} from "./xlsx/read";
export { dateText } from "./date-text";
export { argb, rangeAddress, sheetsToXlsx, workbookToBuffer, writeSheetModel } from "./xlsx/write";
export { applyCellWrites } from "./xlsx/apply";
export { copySheet } from "./xlsx/copy-sheet";
