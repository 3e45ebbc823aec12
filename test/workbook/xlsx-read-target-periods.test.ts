import { checkGrid, type SheetCheck } from "../../src/core/checks";
import type { CellValue, Grid } from "../../src/core/grid";
import { measuresOf, readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  PERIOD_TARGET_MERGES,
  PERIOD_TITLE,
  periodTargetReport,
} from "../fixtures/xlsx/period-targets";
import { OFFICE_ACTIVITIES, OFFICE_LEAD_HEADER } from "../fixtures/xlsx/office-report";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

const HALF_TITLE = PERIOD_TITLE.replace("{period}", "ЭХНИЙ ХАГАС ЖИЛИЙН");
const YEAR_TITLE = PERIOD_TITLE.replace("{period}", "ЖИЛИЙН ЭЦСИЙН");

async function report(rows: CellValue[][]): Promise<Grid> {
  return typedSheet("Биелэлт", rows, PERIOD_TARGET_MERGES);
}

function checked(grid: Grid, period?: "half" | "year"): Extract<SheetCheck, { ok: true }> {
  const check = checkGrid(grid, DEFAULT_SETTINGS, period ? { period } : {});
  if (!check.ok) throw new Error(check.reason.en);
  return check;
}

const targets = (check: Extract<SheetCheck, { ok: true }>) =>
  measuresOf(check.plan).flatMap((m) => m.criteria.map((c) => c.target.value));
const computed = (check: Extract<SheetCheck, { ok: true }>) =>
  check.evaluation.criteria.map((c) =>
    c.computed?.status === "computed" ? c.computed.value : null,
  );
const codes = (check: Extract<SheetCheck, { ok: true }>, code: string) =>
  check.findings.filter((f) => f.code === code).map((f) => f.cell);

describe("targets for the half-year and the year under one «Зорилтот түвшин»", () => {
  it("reads the two header rows, the year's column as the target and the half-year's beside it", async () => {
    const check = checked(await report(periodTargetReport(YEAR_TITLE)));
    const { header } = check.plan;
    expect(check.template).toBe("org-report");
    // Header rows 3-4 (0-based 2-3), data from row 5; no STRUCT-HEADER: nothing lacks.
    expect([header.headerTop, header.headerBottom, header.dataTop]).toEqual([2, 3, 4]);
    expect(header.columns).toMatchObject({ baseline: 3, "target-h1": 4, target: 5, achieved: 6 });
    expect(header.targetPeriod).toBe("year");
    expect(codes(check, "STRUCT-HEADER")).toEqual([]);
  });

  it("a year-end report is measured against the year's targets", async () => {
    const check = checked(await report(periodTargetReport(YEAR_TITLE)));
    expect(targets(check)).toEqual([6, 4, 1100]);
    // 3 of 6 = 50; 1 of 4 = 25; 500 of 1100 = 45.45…; (50 + 25 + 45.4545) / 3 = 40.15 → 40.2.
    const [count, trainings, revenue] = computed(check);
    expect([count, trainings]).toEqual([50, 25]);
    expect(revenue).toBeCloseTo((500 / 1100) * 100, 9);
    expect(check.figures.overall).toBe(40.2);
  });

  it("a half-year report is measured against the half-year's, and «-» there against the year's", async () => {
    const check = checked(await report(periodTargetReport(HALF_TITLE)));
    expect(check.plan.header.targetPeriod).toBe("half");
    // The trainings have no half-year target («-»): the one held early counts against the year's 4.
    expect(targets(check)).toEqual([3, 4, 550]);
    // 3 of 3 = 100; 1 of 4 = 25; 500 of 550 = 90.909…; (100 + 25 + 90.909) / 3 = 71.97 → 72.0.
    const [count, trainings, revenue] = computed(check);
    expect([count, trainings]).toEqual([100, 25]);
    expect(revenue).toBeCloseTo((500 / 550) * 100, 9);
    expect(check.figures.overall).toBe(72);
  });

  it("a half-year's target below last year's level is no fall: the direction is the year's", async () => {
    // Half-year 3 < baseline 4 and 550 < 1000, but the year's 6 and 1100 are above them.
    expect(codes(checked(await report(periodTargetReport(HALF_TITLE))), "VALUE-DIRECTION")).toEqual(
      [],
    );
    // The year's target set below the baseline (3 < 4) is found, at the year's cell, in both.
    const rows = periodTargetReport(HALF_TITLE);
    rows[4][5] = 3;
    expect(codes(checked(await report(rows)), "VALUE-DIRECTION")).toEqual(["F5"]);
    rows[0][0] = YEAR_TITLE;
    expect(codes(checked(await report(rows)), "VALUE-DIRECTION")).toEqual(["F5"]);
  });

  it("the period asked for comes before the title's; a title without one reads the year", async () => {
    const half = await report(periodTargetReport(HALF_TITLE));
    expect(targets(checked(half, "year"))).toEqual([6, 4, 1100]);
    const year = await report(periodTargetReport(YEAR_TITLE));
    expect(targets(checked(year, "half"))).toEqual([3, 4, 550]);
    const untitled = readPlan(await report(periodTargetReport("2026 ОНЫ БИЕЛЭЛТ")));
    if (!untitled.ok) throw new Error(untitled.reason.en);
    expect(untitled.plan.header.targetPeriod).toBe("year");
  });

  it.each([
    [["Эхний хагас жил", "Жилээр"]],
    [["I хагас жил", "II хагас жил"]],
    [["1-р хагас жил", "Бүтэн жил"]],
    [["Хагас жилд", "Жилийн эцэст"]],
  ] as [string, string][][])(
    "reads the sub-columns %j as the half-year's and the year's",
    async (words) => {
      const check = checked(await report(periodTargetReport(HALF_TITLE, words)));
      expect(check.plan.header.columns).toMatchObject({ "target-h1": 4, target: 5 });
      expect(targets(check)).toEqual([3, 4, 550]);
    },
  );

  it("other words under «Зорилтот түвшин» are not taken for periods", async () => {
    const check = checked(await report(periodTargetReport(HALF_TITLE, ["Тоо", "Хувь"])));
    expect(check.plan.header.targetPeriod).toBeUndefined();
    expect(check.plan.header.columns["target-h1"]).toBeUndefined();
  });
});

/*
 * Part two as the organisation plan gives it (seed 003): «Хүрэх түвшин» over «Эхний хагас жил»
 * and «Сүүлийн хагас жил», under a part one of the form's own columns.
 */
function reportWithPartTwo(title: string): CellValue[][] {
  return [
    [title],
    [],
    [
      "Д/д",
      "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ],
    ["1.", "Сайн дураар даатгуулагчдыг нэмэгдүүлэх", "Сайн дураар даатгуулагчийн тоо", 4, 6, 6],
    ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт"],
    [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      null,
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ],
    [null, null, null, null, "Эхний хагас жил", "Сүүлийн хагас жил", null, null],
    ["1", "Цахим сургалтад хамрагдах", "Хамрагдсан сургалтын тоо", "-", 2, 4, 1],
  ];
}

const PART_TWO_MERGES = [
  { top: 5, left: 4, bottom: 5, right: 5 },
  ...[0, 1, 2, 3, 6, 7].map((c) => ({ top: 5, left: c, bottom: 6, right: c })),
];

describe("part two's «Эхний хагас жил» and «Сүүлийн хагас жил»", () => {
  it("a half-year report measures part two against the first half-year's target", async () => {
    const grid = await typedSheet("Биелэлт", reportWithPartTwo(HALF_TITLE), PART_TWO_MERGES);
    const check = checked(grid);
    // The period is the document's: the title above part one says it for part two.
    expect(targets(check)).toEqual([6, 2]);
    // Part one: 6 of 6 = 100. Part two: 1 of the half-year's 2 = 50 (of the second half's 4, 25).
    expect(computed(check)).toEqual([100, 50]);
  });

  it("a year-end report, against the second half-year's, as before", async () => {
    const grid = await typedSheet("Биелэлт", reportWithPartTwo(YEAR_TITLE), PART_TWO_MERGES);
    const check = checked(grid);
    expect(targets(check)).toEqual([6, 4]);
    expect(computed(check)).toEqual([100, 25]);
  });
});

describe("levels reached for the half-year and the year under one «Хүрсэн түвшин»", () => {
  /*
   * A year-end report that keeps the half-year's levels beside the year's: a count, target
   * 200, reached 90 by the half-year and 150 by the year; trainings, target 4, 2 and then 4.
   */
  const rows = (title: string): CellValue[][] => [
    [title],
    [],
    [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", null, "Гүйцэтгэлийн хувь"],
    [null, null, null, null, null, "Хагас жил", "Жилийн эцэс", null],
    // The half-year's level reached before the year's (OFFICE_ACTIVITIES' own).
    [...OFFICE_ACTIVITIES[0].slice(0, 5), 90, OFFICE_ACTIVITIES[0][5]],
    [...OFFICE_ACTIVITIES[1].slice(0, 5), 2, OFFICE_ACTIVITIES[1][5]],
  ];
  const merges = [
    { top: 2, left: 5, bottom: 2, right: 6 },
    ...[0, 1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];
  const read = async (title: string, period?: "half" | "year") =>
    checked(await typedSheet("Биелэлт", rows(title), merges), period);

  it("a year-end report reads the year's: 150 of 200 = 75, 4 of 4 = 100: 87.5", async () => {
    const check = await read(YEAR_TITLE);
    expect(check.plan.header).toMatchObject({ achievedPeriod: "year", headerBottom: 3 });
    expect(check.plan.header.columns).toMatchObject({ achieved: 6, fulfilment: 7 });
    expect(check.figures.overall).toBe(87.5);
    // Before, the half-year's 90 and 2 were read: 45 and 50.
    expect(computed(check)).toEqual([75, 100]);
  });

  it("a half-year report, or the half-year asked for, reads the half-year's: 45 and 50", async () => {
    for (const check of [await read(HALF_TITLE), await read(YEAR_TITLE, "half")]) {
      expect(check.plan.header.achievedPeriod).toBe("half");
      expect(check.plan.header.columns.achieved).toBe(5);
      // 90 of the year's 200 = 45; 2 of 4 = 50: (45 + 50) / 2 = 47.5.
      expect(check.figures.overall).toBe(47.5);
    }
  });
});
