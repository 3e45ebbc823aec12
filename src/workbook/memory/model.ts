import { cellAddress, parseAddress, type CellValue, type Grid, type Merge } from "../../core/grid";

/**
 * A workbook held in memory: what the in-memory Excel fake reads and writes, and what a preview
 * page can render. Plain JSON (no classes, no Maps) so it can be stored, sent and compared.
 * Positions are 0-based like the core's; cells are keyed by A1 address.
 */
export interface MemoryWorkbook {
  sheets: MemorySheet[];
  /** Id of the active sheet. */
  activeSheetId: string;
  /** The selected cell or range, as an A1 address on the active sheet. */
  selection?: string;
  /** Workbook settings (Excel stores them as JSON). */
  settings: Record<string, unknown>;
  /** The person is editing a cell: a run without delayForCellEdit fails. */
  cellEditMode?: boolean;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface MemorySheet {
  id: string;
  name: string;
  visibility: SheetVisibility;
  /**
   * Writes to a protected sheet are refused (AccessDenied), except values typed into the cells a
   * person unlocked before protecting it (Format Cells › Protection), as in Excel.
   */
  protected?: boolean;
  /** The unlocked areas of a protected sheet: their values may change, nothing else. */
  unlocked?: Merge[];
  cells: Record<string, MemoryCell>;
  merges: Merge[];
  /** Points, by column index. */
  columnWidths: Record<number, number>;
  /** Points, by row index. */
  rowHeights: Record<number, number>;
  freeze?: { rows: number; cols: number };
  pageLayout: MemoryPageLayout;
  validations: MemoryValidation[];
  conditionalFormats: MemoryConditionalFormat[];
  charts: MemoryChart[];
}

export interface MemoryCell {
  /**
   * What the cell shows; absent when empty. A formula's is its result: worked out when the
   * formula is written through the API (the functions formula.ts knows), or as a file stored it.
   */
  value?: string | number | boolean;
  /** A formula with its leading "=". */
  formula?: string;
  /** Absent = "General". */
  numberFormat?: string;
  format?: MemoryCellFormat;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface MemoryCellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** "#RRGGBB". */
  color?: string;
  underline?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  /** Border style per edge of this cell ("Continuous"). */
  borders?: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface MemoryPageLayout {
  orientation?: string;
  paperSize?: string;
  printTitleRows?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

export interface MemoryValidation {
  range: Merge;
  list?: { inCellDropDown: boolean; source: string };
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks?: boolean;
}

export interface MemoryConditionalFormat {
  range: Merge;
  type: string;
  formula?: string;
  fill?: string;
}

export interface MemoryChart {
  name: string;
  type: string;
  source: Merge;
  seriesBy: string;
  title?: string;
  xValues?: Merge;
  position?: { start: string; end?: string };
}

/** An empty sheet. */
export function memorySheet(id: string, name: string): MemorySheet {
  return {
    id,
    name,
    visibility: "Visible",
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    pageLayout: {},
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** A workbook with one empty sheet, like a new Excel file. */
export function emptyWorkbook(sheetName = "Sheet1"): MemoryWorkbook {
  const sheet = memorySheet("{1}", sheetName);
  return { sheets: [sheet], activeSheetId: sheet.id, settings: {} };
}

/** The value a grid cell holds as a memory cell value (NaN and Infinity are not values). */
function storedValue(v: CellValue): MemoryCell["value"] {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" && !Number.isFinite(v)) return undefined;
  return v;
}

/** A workbook holding the grids as sheets (named after grid.sheet, else Sheet1, Sheet2…). */
export function memoryWorkbookFromGrids(grids: Grid[]): MemoryWorkbook {
  const sheets = grids.map((grid, i) => {
    const sheet = memorySheet(`{${i + 1}}`, grid.sheet ?? `Sheet${i + 1}`);
    grid.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = storedValue(v);
        const numberFormat = grid.numberFormats?.[r]?.[c] ?? undefined;
        if (value === undefined && !numberFormat) return;
        const cell: MemoryCell = {};
        if (value !== undefined) cell.value = value;
        if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
        sheet.cells[cellAddress(grid.origin.row + r, grid.origin.col + c)] = cell;
      }),
    );
    sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
    return sheet;
  });
  if (sheets.length === 0) return emptyWorkbook();
  return { sheets, activeSheetId: sheets[0].id, settings: {} };
}

/** The bounds of the cells for which `keep` holds; null when none does. */
export function cellBounds(
  sheet: MemorySheet,
  keep: (cell: MemoryCell) => boolean = hasContent,
  within?: Merge,
): Merge | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!keep(cell)) continue;
    const pos = parseAddress(address);
    if (!pos) continue;
    if (within && !inRect(within, pos.row, pos.col)) continue;
    if (pos.row < top) top = pos.row;
    if (pos.row > bottom) bottom = pos.row;
    if (pos.col < left) left = pos.col;
    if (pos.col > right) right = pos.col;
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

function inRect(r: Merge, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function hasContent(cell: MemoryCell): boolean {
  return cell.value !== undefined || cell.formula !== undefined;
}

/**
 * A sheet's used range (cells with a value or formula) as the core reads it: values (formula
 * cells show their stored value, null when the fake has none), number formats, merges.
 */
export function gridOf(sheet: MemorySheet): Grid {
  const bounds = cellBounds(sheet);
  const merges = sheet.merges.map((m) => ({ ...m }));
  if (!bounds) return { sheet: sheet.name, origin: { row: 0, col: 0 }, cells: [], merges };
  const cells: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row: CellValue[] = [];
    const formats: (string | null)[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const cell = sheet.cells[cellAddress(r, c)];
      row.push(cell?.value ?? null);
      formats.push(cell?.numberFormat ?? null);
    }
    cells.push(row);
    numberFormats.push(formats);
  }
  return {
    sheet: sheet.name,
    origin: { row: bounds.top, col: bounds.left },
    cells,
    merges,
    numberFormats,
  };
}

/** The sheet with this name (compared without case, as Excel does). */
export function sheetNamed(wb: MemoryWorkbook, name: string): MemorySheet | undefined {
  const key = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === key);
}
