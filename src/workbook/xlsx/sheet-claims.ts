import type ExcelJS from "exceljs";
import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  cellCount,
  overlap,
  parseAddress,
  rangeAddress,
  tableArea,
  usedWithin,
  type Merge,
} from "../../core/grid";
import { bi, type Bilingual } from "../../core/text";
import { MAX_SHEET_NAME, uniqueSheetName } from "../office/names";
import { LIMITS, MSG, XlsxRefusal } from "./limits";

const MERGES = bi("нэгтгэсэн нүднүүд", "merged cells");
const LISTS = bi("унжих жагсаалтууд (өгөгдөл шалгах дүрэм)", "drop-down lists (data validations)");
const NAMES = bi("нэрлэсэн мужууд", "defined names");

/**
 * What the reading changed in a workbook to keep within the limits (a list cut to the table, a
 * sheet read under another name): a workbook written from it holds the change, and says so.
 */
const changes = new WeakMap<object, Bilingual[]>();

/** What reading `workbook` changed in it, [] when nothing. */
export function readingChanges(workbook: ExcelJS.Workbook): Bilingual[] {
  return changes.get(workbook) ?? [];
}

function changed(reading: Reading, what: Bilingual): void {
  const list = changes.get(reading.workbook) ?? [];
  list.push(what);
  changes.set(reading.workbook, list);
}

/** `sheet`: where they are, when the reading knows it. */
const cutTo = (what: Bilingual, sheet?: string) =>
  bi(
    `${sheet ? `«${sheet}» хуудасны ` : ""}${what.mn} сая гаруй нүдийг хамарч байсан тул хүснэгтийн хэмжээнд багасгаж уншив: эндээс бичсэн файлд ийм хэвээр байна.`,
    `The ${what.en}${sheet ? ` on sheet “${sheet}”` : ""} covering over a million cells were read cut to the table: a file written from it holds them so.`,
  );

/** exceljs's parts of a read, left out of its types. */
interface RowModel {
  number: number;
  cells: { address: string }[];
}
interface SheetModel {
  name: string;
  rows: RowModel[];
  mergeCells?: string[] | null;
}
interface BookModel {
  worksheets: SheetModel[];
  sheets?: { name: string }[];
  definedNames?: { name: string; ranges: string[] }[];
}
interface Reading {
  workbook: object;
  reconcile(model: BookModel, options: unknown): void;
  _processWorksheetEntry(
    stream: AsyncIterable<unknown>,
    model: unknown,
    sheetNo: string,
    options: unknown,
    path: string,
  ): Promise<void>;
  _guitsetgelBounds?: true;
}

/** A cell of a ref, its row however large (exceljs takes any): "$B$99999999". */
function cellOf(text: string): { row: number; col: number } | null {
  const m = /^(\$?[A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  const col = m && parseAddress(`${m[1]}1`);
  return col && Number(m[2]) >= 1 ? { row: Number(m[2]) - 1, col: col.col } : null;
}

/** "A1:C3", "$A$1", "'Sheet'!$A$1:$B$2" as 0-based rectangles; null when not that. */
function areaOf(ref: string): Merge | null {
  const bare = ref.slice(ref.lastIndexOf("!") + 1);
  const [first, second, ...rest] = bare.split(":");
  const a = cellOf(first);
  const b = second === undefined ? a : cellOf(second);
  if (!a || !b || rest.length > 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const claimed = (refs: readonly string[]): number =>
  refs.reduce((n, r) => {
    const a = areaOf(r);
    return n + (a ? cellCount(a) : 0);
  }, 0);

/** Cell positions in the order a sheet lists them. */
type Cells = Iterable<{ row: number; col: number }>;

const SHEET: Merge = { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 };

/** Where a sheet's table is (the rule a sheet read from Excel follows, core/grid's tableArea). */
function sheetArea(cells: () => Cells): Merge {
  return tableArea(usedWithin(cells(), SHEET), (window) => usedWithin(cells(), window));
}

/** Refs cut to an area, those outside it dropped. */
function clipRefs(refs: readonly string[], area: Merge): string[] {
  return refs.flatMap((r) => {
    const a = areaOf(r);
    const c = a && overlap(a, area);
    return c ? [rangeAddress(c)] : [];
  });
}

function* modelCells(rows: readonly RowModel[]): Generator<{ row: number; col: number }> {
  for (const row of rows) {
    for (const cell of row.cells) {
      const at = parseAddress(cell.address);
      if (at) yield at;
    }
  }
}

const beyond = (address: string) => new XlsxRefusal(MSG.beyondSheet(address), "damaged");

/**
 * No row beyond Excel's last: a row numbered 1,000,000,000 is a billion for exceljs to walk.
 * (Its cells are placed by their column alone, which exceljs reads up to ZZZ.)
 */
function withinSheet(ws: SheetModel): void {
  for (const row of ws.rows) if (row.number > SHEET_ROWS) throw beyond(`A${row.number}`);
}

/**
 * Merges covering more than LIMITS.coveredCells cut to the sheet's table (beyond it they merge
 * nothing that is read); still more, the file is refused.
 */
function boundMerges(ws: SheetModel): boolean {
  if (!ws.mergeCells || claimed(ws.mergeCells) <= LIMITS.coveredCells) return false;
  ws.mergeCells = clipRefs(
    ws.mergeCells,
    sheetArea(() => modelCells(ws.rows)),
  );
  if (claimed(ws.mergeCells) > LIMITS.coveredCells) {
    throw new XlsxRefusal(MSG.coveredCells(ws.name, MERGES));
  }
  return true;
}

/** Names covering too many cells cut to the table of their sheet, as merges are. */
function boundNames(model: BookModel): boolean {
  const names = model.definedNames ?? [];
  if (claimed(names.flatMap((n) => n.ranges)) <= LIMITS.coveredCells) return false;
  const areas = new Map<string, Merge>();
  for (const ws of model.worksheets)
    areas.set(
      ws.name,
      sheetArea(() => modelCells(ws.rows)),
    );
  for (const name of names) {
    name.ranges = name.ranges.flatMap((range) => {
      const sheet = range
        .slice(0, range.lastIndexOf("!"))
        .replace(/^'|'$/g, "")
        .replace(/''/g, "'");
      const a = areaOf(range);
      const c = a && overlap(a, areas.get(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 });
      return c ? [`${range.slice(0, range.lastIndexOf("!") + 1)}${absolute(c)}`] : [];
    });
  }
  model.definedNames = names.filter((n) => n.ranges.length > 0);
  return true;
}

const absolute = (a: Merge) => rangeAddress(a).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** What exceljs refuses in a sheet name (worksheet.js), where Excel would not write it either. */
const refusedName = (name: string, taken: readonly string[]) =>
  !name ||
  name === "History" ||
  name.length > MAX_SHEET_NAME ||
  /[*?:/\\[\]]|^'|'$/.test(name) ||
  taken.some((t) => t.toLowerCase() === name.toLowerCase());

/**
 * Sheet names Excel never writes but a file may hold (over 31 characters, []:*?/\, "History",
 * a name twice) are read under a name Excel accepts: exceljs refuses the others, and warns on
 * stderr of the long ones. Every other name is kept as it is.
 */
function acceptedNames(model: BookModel): Bilingual[] {
  const renamed: Bilingual[] = [];
  const taken: string[] = [];
  for (const ws of model.worksheets) {
    const name = refusedName(ws.name ?? "", taken)
      ? uniqueSheetName(ws.name ?? "", taken)
      : ws.name;
    const sheet = model.sheets?.find((s) => s.name === ws.name);
    if (sheet) sheet.name = name;
    if (name !== ws.name) {
      renamed.push(
        bi(
          `«${ws.name}» хуудсыг Excel хүлээн авах «${name}» нэрээр уншив: эндээс бичсэн файлд энэ нэртэй байна.`,
          `Sheet “${ws.name}” was read as “${name}”, a name Excel accepts: a file written from it has that name.`,
        ),
      );
    }
    ws.name = name;
    taken.push(name);
  }
  return renamed;
}

const DV_OPEN = "<dataValidation ";
/** A drop-down list (data validation) element whole: before its range, the range, after it. */
const LIST =
  /(<dataValidation\b[^>]*?\bsqref=")([^"]*)("[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>))/g;
const CELL_REF = /<c\b[^>]*?\br="([A-Z]{1,3}\d{1,7})"/g;

function* textCells(xml: string): Generator<{ row: number; col: number }> {
  for (const m of xml.matchAll(CELL_REF)) {
    const at = parseAddress(m[1]);
    if (at) yield at;
  }
}

/**
 * The library gives every cell of a drop-down list's range an object as it reads the sheet (on
 * A1:J1048576, ten million): lists covering more than LIMITS.coveredCells are cut in the
 * sheet's text to its table before it is read; still more, the file is refused.
 */
function boundLists(xml: string, sheet: string): string {
  if (!xml.includes(DV_OPEN)) return xml;
  const sqrefs = [...xml.matchAll(LIST)].map((m) => m[2]);
  const refs = (sqref: string) => sqref.split(/\s+/).filter(Boolean);
  if (claimed(sqrefs.flatMap(refs)) <= LIMITS.coveredCells) return xml;
  const area = sheetArea(() => textCells(xml));
  let total = 0;
  const cut = xml.replace(LIST, (_, open: string, sqref: string, rest: string) => {
    const kept = clipRefs(refs(sqref), area);
    total += claimed(kept);
    return kept.length ? `${open}${kept.join(" ")}${rest}` : "";
  });
  if (total > LIMITS.coveredCells) throw new XlsxRefusal(MSG.coveredCells(sheet, LISTS));
  return cut;
}

/**
 * A sheet part's text as exceljs hands it over, in its pieces; those with a drop-down list
 * (after the cells, near the end) are joined to be bounded.
 */
async function withListsBounded(
  stream: AsyncIterable<unknown>,
  path: string,
  cut: () => void,
): Promise<string[]> {
  const pieces: string[] = [];
  let lists = false;
  for await (const chunk of stream) {
    const piece = String(chunk);
    const seam = (pieces[pieces.length - 1] ?? "").slice(-DV_OPEN.length) + piece;
    lists ||= seam.includes(DV_OPEN);
    pieces.push(piece);
  }
  if (!lists) return pieces;
  const whole = pieces.join("");
  const bounded = boundLists(whole, path);
  if (bounded !== whole) cut();
  return inPieces(bounded);
}

async function* toAsync(pieces: string[]): AsyncGenerator<string> {
  yield* pieces;
}

/** Text in the 16 KB pieces exceljs hands its parser (one piece would gather all its events). */
function inPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 16_384) pieces.push(text.slice(i, i + 16_384));
  return pieces;
}

/**
 * What exceljs reads from a file is bounded by what the file holds before it builds a workbook:
 * drop-down lists cut in the sheet's text, then rows, merges, names and sheet names checked in
 * its model, between parsing the parts and making the workbook of them.
 */
export function readWithinBounds(exceljs: typeof ExcelJS): void {
  const proto = Object.getPrototypeOf(new exceljs.Workbook().xlsx) as Reading;
  if (proto._guitsetgelBounds) return;
  proto._guitsetgelBounds = true;
  const processSheet = proto._processWorksheetEntry;
  proto._processWorksheetEntry = async function (stream, model, sheetNo, options, path) {
    const pieces = await withListsBounded(stream, path, () => changed(this, cutTo(LISTS)));
    return processSheet.call(this, toAsync(pieces), model, sheetNo, options, path);
  };
  const reconcile = proto.reconcile;
  proto.reconcile = function (model, options) {
    reconcile.call(this, model, options);
    for (const renamed of acceptedNames(model)) changed(this, renamed);
    for (const ws of model.worksheets) {
      withinSheet(ws);
      if (boundMerges(ws)) changed(this, cutTo(MERGES, ws.name));
    }
    if (boundNames(model)) changed(this, cutTo(NAMES));
  };
}
