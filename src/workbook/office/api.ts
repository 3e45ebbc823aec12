import type { CellValue } from "../../core/grid";

/**
 * The subset of the Excel JavaScript API that the Office adapter uses, as structural types.
 * `Excel.RequestContext` is assignable to `XlContext` (checked where `host.ts` binds the real
 * `Excel.run`), and the in-memory fake implements the same types, so both back the adapter.
 * Methods use method syntax so that Excel's enum-typed parameters stay compatible.
 */

/** Options of `Excel.run` the adapter sets. */
export interface XlRunOptions {
  /** Wait while the person edits a cell instead of failing. */
  delayForCellEdit?: boolean;
  /** All syncs of one run form one undo step (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
}

/** The shape of `Excel.run(options, batch)`. */
export type RunFn = <T>(
  options: XlRunOptions,
  batch: (context: XlContext) => Promise<T>,
) => Promise<T>;

/** The shape of `Office.context.requirements`. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface XlClientObject {
  /** True after a sync when an `…OrNullObject` call found nothing. */
  readonly isNullObject: boolean;
  load(propertyNames: string | string[]): unknown;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly settings: XlSettingCollection;
  readonly application: XlApplication;
  /** The cells the person has selected. */
  getSelectedRange(): XlRange;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlSettingCollection {
  add(key: string, value: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting extends XlClientObject {
  readonly value: unknown;
  delete(): void;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string | string[]): unknown;
  add(name?: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  /** By name or id. */
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}

export interface XlWorksheet extends XlClientObject {
  /** Setting it renames the sheet (refused when taken or not a valid sheet name). */
  name: string;
  readonly id: string;
  visibility: string;
  /** 0-based place among the workbook's sheets, hidden ones included. */
  position: number;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  readonly charts: XlChartCollection;
  activate(): void;
  /** The whole sheet when no address is given. */
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** Refused for a very hidden sheet or the last visible one. */
  delete(): void;
}

export interface XlRange extends XlClientObject {
  values: CellValue[][];
  formulas: unknown[][];
  numberFormat: (string | null)[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** With its sheet: "Plan!B3:D4", entire rows "Plan!5:7", entire columns "Plan!C:D". */
  readonly address: string;
  /** ExcelApi 1.7. */
  hyperlink: XlHyperlink;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: string): void;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** The part of the range holding something (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** New cells in place of this range, the others shifted; returns the new cells' range. */
  insert(shift: "Down" | "Right"): XlRange;
  /** Delete the cells, the others shifted into their place. */
  delete(shift: "Up" | "Left"): void;
  /** The entire rows of the range ("B4:E11" → "4:11"). */
  getEntireRow(): XlRange;
  /** The entire columns of the range ("B4:E11" → "B:E"). */
  getEntireColumn(): XlRange;
}

export interface XlRangeAreas extends XlClientObject {
  readonly address: string;
  readonly areaCount: number;
  readonly areas: XlRangeCollection;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames: string | string[]): unknown;
}

export interface XlHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface XlRangeFormat {
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly borders: XlBorderCollection;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  /** Fits the rows' heights to their text in the workbook's font; merged cells are passed over. */
  autofitRows(): void;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  underline: string;
}

export interface XlFill {
  color: string;
}

export interface XlBorderCollection {
  getItem(index: string): XlBorder;
}

export interface XlBorder {
  style: string;
  weight: string;
}

export interface XlDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: string | XlRange } };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XlConditionalFormatCollection {
  add(type: string): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: XlFill };
  };
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlChartCollection {
  readonly items: XlChart[];
  load(propertyNames: string | string[]): unknown;
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): XlChartSeries };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlChartSeries {
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: XlRange): void;
}
