import ExcelJS from "exceljs";
import { openXlsx, saveXlsx } from "../../src/preview/xlsx-file";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { Journal } from "../../src/taskpane/failure";
import { createMemoryExcel } from "../../src/workbook/memory/excel";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { filledReport } from "../fixtures/filled-report";

describe("Compute in the pane on a report filled with formulas", () => {
  it("shows the figures from the computed fulfilment and the stated cells they replaced", async () => {
    const bytes = await filledReport();
    const opened = await openXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    if (!opened.ok) throw new Error(opened.error.message.en);
    const port = new OfficeWorkbook(createMemoryExcel(opened.workbook));
    const run = await computeActiveSheet(port, new Journal());
    // Every fulfilment cell holds a figure a person typed: nothing is filled.
    expect(run.writes).toEqual([]);
    // Objective 1.1: (90 + 100) / 2 = 95; 1.2: (75 + 91.667 + 91.667) / 3 = 86.1;
    // overall (90 + 100 + 75 + 91.667 + 91.667) / 5 = 89.667 → 89.7.
    expect(run.figures.lines.map((l) => l.value)).toEqual([95, 86.1]);
    expect(run.figures.overall.value).toBe(89.7);
    expect(run.replaced).toEqual(["H7", "H9"]);
  });

  it("saves the person's formulas back as formulas, with their results", async () => {
    const bytes = await filledReport();
    const opened = await openXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    if (!opened.ok) throw new Error(opened.error.message.en);
    await computeActiveSheet(new OfficeWorkbook(createMemoryExcel(opened.workbook)), new Journal());
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await saveXlsx(opened.workbook)) as unknown as ExcelJS.Buffer);
    const sheet = saved.worksheets.find((ws) => ws.getCell("H9").formula)!;
    // H9 still points at row 10 as the person wrote it; 11 ÷ 12 is what Excel last showed.
    expect(sheet.getCell("H9").formula).toBe("G10/F10");
    expect(sheet.getCell("H9").result).toBeCloseTo(11 / 12, 12);
    expect(sheet.getCell("H6").formula).toBe("G6/F6");
  });
});
