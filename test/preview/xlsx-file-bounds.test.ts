/**
 * The preview opens an .xlsx through the same reader as the command line, but unpacks it as the
 * browser does (jszip's pako, which does not stop where a part outgrows its claim): the hostile
 * files of issue 15 are refused there too, or read as what they hold.
 */
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/preview/xlsx-file";
import { hostileFiles, partsOf } from "../safety/hostile-xlsx-files";

let files: Record<string, Buffer>;

beforeAll(async () => {
  // The example's look: a title over merged cells, a table of three rows.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Биелэлт");
  ws.getCell("A1").value = "Гүйцэтгэлийн төлөвлөгөөний биелэлт";
  ws.mergeCells("A1:D1");
  ws.addRow(["№", "Арга хэмжээ", "Хувь", "Үнэлгээ"]);
  ws.addRow([1, "Сургалт зохион байгуулах", 0.8, 80]);
  ws.getCell("B3").font = { bold: true };
  files = hostileFiles(await partsOf(Buffer.from(await wb.xlsx.writeBuffer())));
}, 60_000);

const bytes = (name: string) => {
  const b = files[name];
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

it("a value at XFD1048576 opens as the table, styled, without the far cell", async () => {
  const opened = await openXlsx(bytes("far-value"));
  if (!opened.ok) throw new Error(opened.error.message.en);
  const sheet = opened.workbook.sheets[0];
  expect(sheet.cells.B3.format?.bold).toBe(true);
  expect(sheet.cells.XFD1048576).toBeUndefined();
  expect(Object.keys(sheet.rowHeights).length).toBeLessThan(10);
});

it.each([
  ["a sheet unpacking to 3 GiB while it claims 10 KB", "sheet-3gib-hidden"],
  ["a row numbered 1,000,000,000", "row-1e9"],
  ["100,000 entries in xl/media/", "media-100k"],
])("%s is refused with a reason in both languages", async (_, name) => {
  const opened = await openXlsx(bytes(name));
  expect(opened.ok).toBe(false);
  if (opened.ok) return;
  expect(opened.error.message.mn).toMatch(/[а-яөү]{4}/i);
  expect(opened.error.message.en).toMatch(/^The file /);
});
