import * as path from "path";
import ExcelJS from "exceljs";
import { quote } from "../core/cells/quote";
import { cellText, parseAddress, valueAt } from "../core/grid";
import type { Finding } from "../core/finding";
import { safeSheetName } from "../core/templates/scaffold";
import type { Bilingual, Lang } from "../core/text";
import type { SheetGrid } from "../workbook";
import { readDocx } from "../workbook/docx/read";
import type { DocxRowPlace } from "../workbook/docx/read-grid";
import { inputBytes, type LoadedWorkbook } from "./files";
import { CliError, Progress, type CliIO } from "./io";
import { msg } from "./messages";
import type { SettingsFlags } from "./settings";
import { checkWorkbook, type CheckedWorkbook } from "./tables";

/** A Word document's name: read as a document, not as a workbook (.doc too, to say what it is). */
export function isWordName(file: string): boolean {
  return [".docx", ".doc"].includes(path.extname(file).toLowerCase());
}

/** A Word document read as a one-sheet workbook, with where each of its rows is in the document. */
export interface LoadedWord {
  loaded: LoadedWorkbook;
  rows: DocxRowPlace[];
  warnings: Bilingual[];
}

/**
 * Read a .docx as a workbook of one sheet named after the file; anything that makes it
 * unusable (an old .doc, a password, no table, too large) becomes a CliError in both languages.
 */
export async function loadWord(io: CliIO, file: string, lang: Lang): Promise<LoadedWord> {
  const bytes = inputBytes(io, file);
  const progress = new Progress(io, lang);
  progress.show(msg.reading(file));
  const read = await readDocx(bytes);
  progress.done();
  if (!read.ok) throw new CliError(msg.inFile(file, read.error.message));
  const name = path.basename(file, path.extname(file));
  const grid: SheetGrid = { ...read.grid, sheet: safeSheetName(name, "Word") };
  return {
    loaded: { file, workbook: new ExcelJS.Workbook(), sheets: [grid], state: null, changes: [] },
    rows: read.rows,
    warnings: read.warnings,
  };
}

/** Where a cell of the read document is, as a person finds it in Word, with its text. */
function wordPlace(
  word: LoadedWord,
  grid: SheetGrid,
  address: string,
  lang: Lang,
  withText = true,
): string {
  const at = parseAddress(address);
  const place = at ? word.rows[at.row - grid.origin.row] : undefined;
  if (!at || !place) return address;
  const where =
    "table" in place
      ? msg.wordCell(place.table, place.row, at.col - grid.origin.col + 1)
      : msg.wordParagraph(place.paragraph);
  const text = cellText(valueAt(grid, at.row, at.col));
  return text && withText ? `${where[lang]} ${quote(text)}` : where[lang];
}

/**
 * The findings of a checked Word document citing the table, row and column and the text of
 * each cell they are about (a Word document has no cell addresses).
 */
export function citeWordPlaces(
  result: CheckedWorkbook,
  word: LoadedWord,
  lang: Lang,
): CheckedWorkbook {
  const cite = (grid: SheetGrid, f: Finding): Finding => {
    const cited: Finding = { ...f, cell: wordPlace(word, grid, f.cell, lang) };
    // The fix names the place only: the text it replaces is on the line above.
    if (f.fix) cited.fix = { ...f.fix, cell: wordPlace(word, grid, f.fix.cell, lang, false) };
    return cited;
  };
  return {
    ...result,
    checked: result.checked.map((s) => ({
      ...s,
      check: { ...s.check, findings: s.check.findings.map((f) => cite(s.grid, f)) },
    })),
  };
}

/** checkWorkbook on a Word document: no known table is said of the document, not of a sheet. */
export function checkWord(
  word: LoadedWord,
  flags: SettingsFlags,
  progress: Progress,
): CheckedWorkbook {
  try {
    return checkWorkbook(word.loaded, flags, progress);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    throw new CliError(msg.noTableInWord(word.loaded.file), e.details);
  }
}
