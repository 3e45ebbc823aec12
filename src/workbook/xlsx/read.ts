import ExcelJS from "exceljs";
import type JSZip from "jszip";
import {
  tableArea,
  usedWithin,
  type CellPos,
  type CellValue,
  type Grid,
  type Merge,
} from "../../core/grid";
import { bi, type Bilingual } from "../../core/text";
import { isAddinSheet } from "../state";
import { excelDateText, serialOfTime } from "../../core/cells/excel-dates";
import { MSG, XlsxRefusal } from "./limits";
import { readWithinBounds, readingChanges } from "./sheet-claims";
import { stoppedAtPartLimit, zipWithinLimits } from "./zip-limits";
import { offerLoadedZip, withdrawLoadedZip } from "./loaded-zips";
import { mergesOf, openMergesFast } from "./merge";
import { CFB_MAGIC, ZIP_MAGIC, indexOfBytes, startsWith, utf16le } from "../file-bytes";

openMergesFast(ExcelJS);
readWithinBounds(ExcelJS);

export type XlsxErrorKind =
  "empty-file" | "not-xlsx" | "damaged" | "encrypted" | "no-sheets" | "too-large";

export interface XlsxError {
  kind: XlsxErrorKind;
  message: Bilingual;
  /** The underlying library's words, for a support request; not shown as the message. */
  detail?: string;
}

/** A grid read from a named worksheet. */
export type SheetGrid = Grid & { sheet: string };

export type ReadXlsxResult =
  | {
      ok: true;
      workbook: ExcelJS.Workbook;
      sheets: SheetGrid[];
      /** What the reading changed to stay within the limits (readingChanges). */
      changes: Bilingual[];
    }
  | { ok: false; error: XlsxError };

const MESSAGES: Record<XlsxErrorKind | "old-xls" | "word" | "ole" | "utf16", Bilingual> = {
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
  // Each refusal says which limit (limits.ts); this is what they have in common.
  "too-large": bi(
    "Файл тайлангийн файлд байх хэмжээнээс хэт их байна.",
    "The file holds far more than a report does.",
  ),
  word: bi(
    "Энэ файл Word баримт бичиг байна, Excel-ийн .xlsx файл биш. Тайлангаа Excel-ийн ажлын номоос оруулна уу.",
    "This is a Word document, not an Excel .xlsx file. Give the report's Excel workbook instead.",
  ),
  ole: bi(
    "Энэ файл Office-ийн өөр төрлийн (OLE) файл байна, Excel-ийн .xlsx биш. Файлаа Excel-ээр нээж «Excel Workbook (*.xlsx)» хэлбэрээр хадгалаад дахин оруулна уу.",
    "This is another kind of Office (OLE) file, not an Excel .xlsx. Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.",
  ),
  utf16: bi(
    "Файлын зарим хэсэг UTF-16 кодчилолтой байна: Excel ингэж хадгалдаггүй тул уншиж чадсангүй. Файлаа Excel-ээр нээж «Excel Workbook (*.xlsx)» хэлбэрээр дахин хадгална уу.",
    "Parts of the file are written in UTF-16, which Excel never does, so they could not be read. Open the file in Excel and save it again as “Excel Workbook (*.xlsx)”.",
  ),
};

function fail(kind: XlsxErrorKind, message = MESSAGES[kind], detail?: string): ReadXlsxResult {
  return { ok: false, error: detail ? { kind, message, detail } : { kind, message } };
}

function toBytes(data: Buffer | ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * An OLE (CFB) container, named by the streams its directory lists (their names in UTF-16):
 * Excel writes a password-protected .xlsx as "EncryptionInfo" and "EncryptedPackage", an old
 * .xls as "Workbook" or "Book"; Word's .doc has "WordDocument".
 */
function cfbKind(bytes: Uint8Array): ReadXlsxResult {
  const has = (...names: string[]) =>
    names.some((n) => indexOfBytes(bytes, utf16le(`${n}\0`)) >= 0);
  if (has("EncryptedPackage", "EncryptionInfo")) return fail("encrypted");
  if (has("WordDocument")) return fail("not-xlsx", MESSAGES.word);
  if (has("Workbook", "Book")) return fail("not-xlsx", MESSAGES["old-xls"]);
  return fail("not-xlsx", MESSAGES.ole);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A part written in UTF-16 (a byte-order mark, or "<" as two bytes), which exceljs reads as UTF-8. */
async function hasUtf16Part(zip: JSZip): Promise<boolean> {
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
    const b = await entry.async("uint8array");
    if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
    if ((b[0] === 0x3c && b[1] === 0) || (b[0] === 0 && b[1] === 0x3c)) return true;
  }
  return false;
}

const hasPart = (zip: JSZip, name: string) => !!(zip.files[name] ?? zip.files[`/${name}`]);

/**
 * The parts a workbook keeps only to be written again, which its cells and sheets never need:
 * the document's properties, its theme (a style names a theme colour by number) and the list
 * of content types (exceljs writes its own).
 */
const ONLY_FOR_WRITING = /^\/?(?:\[Content_Types\]\.xml$|docProps\/|xl\/theme\/)/;

export interface ReadXlsxOptions {
  /**
   * The workbook is read for its sheets and never written again (a consolidation reads each
   * office's file so): the parts only writing needs may be left unread.
   */
  sheetsOnly?: boolean;
}

/**
 * Read .xlsx bytes into exceljs and into grids, one per worksheet (the add-in's own sheets
 * left out). Never throws: whatever is wrong with the file comes back as an XlsxError. The
 * work is bounded by what the file holds (limits.ts), whatever it claims.
 */
export async function readXlsx(
  data: Buffer | ArrayBuffer | Uint8Array,
  { sheetsOnly = false }: ReadXlsxOptions = {},
): Promise<ReadXlsxResult> {
  let zip: JSZip | null = null;
  const bytes = toBytes(data);
  try {
    if (bytes.length === 0) return fail("empty-file");
    if (startsWith(bytes, CFB_MAGIC)) return cfbKind(bytes);
    if (!startsWith(bytes, ZIP_MAGIC)) return fail("not-xlsx");
    zip = await zipWithinLimits(bytes);
    if (!hasPart(zip, "xl/workbook.xml")) {
      // Another document in a zip: a .docx, an .ods, a folder zipped.
      return fail("not-xlsx", hasPart(zip, "word/document.xml") ? MESSAGES.word : undefined);
    }
    const reads = sheetsOnly ? (part: string) => !ONLY_FOR_WRITING.test(part) : () => true;
    offerLoadedZip(bytes, { zip, reads });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheets = workbook.worksheets.filter((ws) => !isAddinSheet(ws.name)).map(sheetToGrid);
    if (sheets.length === 0) return fail("no-sheets");
    return { ok: true, workbook, sheets, changes: readingChanges(workbook) };
  } catch (e) {
    if (e instanceof XlsxRefusal) return fail(e.kind, e.reason);
    if (stoppedAtPartLimit(e)) return fail("too-large", MSG.hidden(), errorText(e));
    if (zip && (await hasUtf16Part(zip).catch(() => false))) {
      return fail("damaged", MESSAGES.utf16, errorText(e));
    }
    // A zip exceljs cannot read: cut short, or its parts damaged.
    return fail("damaged", undefined, errorText(e));
  } finally {
    withdrawLoadedZip(bytes);
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
  // exceljs gives a date cell as a Date counted from 1899-12-30 (UTC): its serial, as Excel shows it.
  if (v instanceof Date) return excelDateText(serialOfTime(v.getTime()));
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
 * links as their text, dates as ISO text, errors as their text), merges, number formats. A used
 * range too large to read (a stray value at XFD1048576) is read around its table, as Excel's is
 * (core/grid's tableArea), the rest named in `unread`.
 */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const rows: { r: number; min: number; max: number }[] = [];
  ws.eachRow((row, r) => {
    const dims = row.dimensions as unknown as RowDimensions;
    if (!dims) return;
    rows.push({ r, min: dims.min, max: dims.max });
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, dims.min);
    right = Math.max(right, dims.max);
  });
  const allMerges = sheetMerges(ws);
  if (bottom < 0)
    return { sheet: ws.name, origin: { row: 0, col: 0 }, cells: [], merges: allMerges };

  const whole = { top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 };
  const area = tableArea(whole, (window) => usedWithin(cellsNear(ws, rows, window), window));
  const width = area.right - area.left + 1;
  const cells: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    cells.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  for (const { r } of rows) {
    if (r - 1 < area.top || r - 1 > area.bottom) continue;
    const values = cells[r - 1 - area.top];
    const formats = numberFormats[r - 1 - area.top];
    ws.getRow(r).eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge || c - 1 < area.left || c - 1 > area.right) return;
      values[c - 1 - area.left] = plainValue(cell.value);
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") formats[c - 1 - area.left] = fmt;
    });
  }
  const grid: SheetGrid = {
    sheet: ws.name,
    origin: { row: area.top, col: area.left },
    cells,
    merges:
      area === whole
        ? allMerges
        : allMerges.filter(
            (m) =>
              m.top >= area.top &&
              m.top <= area.bottom &&
              m.left >= area.left &&
              m.left <= area.right,
          ),
    numberFormats,
  };
  if (area !== whole) grid.unread = { used: whole, read: area };
  return grid;
}

/** The cells holding something in rows that may reach into a window (0-based). */
function* cellsNear(
  ws: ExcelJS.Worksheet,
  rows: readonly { r: number; min: number; max: number }[],
  window: Merge,
): Generator<CellPos> {
  for (const { r, min, max } of rows) {
    if (r - 1 < window.top || r - 1 > window.bottom) continue;
    if (max - 1 < window.left || min - 1 > window.right) continue;
    const cols: number[] = [];
    ws.getRow(r).eachCell((_, c) => cols.push(c - 1));
    for (const col of cols) yield { row: r - 1, col };
  }
}
