export {
  WEB_PAYLOAD_LIMIT,
  MemoryExcelError,
  createMemoryExcel,
  type MemoryExcel,
  type MemoryExcelOptions,
  type MemoryExcelStats,
  type HostProfile,
} from "./excel";
export { applyEntry, enterFormula, enterValue, type Entry } from "./input";
export {
  cellBounds,
  emptyWorkbook,
  gridOf,
  memorySheet,
  memoryWorkbookFromGrids,
  sheetNamed,
  type MemoryCell,
  type MemoryCellFormat,
  type MemoryChart,
  type MemoryConditionalFormat,
  type MemoryPageLayout,
  type MemorySheet,
  type MemoryValidation,
  type MemoryWorkbook,
  type SheetVisibility,
} from "./model";
