import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { TEMPLATES } from "../../src/core/templates";
import {
  readUnits,
  writeConsolidation,
  type PickedFile,
} from "../../src/taskpane/actions/consolidate";
import { Journal } from "../../src/taskpane/failure";
import { sheetNamed } from "../../src/workbook/memory/model";
import { loadXlsx, makeTmp, removeTmp, run } from "../cli/helpers";
import { fakeWorkbook, reportGrid } from "./workbook";

const REPORT_HEADERS = TEMPLATES["org-report"].columns.map((c) => c.header);
const PLAN_HEADERS = TEMPLATES["org-plan"].columns.map((c) => c.header);

/** A report's measure of 10 people to reach, its fulfilment as a person types it ("90%"). */
const measure = (number: string, achieved: string, fulfilment: string): string[] => [
  number,
  `Арга хэмжээ ${number}: иргэдийг даатгалд хамруулах`,
  "-",
  "Хамрагдсан иргэний тоо",
  "5",
  "10",
  achieved,
  fulfilment,
];
const blank = (number: string) => measure(number, "", "");

function report(title: string, rows: string[][]): string[][] {
  return [[title], REPORT_HEADERS, REPORT_HEADERS.map((_, i) => String(i + 1)), ...rows];
}

const O1 = "Зорилт 1. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх";
const O2 = "Зорилт 2. Өр барагдуулалт";

/*
 * Four offices, worked by hand:
 *   Дархан-Уул 1.1 90, 1.2 100 | 2.1 80: 270 / 3 = 90
 *   Дорноговь  1.1 100, 1.2 80 | 2.1 90: 270 / 3 = 90 (its file also holds the plan: not a unit)
 *   Дундговь   1.1 70 | 2.1 "-" not due: 70
 *   Завхан     1.1, 1.2 blank | 2.1 100: 100 over 1 of 3 measures, incomplete
 * Ranking: Дархан-Уул 1, Дорноговь 1, Дундговь 3, then Завхан 4.
 */
const OFFICES: { office: string; sheets: { name: string; rows: string[][] }[] }[] = [
  {
    office: "Дархан-Уул",
    sheets: [
      {
        name: "Биелэлт",
        rows: report("ДАРХАН-УУЛ АЙМГИЙН НДХ-ИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ", [
          [O1],
          measure("1.1.", "9", "90%"),
          measure("1.2.", "10", "100%"),
          [O2],
          measure("2.1.", "8", "80%"),
        ]),
      },
    ],
  },
  {
    office: "Дорноговь",
    sheets: [
      {
        name: "Төлөвлөгөө",
        rows: [
          ["ДОРНОГОВЬ АЙМГИЙН НДХ-ИЙН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
          PLAN_HEADERS,
          PLAN_HEADERS.map((_, i) => String(i + 1)),
          [O1],
          ["1.1.", "Иргэдийг даатгалд хамруулах", "-", "Хамрагдсан иргэний тоо", "5", "10"],
        ],
      },
      {
        name: "Биелэлт",
        rows: report("ДОРНОГОВЬ АЙМГИЙН НДХ-ИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ", [
          [O1],
          measure("1.1.", "10", "100%"),
          measure("1.2.", "8", "80%"),
          [O2],
          measure("2.1.", "9", "90%"),
        ]),
      },
    ],
  },
  {
    office: "Дундговь",
    sheets: [
      {
        name: "Биелэлт",
        rows: report("ДУНДГОВЬ АЙМГИЙН НДХ-ИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ", [
          [O1],
          measure("1.1.", "7", "70%"),
          [O2],
          measure("2.1.", "Хугацаа болоогүй", "-"),
        ]),
      },
    ],
  },
  {
    office: "Завхан",
    sheets: [
      {
        name: "Биелэлт",
        rows: report("ЗАВХАН АЙМГИЙН НДХ-ИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ", [
          [O1],
          blank("1.1."),
          blank("1.2."),
          [O2],
          measure("2.1.", "10", "100%"),
        ]),
      },
    ],
  },
];

/** Type a sheet as a person does: "90%" becomes 0.9 in a "0%" cell, everything else text. */
function typeIn(ws: ExcelJS.Worksheet, rows: string[][]): void {
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      const percent = /^(\d+)%$/.exec(text);
      cell.value = percent ? Number(percent[1]) / 100 : text;
      if (percent) cell.numFmt = "0%";
    }),
  );
}

/** A sheet's non-empty cells by address, links as their text, a merged area once. */
function xlsxCells(ws: ExcelJS.Worksheet): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      const value = v !== null && typeof v === "object" && "text" in v ? String(v.text) : v;
      if (value !== null && value !== "") cells[cell.address] = value as CellValue;
    }),
  );
  return cells;
}

let dir: string;
const files = OFFICES.map((o) => `${o.office}.xlsx`);

beforeAll(async () => {
  dir = makeTmp("pane-consolidate");
  for (const [i, o] of OFFICES.entries()) {
    const wb = new ExcelJS.Workbook();
    for (const s of o.sheets) typeIn(wb.addWorksheet(s.name), s.rows);
    await wb.xlsx.writeFile(path.join(dir, files[i]));
  }
});
afterAll(() => removeTmp(dir));

const picked = (file: string): PickedFile => ({
  name: file,
  arrayBuffer: async () => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
});

describe("consolidating files in the task pane", () => {
  it("writes the same consolidation and findings sheets as the command line", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const units = await readUnits(files.map(picked), DEFAULT_SETTINGS);
    if (!units) throw new Error("not stopped, so the units are read");
    // The plan beside Дорноговь's report is not a unit; each unit carries its findings.
    expect(units.map((u) => u.unit)).toEqual(OFFICES.map((o) => o.office));
    expect(units.find((u) => u.unit === "Завхан")?.findings?.length).toBeGreaterThan(0);

    const { written, consolidation } = await writeConsolidation(
      book.port,
      units,
      "mn",
      new Journal(),
    );
    expect(written).toEqual(["Нэгтгэл", "Шалгалтын дүн"]);
    expect(consolidation.ranking.map((u) => [u.rank, u.unit, u.total.value, u.complete])).toEqual([
      [1, "Дархан-Уул", 90, true],
      [1, "Дорноговь", 90, true],
      [3, "Дундговь", 70, true],
      [4, "Завхан", 100, false],
    ]);

    const cli = await run(["consolidate", ...files, "-o", "all.xlsx"], dir);
    expect(cli.stderr).toBe("");
    const out = await loadXlsx(path.join(dir, "all.xlsx"));
    for (const name of written) {
      const pane = sheetNamed(book.excel.workbook, name);
      if (!pane) throw new Error(`the pane wrote no sheet ${name}`);
      const paneCells = Object.fromEntries(
        Object.entries(pane.cells)
          .filter(([, c]) => c.value !== undefined && c.value !== null && c.value !== "")
          .map(([address, c]) => [address, c.value as CellValue]),
      );
      expect(Object.keys(paneCells).length).toBeGreaterThan(20);
      expect([name, paneCells]).toEqual([name, xlsxCells(out.getWorksheet(name)!)]);
      // The units' sheets are not in this workbook: no finding links to one.
      expect(Object.values(pane.cells).filter((c) => c.hyperlink)).toEqual([]);
    }
    const total = Object.values(sheetNamed(book.excel.workbook, "Нэгтгэл")!.cells).map(
      (c) => c.value,
    );
    expect(total).toContain("Нэгжийн дүн (дутуу: 3 арга хэмжээний 2 нь үнэлгээгүй)");
  });
});
