import ExcelJS from "exceljs";
import type { SheetModel } from "../../src/core/sheet";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";
import { LISTS_SHEET } from "../../src/workbook/state";

/** Load bytes with exceljs alone, so that these tests do not lean on our own reader. */
async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

const REPORT = "Биелэлт 2025";
const FINDINGS = "Алдаа";

/** A fulfilment report sheet using every feature a SheetModel has. */
const report: SheetModel = {
  name: REPORT,
  values: [
    [
      "ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТЭС 2025 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ",
      null,
      null,
      null,
    ],
    ["Д/д", "Шалгуур үзүүлэлт", "Зорилтот түвшин", "Гүйцэтгэлийн хувь"],
    [1, 2, 3, 4],
    ["Нэг. Зорилт", null, null, null],
    ["1.1.", "=SUM(A1)", 240, 0.64],
    ["1.2.", "+976 99112233", "-", 1],
    ["1.3.", "@хэрэглэгч", "-5", null],
  ],
  formulas: [{ row: 7, col: 3, formula: "=AVERAGE(D5:D6)", result: 0.82 }],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 3, left: 0, bottom: 3, right: 3 },
  ],
  styles: [
    {
      range: { top: 0, left: 0, bottom: 0, right: 3 },
      style: { bold: true, size: 14, hAlign: "center" },
    },
    {
      range: { top: 1, left: 0, bottom: 2, right: 3 },
      style: { bold: true, fill: "#D9E1F2", wrap: true, vAlign: "middle", hAlign: "center" },
    },
    { range: { top: 1, left: 0, bottom: 7, right: 3 }, style: { border: true } },
    { range: { top: 4, left: 3, bottom: 7, right: 3 }, style: { numberFormat: "0%" } },
    { range: { top: 3, left: 0, bottom: 3, right: 3 }, style: { italic: true, color: "#C00000" } },
  ],
  columnWidths: [6, 48, 14, 12],
  rowHeights: [30, 45],
  freeze: { rows: 3, cols: 1 },
  print: {
    paper: "A4",
    orientation: "landscape",
    repeatRows: { top: 1, bottom: 2 },
    fitToWidth: true,
  },
  validations: [
    { range: { top: 4, left: 2, bottom: 6, right: 2 }, list: ["100", "70", "30", "0", "-"] },
    // Commas inside items cannot go into an inline list.
    { range: { top: 4, left: 0, bottom: 6, right: 0 }, list: ["Т", "Г", "Т, Г", "Г, Х, Ш"] },
    // Over 255 characters inline.
    {
      range: { top: 4, left: 1, bottom: 6, right: 1 },
      list: Array.from({ length: 40 }, (_, i) => `Хариуцах нэгж ${i + 1}`),
      allowOther: true,
    },
  ],
  conditionalFormats: [
    { range: { top: 4, left: 3, bottom: 6, right: 3 }, below: 1, fill: "#FFC7CE" },
  ],
  links: [],
  chart: {
    kind: "bar",
    title: "Зорилтын биелэлт",
    labels: { top: 4, left: 0, bottom: 6, right: 0 },
    values: { top: 4, left: 3, bottom: 6, right: 3 },
    at: { row: 10, col: 1 },
  },
};

const findings: SheetModel = {
  name: FINDINGS,
  values: [
    ["Код", "Нүд"],
    ["CALC-MISMATCH", "E84"],
    ["TEXT-SCRIPT", null],
  ],
  // The link cells share their look with the cells beside them; only the links are underlined.
  styles: [
    { range: { top: 1, left: 0, bottom: 2, right: 1 }, style: { border: true, bold: true } },
  ],
  links: [
    { row: 1, col: 1, sheet: REPORT, cell: "E84" },
    { row: 2, col: 1, sheet: "O'Brien", cell: "B2" },
  ],
};

describe("sheetsToXlsx writes every SheetModel feature", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await load(await sheetsToXlsx([report, findings]));
    ws = wb.getWorksheet(REPORT)!;
  });

  test("sheets keep their names and order; the lists sheet is very hidden", () => {
    const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(visible).toEqual([REPORT, FINDINGS]);
    expect(wb.getWorksheet(LISTS_SHEET)?.state).toBe("veryHidden");
  });

  test("grid readers see the report and findings sheets only", async () => {
    const result = await readXlsx(await sheetsToXlsx([report, findings]));
    expect(result.ok && result.sheets.map((s) => s.sheet)).toEqual([REPORT, FINDINGS]);
  });

  test("values are written as values", () => {
    expect(ws.getCell("A1").value).toBe(report.values[0][0]);
    expect(ws.getCell("C5").value).toBe(240);
    expect(ws.getCell("D5").value).toBe(0.64);
    expect(ws.getCell("A3").value).toBe(1);
    expect(ws.getCell("D7").value).toBeNull();
  });

  test('text starting with "=", "+", "-", "@" stays text, never a formula', () => {
    for (const [address, text] of [
      ["B5", "=SUM(A1)"],
      ["B6", "+976 99112233"],
      ["B7", "@хэрэглэгч"],
      ["C7", "-5"],
      ["C6", "-"],
    ]) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).value).toBe(text);
      expect(ws.getCell(address).formula).toBeUndefined();
    }
  });

  test("only model.formulas become formulas, with their cached result", () => {
    expect(ws.getCell("D8").type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell("D8").value).toEqual({ formula: "AVERAGE(D5:D6)", result: 0.82 });
  });

  test("merges", () => {
    expect([...ws.model.merges].sort()).toEqual(["A1:D1", "A4:D4"]);
    expect(ws.getCell("B4").type).toBe(ExcelJS.ValueType.Merge);
  });

  test("fonts, fills, borders, alignment and number formats; later styles win per property", () => {
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
    expect(ws.getCell("B2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(ws.getCell("B2").alignment).toMatchObject({
      wrapText: true,
      vertical: "middle",
      horizontal: "center",
    });
    expect(ws.getCell("B2").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("D6").numFmt).toBe("0%");
    expect(ws.getCell("C6").numFmt).toBeUndefined();
    // Row 4 got a border from one style and italic red from a later one.
    expect(ws.getCell("A4").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("A4").border?.left).toEqual({ style: "thin" });
    // Outside every style range nothing is set.
    expect(ws.getCell("E5").border).toBeUndefined();
  });

  test("column widths and row heights", () => {
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([6, 48, 14, 12]);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(2).height).toBe(45);
  });

  test("frozen panes", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
  });

  test("page setup: A4 landscape, one page wide, header rows repeated", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "2:3",
    });
  });

  test("drop-down lists: inline when Excel accepts it, otherwise a range on the lists sheet", () => {
    const rating = ws.getCell("C5").dataValidation;
    expect(rating).toMatchObject({
      type: "list",
      formulae: ['"100,70,30,0,-"'],
      showErrorMessage: true,
    });
    expect(ws.getCell("C7").dataValidation).toEqual(rating);
    expect(ws.getCell("C8").dataValidation).toBeUndefined();

    const lists = wb.getWorksheet(LISTS_SHEET)!;
    const listValues = (formula: string): unknown[] => {
      const m = /^'_guitsetgel_lists'!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(formula);
      expect(m).not.toBeNull();
      return lists.getColumn(m![1]).values.slice(1, Number(m![2]) + 1);
    };
    const codes = ws.getCell("A6").dataValidation;
    expect(listValues(codes.formulae[0])).toEqual(["Т", "Г", "Т, Г", "Г, Х, Ш"]);
    const units = ws.getCell("B5").dataValidation;
    expect(listValues(units.formulae[0])).toEqual(report.validations![2].list);
    expect(units.showErrorMessage).toBeFalsy();
  });

  test("conditional format colours numbers below the threshold, not blanks", () => {
    const cfs = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe("D5:D7");
    const rule = cfs[0].rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.formulae).toEqual(["AND(ISNUMBER(D5),D5<1)"]);
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
  });

  test("links to cells of other sheets keep the cell's text", () => {
    const other = wb.getWorksheet(FINDINGS)!;
    expect(other.getCell("B2").value).toEqual({ text: "E84", hyperlink: `#'${REPORT}'!E84` });
    // An empty cell shows where the link goes; a quote in a sheet name is doubled.
    expect(other.getCell("B3").value).toEqual({
      text: "'O''Brien'!B2",
      hyperlink: "#'O''Brien'!B2",
    });
    expect(other.getCell("B2").font).toMatchObject({ underline: true, bold: true });
    expect(other.getCell("A2").font).toEqual({ bold: true });
    expect(other.getCell("A3").border).toMatchObject({ top: { style: "thin" } });
    expect(other.getCell("B3").border).toMatchObject({ top: { style: "thin" } });
  });

  test("the chart's data ranges are named (exceljs cannot write the chart itself)", () => {
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
    const id = ws.id;
    expect(names[`guitsetgel_chart_${id}_labels`]).toEqual([`'${REPORT}'!$A$5:$A$7`]);
    expect(names[`guitsetgel_chart_${id}_values`]).toEqual([`'${REPORT}'!$D$5:$D$7`]);
  });
});

describe("sheetsToXlsx edge cases", () => {
  test("lists with the same items share one column of the lists sheet", async () => {
    const list = ["А, Б", "В"];
    const wb = await load(
      await sheetsToXlsx([
        {
          name: "S",
          values: [],
          validations: [
            { range: { top: 0, left: 0, bottom: 0, right: 0 }, list },
            { range: { top: 0, left: 1, bottom: 0, right: 1 }, list: [...list] },
            { range: { top: 0, left: 2, bottom: 0, right: 2 }, list: ["В", "А, Б"] },
          ],
        },
      ]),
    );
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("A1").dataValidation.formulae).toEqual(
      ws.getCell("B1").dataValidation.formulae,
    );
    expect(ws.getCell("C1").dataValidation.formulae).not.toEqual(
      ws.getCell("A1").dataValidation.formulae,
    );
    expect(wb.getWorksheet(LISTS_SHEET)!.columnCount).toBe(2);
  });

  test("a list item that reads as a number is stored as a number on the lists sheet", async () => {
    const wb = await load(
      await sheetsToXlsx([
        {
          name: "S",
          values: [],
          validations: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, list: ["100", "1,5"] }],
        },
      ]),
    );
    expect(wb.getWorksheet(LISTS_SHEET)!.getColumn(1).values.slice(1)).toEqual([100, "1,5"]);
  });

  test("non-finite numbers are left empty and over-long text is cut to what a cell holds", async () => {
    const long = "ө".repeat(32766) + "😀" + "x";
    const wb = await load(
      await sheetsToXlsx([{ name: "S", values: [[Number.NaN, Infinity, long, true]] }]),
    );
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("A1").value).toBeNull();
    expect(ws.getCell("B1").value).toBeNull();
    // The cut never splits the emoji's surrogate pair.
    expect(ws.getCell("C1").value).toBe("ө".repeat(32766));
    expect(ws.getCell("D1").value).toBe(true);
  });

  test("no freeze, no print setup, no validation when the model asks for none", async () => {
    const wb = await load(
      await sheetsToXlsx([
        {
          name: "S",
          values: [["a"]],
          freeze: { rows: 0, cols: 0 },
          validations: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, list: [] }],
        },
      ]),
    );
    const ws = wb.getWorksheet("S")!;
    expect((ws.views ?? []).some((v) => v.state === "frozen")).toBe(false);
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.getCell("A1").dataValidation).toBeUndefined();
  });
});
