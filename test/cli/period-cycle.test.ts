/**
 * A plan whose targets are given for the half-year and the year under one «Зорилтот түвшин»,
 * through the command line's year: report-from-plan → levels typed → compute → check →
 * year-end → levels typed → compute → check → next year's plan, and `--period`. Every figure is
 * worked out by hand below.
 */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { consolidate } from "../../src/core/summary/consolidate";
import { readUnitFile, storedSettings } from "../../src/workbook/xlsx/units";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * The plan (rows as Excel shows them): the title at 1, the header at 3-4, three activities:
 *   5  a count: baseline 4, half-year 3, year 6
 *   6  trainings: baseline 2, half-year «-», year 4
 *   7  revenue in millions: baseline 1000, half-year 550, year 1100
 */
const PLAN_ROWS = [
  ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
  [],
  [
    "Д/д",
    "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
    "Шалгуур үзүүлэлт",
    "Суурь түвшин",
    "Зорилтот түвшин",
    null,
    "Хариуцах нэгж",
  ],
  [null, null, null, null, "Хагас жил", "Жилийн эцэс", null],
  [
    "1.",
    "Сайн дураар даатгуулагчдыг нэмэгдүүлэх",
    "Сайн дураар даатгуулагчийн тоо",
    4,
    3,
    6,
    "Хамралтын хэлтэс",
  ],
  ["2.", "Сургалт зохион байгуулах", "Сургалтын тоо", 2, "-", 4, "Хамралтын хэлтэс"],
  [
    "3.",
    "Шимтгэлийн орлогыг нэмэгдүүлэх",
    "Шимтгэлийн орлого, сая төгрөг",
    1000,
    550,
    1100,
    "Хамралтын хэлтэс",
  ],
];
const PLAN_MERGES = [
  { top: 2, left: 4, bottom: 2, right: 5 },
  ...[0, 1, 2, 3, 6].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
];

let dir: string;
beforeAll(async () => {
  dir = makeTmp("period");
  fs.writeFileSync(
    path.join(dir, "plan.xlsx"),
    await typedSheetXlsx("Төлөвлөгөө", PLAN_ROWS, PLAN_MERGES),
  );
});
afterAll(() => removeTmp(dir));

/** Types `cells` (A1 address → value) into the sheet `sheet` of `from`, saved as `to`. */
async function typeInto(
  from: string,
  to: string,
  sheet: string,
  cells: Record<string, string | number>,
) {
  const wb = await loadXlsx(path.join(dir, from));
  const ws = wb.getWorksheet(sheet)!;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(path.join(dir, to));
}

async function checked(file: string, ...flags: string[]) {
  const r = await run(["check", file, "--json", ...flags], dir);
  return parseCheckJson(r.stdout).sheets[0];
}

describe("targets for the half-year and the year through the year's steps", () => {
  it("the plan reads the year's targets and says so", async () => {
    const r = await run(["check", "plan.xlsx", "--lang", "en"], dir);
    expect(r.stdout).toContain(
      "Targets read from the year's column «Жилийн эцэс» (the first half-year's with --period half).",
    );
    // 6 > 4, 4 > 2, 1100 > 1000: every target grows (the half-year's 3 and 550 are no fall).
    expect(r.stdout).not.toContain("VALUE-DIRECTION");
  });

  it("the half-year report is measured against the half-year's targets: 95.5", async () => {
    const made = await run(
      ["report-from-plan", "plan.xlsx", "-o", "half.xlsx", "--period", "half"],
      dir,
    );
    expect(made.code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "half.xlsx"))).getWorksheet("Биелэлт")!;
    // The level reached and its % come after the two targets, not between them.
    expect([ws.getCell("E4").text, ws.getCell("F4").text, ws.getCell("G3").text]).toEqual([
      "Хагас жил",
      "Жилийн эцэс",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
    ]);
    await typeInto("half.xlsx", "half-typed.xlsx", "Биелэлт", { G5: 3, G6: "-", G7: 500 });
    expect((await run(["compute", "half-typed.xlsx", "-o", "half-done.xlsx"], dir)).code).toBe(0);
    const sheet = await checked("half-done.xlsx");
    expect(sheet.targetPeriod).toBe("half");
    // 3 of 3 = 100; the trainings not due («-»); 500 of 550 = 90.909…: (100 + 90.909) / 2 = 95.45 → 95.5.
    expect(sheet.figures.overall).toBe(95.5);
    const text = await run(["check", "half-done.xlsx"], dir);
    expect(text.stdout).toContain("Зорилтот түвшинг эхний хагас жилийн «Хагас жил» баганаас уншив");
    // Read as year-end instead: 3 of 6 = 50 and 500 of 1100 = 45.45…, against the stated 100% and 90.9%.
    const asYear = await checked("half-done.xlsx", "--period", "year");
    expect(asYear.targetPeriod).toBe("year");
    expect(asYear.findings.filter((f) => f.code === "CALC-MISMATCH").map((f) => f.cell)).toEqual([
      "H5",
      "H7",
    ]);
  });

  it("a period asked for when computing is how the file is read from then on", async () => {
    const made = await run(
      ["compute", "half-typed.xlsx", "-o", "half-as-year.xlsx", "--period", "year"],
      dir,
    );
    expect(made.code).toBe(0);
    // Checked with no --period: still the year's targets. 3 of 6 = 50; the trainings not due
    // («-»); 500 of 1100 = 45.45…: (50 + 45.45) / 2 = 47.7, and Compute's figures agree.
    const sheet = await checked("half-as-year.xlsx");
    expect(sheet.targetPeriod).toBe("year");
    expect(sheet.figures.overall).toBe(47.7);
    expect(sheet.findings.filter((f) => f.code === "CALC-MISMATCH")).toEqual([]);
    // A flag still comes first: read as the half-year's, the year's figures are mismatches.
    const asHalf = await checked("half-as-year.xlsx", "--period", "half");
    expect(asHalf.targetPeriod).toBe("half");
    expect(asHalf.findings.filter((f) => f.code === "CALC-MISMATCH").map((f) => f.cell)).toEqual([
      "H5",
      "H7",
    ]);

    // Consolidated, the office's report counts as it reads it (47.7, not 95.5), and keeps the
    // choice with its copy. (Read as `consolidate` reads each file, in this process.)
    const bytes = fs.readFileSync(path.join(dir, "half-as-year.xlsx"));
    const units = await readUnitFile(bytes, storedSettings(DEFAULT_SETTINGS));
    if (!units.ok) throw new Error(units.reason.en);
    expect(units.sheets.map((s) => s.when)).toEqual([{ year: undefined, period: "year" }]);
    const table = consolidate([{ unit: "Багахангай", figures: units.sheets[0].figures }]);
    expect(table.units[0].total.value).toBe(47.7);
  });

  it("the year-end report is measured against the year's: 94.4; next year's plan starts from it", async () => {
    expect((await run(["year-end", "half-done.xlsx", "-o", "year.xlsx"], dir)).code).toBe(0);
    const sheetName = "Жилийн эцсийн биелэлт";
    // The half-year's levels are kept in a column of their own (G); the year's go into H.
    await typeInto("year.xlsx", "year-typed.xlsx", sheetName, { H5: 5, H6: 4, H7: 1100 });
    expect((await run(["compute", "year-typed.xlsx", "-o", "year-done.xlsx"], dir)).code).toBe(0);
    const sheet = await checked("year-done.xlsx");
    expect(sheet.targetPeriod).toBe("year");
    // 5 of 6 = 83.33; 4 of 4 = 100; 1100 of 1100 = 100: (83.33 + 100 + 100) / 3 = 94.44 → 94.4.
    expect(sheet.figures.overall).toBe(94.4);
    expect(sheet.findings).toEqual([]);
    expect((await run(["next-plan", "year-done.xlsx", "-o", "next.xlsx"], dir)).code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "next.xlsx"))).getWorksheet("Төлөвлөгөө 2027")!;
    // The levels reached are the new baselines; both targets are left for the planner.
    const row = (r: number) => ["D", "E", "F"].map((c) => ws.getCell(`${c}${r}`).value);
    expect([row(5), row(6), row(7)]).toEqual([
      [5, null, null],
      [4, null, null],
      [1100, null, null],
    ]);
  });

  it("says which period's levels reached it read, where the table gives both", async () => {
    const rows = [
      ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ"],
      [],
      [...PLAN_ROWS[2].slice(0, 4), "Зорилтот түвшин", "Хүрсэн түвшин", null],
      [null, null, null, null, null, "Хагас жил", "Жилийн эцэс"],
      [
        "1.",
        "Сайн дураар даатгуулагчдыг нэмэгдүүлэх",
        "Сайн дураар даатгуулагчийн тоо",
        4,
        6,
        3,
        6,
      ],
    ];
    const merges = [
      { top: 2, left: 5, bottom: 2, right: 6 },
      ...[0, 1, 2, 3, 4].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ];
    fs.writeFileSync(path.join(dir, "reached.xlsx"), await typedSheetXlsx("Биелэлт", rows, merges));
    const text = await run(["check", "reached.xlsx", "--lang", "en"], dir);
    expect(text.stdout).toContain("Levels reached read from the year-end's column «Жилийн эцэс»");
    // 6 of 6 by the year's end: 100; by the half-year, 3 of 6 = 50.
    expect((await checked("reached.xlsx")).figures.overall).toBe(100);
    const half = await checked("reached.xlsx", "--period", "half");
    expect([half.achievedPeriod, half.figures.overall]).toEqual(["half", 50]);
  });

  it("refuses a period that is not one, in both languages", async () => {
    const bad = await run(["check", "plan.xlsx", "--period", "quarter"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("«--period» сонголтын утга «quarter» буруу байна");
    expect(bad.stderr).toContain("«--period» cannot be «quarter»");
  });
});
