import * as path from "path";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * The row of column numbers under the example report's part-one header (row 10: 1 2 3 … 8), as
 * people leave it after changing the table: two columns swapped and their numbers kept, or the
 * numbers typed again with one skipped. Read as an activity, «1» with a criterion «4», target
 * 6, achieved «7» and 8%, it made a CALC-MISMATCH error at H10 and an objective of its own.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

async function numbered(name: string, numbers: (number | string)[]): Promise<void> {
  const made = await run(["scaffold", "org-report", "--example", "-o", name], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at(name));
  const row = wb.getWorksheet("Биелэлт")!.getRow(10);
  numbers.forEach((n, i) => (row.getCell(i + 1).value = n));
  await wb.xlsx.writeFile(at(name));
}

beforeAll(async () => {
  dir = makeTmp("column-numbers");
  await numbered("swapped.xlsx", [1, 2, 4, 3, 5, 6, 7, 8]);
  await numbered("skipped.xlsx", ["1", "2", "3", "4", "5", "6", "7", "9"]);
});
afterAll(() => removeTmp(dir));

describe("a row of column numbers out of order under the header", () => {
  it.each(["swapped.xlsx", "skipped.xlsx"])(
    "%s: is no activity; the report reads as the example, 80, 100 and 90",
    async (name) => {
      const r = await run(["check", name, "--json"], dir);
      const [sheet] = parseCheckJson(r.stdout).sheets;
      expect(sheet.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["I19 STRUCT-EMPTY"]);
      // Activity 1.1.: (60 + 100) / 2 = 80; part two's activity 100; overall (80 + 100) / 2 = 90.
      expect(sheet.figures?.objectives?.map((o) => o.value)).toEqual([80, 100]);
      expect(sheet.figures?.overall).toBe(90);
    },
  );
});
