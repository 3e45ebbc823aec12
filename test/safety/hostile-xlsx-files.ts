/**
 * Hostile .xlsx files of issue 15, each a few kilobytes: a scaffolded example report with one part
 * edited, zipped by hand (jszip would inflate what it zips, and a bomb must stay a bomb).
 */
import { crc32, deflateRawSync, constants } from "zlib";
import JSZip from "jszip";
import { cfbFile } from "../fixtures/xlsx/make-fixtures";

/** One zip entry as it is written: its name, its bytes as stored, how, and what it claims. */
interface RawEntry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
}

const deflated = (name: string, bytes: Buffer): RawEntry => ({
  name,
  data: deflateRawSync(bytes),
  method: 8,
  crc: crc32(bytes),
  size: bytes.length,
});

/** A zip of these entries, written as the format lays it out (local headers, directory, end). */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const count = entries.length;
  // More than 65,535 entries need the Zip64 end records; the classic one then says "see there".
  const zip64 = count > 0xffff ? zip64End(count, dirBytes.length, offset) : [];
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, ...zip64, end]);
}

function zip64End(count: number, dirSize: number, dirOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(dirSize), 40);
  record.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

/** The parts of an .xlsx, unpacked. */
export async function partsOf(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("nodebuffer"));
  }
  return parts;
}

/** An .xlsx of these parts, each deflated; `extra` entries are written as they are. */
export function xlsxOf(parts: Map<string, Buffer>, extra: RawEntry[] = []): Buffer {
  return zipOf([...[...parts].map(([name, bytes]) => deflated(name, bytes)), ...extra]);
}

const SHEET = "xl/worksheets/sheet1.xml";
const BOOK = "xl/workbook.xml";

/** The parts with one part's text edited. */
function edited(
  parts: Map<string, Buffer>,
  name: string,
  edit: (xml: string) => string,
): Map<string, Buffer> {
  const copy = new Map(parts);
  const xml = edit(parts.get(name)!.toString("utf8"));
  copy.set(name, Buffer.from(xml, "utf8"));
  return copy;
}

/** Text put where a tag closes (`</sheetData>` …), before it. */
const before = (tag: string, text: string) => (xml: string) => xml.replace(tag, `${text}${tag}`);

/** n merges of two cells in columns L:M from row 30 on; the last overlaps the one before. */
function manyMerges(n: number, overlapping: boolean): string {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) refs.push(`<mergeCell ref="L${30 + i}:M${30 + i}"/>`);
  if (overlapping) refs[n - 1] = `<mergeCell ref="M${30 + n - 2}:N${30 + n - 2}"/>`;
  return refs.join("");
}

/** sheet1.xml deflated to `bytes` of spaces inside its root element, claiming `claimed` bytes. */
function sheetBomb(parts: Map<string, Buffer>, bytes: number, claimed: number): RawEntry {
  const xml = parts.get(SHEET)!.toString("utf8");
  const cut = xml.indexOf("<sheetData>");
  const head = Buffer.from(xml.slice(0, cut), "utf8");
  const tail = Buffer.from(xml.slice(cut), "utf8");
  // A deflated MiB of spaces, flushed to a byte boundary, repeats: each copy refers back only to spaces.
  const mib = deflateRawSync(Buffer.alloc(1 << 20, 32), { finishFlush: constants.Z_SYNC_FLUSH });
  const chunks = [deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH })];
  for (let i = 0; i < Math.floor(bytes / (1 << 20)); i++) chunks.push(mib);
  chunks.push(deflateRawSync(tail));
  return { name: SHEET, data: Buffer.concat(chunks), method: 8, crc: 0, size: claimed };
}

const GiB = 1024 ** 3;

/** Each hostile file of the table that concerns reading, from the example report's parts. */
export function hostileFiles(parts: Map<string, Buffer>): Record<string, Buffer> {
  const withoutSheet = new Map(parts);
  withoutSheet.delete(SHEET);
  const sheetEdit = (edit: (xml: string) => string) => xlsxOf(edited(parts, SHEET, edit));
  const media: RawEntry[] = [];
  for (let i = 0; i < 100_000; i++) {
    media.push({ name: `xl/media/i${i}.png`, data: Buffer.alloc(0), method: 0, crc: 0, size: 0 });
  }
  return {
    "far-value": sheetEdit(
      before(
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
      ),
    ),
    "row-1e9": sheetEdit(
      before(
        "</sheetData>",
        '<row r="1000000000"><c r="A1000000000" t="inlineStr"><is><t>x</t></is></c></row>',
      ),
    ),
    "merge-whole-sheet": sheetEdit((xml) =>
      xml.replace(
        /<mergeCells[^>]*>.*<\/mergeCells>/,
        '<mergeCells count="1"><mergeCell ref="A21:XFD1048576"/></mergeCells>',
      ),
    ),
    "merge-to-row-99999999": sheetEdit((xml) =>
      xml.replace("</mergeCells>", '<mergeCell ref="L30:M99999999"/></mergeCells>'),
    ),
    "name-whole-sheet": xlsxOf(
      edited(parts, BOOK, (xml) =>
        xml.replace(
          "</definedNames>",
          "<definedName name=\"Бүгд\">'Биелэлт'!$A$1:$XFD$1048576</definedName></definedNames>",
        ),
      ),
    ),
    "sheet-3gib-claimed": xlsxOf(withoutSheet, [sheetBomb(parts, 64 << 20, 3 * GiB)]),
    "sheet-3gib-hidden": xlsxOf(withoutSheet, [sheetBomb(parts, 3 * GiB, 10_000)]),
    "merges-100k-overlapping": sheetEdit((xml) =>
      xml.replace(/<mergeCells count="\d+">/, (m) => m + manyMerges(100_000, true)),
    ),
    "validation-a1-j1048576": sheetEdit(
      before(
        "<pageMargins",
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:J1048576"><formula1>"Тийм,Үгүй"</formula1></dataValidation></dataValidations>',
      ),
    ),
    "media-100k": xlsxOf(parts, media),
  };
}

const renamed = (parts: Map<string, Buffer>, name: string) =>
  xlsxOf(edited(parts, BOOK, (xml) => xml.replace('name="Биелэлт"', `name="${name}"`)));

/** Files that were wrongly named "password-protected" or "damaged" (issue 15, item 6). */
export function misnamedFiles(parts: Map<string, Buffer>): Record<string, Buffer> {
  const utf16 = new Map(parts);
  const sheet = parts.get(SHEET)!.toString("utf8").replace('encoding="UTF-8"', 'encoding="UTF-16"');
  utf16.set(SHEET, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")]));
  return {
    "name-over-31": renamed(parts, "Биелэлт ба гүйцэтгэлийн тайлан 2026 оны"),
    "name-colon": renamed(parts, "Биелэлт: 2026/I"),
    "name-history": renamed(parts, "History"),
    "sheet-utf16": xlsxOf(utf16),
    "word-97": cfbFile(["Root Entry", "WordDocument", "\u0001CompObj"]),
    "ole-other": cfbFile(["Root Entry", "PowerPoint Document"]),
  };
}

/** The example with n merges of two cells beside it, none overlapping. */
export function withMerges(parts: Map<string, Buffer>, n: number): Buffer {
  return xlsxOf(
    edited(parts, SHEET, (xml) =>
      xml.replace(/<mergeCells count="\d+">/, (m) => m + manyMerges(n, false)),
    ),
  );
}
