/**
 * Seed 003's plan with part two's start and end dates typed as Excel dates (as Excel makes
 * «2026.01.01» typed into a cell), carried through the year on the command line: the report
 * and the year-end report keep them as they are, and next year's plan has next year's days, as
 * dates in the person's own format.
 */
import * as fs from "fs";
import * as path from "path";
import { DATE_FORMAT as FORMAT, datedPlanXlsx } from "../fixtures/xlsx/dated-plan";
import { loadXlsx, makeTmp, removeTmp, run } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = makeTmp("excel-dates");
  fs.writeFileSync(path.join(dir, "plan.xlsx"), await datedPlanXlsx());
});
afterAll(() => removeTmp(dir));

/** Each date cell of a file's first sheet: its address, its day and its format. */
async function datesOf(file: string): Promise<string[]> {
  const ws = (await loadXlsx(path.join(dir, file))).worksheets[0];
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) {
        out.push(`${cell.address} ${cell.value.toISOString().slice(0, 10)} ${cell.numFmt}`);
      }
    }),
  );
  return out;
}

it("next year's plan has part two's dates a year on, as dates in the person's format", async () => {
  // Part two's two activities run the whole year (rows 140 and 141, columns G and H).
  expect(await datesOf("plan.xlsx")).toEqual([
    `G140 2026-01-01 ${FORMAT}`,
    `H140 2026-12-31 ${FORMAT}`,
    `G141 2026-01-01 ${FORMAT}`,
    `H141 2026-12-31 ${FORMAT}`,
  ]);
  for (const [command, from, to] of [
    ["report-from-plan", "plan.xlsx", "report.xlsx"],
    ["year-end", "report.xlsx", "year-end.xlsx"],
    ["next-plan", "year-end.xlsx", "next.xlsx"],
  ]) {
    expect((await run([command, from, "-o", to], dir)).code).toBe(0);
  }
  // The report adds its achieved and % columns before them, year-end its column of the
  // half-year's levels (J, K); next year's plan is laid out as the plan was.
  expect(await datesOf("year-end.xlsx")).toEqual([
    `J140 2026-01-01 ${FORMAT}`,
    `K140 2026-12-31 ${FORMAT}`,
    `J141 2026-01-01 ${FORMAT}`,
    `K141 2026-12-31 ${FORMAT}`,
  ]);
  expect(await datesOf("next.xlsx")).toEqual([
    `G140 2027-01-01 ${FORMAT}`,
    `H140 2027-12-31 ${FORMAT}`,
    `G141 2027-01-01 ${FORMAT}`,
    `H141 2027-12-31 ${FORMAT}`,
  ]);
});
