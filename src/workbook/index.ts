export {
  ADDIN_SHEET_PREFIX,
  STATE_CHUNK,
  LISTS_SHEET,
  STATE_SHEET,
  chunkText,
  defaultState,
  addinRecord,
  addinSheetNames,
  addinSheetOf,
  firstText,
  stillTheAddins,
  isAddinSheet,
  newSheetState,
  READ_YEARS,
  recordedReading,
  withReading,
  sourceOf,
  withAddinSheet,
  parseState,
  readStateSheet,
  serializeState,
  writeStateSheet,
  type AddinModel,
  type AddinSheet,
  type AddinSheetKind,
  type SheetState,
  type StateParse,
  type WorkbookState,
} from "./state";
export {
  readXlsx,
  sheetToGrid,
  plainValue,
  type ReadXlsxOptions,
  type ReadXlsxResult,
  type SheetGrid,
  type XlsxError,
  type XlsxErrorKind,
} from "./xlsx/read";
export { LIMITS } from "./xlsx/limits";
export { claimedSize, unpackerStopsAtPartLimit, type ZipEntry } from "./xlsx/zip-limits";
export { takeLoadedZip, type LoadedZip } from "./xlsx/loaded-zips";
export { rangeAddress, sheetsToXlsx, workbookToBuffer, writeSheetModel } from "./xlsx/write";
export { applyCellWrites } from "./xlsx/apply";
export { copySheet, putSheetCopy, sheetCopy, type SheetCopy } from "./xlsx/copy-sheet";
export {
  namedUnits,
  officeName,
  readUnitFile,
  storedSettings,
  workbookUnits,
  type FileUnits,
  type SettingsOf,
  type UnitSheet,
} from "./xlsx/units";
