import * as fs from "fs";
import * as path from "path";
import { INDICATOR_PLAN_TITLE, indicatorPlanXlsx } from "../fixtures/xlsx/indicator-plan";
import { yearNamedReportXlsx } from "../fixtures/xlsx/year-named-report";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * `--year <yyyy>`: of targets given per year, the one reported. The plan's title says 2024; its
 * count's 2023 target, 6664, is below the baseline 6801, its 2024 target 6900 is not.
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("year");
  const title = INDICATOR_PLAN_TITLE.replace("{year}", "2024");
  fs.writeFileSync(path.join(dir, "plan.xlsx"), await indicatorPlanXlsx(title));
});
afterAll(() => removeTmp(dir));

const directions = (stdout: string) =>
  parseCheckJson(stdout).sheets[0].findings.filter((f) => f.code === "VALUE-DIRECTION");

describe("check --year", () => {
  it("reads the title's year without the option, and says so with the years the table has", async () => {
    const json = await run(["check", "plan.xlsx", "--json"], dir);
    expect(parseCheckJson(json.stdout).sheets[0].targetYear).toBe(2024);
    // 6900 ≥ 6801 and 1300 ≥ 1200: nothing falls.
    expect(directions(json.stdout)).toEqual([]);
    const text = await run(["check", "plan.xlsx", "--lang", "en"], dir);
    expect(text.stdout).toContain(
      "Targets read from the 2024 column (the table has 2023, 2024; choose another with --year).",
    );
    const mn = await run(["check", "plan.xlsx"], dir);
    expect(mn.stdout).toContain("Зорилтот түвшинг 2024 оны баганаас уншив");
  });

  it("reads the year given: 2023's target 6664 falls below the baseline 6801 at E5", async () => {
    const r = await run(["check", "plan.xlsx", "--year", "2023", "--json"], dir);
    expect(parseCheckJson(r.stdout).sheets[0].targetYear).toBe(2023);
    expect(directions(r.stdout).map((f) => f.cell)).toEqual(["E5"]);
  });

  it("a year the table does not have reads as without it; a year that is not one is refused", async () => {
    const absent = await run(["check", "plan.xlsx", "--year", "2019", "--json"], dir);
    expect(parseCheckJson(absent.stdout).sheets[0].targetYear).toBe(2024);
    const bad = await run(["check", "plan.xlsx", "--year", "24"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Он буруу байна: «24»/);
    expect(bad.stderr).toMatch(/Invalid year «24»/);
  });

  it("compute takes it too", async () => {
    const r = await run(["compute", "plan.xlsx", "-o", "out.xlsx", "--year", "2023"], dir);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(true);
  });
});

/*
 * A 2024 report naming its levels by year: «2023 оны гүйцэтгэл» (the baseline) and «2024 оны
 * гүйцэтгэл» (the level reached), both read by their years and said so.
 */
describe("check of levels reached named by year", () => {
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, "report.xlsx"), await yearNamedReportXlsx());
  });

  it("says which year's column it read as the level reached; --year reads another", async () => {
    const text = await run(["check", "report.xlsx", "--lang", "en"], dir);
    expect(text.stdout).toContain(
      "Levels reached read from the 2024 column (the table has 2023, 2024; an earlier year is the baseline; choose another with --year).",
    );
    // 3 of 6 = 50%, as stated: nothing to say.
    expect(text.stdout).toContain("No findings.");
    const json = await run(["check", "report.xlsx", "--json"], dir);
    expect(parseCheckJson(json.stdout).sheets[0].achievedYear).toBe(2024);
    // Read as 2023's report, 4 is the level reached: 4 of 6 is 66.7%, not the stated 50%.
    const other = await run(["check", "report.xlsx", "--year", "2023", "--json"], dir);
    const sheet = parseCheckJson(other.stdout).sheets[0];
    expect(sheet.achievedYear).toBe(2023);
    expect(sheet.findings.map((f) => f.code)).toContain("CALC-MISMATCH");
  });

  it("a year the table does not have reads as without it, as for targets", async () => {
    const r = await run(["check", "report.xlsx", "--year", "2019", "--json"], dir);
    const sheet = parseCheckJson(r.stdout).sheets[0];
    expect(sheet.achievedYear).toBe(2024);
    expect(sheet.findings).toEqual([]);
  });
});

describe("report-from-plan of targets given per year", () => {
  it("puts the level reached and its % after «Хүрэх түвшин» and its years, not inside it", async () => {
    const r = await run(["report-from-plan", "plan.xlsx", "-o", "plan-report.xlsx"], dir);
    expect(r.code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "plan-report.xlsx"))).getWorksheet("Биелэлт")!;
    const header = (row: number) =>
      Array.from({ length: 10 }, (_, c) => ws.getCell(row, c + 1).text || null);
    // The plan's own columns in their places: the activities' column the plan goes without
    // is not put in (the warning says so), nor is «Төсөв».
    expect(r.stderr).toMatch(/«?"?Стратеги төлөвлөгөө .*тайланд ч нэмэгдсэнгүй/);
    expect(header(4)).toEqual([
      "Д/д",
      "Гүйцэтгэл үзүүлэлт",
      "Хэмжих нэгж",
      "Суурь үзүүлэлт",
      "2023",
      "2024",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
      "Хариуцах нэгж",
      null,
    ]);
    // «Хүрэх түвшин» still spans its two years only; the new columns span both header rows.
    expect(ws.model.merges).toEqual(expect.arrayContaining(["E3:F3", "G3:G4", "H3:H4"]));
    expect(ws.model.merges).not.toContain("E3:H3");
    const check = await run(["check", "plan-report.xlsx", "--json"], dir);
    const sheet = parseCheckJson(check.stdout).sheets[0];
    expect(sheet.targetYear).toBe(2024);
    // Read as its plan is: the one header finding naming the column it goes without, and no
    // row said to lack an activity's text (as each did in a column put in empty).
    const codes = (code: string) =>
      sheet.findings.filter((f) => f.code === code).map((f) => f.cell);
    expect([codes("STRUCT-HEADER"), codes("STRUCT-EMPTY")]).toEqual([["A3"], []]);
  });
});
