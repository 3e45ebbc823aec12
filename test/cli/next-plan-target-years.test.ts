/**
 * An office's indicator plan giving targets for 2023 and 2024 under one «Хүрэх түвшин», through
 * the command line's year to next year's plan: the targets were set for years ahead, so next
 * year's plan keeps each year's (before, the reported year's were emptied and next year's kept
 * by chance of the column read), and says so where next year has no column.
 */
import * as fs from "fs";
import * as path from "path";
import { INDICATOR_PLAN_TITLE, indicatorPlanXlsx } from "../fixtures/xlsx/indicator-plan";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = makeTmp("target-years");
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
  // The plan's columns, the report's activity column added before them: the level reached
  // and its % come after the two years' targets (G), at H and I.
  expect([ws.getCell("F4").text, ws.getCell("G4").text, ws.getCell("H3").text]).toEqual([
    "2023",
    "2024",
    "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  ]);
  ws.getCell("H5").value = 6750;
  ws.getCell("H6").value = 1260;
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
    expect([5, 6].map((r) => ["E", "F", "G"].map((c) => ws.getCell(`${c}${r}`).value))).toEqual([
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
