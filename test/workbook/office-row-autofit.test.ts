import type { SheetModel } from "../../src/core/sheet";
import { createMemoryExcel, emptyWorkbook, sheetNamed } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";

/*
 * A new workbook's body font is Aptos Narrow 11 in Microsoft 365 on Windows and the web, and 12
 * points in Excel for Mac. The writer's height estimate is made for Calibri 11, so on a Mac a
 * long wrapped text got lines of 15 points where Excel draws them 16.4 high: the last line cut
 * off. Where no merged cell decides a row, the writer now lets Excel fit it in its own font;
 * where one does (Excel's AutoFit passes over merged cells), the estimate stays.
 */

const TEXT = "нийгмийн даатгал ".repeat(20).slice(0, 200);

/** Row 1: the text in A alone (40 characters wide); row 2: the text in A2:B2 merged (40 + 10). */
const model: SheetModel = {
  name: "Урт мөр",
  values: [[TEXT], [TEXT, null]],
  merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
  columnWidths: [40, 10],
  styles: [{ range: { top: 0, left: 0, bottom: 1, right: 1 }, style: { wrap: true } }],
};

async function heightsOn(host: "windows" | "mac" | "web"): Promise<number[]> {
  const excel = createMemoryExcel(emptyWorkbook(), { host });
  const written = await new OfficeWorkbook(excel).writeNewSheet(model);
  const sheet = sheetNamed(excel.workbook, written.name)!;
  return [sheet.rowHeights[0], sheet.rowHeights[1]];
}

describe("row heights of a new sheet in the host's body font", () => {
  // The estimate: 200 characters × 1.1 over 95% of the width in characters per line.
  // A alone, 11 points: 220 / 38 → 6 lines × 15 + 2 = 92 points.
  // A alone, 12 points (the width holds 40 × 11/12 characters): 220 / 34.83 → 7 lines × 15 × 12/11
  //   + 2 = 116.5 points (to a quarter point).
  // A:B merged, the estimate on every host: 220 / 47.5 → 5 lines × 15 + 2 = 77 points.
  test.each([
    ["windows", 92],
    ["web", 92],
    ["mac", 116.5],
  ] as const)(
    "on %s a text in a cell of its own gets the height Excel fits: %d points",
    async (host, fitted) => {
      const [alone, merged] = await heightsOn(host);
      expect(alone).toBe(fitted);
      expect(merged).toBe(77);
    },
  );
});

describe("the in-memory Excel's Range.format.autofitRows", () => {
  test("passes over merged cells and stops at Excel's tallest row, 409 points", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), { host: "mac" });
    await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      sheet.getRange("A1:C2").values = [
        [TEXT.repeat(10), null, null],
        ["богино", TEXT, null],
      ];
      sheet.getRange("A1:C2").format.wrapText = true;
      sheet.getRange("B2:C2").merge();
      sheet.getRange("A1:C2").format.autofitRows();
      await context.sync();
    });
    const sheet = sheetNamed(excel.workbook, "S")!;
    // Row 1: 2,000 characters in 8.43 characters: far past 409. Row 2: "богино" is one line of
    // 12 points (15 × 12/11 + 2 = 18.4 → 18.25 to a quarter point); the merged text is passed over.
    expect(sheet.rowHeights[0]).toBe(409);
    expect(sheet.rowHeights[1]).toBe(18.25);
  });
});
