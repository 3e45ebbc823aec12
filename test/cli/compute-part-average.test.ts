import * as path from "path";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * An average row a person adds under part one of the example report («Дундаж гүйцэтгэл», its
 * figure left for Compute). The check holds such a row to the measures of its own part; Compute
 * wrote the whole sheet's figure there, and the check then called its own writing an error.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("part-average");
  const made = await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at("report.xlsx"));
  wb.getWorksheet("Биелэлт")!.getCell("A14").value = "Дундаж гүйцэтгэл";
  await wb.xlsx.writeFile(at("report.xlsx"));
});
afterAll(() => removeTmp(dir));

describe("an average row under part one", () => {
  it("gets part one's figure from Compute, 80%, and the check agrees with it", async () => {
    const computed = await run(["compute", "report.xlsx", "-o", "computed.xlsx"], dir);
    expect(computed.code).toBe(0);
    // Part one's one activity: 12 of 20 is 60, and 100 stated for 215 of 200: (60 + 100) / 2 =
    // 80. The sheet's overall, with part two's 100, is 90: not this row's figure.
    expect(computed.stdout).toMatch(/H14 +Дундаж: 80%/);
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet("Биелэлт")!;
    expect([ws.getCell("H14").value, ws.getCell("H14").numFmt]).toEqual([0.8, "0%"]);

    const checked = await run(["check", "computed.xlsx", "--json"], dir);
    const [sheet] = parseCheckJson(checked.stdout).sheets;
    expect(sheet.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["I19 STRUCT-EMPTY"]);
    expect(sheet.figures?.overall).toBe(90);
  });
});
