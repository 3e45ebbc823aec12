import ExcelJS from "exceljs";
import type { CellValue, Grid, Merge } from "../../core/grid";
import { bi, type Bilingual } from "../../core/text";
import { isAddinSheet } from "../state";
import { dateText } from "../date-text";
import { mergesOf, openMergesFast } from "./merge";
import { CFB_MAGIC, ZIP_MAGIC, ascii, indexOfBytes, startsWith, utf16le } from "../file-bytes";

openMergesFast(ExcelJS);

export type XlsxErrorKind = "empty-file" | "not-xlsx" | "damaged" | "encrypted" | "no-sheets";

export interface XlsxError {
  kind: XlsxErrorKind;
  message: Bilingual;
  /** The underlying library's words, for a support request; not shown as the message. */
  detail?: string;
}

/** A grid read from a named worksheet. */
export type SheetGrid = Grid & { sheet: string };

export type ReadXlsxResult =
  { ok: true; workbook: ExcelJS.Workbook; sheets: SheetGrid[] } | { ok: false; error: XlsxError };

const MESSAGES: Record<XlsxErrorKind | "old-xls", Bilingual> = {
  "empty-file": bi("Файл хоосон байна (0 байт).", "The file is empty (0 bytes)."),
  "not-xlsx": bi(
    "Энэ файл Excel-ийн .xlsx файл биш байна. Файлаа Excel-ээр нээж «Excel Workbook (*.xlsx)» хэлбэрээр хадгалаад дахин оруулна уу.",
    "This is not an Excel .xlsx file. Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.",
  ),
  "old-xls": bi(
    "Энэ файл хуучин Excel 97-2003 (.xls) хэлбэртэй байна. Файлаа Excel-ээр нээж «Excel Workbook (*.xlsx)» хэлбэрээр хадгалаад дахин оруулна уу.",
    "This is an old Excel 97-2003 (.xls) file. Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.",
  ),
  damaged: bi(
    "Файл гэмтсэн эсвэл бүрэн хуулагдаагүй байна. Эх файлаа дахин хуулж, Excel-ээр нээгдэж байгаа эсэхийг шалгана уу.",
    "The file is damaged or was not copied completely. Copy the original again and check that Excel opens it.",
  ),
  encrypted: bi(
    "Файл нууц үгээр хамгаалагдсан байна. Excel-ээр нээж нууц үгийг арилгаад (Файл → Мэдээлэл → Ажлын номыг хамгаалах) дахин оруулна уу.",
    "The file is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook) and try again.",
  ),
  "no-sheets": bi("Файлд ажлын хуудас алга байна.", "The file has no worksheets."),
};

function fail(kind: XlsxErrorKind, message = MESSAGES[kind], detail?: string): ReadXlsxResult {
  return { ok: false, error: detail ? { kind, message, detail } : { kind, message } };
}

function toBytes(data: Buffer | ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

const WORKBOOK_PART = ascii("xl/workbook.xml");

/**
 * An OLE (CFB) container is what Excel writes for a password-protected .xlsx (streams
 * "EncryptionInfo" and "EncryptedPackage") and for an old .xls (a "Workbook" or "Book" stream).
 */
function cfbKind(bytes: Uint8Array): ReadXlsxResult {
  const xls = [utf16le("Workbook\0"), utf16le("Book\0")].some((n) => indexOfBytes(bytes, n) >= 0);
  return xls ? fail("not-xlsx", MESSAGES["old-xls"]) : fail("encrypted");
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Read .xlsx bytes into exceljs and into grids, one per worksheet (the add-in's own sheets
 * left out). Never throws: whatever is wrong with the file comes back as an XlsxError.
 */
export async function readXlsx(data: Buffer | ArrayBuffer | Uint8Array): Promise<ReadXlsxResult> {
  try {
    const bytes = toBytes(data);
    if (bytes.length === 0) return fail("empty-file");
    if (startsWith(bytes, CFB_MAGIC)) return cfbKind(bytes);
    if (!startsWith(bytes, ZIP_MAGIC)) return fail("not-xlsx");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheets = workbook.worksheets.filter((ws) => !isAddinSheet(ws.name)).map(sheetToGrid);
    if (sheets.length === 0) {
      // exceljs opens any zip; one without a workbook part is another document (.docx renamed).
      return fail(indexOfBytes(bytes, WORKBOOK_PART) < 0 ? "not-xlsx" : "no-sheets");
    }
    return { ok: true, workbook, sheets };
  } catch (e) {
    // A zip exceljs cannot read: cut short, or its parts damaged.
    return fail("damaged", undefined, errorText(e));
  }
}

/** An exceljs value as a plain grid value. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : null;
  }
  if (v instanceof Date) return dateText(v);
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result ?? null);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("hyperlink" in v) return plainValue(v.text as ExcelJS.CellValue);
  return null;
}

/** exceljs types `Row.dimensions` as a number; at run time it is this, or null for an empty row. */
type RowDimensions = { min: number; max: number } | null;

function sheetMerges(ws: ExcelJS.Worksheet): Merge[] {
  // mergesOf avoids `ws.model`, which would serialise the whole sheet just to list them.
  return mergesOf(ws).map((r) => ({
    top: r.top - 1,
    left: r.left - 1,
    bottom: r.bottom - 1,
    right: r.right - 1,
  }));
}

/**
 * A worksheet's used range as a Grid: values (formulas as their cached result, rich text and
 * links as their text, dates as ISO text, errors as their text), merges, number formats.
 */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow((row, r) => {
    const dims = row.dimensions as unknown as RowDimensions;
    if (!dims) return;
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, dims.min);
    right = Math.max(right, dims.max);
  });
  const merges = sheetMerges(ws);
  if (bottom < 0) return { sheet: ws.name, origin: { row: 0, col: 0 }, cells: [], merges };

  const width = right - left + 1;
  const cells: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    cells.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  ws.eachRow((row, r) => {
    const values = cells[r - top];
    const formats = numberFormats[r - top];
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      values[c - left] = plainValue(cell.value);
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") formats[c - left] = fmt;
    });
  });
  return {
    sheet: ws.name,
    origin: { row: top - 1, col: left - 1 },
    cells,
    merges,
    numberFormats,
  };
}
