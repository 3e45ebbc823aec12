import ExcelJS from "exceljs";
import fc from "fast-check";
import { valueAt } from "../../src/core/grid";
import { STATE_SHEET } from "../../src/workbook/state";
import { readXlsx, type ReadXlsxResult, type SheetGrid } from "../../src/workbook/xlsx/read";
import {
  EMPTY_SHEET,
  HEADERS,
  OTHER_SHEET,
  PLAN_SHEET,
  bigTable,
  cfbFile,
  emptyWorkbook,
  peopleFile,
  stateOnlyWorkbook,
  storedZip,
} from "../fixtures/xlsx/make-fixtures";

function sheets(result: ReadXlsxResult): SheetGrid[] {
  if (!result.ok) throw new Error(`expected a workbook, got ${result.error.kind}`);
  return result.sheets;
}

/** Value at an A1-style position (1-based row, column letter) for readable assertions. */
function at(grid: SheetGrid, row: number, col: string): unknown {
  return valueAt(grid, row - 1, col.charCodeAt(0) - 65);
}

describe("readXlsx on a file built like people send them", () => {
  let grids: SheetGrid[];
  let plan: SheetGrid;
  beforeAll(async () => {
    grids = sheets(await readXlsx(await peopleFile()));
    plan = grids.find((g) => g.sheet === PLAN_SHEET)!;
  });

  test("every worksheet but the add-in's state sheet, in order", () => {
    expect(grids.map((g) => g.sheet)).toEqual([PLAN_SHEET, OTHER_SHEET, EMPTY_SHEET]);
    expect(grids.some((g) => g.sheet === STATE_SHEET)).toBe(false);
  });

  test("the header on row 7 after the approval block, at its sheet positions", () => {
    expect(plan.origin).toEqual({ row: 0, col: 0 });
    expect(plan.cells[6]).toEqual(HEADERS);
    expect(plan.cells[7]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(at(plan, 2, "F")).toBe("Төлөвлөгөөг боловсруулсан:");
  });

  test("merged objective rows: the text in the first cell, the rest empty, the merge listed", () => {
    expect(plan.cells[8][0]).toBe("Нэг. Нийгмийн даатгалын хамрагдалтыг нэмэгдүүлэх зорилт");
    expect(plan.cells[8].slice(1)).toEqual(Array(7).fill(null));
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 5, left: 0, bottom: 5, right: 7 },
        { top: 8, left: 0, bottom: 8, right: 7 },
        { top: 12, left: 0, bottom: 12, right: 7 },
        { top: 13, left: 1, bottom: 14, right: 1 },
      ]),
    );
    expect(plan.merges).toHaveLength(5);
    expect(at(plan, 15, "B")).toBeNull();
  });

  test("numbers typed as text stay text", () => {
    expect(at(plan, 10, "E")).toBe("1081");
    expect(at(plan, 10, "F")).toBe("53,6");
  });

  test("rich text becomes plain text; a link becomes its text", () => {
    expect(at(plan, 11, "B")).toBe("Арга хэмжээ 2.3");
    expect(at(plan, 11, "H")).toBe("ndaatgal.mn");
  });

  test("formulas give their cached result, or nothing when none was saved", () => {
    expect(at(plan, 11, "F")).toBe(1.26);
    expect(at(plan, 11, "G")).toBeNull();
    expect(at(plan, 14, "E")).toBe(28);
    expect(at(plan, 15, "E")).toBe(30);
  });

  test("errors, dates, booleans and percentages", () => {
    expect(at(plan, 12, "E")).toBe("#DIV/0!");
    expect(at(plan, 12, "F")).toBe("#N/A");
    expect(at(plan, 12, "G")).toBe("2026-01-15");
    expect(at(plan, 12, "H")).toBe(true);
    expect(at(plan, 11, "E")).toBe(0.63);
    expect(plan.numberFormats?.[10][4]).toBe("0%");
    expect(plan.numberFormats?.[9][4]).toBeNull();
  });

  test("a sheet whose data starts away from A1 keeps its sheet positions", () => {
    const other = grids.find((g) => g.sheet === OTHER_SHEET)!;
    expect(other.origin).toEqual({ row: 2, col: 2 });
    expect(other.cells).toEqual([
      ["Аймаг", "Хүн ам"],
      ["Хөвсгөл", 135000],
    ]);
    expect(valueAt(other, 3, 3)).toBe(135000);
  });

  test("an empty sheet is an empty grid", () => {
    const empty = grids.find((g) => g.sheet === EMPTY_SHEET)!;
    expect(empty.cells).toEqual([]);
    expect(empty.merges).toEqual([]);
  });

  test("the exceljs workbook comes back too, for callers that need styles", async () => {
    const result = await readXlsx(await peopleFile());
    expect(result.ok && result.workbook.getWorksheet(PLAN_SHEET)?.getCell("E11").numFmt).toBe("0%");
  });
});

describe("readXlsx accepts Buffer, ArrayBuffer and Uint8Array", () => {
  test.each([
    ["Buffer", (b: Buffer) => b],
    ["ArrayBuffer", (b: Buffer) => new Uint8Array(b).buffer],
    ["Uint8Array", (b: Buffer) => new Uint8Array(b)],
  ])("%s", async (_, convert) => {
    const grids = sheets(await readXlsx(convert(await peopleFile())));
    expect(grids[0].cells[6]).toEqual(HEADERS);
  });
});

describe("readXlsx on bad input gives an error kind and a message in both languages", () => {
  async function error(data: Buffer | ArrayBuffer | Uint8Array) {
    const result = await readXlsx(data);
    if (result.ok) throw new Error("expected an error");
    expect(result.error.message.mn).toMatch(/[А-Яа-яӨөҮү]/);
    expect(result.error.message.en).toMatch(/[A-Za-z]/);
    return result.error;
  }

  test("0-byte file", async () => {
    for (const empty of [Buffer.alloc(0), new ArrayBuffer(0), new Uint8Array(0)]) {
      const e = await error(empty);
      expect(e.kind).toBe("empty-file");
      expect(e.message).toEqual({
        mn: "Файл хоосон байна (0 байт).",
        en: "The file is empty (0 bytes).",
      });
    }
  });

  test("a text file renamed .xlsx", async () => {
    const e = await error(Buffer.from("Д/д\tШалгуур үзүүлэлт\tСуурь түвшин\n1.1.\tТоо\t53,6\n"));
    expect(e.kind).toBe("not-xlsx");
    expect(e.message.en).toContain(".xlsx");
  });

  test("a truncated .xlsx (the first half of a real one)", async () => {
    const whole = await peopleFile();
    const e = await error(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(e.kind).toBe("damaged");
    expect(e.detail).toBeTruthy();
  });

  test("a password-protected file (OLE/CFB container)", async () => {
    const e = await error(cfbFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    expect(e.kind).toBe("encrypted");
    expect(e.message.mn).toContain("нууц үг");
  });

  test("a Word 97–2003 document, or another OLE container, is named as such, not password-protected", async () => {
    const word = await error(cfbFile(["Root Entry", "WordDocument", "\u0001CompObj"]));
    expect(word.kind).toBe("not-xlsx");
    expect(word.message.en).toContain("Word document");
    expect(word.message.mn).toContain("Word баримт бичиг");
    const other = await error(cfbFile(["Root Entry"]));
    expect(other.kind).toBe("not-xlsx");
    expect(other.message.en).toContain("OLE");
    expect(other.message.en).not.toContain("password");
  });

  test("an old .xls is named as such", async () => {
    const e = await error(cfbFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]));
    expect(e.kind).toBe("not-xlsx");
    expect(e.message.en).toContain(".xls");
    expect(e.message.mn).toContain("97-2003");
  });

  test("a workbook without worksheets", async () => {
    expect((await error(await emptyWorkbook())).kind).toBe("no-sheets");
    expect((await error(await stateOnlyWorkbook())).kind).toBe("no-sheets");
  });

  test("another zip document renamed .xlsx (a .docx)", async () => {
    const docx = storedZip({
      "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
      "word/document.xml": '<?xml version="1.0"?><w:document/>',
    });
    const e = await error(docx);
    expect(e.kind).toBe("not-xlsx");
    expect(e.message.en).toContain("Word document");
  });

  test("never throws on random bytes", async () => {
    const zipLike = fc
      .uint8Array({ maxLength: 300 })
      .map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), zipLike), async (bytes) => {
        const result = await readXlsx(bytes);
        if (bytes.length === 0)
          expect(result).toMatchObject({ ok: false, error: { kind: "empty-file" } });
        else expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test("never throws on a real file with bytes changed", async () => {
    const whole = new Uint8Array(await peopleFile());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const bytes = whole.slice();
          for (const [i, b] of changes) bytes[i] = b;
          const result = await readXlsx(bytes);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("date cells", () => {
  test("a date, a date with a time, a time of day, as exceljs gives them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell("A2").value = new Date(Date.UTC(2025, 5, 30, 14, 5));
    // Excel stores a bare time as a fraction of day 0 (1899-12-30).
    ws.getCell("A3").value = new Date(Date.UTC(1899, 11, 30, 9, 30));
    ws.getCell("A3").numFmt = "hh:mm";
    const read = await readXlsx((await wb.xlsx.writeBuffer()) as unknown as Buffer);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.sheets[0].cells.map((r) => r[0])).toEqual([
      "2025-12-31",
      "2025-06-30 14:05",
      "09:30",
    ]);
  });

  test("a number formatted as a date reads as Excel shows it, from a file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (const [address, n] of [
      ["A1", 5],
      ["A2", 60],
      ["A3", 45413],
    ] as const) {
      ws.getCell(address).value = n;
      ws.getCell(address).numFmt = "yyyy-mm-dd";
    }
    const read = await readXlsx((await wb.xlsx.writeBuffer()) as unknown as Buffer);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.sheets[0].cells.map((r) => r[0])).toEqual([
      "1900-01-05",
      "1900-02-29",
      "2024-05-01",
    ]);
  });
});

describe("readXlsx on a 50,000-row table", () => {
  test("reads every row and column with the right values", async () => {
    const rows = 50000;
    const grids = sheets(await readXlsx(await bigTable(rows)));
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid.cells).toHaveLength(rows + 1);
    expect(grid.cells.every((r) => r.length === 8)).toBe(true);
    expect(grid.cells[0]).toEqual(HEADERS);
    for (const i of [1, 2, 3, 12345, rows]) {
      expect(grid.cells[i]).toEqual([
        `${Math.ceil(i / 10)}.${((i - 1) % 10) + 1}.`,
        `Арга хэмжээ ${i}`,
        i % 3 === 0 ? "-" : i * 1000,
        `Шалгуур үзүүлэлт ${i}`,
        String(i),
        i / 4,
        "I-IV",
        `Сум ${i % 330}`,
      ]);
    }
  });
});

describe("exceljs value shapes", () => {
  test("a hyperlink whose text is rich text reads as the plain text", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = {
      text: { richText: [{ text: "Хөвсгөл " }, { text: "аймаг" }] },
      hyperlink: "https://example.mn",
    } as unknown as ExcelJS.CellHyperlinkValue;
    const buf = (await wb.xlsx.writeBuffer()) as unknown as Buffer;
    expect(sheets(await readXlsx(buf))[0].cells).toEqual([["Хөвсгөл аймаг"]]);
  });
});
