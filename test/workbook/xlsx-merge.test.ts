import ExcelJS from "exceljs";
import { mergeAreas, type MergeArea } from "../../src/workbook/xlsx/merge";

/** The merges exceljs will write for a sheet, as "A1:B2" ranges, sorted. */
const written = (ws: ExcelJS.Worksheet): string[] => [...ws.model.merges].sort();

async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again.worksheets[0];
}

describe("mergeAreas", () => {
  it("merges many one-row areas on a new sheet exactly as exceljs would, and they survive a save", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Товчоо");
    const areas: MergeArea[] = Array.from({ length: 3000 }, (_, i) => ({
      top: i + 1,
      left: 1,
      bottom: i + 1,
      right: 5,
    }));
    areas.push({ top: 3001, left: 2, bottom: 3004, right: 3 });
    for (let r = 1; r <= 3004; r++) ws.getCell(r, 1).value = `мөр ${r}`;
    mergeAreas(ws, areas);

    const reference = new ExcelJS.Workbook().addWorksheet("Товчоо");
    for (const a of areas) reference.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
    expect(written(ws)).toEqual(written(reference));
    expect(ws.getCell("E2000").isMerged).toBe(true);
    expect(ws.getCell("E2000").master.address).toBe("A2000");
    expect(ws.getCell("C3004").master.address).toBe("B3001");
    expect(ws.getCell("F1").isMerged).toBe(false);

    const back = await reloaded(wb);
    expect(written(back)).toEqual(written(reference));
    expect(back.getCell("A1500").value).toBe("мөр 1500");
  });

  it("keeps exceljs's refusal when two areas share a cell, and leaves the earlier merges in place", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    const areas: MergeArea[] = [
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 1, bottom: 3, right: 2 },
      { top: 3, left: 2, bottom: 4, right: 4 },
    ];
    expect(() => mergeAreas(ws, areas)).toThrow("Cannot merge already merged cells");
    expect(written(ws)).toEqual(["A1:C1", "A2:B3"]);
  });

  it("checks new areas against the merges a sheet already has", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.mergeCells("A1:B2");
    expect(() => mergeAreas(ws, [{ top: 2, left: 2, bottom: 3, right: 3 }])).toThrow(
      "Cannot merge already merged cells",
    );
    mergeAreas(ws, [{ top: 3, left: 1, bottom: 3, right: 4 }]);
    expect(written(ws)).toEqual(["A1:B2", "A3:D3"]);
  });
});
