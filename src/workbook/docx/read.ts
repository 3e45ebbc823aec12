import type { Grid } from "../../core/grid";
import { bi, type Bilingual } from "../../core/text";
import { CFB_MAGIC, ZIP_MAGIC, indexOfBytes, startsWith, utf16le } from "../file-bytes";
import { BodyReader, type BodyNotes } from "./read-body";
import { Numbering } from "./read-numbering";
import { bodyToGrid, type DocxRowPlace } from "./read-grid";
import { LIMITS, XlsxRefusal } from "../xlsx/limits";
import { zipWithinLimits } from "../xlsx/zip-limits";
import { streamEntry } from "./read-zip";

export type DocxErrorKind =
  "empty-file" | "not-docx" | "old-doc" | "encrypted" | "damaged" | "too-large" | "no-table";

export interface DocxError {
  kind: DocxErrorKind;
  message: Bilingual;
  /** The underlying library's words, for a support request; not shown as the message. */
  detail?: string;
}

export type ReadDocxResult =
  | {
      ok: true;
      grid: Grid;
      /** Where each grid row is in the document (findings cite the table, row and column). */
      rows: DocxRowPlace[];
      /** What the reading changed or left out: tracked changes, objects, automatic numbers. */
      warnings: Bilingual[];
    }
  | { ok: false; error: DocxError };

const MESSAGES: Record<DocxErrorKind, Bilingual> = {
  "empty-file": bi("Файл хоосон байна (0 байт).", "The file is empty (0 bytes)."),
  "not-docx": bi(
    "Энэ файл Word-ийн .docx баримт биш байна. Файлаа Word-оор нээж «Word Document (*.docx)» хэлбэрээр хадгалаад дахин оруулна уу.",
    "This is not a Word .docx document. Open it in Word, save it as “Word Document (*.docx)” and try again.",
  ),
  "old-doc": bi(
    "Энэ файл хуучин Word 97-2003 (.doc) хэлбэртэй байна. Файлаа Word-оор нээж «Word Document (*.docx)» хэлбэрээр хадгалаад дахин оруулна уу.",
    "This is an old Word 97-2003 (.doc) file. Open it in Word, save it as “Word Document (*.docx)” and try again.",
  ),
  encrypted: bi(
    "Баримт нууц үгээр хамгаалагдсан байна. Word-оор нээж нууц үгийг арилгаад (Файл → Мэдээлэл → Баримтыг хамгаалах) дахин оруулна уу.",
    "The document is password-protected. Open it in Word, remove the password (File → Info → Protect Document) and try again.",
  ),
  damaged: bi(
    "Файл гэмтсэн эсвэл бүрэн хуулагдаагүй байна. Эх файлаа дахин хуулж, Word-оор нээгдэж байгаа эсэхийг шалгана уу.",
    "The file is damaged or was not copied completely. Copy the original again and check that Word opens it.",
  ),
  "too-large": bi(
    `Баримт хэт том байна (нэг хэсэг нь задлахад ${LIMITS.partBytes / 2 ** 20} МБ-аас, бүгд ${LIMITS.totalBytes / 2 ** 20} МБ-аас их, эсвэл ${LIMITS.entries}-аас олон хэсэгтэй): уншсангүй. Хүснэгтээ шинэ баримтад хуулж хадгалаад дахин оруулна уу.`,
    `The document is too large (a part unpacking to over ${LIMITS.partBytes / 2 ** 20} MB, all to over ${LIMITS.totalBytes / 2 ** 20} MB, or over ${LIMITS.entries} parts): it was not read. Copy the table into a new document, save it and try again.`,
  ),
  "no-table": bi(
    "Баримтад хүснэгт алга байна: төлөвлөгөө, тайлангийн хүснэгтийг Word-ийн хүснэгтээр (Оруулах → Хүснэгт) бичсэн баримтыг оруулна уу.",
    "The document has no table: give a document whose plan or report is a Word table (Insert → Table).",
  ),
};

function fail(kind: DocxErrorKind, detail?: string): ReadDocxResult {
  const message = MESSAGES[kind];
  return { ok: false, error: detail ? { kind, message, detail } : { kind, message } };
}

/** What the person should know about how the document was read. */
function warningsOf(notes: BodyNotes): Bilingual[] {
  const out: Bilingual[] = [];
  if (notes.tracked) {
    out.push(
      bi(
        "Баримтад засварын мөр (Track Changes) байна: бүх засварыг зөвшөөрсөн байдлаар уншив (нэмсэн бичвэр орсон, устгасан бичвэр ороогүй).",
        "The document has tracked changes: it was read with every change accepted (insertions kept, deletions left out).",
      ),
    );
  }
  const skipped = notes.drawings + notes.objects;
  if (skipped > 0) {
    out.push(
      bi(
        `Баримтын ${skipped} зураг, бичвэрийн хайрцаг, диаграм эсвэл суулгасан объектыг алгасав: тэдгээрийн доторх бичвэр уншигдаагүй, эргэн тойрных нь бичвэрийг уншив.`,
        `${skipped} picture(s), text box(es), chart(s) or embedded object(s) were skipped: the text inside them was not read, the text around them was.`,
      ),
    );
  }
  if (notes.numbered > 0) {
    out.push(
      bi(
        `${notes.numbered} догол мөрийн Word-ийн автомат дугаарыг уншиж чадсангүй (баримтад тодорхойлоогүй жагсаалт): дугааргүй уншив. Дугаарыг бичвэр болгох бол Word-д дугаарласан хэсгээ сонгож хуулаад «Зөвхөн бичвэр»-ээр буцааж буулгана уу.`,
        `The automatic numbers of ${notes.numbered} paragraph(s) could not be read (a list the document does not define): they were read without them. To keep them, select the numbered part in Word, copy it and paste it back as “Keep Text Only”.`,
      ),
    );
  }
  if (notes.derived > 0) {
    out.push(
      bi(
        `Гүйцэтгэл нэмэлтийн энэ баримтад бичсэн ${notes.derived} нэгтгэлийг (товчоо, биелэлтийн нэгтгэл) уншсангүй: хүснэгтээс нь «Тооцоолох» дахин гаргана.`,
        `${notes.derived} summary part(s) this add-in wrote into the document (товчоо, fulfilment summary) were left out: Compute makes them again from the table.`,
      ),
    );
  }
  return out;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Read a Word .docx into a grid laid out as the same document transcribed into a sheet, with
 * where each row came from. Never throws: whatever is wrong with the file comes back as a
 * DocxError in both languages. The work is bounded (LIMITS, as a workbook's) before anything is inflated.
 */
export async function readDocx(data: ArrayBuffer | Uint8Array): Promise<ReadDocxResult> {
  const bytes = toBytes(data);
  if (bytes.length === 0) return fail("empty-file");
  // An OLE (CFB) container: an old .doc (a "WordDocument" stream) or an encrypted .docx.
  if (startsWith(bytes, CFB_MAGIC)) {
    return fail(indexOfBytes(bytes, utf16le("EncryptionInfo")) >= 0 ? "encrypted" : "old-doc");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return fail("not-docx");
  let reader: BodyReader;
  try {
    // The same bounds as a workbook's, checked before anything is unpacked.
    const zip = await zipWithinLimits(bytes);
    // The lists first: a numbered paragraph's number is written as the body is read.
    let lists = "";
    const listed = await streamEntry(zip, "word/numbering.xml", LIMITS.partBytes, (c) => {
      lists += c;
    });
    if (!listed.ok && !("missing" in listed)) return fail("too-large");
    reader = new BodyReader(Numbering.parse(lists));
    const read = await streamEntry(zip, "word/document.xml", LIMITS.partBytes, (chunk) =>
      reader.write(chunk),
    );
    if (!read.ok) return fail("missing" in read ? "not-docx" : "too-large");
  } catch (e) {
    if (e instanceof XlsxRefusal && e.kind === "too-large") return fail("too-large");
    return fail("damaged", e instanceof Error ? e.message : String(e));
  }
  let body;
  try {
    body = reader.end();
  } catch (e) {
    return fail("damaged", e instanceof Error ? e.message : String(e));
  }
  let blocks = body.blocks;
  if (!blocks.some((b) => b.kind === "table")) return fail("no-table");
  // Only tables without borders: one of them holds the plan after all.
  if (!blocks.some((b) => b.kind === "table" && !b.borderless)) {
    blocks = blocks.map((b) => (b.kind === "table" ? { ...b, borderless: false } : b));
  }
  const { grid, rows } = bodyToGrid(blocks);
  return { ok: true, grid, rows, warnings: warningsOf(body.notes) };
}
