import ExcelJS from "exceljs";
import { checkGrid } from "../../src/core/checks";
import { fixAsTyped } from "../../src/core/finding";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import {
  OFFICE_ACTIVITIES,
  OFFICE_LEAD_HEADER,
  OFFICE_YEAR_END_TITLE,
} from "../fixtures/xlsx/office-report";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * The row under an office's report that states the mean of its percentages, labelled as offices
 * label it, the percentages typed as people type them in Excel (fractions shown «0%»). By hand:
 * 150 of 200 = 75%, 4 of 4 = 100%, 10 of 20 = 50%: (75 + 100 + 50) / 3 = 75%.
 */
function report(label: string, stated: number): CellValue[][] {
  return [
    [OFFICE_YEAR_END_TITLE],
    [],
    [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", "Гүйцэтгэлийн хувь"],
    ...OFFICE_ACTIVITIES.map((row, i) => [...row, [0.75, 1, 0.5][i]]),
    [null, label, null, null, null, null, stated],
  ];
}
const FORMATS = { G4: "0%", G5: "0%", G6: "0%", G7: "0%" };

async function checked(label: string, stated: number) {
  const grid = await typedSheet("Биелэлт", report(label, stated), [], FORMATS);
  const check = checkGrid(grid, DEFAULT_SETTINGS);
  if (!check.ok) throw new Error(check.reason.en);
  return check;
}

describe("a report's row of the mean of its percentages", () => {
  it.each(["Дундаж", "Нийт дундаж", "Дундаж хувь", "Дундаж гүйцэтгэл", "Гүйцэтгэлийн дундаж"])(
    "«%s» stating 80% where the mean is 75%: found, the fix 75% in the cell's form",
    async (label) => {
      const check = await checked(label, 0.8);
      const found = check.findings.filter((f) => f.code === "RATING-AGGREGATE");
      expect(found.map((f) => f.cell)).toEqual(["G7"]);
      expect(found[0].fix).toEqual({ cell: "G7", value: 0.75, numberFormat: "0%" });
      expect(fixAsTyped(found[0].fix!)).toBe("75%");
      expect(check.figures.overall).toBe(75);
    },
  );

  it("stating the mean, 75%: nothing is found", async () => {
    const check = await checked("Дундаж хувь", 0.75);
    expect(check.findings).toEqual([]);
  });

  it("«Нийт» alone may sum the levels: not taken for the mean, and not for an activity", async () => {
    const check = await checked("Нийт", 0.8);
    expect(check.findings.filter((f) => f.code === "RATING-AGGREGATE")).toEqual([]);
    expect(check.figures.measures).toBe(3);
    expect(check.figures.overall).toBe(75);
  });

  it("=AVERAGE over percentages past 100%: the capped mean, and why the stated one differs", async () => {
    // 66 of 60 = 110%, capped at 100 by the settings; 3 of 6 = 50%. The person's formulas:
    // =F4/E4 (110%), =F5/E5 (50%) and =AVERAGE(G4:G5), 80%; the mean that counts is 75%.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Биелэлт");
    const rows: CellValue[][] = [
      ...report("Дундаж", 0).slice(0, 3),
      ["1", "Иргэдийг сайн дурын даатгалд хамруулах", "Хамрагдсан иргэдийн тоо", 50, 60, 66],
      ["2", "Сурталчилгаа хийх", "Сурталчилгааны тоо", 4, 6, 3],
      [null, "Дундаж"],
    ];
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    const formulas: [string, string, number][] = [
      ["G4", "F4/E4", 1.1],
      ["G5", "F5/E5", 0.5],
      ["G6", "AVERAGE(G4:G5)", 0.8],
    ];
    for (const [address, formula, result] of formulas) {
      ws.getCell(address).value = { formula, result };
      ws.getCell(address).numFmt = "0%";
    }
    const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(read.error.message.en);
    const check = checkGrid(read.sheets[0], DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const found = check.findings.filter((f) => f.code === "RATING-AGGREGATE");
    expect(found.map((f) => [f.cell, f.severity, fixAsTyped(f.fix!)])).toEqual([
      ["G6", "error", "75%"],
    ]);
    expect(found[0].message.en).toContain("over 100% (G4: 110%) taken as they are (80)");
    expect(found[0].message.mn).toContain("100%-иас давсан хувийг (G4: 110%) хэвээр нь авсан");
    expect(check.figures.overall).toBe(75);
  });
});
