export {
  ADDIN_SHEET_PREFIX,
  STATE_CHUNK,
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
  dateText,
  type ReadXlsxResult,
  type SheetGrid,
  type XlsxError,
  type XlsxErrorKind,
} from "./xlsx/read";
export {
  LISTS_SHEET,
  argb,
  rangeAddress,
  sheetsToXlsx,
  workbookToBuffer,
  writeSheetModel,
} from "./xlsx/write";
