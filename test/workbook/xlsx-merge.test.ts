import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../src/workbook/xlsx/read";
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

/** A one-sheet .xlsx whose sheet XML lists exactly these merge ranges, as another program may write. */
async function fileWithMerges(ranges: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Биелэлт");
  for (let r = 1; r <= 40; r++) ws.getCell(r, 1).value = `мөр ${r}`;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const list = `<mergeCells count="${ranges.length}">${ranges
    .map((r) => `<mergeCell ref="${r}"/>`)
    .join("")}</mergeCells>`;
  zip.file(part, xml.replace("</sheetData>", `</sheetData>${list}`));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("opening a file's merges", () => {
  it("gives every cell the same master as exceljs merging them one by one", async () => {
    const ranges = [
      ...Array.from({ length: 30 }, (_, i) => `A${i + 1}:E${i + 1}`),
      "B31:C34",
      "D36:B35", // corners in the other order, as some programs write them
      "F1",
      "$G$2:$H$3",
    ];
    const read = await readXlsx(await fileWithMerges(ranges));
    if (!read.ok) throw new Error(read.error.message.en);
    const ws = read.workbook.worksheets[0];

    const reference = new ExcelJS.Workbook().addWorksheet("Биелэлт");
    for (const r of ranges) reference.mergeCellsWithoutStyle(r.replace(/\$/g, ""));
    expect(written(ws)).toEqual(written(reference));
    for (let row = 1; row <= 40; row++) {
      for (let col = 1; col <= 9; col++) {
        const [got, want] = [ws.getCell(row, col), reference.getCell(row, col)];
        expect([got.address, got.isMerged, got.master.address]).toEqual([
          want.address,
          want.isMerged,
          want.master.address,
        ]);
      }
    }
    expect(ws.getCell("E30").master.address).toBe("A30");
    expect(ws.getCell("B35").master.address).toBe("B35");
    expect(ws.getCell("D36").master.address).toBe("B35");
    expect(read.sheets[0].merges).toContainEqual({ top: 30, left: 1, bottom: 33, right: 2 });
  });

  it("refuses merges that overlap, naming both: the file is reported damaged, nothing thrown", async () => {
    const read = await readXlsx(await fileWithMerges(["A1:B2", "C5:D6", "B2:C3"]));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.kind).toBe("damaged");
    expect(read.error.message.en).toContain("Merged cells A1:B2 and B2:C3");
    expect(read.error.message.mn).toContain("A1:B2 ба B2:C3");
  });
});
