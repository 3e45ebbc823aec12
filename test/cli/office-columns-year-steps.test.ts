/**
 * The year's steps (year-end, next year's plan) from offices' reports whose columns are their
 * own, through the command line: targets given for 2023 and 2024 under one «Хүрэх түвшин» (set
 * for years ahead: each kept; said where next year has no column), levels and targets named by
 * year («2023 оны гүйцэтгэл», «2024 оны зорилт»: named for next year), levels reached per
 * half-year and year (the half-year's kept where they are at year-end; both go from the plan),
 * and levels written with their percentage or as done of planned beside them (the level alone
 * carried). Every figure is worked out by hand below.
 */
import * as fs from "fs";
import * as path from "path";
import { INDICATOR_PLAN_TITLE, indicatorPlanXlsx } from "../fixtures/xlsx/indicator-plan";
import { PERCENT_BESIDE_LEVEL } from "../fixtures/xlsx/percent-beside-level";
import { OFFICE_LEAD_HEADER } from "../fixtures/xlsx/office-report";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { yearNamedReportXlsx } from "../fixtures/xlsx/year-named-report";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = makeTmp("next-plan-columns");
  for (const year of [2023, 2024]) {
    const title = INDICATOR_PLAN_TITLE.replace("{year}", String(year));
    fs.writeFileSync(path.join(dir, `plan-${year}.xlsx`), await indicatorPlanXlsx(title));
  }
});
afterAll(() => removeTmp(dir));

/** The plan of `year` through its year-end report, 6750 and 1260 reached, to next year's plan. */
async function nextPlanOf(year: number) {
  const plan = `plan-${year}.xlsx`;
  const report = `report-${year}.xlsx`;
  expect((await run(["report-from-plan", plan, "-o", report, "--period", "year"], dir)).code).toBe(
    0,
  );
  const wb = await loadXlsx(path.join(dir, report));
  const ws = wb.getWorksheet("Биелэлт")!;
  // The plan's columns as they stand (it has no activities' column, nor has the report): the
  // level reached and its % come after the two years' targets (F), at G and H.
  expect([ws.getCell("E4").text, ws.getCell("F4").text, ws.getCell("G3").text]).toEqual([
    "2023",
    "2024",
    "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  ]);
  ws.getCell("G5").value = 6750;
  ws.getCell("G6").value = 1260;
  await wb.xlsx.writeFile(path.join(dir, `typed-${year}.xlsx`));
  expect((await run(["compute", `typed-${year}.xlsx`, "-o", `done-${year}.xlsx`], dir)).code).toBe(
    0,
  );
  const made = await run(["next-plan", `done-${year}.xlsx`, "-o", `next-${year}.xlsx`], dir);
  expect(made.code).toBe(0);
  return made;
}

describe("next year's plan of a plan with targets by year", () => {
  it("keeps every year's targets, the levels reached become the baselines, and 2024's targets are read", async () => {
    const made = await nextPlanOf(2023);
    expect(made.stdout + made.stderr).not.toContain("2024 оных алга");
    const ws = (await loadXlsx(path.join(dir, "next-2023.xlsx"))).worksheets[0];
    // Baseline, 2023's and 2024's targets, as the plan set them.
    expect([5, 6].map((r) => ["D", "E", "F"].map((c) => ws.getCell(`${c}${r}`).value))).toEqual([
      [6750, 6664, 6900],
      [1260, 1250, 1300],
    ]);
    const sheet = parseCheckJson((await run(["check", "next-2023.xlsx", "--json"], dir)).stdout)
      .sheets[0];
    expect(sheet.template).toBe("org-plan");
    expect(sheet.targetYear).toBe(2024);
    // 6900 > 6750 and 1300 > 1260: no target is missing or falls below its new baseline.
    expect(sheet.findings.filter((f) => f.code.startsWith("VALUE-"))).toEqual([]);
  });

  it("says where the table has no column for the year the new plan is for", async () => {
    const made = await nextPlanOf(2024);
    expect(made.stdout + made.stderr).toContain(
      "Хүснэгтэд 2023, 2024 оны зорилтот түвшин байна, 2025 оных алга",
    );
  });
});

/** A sheet's rows from the header on, as values. */
async function rowsOf(file: string, from: number, to: number): Promise<unknown[][]> {
  const ws = (await loadXlsx(path.join(dir, file))).worksheets[0];
  const rows: unknown[][] = [];
  for (let r = from; r <= to; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
  return rows;
}

describe("next year's plan of a report naming its columns by year", () => {
  it("names last year's levels column and the target for the new year: «2024 оны гүйцэтгэл», «2025 оны зорилт»", async () => {
    fs.writeFileSync(path.join(dir, "named-2024.xlsx"), await yearNamedReportXlsx());
    expect((await run(["next-plan", "named-2024.xlsx", "-o", "named-2025.xlsx"], dir)).code).toBe(
      0,
    );
    // Before, «2023 оны гүйцэтгэл» held 2024's 3 and 6950, and 2025's targets went under
    // «2024 оны зорилт».
    expect(await rowsOf("named-2025.xlsx", 3, 5)).toEqual([
      [
        "Д/д",
        "Хэрэгжүүлэх арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "2024 оны гүйцэтгэл",
        "2025 оны зорилт",
      ],
      ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 3],
      ["1.2.", "Даатгуулагчийг нэмэгдүүлэх", "Даатгуулагчийн тоо", 6950],
    ]);
  });
});

/**
 * An office's report giving its levels per half-year and year under «Хүрсэн түвшин» (rows as
 * Excel shows them): `period`'s title at 1, the header at 3-4, then
 *   5  registrations: baseline 100, target 200, `reached` [half-year, year], `stated` %
 *   6  trainings: baseline 2, target 4, the same
 */
async function periodsReport(
  file: string,
  period: string,
  reached: [[number, number | null], [number, number | null]],
  stated: [number, number],
): Promise<void> {
  const rows = [
    [`НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ${period} БИЕЛЭЛТ`],
    [],
    [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", null, "Гүйцэтгэлийн хувь"],
    [null, null, null, null, null, "Хагас жил", "Жилийн эцэс", null],
    [
      "1",
      "Даатгуулагчийг бүртгэх",
      "Бүртгэсэн даатгуулагчийн тоо",
      100,
      200,
      ...reached[0],
      stated[0],
    ],
    ["2", "Сургалт зохион байгуулах", "Сургалтын тоо", 2, 4, ...reached[1], stated[1]],
  ];
  const merges = [
    { top: 2, left: 5, bottom: 2, right: 6 },
    ...[0, 1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];
  const formats = { H5: "0%", H6: "0%" };
  fs.writeFileSync(path.join(dir, file), await typedSheetXlsx("Биелэлт", rows, merges, formats));
}

describe("the year's steps of a report giving its levels per half-year and year", () => {
  it("year-end keeps the half-year's levels in their own column and leaves the year's for the year: 150 of 200 and 4 of 4 is 87.5", async () => {
    await periodsReport(
      "half.xlsx",
      "ЭХНИЙ ХАГАС ЖИЛИЙН",
      [
        [90, null],
        [2, null],
      ],
      [0.45, 0.5],
    );
    expect((await run(["year-end", "half.xlsx", "-o", "year.xlsx"], dir)).code).toBe(0);
    const wb = await loadXlsx(path.join(dir, "year.xlsx"));
    const ws = wb.getWorksheet("Жилийн эцсийн биелэлт")!;
    // Before, a column «Эхний хагас жилд хүрсэн» was added and «Хагас жил» emptied.
    expect([3, 4, 5, 6].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 9))).toEqual([
      [
        "Д/д",
        "Арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "Суурь түвшин",
        "Зорилтот түвшин",
        "Хүрсэн түвшин",
        "Хүрсэн түвшин",
        "Гүйцэтгэлийн хувь",
      ],
      [
        "Д/д",
        "Арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "Суурь түвшин",
        "Зорилтот түвшин",
        "Хагас жил",
        "Жилийн эцэс",
        "Гүйцэтгэлийн хувь",
      ],
      ["1", "Даатгуулагчийг бүртгэх", "Бүртгэсэн даатгуулагчийн тоо", 100, 200, 90],
      ["2", "Сургалт зохион байгуулах", "Сургалтын тоо", 2, 4, 2],
    ]);
    ws.getCell("G5").value = 150;
    ws.getCell("G6").value = 4;
    await wb.xlsx.writeFile(path.join(dir, "year-typed.xlsx"));
    expect((await run(["compute", "year-typed.xlsx", "-o", "year-done.xlsx"], dir)).code).toBe(0);
    const sheet = parseCheckJson((await run(["check", "year-done.xlsx", "--json"], dir)).stdout)
      .sheets[0];
    expect(sheet.achievedPeriod).toBe("year");
    // 150 / 200 = 75, 4 / 4 = 100: (75 + 100) / 2 = 87.5.
    expect(sheet.figures.overall).toBe(87.5);
    expect(sheet.findings).toEqual([]);
  });

  it("next year's plan takes both levels out, the year's becoming the baseline", async () => {
    await periodsReport(
      "periods.xlsx",
      "ЖИЛИЙН ЭЦСИЙН",
      [
        [90, 150],
        [2, 4],
      ],
      [0.75, 1],
    );
    expect((await run(["next-plan", "periods.xlsx", "-o", "periods-next.xlsx"], dir)).code).toBe(0);
    // Before, the half-year's «Хагас жил» column stayed in the plan with 90 and 2.
    expect((await rowsOf("periods-next.xlsx", 5, 6)).map((r) => r.slice(0, 6))).toEqual([
      ["1", "Даатгуулагчийг бүртгэх", "Бүртгэсэн даатгуулагчийн тоо", 150],
      ["2", "Сургалт зохион байгуулах", "Сургалтын тоо", 4],
    ]);
    const sheet = parseCheckJson((await run(["check", "periods-next.xlsx", "--json"], dir)).stdout)
      .sheets[0];
    expect(sheet.template).toBe("org-plan");
    expect(sheet.achievedPeriod).toBeUndefined();
  });
});

describe("next year's plan of a report writing more than the level in its achieved cells", () => {
  it("takes the level alone as the baseline: «12 (100%)» → 12, «9 буюу 80%» → 9, «12/15» → 12", async () => {
    const rows = [
      ...PERCENT_BESIDE_LEVEL,
      ["4.", "Өргөдөл шийдвэрлэх", "Шийдвэрлэсэн өргөдлийн тоо", 10, 15, "12/15"],
    ];
    fs.writeFileSync(path.join(dir, "beside.xlsx"), await typedSheetXlsx("Биелэлт", rows));
    expect((await run(["next-plan", "beside.xlsx", "-o", "beside-next.xlsx"], dir)).code).toBe(0);
    // Before, the baseline was the whole cell: "12 (100%)", two values (VALUE-MULTI).
    const baselines = (await rowsOf("beside-next.xlsx", 4, 7)).map((r) => r[3]);
    expect(baselines).toEqual([12, 9, 12, 12]);
    const sheet = parseCheckJson((await run(["check", "beside-next.xlsx", "--json"], dir)).stdout)
      .sheets[0];
    expect(sheet.findings.filter((f) => f.code === "VALUE-MULTI")).toEqual([]);
  });
});
