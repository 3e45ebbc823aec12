import * as fs from "fs";
import * as path from "path";
import {
  Document,
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { loadXlsx, makeTmp, removeTmp, run } from "./helpers";

/*
 * Word files the command line cannot use: a clear message in Mongolian and English, exit 2,
 * nothing written. Tracked changes are read as accepted, and the person is told.
 */

let dir: string;
const at = (name: string) => path.join(dir, name);

/** The first bytes of an OLE (CFB) container holding the named stream, as Word writes them. */
function cfb(stream: string): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), Buffer.from(`${stream}\0`, "utf16le")]);
}

beforeAll(async () => {
  dir = makeTmp("docx-bad");
  fs.writeFileSync(at("old.doc"), cfb("WordDocument"));
  fs.writeFileSync(at("locked.docx"), cfb("EncryptionInfo"));
  const text = new Document({
    sections: [
      { children: [new Paragraph("Гүйцэтгэлийн төлөвлөгөө"), new Paragraph("хүснэгтгүй")] },
    ],
  });
  fs.writeFileSync(at("text.docx"), await Packer.toBuffer(text));
  const phones = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              ["Нэр", "Утас"],
              ["Б.Бат", "99112233"],
            ].map(
              (r) =>
                new TableRow({
                  children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
            ),
          }),
        ],
      },
    ],
  });
  fs.writeFileSync(at("phones.docx"), await Packer.toBuffer(phones));
  const cell = (children: (TextRun | InsertedTextRun | DeletedTextRun)[]) =>
    new TableCell({ children: [new Paragraph({ children })] });
  const change = { author: "Б", date: "2026-01-05T00:00:00Z" };
  const tracked = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({
                children: ["Д/д", "Шалгуур үзүүлэлт", "Суурь түвшин", "Зорилтот түвшин"].map((h) =>
                  cell([new TextRun(h)]),
                ),
              }),
              new TableRow({
                children: [
                  cell([new TextRun("1.1.")]),
                  cell([new TextRun("Сургалтын тоо")]),
                  cell([new TextRun("4")]),
                  cell([
                    new DeletedTextRun({ text: "5", id: 1, ...change }),
                    new InsertedTextRun({ text: "6", id: 2, ...change }),
                  ]),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  fs.writeFileSync(at("tracked.docx"), await Packer.toBuffer(tracked));
}, 30_000);

afterAll(() => removeTmp(dir));

describe.each([
  ["old.doc", "хуучин Word 97-2003 (.doc)", "old Word 97-2003 (.doc) file"],
  ["locked.docx", "нууц үгээр хамгаалагдсан", "password-protected"],
  ["missing.docx", "олдсонгүй", "not found"],
])("%s", (file, mn, en) => {
  it("check: says why in both languages, exit 2", async () => {
    const r = await run(["check", file], dir);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain(mn);
    expect(r.stderr).toContain(en);
  });

  it("import: the same, and writes nothing", async () => {
    const r = await run(["import", file, "-o", "out.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(en);
    expect(fs.existsSync(at("out.xlsx"))).toBe(false);
  });
});

it("a document without a table: exit 2, nothing written", async () => {
  const checked = await run(["check", "text.docx"], dir);
  expect(checked.code).toBe(2);
  expect(checked.stderr).toContain("The document has no table");
  expect(checked.stderr).toContain("Баримтад хүснэгт алга байна");
  const imported = await run(["import", "text.docx", "-o", "out.xlsx"], dir);
  expect(imported.code).toBe(2);
  expect(fs.existsSync(at("out.xlsx"))).toBe(false);
});

it("a table that is no plan or report: exit 2, said of the document, nothing written", async () => {
  const checked = await run(["check", "phones.docx", "--lang", "en"], dir);
  expect(checked.code).toBe(2);
  expect(checked.stderr).toContain(
    "«phones.docx» holds no known table (plan, report, job description).",
  );
  expect(checked.stderr).toContain("«phones.docx» баримтад танигдах хүснэгт");
  const imported = await run(["import", "phones.docx", "-o", "out.xlsx"], dir);
  expect(imported.code).toBe(2);
  expect(fs.existsSync(at("out.xlsx"))).toBe(false);
});

it("tracked changes: read as accepted, and the person is told", async () => {
  const r = await run(["check", "tracked.docx"], dir);
  expect(r.stderr).toContain("засварын мөр");
  const imported = await run(["import", "tracked.docx", "-o", "tracked.xlsx", "--lang", "en"], dir);
  expect(imported.code).toBe(0);
  expect(imported.stderr).toContain("read with every change accepted");
  // The target as accepted: «6» inserted, «5» deleted.
  const ws = (await loadXlsx(at("tracked.xlsx"))).worksheets[0];
  const values = ws
    .getSheetValues()
    .flat()
    .filter((v) => v !== undefined && v !== null);
  expect(values).toContain("6");
  expect(values).not.toContain("5");
});
