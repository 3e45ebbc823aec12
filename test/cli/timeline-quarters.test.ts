/**
 * Offices' plans given quarter by quarter, through the command line's year (check →
 * report-from-plan → levels typed → compute → check → year-end → next-plan): a timeline a column
 * a quarter («Хэрэгжүүлэх хугацаа (улирлаар)» over «I» | «II» | «III» | «IV», a «+» under each
 * quarter the work falls in), and targets a column a quarter under «Зорилтот түвшин». Their
 * activity columns are headed «Зорилт, арга хэмжээ». Every figure is worked out by hand below.
 */
import * as fs from "fs";
import type ExcelJS from "exceljs";
import * as path from "path";
import { quarterTargetMerges, quarterTargetRows } from "../fixtures/xlsx/quarter-targets";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * Rows as Excel shows them: the title at 1, the header at 3-4, objective 1 at 5, then
 *   6  registrations: baseline 100, target 120, every quarter marked
 *   7  trainings: baseline 4, target 6, marked in II and IV
 *   8  the report: baseline 1, target 1, marked in IV only
 *   9  a visit: baseline 2, target 3, no quarter marked
 */
const PLAN_ROWS = [
  ["НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
  [],
  [
    "Д/д",
    "Зорилт, арга хэмжээ",
    "Шалгуур үзүүлэлт",
    "Суурь түвшин",
    "Зорилтот түвшин",
    "Хэрэгжүүлэх хугацаа (улирлаар)",
    null,
    null,
    null,
    "Хариуцах нэгж",
  ],
  [null, null, null, null, null, "I", "II", "III", "IV", null],
  [null, "Зорилт 1. Нийгмийн даатгалын хамралтыг нэмэгдүүлэх"],
  [
    "1.1",
    "Даатгуулагчийг бүртгэх",
    "Бүртгэсэн даатгуулагчийн тоо",
    100,
    120,
    "+",
    "+",
    "+",
    "+",
    "Бүртгэлийн тасаг",
  ],
  [
    "1.2",
    "Сургалт зохион байгуулах",
    "Сургалтын тоо",
    4,
    6,
    null,
    "+",
    null,
    "+",
    "Сургалтын тасаг",
  ],
  ["1.3", "Тайлан гаргах", "Тайлангийн тоо", 1, 1, null, null, null, "+", "Хэлтэс"],
  ["1.4", "Сумдад ажиллах", "Ажилласан сумын тоо", 2, 3, null, null, null, null, "Хэлтэс"],
];
const PLAN_MERGES = [
  { top: 2, left: 5, bottom: 2, right: 8 },
  ...[0, 1, 2, 3, 4, 9].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
];

let dir: string;
beforeAll(async () => {
  dir = makeTmp("quarters");
  fs.writeFileSync(
    path.join(dir, "plan.xlsx"),
    await typedSheetXlsx("Төлөвлөгөө", PLAN_ROWS, PLAN_MERGES),
  );
});
afterAll(() => removeTmp(dir));

async function checked(file: string) {
  const r = await run(["check", file, "--json"], dir);
  return parseCheckJson(r.stdout).sheets[0];
}

/** `cells` typed into the sheet `ws` of `wb` as a person types them, saved, computed, checked. */
async function typedComputed(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  cells: Record<string, number>,
  name: string,
) {
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(path.join(dir, `${name}-typed.xlsx`));
  const done = `${name}-done.xlsx`;
  expect((await run(["compute", `${name}-typed.xlsx`, "-o", done], dir)).code).toBe(0);
  return checked(done);
}

describe("a timeline marked quarter by quarter through the year's steps", () => {
  it("the plan is an office's plan; only the activity with no quarter marked lacks a timeline", async () => {
    const sheet = await checked("plan.xlsx");
    expect(sheet.template).toBe("org-plan");
    // Before, the timeline was read from «I» alone: 1.2 and 1.3 had «no timeline» too.
    expect(sheet.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["STRUCT-EMPTY F9"]);
    expect(sheet.figures.measures).toBe(4);
  });

  it("the half-year report keeps the quarters; levels typed, it computes 110 of 120, 3 of 6, 1 of 1, 2 of 3", async () => {
    const made = await run(["report-from-plan", "plan.xlsx", "-o", "half.xlsx"], dir);
    expect(made.code).toBe(0);
    const wb = await loadXlsx(path.join(dir, "half.xlsx"));
    const ws = wb.getWorksheet("Биелэлт")!;
    // The level reached and its % come after the target; the quarters and their marks follow.
    expect(["F3", "G3", "H4", "K4", "I7", "K7"].map((a) => ws.getCell(a).text)).toEqual([
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
      "I",
      "IV",
      "+",
      "+",
    ]);
    const sheet = await typedComputed(wb, ws, { F6: 110, F7: 3, F8: 1, F9: 2 }, "half");
    expect(sheet.template).toBe("org-report");
    // 110 / 120 = 91.67, 3 / 6 = 50, 1 / 1 = 100, 2 / 3 = 66.67:
    // (91.67 + 50 + 100 + 66.67) / 4 = 77.08 → 77.1.
    expect(sheet.figures.overall).toBe(77.1);
    // A report has no timeline to check: nothing is found once Compute has filled the %.
    expect(sheet.findings).toEqual([]);
  });

  it("next year's plan keeps the quarters and reads as an office's plan again", async () => {
    expect((await run(["year-end", "half-done.xlsx", "-o", "year.xlsx"], dir)).code).toBe(0);
    const wb = await loadXlsx(path.join(dir, "year.xlsx"));
    const ws = wb.worksheets.find((w) => w.state === "visible" && /Жилийн/.test(w.name))!;
    // The half-year's levels kept at F, the year's typed at G: 125 of 120 (capped at 100),
    // 6 of 6, 1 of 1, 3 of 3.
    expect([ws.getCell("F3").text, ws.getCell("G3").text]).toEqual([
      "Эхний хагас жилд хүрсэн",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
    ]);
    const year = await typedComputed(wb, ws, { G6: 125, G7: 6, G8: 1, G9: 3 }, "year");
    expect(year.figures.overall).toBe(100);
    expect((await run(["next-plan", "year-done.xlsx", "-o", "next.xlsx"], dir)).code).toBe(0);
    const next = await checked("next.xlsx");
    expect(next.template).toBe("org-plan");
    // The targets are left for the planner (VALUE-MISSING); the quarters are the plan's own
    // columns again, their marks kept, and 1.4 still has none marked.
    expect(next.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      "VALUE-MISSING E6",
      "VALUE-MISSING E7",
      "VALUE-MISSING E8",
      "VALUE-MISSING E9",
      "STRUCT-EMPTY F9",
    ]);
    const plan = (await loadXlsx(path.join(dir, "next.xlsx"))).worksheets[0];
    // The year's levels reached are next year's baselines.
    expect([6, 7, 8, 9].map((r) => plan.getCell(`D${r}`).value)).toEqual([125, 6, 1, 3]);
    expect(["F4", "I4", "G7", "I8"].map((a) => plan.getCell(a).text)).toEqual([
      "I",
      "IV",
      "+",
      "+",
    ]);
  });
});

/*
 * Targets given quarter by quarter under one «Зорилтот түвшин», each the level to reach by the
 * quarter's end: the half-year report is measured against II's, the year-end against IV's.
 */
const TARGET_ROWS = quarterTargetRows(
  "НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
  ["Хариуцах нэгж"],
  [["Бүртгэлийн тасаг"], ["Сургалтын тасаг"]],
);
const TARGET_MERGES = quarterTargetMerges(1);

describe("targets given quarter by quarter through the year's steps", () => {
  beforeAll(async () =>
    fs.writeFileSync(
      path.join(dir, "targets.xlsx"),
      await typedSheetXlsx("Төлөвлөгөө", TARGET_ROWS, TARGET_MERGES),
    ),
  );

  it("the plan reads IV's targets as the year's, and says so; «1 | Зорилт 1.» heads 1.1 and 1.2", async () => {
    const r = await run(["check", "targets.xlsx", "--lang", "en"], dir);
    expect(r.stdout).toContain("Targets read from the year's column «IV улирал»");
    const sheet = await checked("targets.xlsx");
    // 120 > 100 and 4 > 2: no target falls (I's 30 and 1 did, read as the target before).
    expect(sheet.findings).toEqual([]);
    expect(sheet.figures.objectives.map((o) => [o.label, o.measures])).toEqual([["Зорилт 1.", 2]]);
  });

  it("the half-year report against II's: 45 of 60 and 2 of 2 is 87.5; the year-end against IV's: 96 of 120 and 3 of 4 is 77.5", async () => {
    expect(
      (
        await run(
          ["report-from-plan", "targets.xlsx", "-o", "t-half.xlsx", "--period", "half"],
          dir,
        )
      ).code,
    ).toBe(0);
    const half = await loadXlsx(path.join(dir, "t-half.xlsx"));
    const hs = half.getWorksheet("Биелэлт")!;
    // The quarters stay where they were; the level reached and its % come after IV.
    expect(["H4", "I3", "J3"].map((a) => hs.getCell(a).text)).toEqual([
      "IV улирал",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ]);
    const halfSheet = await typedComputed(half, hs, { I6: 45, I7: 2 }, "t-half");
    expect(halfSheet.targetPeriod).toBe("half");
    // 45 / 60 = 75, 2 / 2 = 100: (75 + 100) / 2 = 87.5.
    expect(halfSheet.figures.overall).toBe(87.5);
    expect(halfSheet.findings).toEqual([]);

    expect((await run(["year-end", "t-half-done.xlsx", "-o", "t-year.xlsx"], dir)).code).toBe(0);
    const year = await loadXlsx(path.join(dir, "t-year.xlsx"));
    const ys = year.getWorksheet("Жилийн эцсийн биелэлт")!;
    // The half-year's levels are kept beside (I), the year's typed after them (J).
    expect([ys.getCell("I4").text, ys.getCell("I6").value]).toEqual([
      "Эхний хагас жилд хүрсэн",
      45,
    ]);
    const yearSheet = await typedComputed(year, ys, { J6: 96, J7: 3 }, "t-year");
    expect(yearSheet.targetPeriod).toBe("year");
    // 96 / 120 = 80, 3 / 4 = 75: (80 + 75) / 2 = 77.5.
    expect(yearSheet.figures.overall).toBe(77.5);
  });

  it("next year's plan leaves every quarter's target to the planner, not only II's and IV's", async () => {
    expect((await run(["next-plan", "t-year-done.xlsx", "-o", "t-next.xlsx"], dir)).code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "t-next.xlsx"))).worksheets[0];
    // Before, I's 30 and 1 and III's 90 and 3 stayed as next year's targets.
    expect(["E4", "H4"].map((a) => ws.getCell(a).text)).toEqual(["I улирал", "IV улирал"]);
    expect(
      [6, 7].map((r) => ["D", "E", "F", "G", "H"].map((c) => ws.getCell(`${c}${r}`).value)),
    ).toEqual([
      [96, null, null, null, null],
      [3, null, null, null, null],
    ]);
  });
});
