import { evaluateGrid } from "../../src/core/checks";
import type { CellValue, Merge } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetModel } from "../../src/core/sheet";
import { summarySheets } from "../../src/core/summary";
import { wordDocument } from "../../src/workbook/docx/write";
import { planDocumentSheet, summaryDocumentSheet } from "../../src/workbook/docx/write-sheets";
import { seed002 } from "../fixtures/seeds/seed002";
import { docxParts, pagesOf, tablesOf, textOf } from "./docx-write-xml";

const TITLE = "ТЕСТ ГАЗРЫН 2024 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ";
const ROWS = 60;

/**
 * A report sheet as the add-in lays one out: approval block in two halves, the title, a header of
 * two rows (a group over two columns, the others merged down), the column numbers, 60 measures
 * of 6 of 7 achieved (85.7 %), a note merged down two rows, and the sign-off.
 */
function reportModel(): SheetModel {
  const values: CellValue[][] = [
    ["Төлөвлөгөө баталсан:", null, null, "Төлөвлөгөөг боловсруулсан:", null, null],
    ["(огноо)", null, null, null, null, null],
    [],
    [TITLE],
    [],
    ["Д/д", "Арга хэмжээ", "Түвшин", null, "Хүрсэн", "Гүйцэтгэлийн хувь"],
    [null, null, "Суурь", "Зорилтот", null, null],
    [1, 2, 3, 4, 5, 6],
  ];
  for (let i = 1; i <= ROWS; i++) {
    values.push([`1.${i}.`, `Сургалт зохион байгуулах ${i}`, 6, 7, 6, 6 / 7]);
  }
  values.push([], ["Тайлан бичсэн:", null, null, "Хянасан:", null, null]);
  const bottom = 7 + ROWS;
  const merges: Merge[] = [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 5 },
    { top: 3, left: 0, bottom: 3, right: 5 },
    { top: 5, left: 2, bottom: 5, right: 3 },
    ...[0, 1, 4, 5].map((c) => ({ top: 5, left: c, bottom: 6, right: c })),
    { top: 8, left: 4, bottom: 9, right: 4 },
    { top: bottom + 2, left: 0, bottom: bottom + 2, right: 2 },
    { top: bottom + 2, left: 3, bottom: bottom + 2, right: 5 },
  ];
  return {
    name: "Биелэлт",
    values: values.map((r) => Array.from({ length: 6 }, (_, c) => r[c] ?? null)),
    merges,
    styles: [
      { range: { top: 8, left: 5, bottom: bottom, right: 5 }, style: { numberFormat: "0.0%" } },
    ],
    columnWidths: [6, 40, 10, 10, 30, 12],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { top: 5, bottom: 6 },
    },
  };
}

describe("a sheet as a Word document", () => {
  let xml: { document: string; styles: string };
  beforeAll(async () => {
    const model = reportModel();
    const sheet = { model, headers: [{ top: 5, bottom: 6 }], title: 3 };
    xml = await docxParts(await wordDocument([sheet], "mn"));
  });

  it("is printed on A4 landscape in Times New Roman", () => {
    expect(pagesOf(xml.document)).toEqual([{ w: 16838, h: 11906, orient: "landscape" }]);
    expect(xml.styles).toContain('w:ascii="Times New Roman"');
  });

  it("keeps the approval block's two halves side by side, above the bold centred title", () => {
    const [approval] = tablesOf(xml.document);
    expect(approval.map((r) => r.text)).toEqual([
      "Төлөвлөгөө баталсан: | Төлөвлөгөөг боловсруулсан:",
      "(огноо) | ",
    ]);
    const title = xml.document.split("</w:p>").find((p) => p.includes(TITLE)) ?? "";
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain("<w:b/>");
  });

  it("marks the two header rows, and only them, to repeat on every page", () => {
    const table = tablesOf(xml.document)[1];
    expect(table.map((r) => r.header)).toEqual([true, true, ...Array(1 + ROWS).fill(false)]);
    expect(table[0].text).toBe("Д/д | Арга хэмжээ | Түвшин | Хүрсэн | Гүйцэтгэлийн хувь");
    // The group spans two columns; the cells beside it are merged down into the second row.
    expect(table[0].cells[2]).toContain('<w:gridSpan w:val="2"/>');
    expect(table[0].cells[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(table[1].cells[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(table[1].text).toBe(" |  | Суурь | Зорилтот |  | ");
  });

  it("writes the figures as the staff do: 6 of 7 is 85,7%", () => {
    const rows = tablesOf(xml.document)[1].slice(3);
    expect(rows).toHaveLength(ROWS);
    expect(rows[0].text).toBe("1.1. | Сургалт зохион байгуулах 1 | 6 | 7 | 6 | 85,7%");
    expect(rows[1].text).toBe("1.2. | Сургалт зохион байгуулах 2 | 6 | 7 |  | 85,7%");
    expect(rows[ROWS - 1].text).toContain("1.60.");
  });

  it("ends with the sign-off beside each other, below the table", () => {
    const tables = tablesOf(xml.document);
    expect(tables).toHaveLength(3);
    expect(tables[2].map((r) => r.text)).toEqual(["Тайлан бичсэн: | Хянасан:"]);
  });

  it("prints a narrow table with no print setup on a portrait page", async () => {
    const model: SheetModel = {
      name: "Жагсаалт",
      values: [
        ["Нэр", "Тоо"],
        ["алим", 3],
      ],
    };
    const narrow = await docxParts(
      await wordDocument([{ model, headers: [{ top: 0, bottom: 0 }] }], "mn"),
    );
    expect(pagesOf(narrow.document)).toEqual([{ w: 11906, h: 16838, orient: "portrait" }]);
  });
});

describe("a report's summaries as a Word document", () => {
  it("seed 002's товчоо: its table, then the written conclusion as paragraphs", async () => {
    const e = evaluateGrid(seed002, DEFAULT_SETTINGS);
    if (!e.ok) throw new Error("seed 002 not read");
    const [evaluation] = summarySheets(e.evaluation, "mn");
    const xml = await docxParts(await wordDocument([summaryDocumentSheet(evaluation.model)], "mn"));
    expect(pagesOf(xml.document)[0].orient).toBe("landscape");
    const [table] = tablesOf(xml.document);
    expect(table.filter((r) => r.header)).toHaveLength(2);
    const after = textOf(xml.document.slice(xml.document.lastIndexOf("</w:tbl>")));
    // Six programme items with twelve measures; 4.1, rated 95 in the seed, is listed with its figure.
    expect(after).toContain("нийт 6 зорилт бүхий 12 арга хэмжээ байна");
    expect(after).toMatch(/Зорилт 4\.1\..*\/95,0\/;/u);
  });

  it("a plan's table read from its sheet keeps its title and header rows", async () => {
    const e = evaluateGrid(seed002, DEFAULT_SETTINGS);
    if (!e.ok) throw new Error("seed 002 not read");
    const sheet = planDocumentSheet(seed002, e.evaluation.plan);
    const xml = await docxParts(await wordDocument([sheet], "mn"));
    const title = seed002.cells[(e.evaluation.plan.title?.row ?? 0) - seed002.origin.row];
    const titleText = String(title.find((v) => typeof v === "string"));
    expect(textOf(xml.document)).toContain(titleText.split("\n")[0]);
    const tables = tablesOf(xml.document);
    const main = tables.find((t) => t.some((r) => r.header));
    expect(main?.[0].text).toContain("Үнэлгээ");
    // The seed's cells as they are, the mark-up a conversion left in them too.
    expect(main?.at(-1)?.text).toBe("<b>Дундаж үнэлгээ</b> |  |  |  |  | <b>98.2</b>");
  });
});
