import { checkGrid } from "../../src/core/checks";
import type { Grid } from "../../src/core/grid";
import { measuresOf, readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import {
  INDICATOR_PLAN_TITLE,
  INDICATOR_REPORT_HEADER,
  indicatorPlanXlsx,
} from "../fixtures/xlsx/indicator-plan";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";
import { YEAR_NAMED_REPORT } from "../fixtures/xlsx/year-named-report";

/** The indicator plan with `title` above it, read back as the CLI reads it. */
async function indicatorPlan(title: string): Promise<Grid> {
  const read = await readXlsx(await indicatorPlanXlsx(title));
  if (!read.ok) throw new Error(read.error.message.en);
  return read.sheets[0];
}

const TITLE = INDICATOR_PLAN_TITLE;

describe("an indicator plan with a target per year", () => {
  it("reads the title's year as the target and keeps the other year's column", async () => {
    const grid = await indicatorPlan(TITLE.replace("{year}", "2023"));
    const read = readPlan(grid);
    if (!read.ok) throw new Error(read.reason.en);
    const { header } = read.plan;
    expect(read.plan.template).toBe("org-plan");
    // Header rows 3-4 (0-based 2-3): the years' row is the header's second row; data from row 5.
    expect([header.headerTop, header.headerBottom, header.dataTop]).toEqual([2, 3, 4]);
    expect(header.targetYear).toBe(2023);
    expect(header.targetYears).toEqual([
      { year: 2023, col: 4 },
      { year: 2024, col: 5 },
    ]);
    expect(header.columns).toMatchObject({
      number: 0,
      criterion: 1,
      unit: 2,
      baseline: 3,
      target: 4,
    });
    const criteria = measuresOf(read.plan).flatMap((m) => m.criteria);
    expect(criteria.map((c) => [c.baseline.value, c.target.value, c.unit?.value])).toEqual([
      [6801, 6664, "хүн"],
      [1200, 1250, "тоо"],
    ]);
  });

  it("finds the real mistake: the count's 2023 target 6664 is below its 2022 baseline 6801", async () => {
    const check = checkGrid(await indicatorPlan(TITLE.replace("{year}", "2023")), DEFAULT_SETTINGS);
    // 6664 − 6801 = −137: a count that should grow is planned to fall (E5, the 2023 target).
    // The employers' count grows, 1200 → 1250: nothing to say about it.
    const direction = check.findings.filter((f) => f.code === "VALUE-DIRECTION");
    expect(direction.map((f) => f.cell)).toEqual(["E5"]);
    expect(direction[0].message.en).toMatch(/6664.*6801/);
  });

  it("says in one finding what the header has and what it lacks, and checks what it has", async () => {
    const check = checkGrid(await indicatorPlan(TITLE.replace("{year}", "2023")), DEFAULT_SETTINGS);
    const header = check.findings.filter((f) => f.code === "STRUCT-HEADER");
    // An indicator plan names no activity column: the one column the org-plan form requires
    // that it lacks.
    expect(header).toHaveLength(1);
    expect(header[0].cell).toBe("A3");
    expect(header[0].message.en).toBe(
      "The table header lacks the required column «Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж»; add it as in the template or correct the column name. The columns recognised, «Д/д», «Гүйцэтгэл үзүүлэлт» (as «Шалгуур үзүүлэлт»), «Хэмжих нэгж», «Суурь үзүүлэлт» (as «Суурь түвшин»), «Хүрэх түвшин 2023» (as «Зорилтот түвшин»), «Хариуцах нэгж», are checked.",
    );
    // In the sheet's own words, with the template's column each was read as.
    expect(header[0].message.mn).toMatch(
      /Танигдсан «Д\/д», «Гүйцэтгэл үзүүлэлт» \(«Шалгуур үзүүлэлт» гэж\), «Хэмжих нэгж»/,
    );
    expect(check.findings.some((f) => f.code === "VALUE-DIRECTION")).toBe(true);
  });

  it("reporting 2024, the 2024 column is the target and 2023's is not checked as one", async () => {
    const check = checkGrid(await indicatorPlan(TITLE.replace("{year}", "2024")), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.targetYear).toBe(2024);
    // 6900 ≥ 6801 and 1300 ≥ 1200: both grow.
    expect(check.findings.filter((f) => f.code === "VALUE-DIRECTION")).toEqual([]);
    const targets = measuresOf(check.plan).flatMap((m) => m.criteria.map((c) => c.target.value));
    expect(targets).toEqual([6900, 1300]);
  });

  it("the year asked for comes before the title's; a year the table lacks changes nothing", async () => {
    const grid = await indicatorPlan(TITLE.replace("{year}", "2024"));
    const asked = readPlan(grid, { year: 2023 });
    const lacking = readPlan(grid, { year: 2019 });
    if (!asked.ok || !lacking.ok) throw new Error("not read");
    expect([asked.plan.header.targetYear, asked.plan.header.columns.target]).toEqual([2023, 4]);
    expect([lacking.plan.header.targetYear, lacking.plan.header.columns.target]).toEqual([2024, 5]);
  });

  it("reads the title's year as four digits on their own, not inside a longer number", async () => {
    // "№ 120241" holds "2024" inside it; the year the title names is 2023, not the last column.
    const read = readPlan(await indicatorPlan("№ 120241 ТУШААЛААР БАТЛАВ. 2023 ОНЫ ТӨЛӨВЛӨГӨӨ"));
    if (!read.ok) throw new Error(read.reason.en);
    expect([read.plan.header.targetYear, read.plan.header.columns.target]).toEqual([2023, 4]);
  });

  it("a title without a year reads the last year", async () => {
    const read = readPlan(await indicatorPlan("ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"));
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.header.targetYear).toBe(2024);
    expect(read.plan.header.columns.target).toBe(5);
  });
});

/*
 * The same office's report on it: one column «Хүрсэн түвшин буюу гүйцэтгэлийн хувь» for the level
 * reached and its percentage, the unit column saying «тоо» where the criterion does not.
 */
async function indicatorReport(): Promise<Grid> {
  return typedSheet("Биелэлт", [
    ["ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2023 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ"],
    [],
    INDICATOR_REPORT_HEADER,
    ["1", "Сайн дурын даатгуулагч", "хүн", 6801, 6664, 6700],
    // Typed as text with a thousands comma, as Word gives it; the achieved level as a number.
    ["2", "Шинээр бүртгэсэн ажил олгогч", "тоо", "1,100", "1,250", 1200],
  ]);
}

describe("an indicator report with achieved and percentage in one column", () => {
  it("lacks no percentage column, and computes the percentage from the levels", async () => {
    const check = checkGrid(await indicatorReport(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.template).toBe("org-report");
    const header = check.findings.filter((f) => f.code === "STRUCT-HEADER");
    expect(header.map((f) => f.message.en).join(" ")).not.toMatch(/Гүйцэтгэлийн хувь/);
    const computed = check.evaluation.criteria.map((c) =>
      c.computed?.status === "computed" ? c.computed.value : c.computed?.status,
    );
    // Row 1's target 6664 is below its baseline 6801, so the numbers read as a decrease (the
    // VALUE-DIRECTION finding's doubt): 6700 is above it, 6664 ÷ 6700 × 100 = 99.46….
    // "1,250" reads as the count 1250: 1200 ÷ 1250 × 100 = 96.
    expect(computed[0]).toBeCloseTo(99.46, 2);
    expect(computed[1]).toBeCloseTo(96, 6);
    // The unit column's «тоо» settles that reading; the criterion's words alone leave it a guess.
    expect(check.evaluation.criteria[1].target.confidence).not.toBe("guess");
  });
});

/*
 * The other way offices give targets per year: a header of its own for each year, «2026 оны
 * зорилт», «2027 оны зорилт», with last year's level as the baseline.
 */
async function yearHeadedPlan(year: string): Promise<Grid> {
  return typedSheet("Төлөвлөгөө", [
    [`БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН ${year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ`],
    [],
    [
      "Д/д",
      "Шалгуур үзүүлэлт",
      "Хэмжих нэгж",
      "Суурь түвшин",
      "2026 оны зорилт",
      "2027 оны зорилт",
      "Хариуцах нэгж",
    ],
    ["1", "Сайн дурын даатгуулагчийн тоо", "хүн", 6801, 6900, 6700, "Хамралтын хэлтэс"],
    ["2", "Ажил олгогчийн тоо", "тоо", 1200, 1250, 1300, "Хамралтын хэлтэс"],
  ]);
}

describe("a plan with a header of its own for each year's target", () => {
  it("reads the title's year as the target, the other kept; its mistake is found", async () => {
    const check = checkGrid(await yearHeadedPlan("2027"), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const { targetYear, targetYears, columns } = check.plan.header;
    expect(targetYear).toBe(2027);
    expect(columns.target).toBe(5);
    expect(targetYears).toEqual([
      { year: 2026, col: 4 },
      { year: 2027, col: 5 },
    ]);
    // 2027: 6700 − 6801 = −101, a count planned to fall (F4); 1300 ≥ 1200 grows.
    const direction = check.findings.filter((f) => f.code === "VALUE-DIRECTION");
    expect(direction.map((f) => f.cell)).toEqual(["F4"]);
    // An office's plan (it has «Хариуцах нэгж»): the header lacks only the column an indicator
    // plan leaves out, as the indicator plan above does, not a target.
    expect(check.template).toBe("org-plan");
    const header = check.findings.filter((f) => f.code === "STRUCT-HEADER");
    expect(header.map((f) => f.message.en)).toEqual([
      expect.stringMatching(/^The table header lacks the required column «Стратеги төлөвлөгөө/),
    ]);
    expect(header[0].message.en).toMatch(
      /«2027 оны зорилт» \(as «Зорилтот түвшин»\), «Хариуцах нэгж», are checked/,
    );
  });

  it("reporting 2026, its column is the target and nothing is wrong", async () => {
    const check = checkGrid(await yearHeadedPlan("2026"), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect([check.plan.header.targetYear, check.plan.header.columns.target]).toEqual([2026, 4]);
    // 6900 ≥ 6801 and 1250 ≥ 1200.
    expect(check.findings.filter((f) => f.code === "VALUE-DIRECTION")).toEqual([]);
  });
});

/* A report naming its levels by year (the fixture): 2023's is the baseline, 2024's reached. */
const yearHeadedReport = (): Promise<Grid> => typedSheet("Биелэлт", YEAR_NAMED_REPORT);

describe("a report naming last year's and this year's levels by their years", () => {
  it("reads this year's as the level reached and last year's as the baseline", async () => {
    const check = checkGrid(await yearHeadedReport(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.template).toBe("org-report");
    expect(check.plan.header.columns).toMatchObject({ baseline: 3, target: 4, achieved: 5 });
    expect(check.plan.header.missing).toEqual([]);
    // 3 of 6 = 50%; 6950 of 6900 is 100.7%, capped at 100%: both as stated, nothing to say.
    const computed = check.evaluation.criteria.map((c) =>
      c.computed?.status === "computed" ? c.computed.value : c.computed?.status,
    );
    expect(computed).toEqual([50, 100]);
    expect(check.findings).toEqual([]);
  });
});

describe("levels named by year in a plan and in a report without a baseline", () => {
  it("a plan's «2024 оны гүйцэтгэл» is its baseline: last year's level", async () => {
    const grid = await typedSheet("Төлөвлөгөө", [
      ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
      [],
      [
        "Д/д",
        "Хэрэгжүүлэх арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "2024 оны гүйцэтгэл",
        "2025 оны зорилт",
        "Хариуцах нэгж",
      ],
      ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6, "Хамралтын хэлтэс"],
    ]);
    const read = readPlan(grid);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.template).toBe("org-plan");
    expect(read.plan.header.columns).toMatchObject({ baseline: 3, target: 4 });
    expect(read.plan.header.missing).not.toContain("baseline");
  });

  it("a 2024 report's «2024 оны гүйцэтгэл» is the level reached, never its baseline", async () => {
    const grid = await typedSheet("Биелэлт", [
      [
        "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2024 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ",
      ],
      [],
      [
        "Д/д",
        "Хэрэгжүүлэх арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "2024 оны зорилт",
        "2024 оны гүйцэтгэл",
        "Хувь",
      ],
      ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 6, 3, "50%"],
    ]);
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.columns).toMatchObject({ target: 3, achieved: 4, fulfilment: 5 });
    // No baseline column: the header says so, and 3 of 6 = 50% is computed as stated.
    expect(check.plan.header.missing).toEqual(["baseline"]);
    const c = check.evaluation.criteria[0].computed;
    expect(c?.status === "computed" && c.value).toBe(50);
  });
});

describe("levels named by year in a form without a baseline", () => {
  it("an anti-corruption report reads this year's as the level reached and adds no baseline", async () => {
    const grid = await typedSheet("Биелэлт", [
      ["АВЛИГАТАЙ ТЭМЦЭХ ҮНДЭСНИЙ ХӨТӨЛБӨРИЙН 2024 ОНЫ БИЕЛЭЛТ"],
      [],
      ["№", "Хөтөлбөрт тусгагдсан үйл ажиллагаа", "Хэрэгжүүлэх арга хэмжээ"].concat([
        "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
        "2023 оны гүйцэтгэл",
        "2024 оны гүйцэтгэл",
        "Үнэлгээ",
      ]),
      ["1", "Сурталчилгаа", "Сургалт зохион байгуулах", "Сургалт хийнэ", "2 удаа", "3 удаа", "100"],
    ]);
    const read = readPlan(grid);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.template).toBe("anticorruption-report");
    expect(read.plan.header.columns.achieved).toBe(5);
    expect(read.plan.header.columns.baseline).toBeUndefined();
    expect(read.plan.header.missing).toEqual([]);
  });
});
