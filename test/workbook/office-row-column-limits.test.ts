import { checkGrid } from "../../src/core/checks";
import type { CellValue, Grid } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findingsSheet, sheetModelProblems } from "../../src/core/summary";
import { createMemoryExcel, emptyWorkbook, sheetNamed } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { seed003 } from "../fixtures/seeds/seed003";

/*
 * Excel's rows stop at 409 points and Excel refuses a taller height. A 1,000-character activity
 * quoted whole in a fix of the findings sheet's 40-character column needs 25+ lines: 437 points
 * and more, which the in-memory Excel now refuses as Excel does.
 */

/** Seed 003's plan with its first long activity written out to 1,000 characters, a Latin «a» in it. */
function planWithLongActivity(): { grid: Grid; cell: string } {
  const cells = seed003.cells.map((row) => [...row]) as CellValue[][];
  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      const v = cells[r][c];
      if (typeof v === "string" && v.length > 60 && /^[А-ЯӨҮ]/.test(v) && r > 15) {
        let long = `${v} Үүнд: шaлгуур (a Latin «a») `;
        while (long.length < 1000) long += "нийгмийн даатгалын үйлчилгээг иргэдэд хүргэх ";
        cells[r][c] = long.slice(0, 1000);
        return { grid: { ...seed003, cells }, cell: `${String.fromCharCode(65 + c)}${r + 1}` };
      }
    }
  }
  throw new Error("seed 003 has no long activity");
}

describe("row heights within Excel's 409 points", () => {
  it("the in-memory Excel refuses a row taller than 409 points, as Excel does", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    await expect(
      excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.add("S").getRange("A1").format.rowHeight = 437;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each(["windows", "mac", "web"] as const)(
    "on %s, the findings sheet of a plan with a 1,000-character activity is written, its rows at most 409 points",
    async (host) => {
      const { grid, cell } = planWithLongActivity();
      const check = checkGrid(grid, DEFAULT_SETTINGS);
      const long = check.findings.filter((f) => f.cell === cell && f.fix);
      // The Latin «a» is a TEXT finding whose fix is the whole corrected 1,000-character text.
      expect(long.length).toBeGreaterThan(0);
      expect(String(long[0].fix?.value).length).toBeGreaterThanOrEqual(1000);
      const model = findingsSheet(
        [{ sheet: grid.sheet ?? "Төлөвлөгөө", findings: check.findings }],
        "mn",
      );
      expect(sheetModelProblems(model)).toEqual([]);
      expect(Math.max(...model.rowHeights!.map((h) => h ?? 0))).toBe(409);
      const excel = createMemoryExcel(emptyWorkbook(), { host });
      const written = await new OfficeWorkbook(excel).writeNewSheet(model);
      const sheet = sheetNamed(excel.workbook, written.name)!;
      expect(Math.max(...Object.values(sheet.rowHeights))).toBe(409);
    },
  );
});

describe("column widths within Excel's 255 characters", () => {
  it("a model's wider column is written at 255 characters, which the in-memory Excel takes", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    const model = { name: "S", values: [["a", "b"]], columnWidths: [300, 20] };
    const written = await new OfficeWorkbook(excel).writeNewSheet(model);
    const widths = sheetNamed(excel.workbook, written.name)!.columnWidths;
    // 255 characters: (255 × 7 + 5) pixels × 0.75 = 1,342.5 points; 20: (140 + 5) × 0.75 = 108.75.
    expect([widths[0], widths[1]]).toEqual([1342.5, 108.75]);
  });

  it("the in-memory Excel refuses a wider one", async () => {
    const excel = createMemoryExcel(emptyWorkbook());
    await expect(
      excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.add("S").getRange("A1").format.columnWidth = 1500;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
