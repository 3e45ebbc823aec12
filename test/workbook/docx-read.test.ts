import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import JSZip from "jszip";
import { readDocx, type ReadDocxResult } from "../../src/workbook/docx/read";
import { LIMITS } from "../../src/workbook/xlsx/limits";

/*
 * What Word writes, read into the grid: each construct in a document.xml written by hand, as
 * Word writes it, so that the test says exactly what the file holds.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

async function docx(body: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`,
  );
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
const tr = (cells: string[], props = "") =>
  `<w:tr><w:trPr>${props}</w:trPr>${cells.join("")}</w:tr>`;
const BORDERS = `<w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders>`;
const NO_BORDERS = `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`;
const tbl = (cols: number, rows: string[], borders = BORDERS) =>
  `<w:tbl><w:tblPr>${borders}</w:tblPr><w:tblGrid>${"<w:gridCol/>".repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;

function ok(read: ReadDocxResult) {
  if (!read.ok) throw new Error(read.error.message.en);
  return read;
}

describe("a Word table read into the grid", () => {
  it("keeps gridSpan and vMerge as merged areas, and a cell's paragraphs as lines", async () => {
    const read = ok(
      await readDocx(
        await docx(
          tbl(3, [
            tr([
              tc(p("Д/д"), '<w:vMerge w:val="restart"/>'),
              tc(p("Түвшин"), '<w:gridSpan w:val="2"/>'),
            ]),
            tr([tc(p(""), "<w:vMerge/>"), tc(p("Суурь")), tc(p("Зорилт"))]),
            tr([tc(p("1.1.") + p("")), tc(p("5") + p("хувь")), tc(p("6"))]),
          ]),
        ),
      ),
    );
    expect(read.grid.cells).toEqual([
      ["Д/д", "Түвшин", null],
      [null, "Суурь", "Зорилт"],
      ["1.1.\n", "5\nхувь", "6"],
    ]);
    expect(read.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
    expect(read.rows).toEqual([
      { table: 1, row: 1 },
      { table: 1, row: 2 },
      { table: 1, row: 3 },
    ]);
  });

  it("reads tabs as spaces, breaks as new lines, and unwraps content controls and links", async () => {
    const cell =
      `<w:p><w:sdt><w:sdtContent><w:r><w:t>Арга</w:t></w:r></w:sdtContent></w:sdt>` +
      `<w:r><w:tab/><w:t>хэмжээ</w:t><w:br/></w:r>` +
      `<w:hyperlink><w:r><w:t>https://ndaatgal.mn</w:t></w:r></w:hyperlink></w:p>`;
    const read = ok(await readDocx(await docx(tbl(1, [tr([tc(cell)])]))));
    expect(read.grid.cells).toEqual([["Арга хэмжээ\nhttps://ndaatgal.mn"]]);
  });

  it("joins a table continued after a page break, without its repeated header row", async () => {
    const header = tr([tc(p("Д/д")), tc(p("Шалгуур"))], "<w:tblHeader/>");
    const read = ok(
      await readDocx(
        await docx(
          p("ГАРЧИГ") +
            tbl(2, [header, tr([tc(p("1.1.")), tc(p("a"))])]) +
            `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` +
            p("") +
            tbl(2, [header, tr([tc(p("1.2.")), tc(p("b"))])]) +
            p("Боловсруулсан:") +
            tbl(2, [tr([tc(p("Хоёр")), tc(p("c"))])]),
        ),
      ),
    );
    expect(read.grid.cells).toEqual([
      ["ГАРЧИГ", null],
      ["Д/д", "Шалгуур"],
      ["1.1.", "a"],
      ["1.2.", "b"],
      ["Боловсруулсан:", null],
      ["Хоёр", "c"],
    ]);
    // The title is merged across the table; the text between tables is not a sign-off.
    expect(read.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 4, left: 0, bottom: 4, right: 1 },
    ]);
    expect(
      read.rows.map((r) => ("table" in r ? `T${r.table}R${r.row}` : `P${r.paragraph}`)),
    ).toEqual(["P1", "T1R1", "T1R2", "T1R3", "P2", "T2R1"]);
  });

  it("lays an approval block without borders out side by side, and the sign-off in column B", async () => {
    const approval = tbl(
      2,
      [tr([tc(p("БАТЛАВ:") + p("ДАРГА")), tc(p("БОЛОВСРУУЛСАН:"))])],
      NO_BORDERS,
    );
    const data = tbl(4, [tr([tc(p("Д/д")), tc(p("a")), tc(p("b")), tc(p("c"))])]);
    const read = ok(await readDocx(await docx(approval + data + p("ХЭЛТЭС"))));
    expect(read.grid.cells).toEqual([
      ["БАТЛАВ:\nДАРГА", null, "БОЛОВСРУУЛСАН:", null],
      ["Д/д", "a", "b", "c"],
      [null, "ХЭЛТЭС", null, null],
    ]);
    expect(read.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ]);
  });

  it("gives a nested table's paragraphs to the cell that holds it", async () => {
    const nested = tbl(2, [tr([tc(p("№")), tc(p("Нийт"))]), tr([tc(p("1")), tc(p("20"))])]);
    const read = ok(
      await readDocx(await docx(tbl(2, [tr([tc(p("Сургалт") + nested + p("")), tc(p("x"))])]))),
    );
    expect(read.grid.cells).toEqual([["Сургалт\n№\nНийт\n1\n20\n", "x"]]);
  });
});

describe("what the reading changes, said", () => {
  it("reads tracked changes as accepted, a deleted row dropped, and says so", async () => {
    const cell =
      `<w:p><w:r><w:t>Хүрсэн </w:t></w:r><w:del w:id="1"><w:r><w:delText>45</w:delText></w:r></w:del>` +
      `<w:ins w:id="2"><w:r><w:t>54</w:t></w:r></w:ins></w:p>`;
    const deletedRow = tr([tc(p("хуучин"))], `<w:del w:id="3" w:author="А"/>`);
    const read = ok(await readDocx(await docx(tbl(1, [tr([tc(cell)]), deletedRow]))));
    expect(read.grid.cells).toEqual([["Хүрсэн 54"]]);
    expect(read.warnings.map((w) => w.en)).toEqual([
      "The document has tracked changes: it was read with every change accepted (insertions kept, deletions left out).",
    ]);
    expect(read.warnings[0].mn).toContain("засварын мөр");
  });

  it("skips pictures, text boxes and embedded objects, reads the text around them, and counts them", async () => {
    const cell =
      `<w:p><w:r><w:t>өмнө</w:t></w:r><w:r><w:drawing><w:t>зураг</w:t></w:drawing></w:r>` +
      `<mc:AlternateContent><mc:Choice><w:t>хайрцаг</w:t></mc:Choice><mc:Fallback><w:t>хайрцаг</w:t></mc:Fallback></mc:AlternateContent>` +
      `<w:r><w:object><w:t>OLE</w:t></w:object><w:t> дараа</w:t></w:r></w:p>`;
    const read = ok(await readDocx(await docx(tbl(1, [tr([tc(cell)])]))));
    expect(read.grid.cells).toEqual([["өмнө дараа"]]);
    expect(read.warnings.map((w) => w.en)).toEqual([
      "3 picture(s), text box(es), chart(s) or embedded object(s) were skipped: the text inside them was not read, the text around them was.",
    ]);
  });

  it("says when a paragraph's automatic number cannot be read", async () => {
    const numbered = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Арга хэмжээ</w:t></w:r></w:p>`;
    const read = ok(await readDocx(await docx(tbl(1, [tr([tc(numbered)])]))));
    expect(read.grid.cells).toEqual([["Арга хэмжээ"]]);
    expect(read.warnings[0].en).toMatch(
      /^The automatic numbers of 1 paragraph\(s\) could not be read/,
    );
  });
});

describe("Word's automatic numbering", () => {
  it("writes the numbers a person sees, counted as Word counts them", async () => {
    const numbering = new Document({
      numbering: {
        config: [
          {
            reference: "items",
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: "%1." },
              { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2." },
            ],
          },
          {
            reference: "parts",
            levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", start: 3 }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: "ЕРӨНХИЙ", numbering: { reference: "parts", level: 0 } }),
            new Table({
              rows: [
                [0, "Зорилт"],
                [1, "Арга хэмжээ"],
                [1, "Арга хэмжээ"],
                [0, "Зорилт"],
                [1, "Арга хэмжээ"],
              ].map(
                ([level, text]) =>
                  new TableRow({
                    children: [
                      new TableCell({
                        children: [
                          new Paragraph({
                            text: text as string,
                            numbering: { reference: "items", level: level as number },
                          }),
                        ],
                      }),
                    ],
                  }),
              ),
            }),
          ],
        },
      ],
    });
    const read = ok(await readDocx(await Packer.toBuffer(numbering)));
    // Level 1 starts again under each level-0 item; the parts list starts at III.
    expect(read.grid.cells.map((r) => r[0])).toEqual([
      "III. ЕРӨНХИЙ",
      "1. Зорилт",
      "1.1. Арга хэмжээ",
      "1.2. Арга хэмжээ",
      "2. Зорилт",
      "2.1. Арга хэмжээ",
    ]);
    expect(read.warnings).toEqual([]);
  });
});

describe("files that cannot be read", () => {
  const kind = async (bytes: Uint8Array) => {
    const read = await readDocx(bytes);
    return read.ok ? "ok" : read.error.kind;
  };
  /** The first bytes of an OLE (CFB) container holding the named stream. */
  const cfb = (stream: string) => {
    const name = Buffer.from(`${stream}\0`, "utf16le");
    return new Uint8Array(
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        name,
      ]),
    );
  };

  it("names each one", async () => {
    expect(await kind(new Uint8Array())).toBe("empty-file");
    expect(await kind(cfb("WordDocument"))).toBe("old-doc");
    expect(await kind(cfb("EncryptionInfo"))).toBe("encrypted");
    expect(await kind(new TextEncoder().encode("plain text"))).toBe("not-docx");
    const xlsx = new JSZip().file("xl/workbook.xml", "<workbook/>");
    expect(await kind(await xlsx.generateAsync({ type: "uint8array" }))).toBe("not-docx");
    const whole = await docx(tbl(1, [tr([tc(p("x"))])]));
    expect(await kind(whole.slice(0, whole.length - 30))).toBe("damaged");
    expect(await kind(await docx(p("Зөвхөн бичвэр") + p("хүснэгтгүй")))).toBe("no-table");
  });

  it("refuses, before inflating, a document part larger than the cap", async () => {
    // 65 MB of spaces deflate to about 65 KB: the declared size is refused first.
    const huge = await docx(`${p("x")}${" ".repeat(LIMITS.partBytes + 1)}`);
    const read = await readDocx(huge);
    expect(read.ok ? "ok" : read.error.kind).toBe("too-large");
    if (!read.ok) expect(read.error.message.mn).toContain("хэт том");
  }, 30_000);
});
