import type { SheetModel } from "../../src/core/sheet";
import { createMemoryExcel, emptyWorkbook, sheetNamed } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";

/*
 * Office.js sends each new proxy as an object path and an Instantiate action and each property
 * set as a record of its own: many small actions cost 2–3 times their values. The in-memory
 * Excel counts requests that way; 20,000 hyperlinks (a findings sheet of a large report) once
 * went out in one request of about 8 MB, which Excel on the web refuses at 5 MB.
 */

const MB5 = 5 * 1024 * 1024;

/** A findings sheet of `n` rows, each linked to the cell it is about. */
function linkedFindings(n: number): SheetModel {
  const values: (string | number)[][] = [["Хуудас", "Нүд", "Алдаа"]];
  const links: NonNullable<SheetModel["links"]> = [];
  for (let i = 1; i <= n; i++) {
    const cell = `H${i + 10}`;
    values.push(["Биелэлт", cell, `Гүйцэтгэлийн хувь ${i}% гэж бичсэн, тооцоход ${i + 1}% байна`]);
    links.push({ row: i, col: 1, sheet: "Биелэлт", cell });
  }
  return { name: "Шалгалтын дүн", values, links };
}

describe("requests counted as Office.js sends them", () => {
  it.each(["windows", "mac", "web"] as const)(
    "on %s, 20,000 hyperlinks are written in requests under 5 MB, none refused",
    async (host) => {
      const excel = createMemoryExcel(emptyWorkbook(), { host });
      const written = await new OfficeWorkbook(excel).writeNewSheet(linkedFindings(20_000));
      expect(Math.max(...excel.stats.bytesPerSync)).toBeLessThan(MB5);
      const sheet = sheetNamed(excel.workbook, written.name)!;
      expect(sheet.cells.B20001.hyperlink).toEqual({
        documentReference: "'Биелэлт'!H20010",
        textToDisplay: "H20010",
      });
    },
  );

  it("a request Excel refuses as too large is sent again in halves, and everything is written", async () => {
    // A host whose limit is far below the adapter's estimate per sync.
    const excel = createMemoryExcel(emptyWorkbook(), { requestLimit: 1024 * 1024 });
    const written = await new OfficeWorkbook(excel).writeNewSheet(linkedFindings(5_000));
    const sheet = sheetNamed(excel.workbook, written.name)!;
    expect(sheet.cells.B5001.hyperlink?.documentReference).toBe("'Биелэлт'!H5010");
    expect(sheet.cells.C5001.value).toBe(
      "Гүйцэтгэлийн хувь 5000% гэж бичсэн, тооцоход 5001% байна",
    );
    // Some requests were refused (counted, over 1 MB) and their halves went through.
    expect(excel.stats.bytesPerSync.some((b) => b > 1024 * 1024)).toBe(true);
  });
});
