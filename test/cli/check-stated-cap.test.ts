import * as fs from "fs";
import * as path from "path";
import { checkGrid } from "../../src/core/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * A person states an over-achievement: 107.5% typed on the example report's second criterion
 * (215 people reached of 200, read from the free text «Нийт 215 иргэн …», so the add-in's own
 * figure is only a suggestion and the person's stands). Fulfilment is capped at 100 by default
 * (DOMAIN section 4): the figures count it as 100, as the note says.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("stated-cap");
  const made = await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at("report.xlsx"));
  const ws = wb.getWorksheet("Биелэлт")!;
  ws.getCell("H13").value = 1.075;
  // Its own style: the example's fulfilment cells share one.
  ws.getCell("H13").style = { ...ws.getCell("H12").style, numFmt: "0.0%" };
  await wb.xlsx.writeFile(at("report.xlsx"));
});
afterAll(() => removeTmp(dir));

describe("a stated fulfilment over 100%", () => {
  it("is noted, and counts as 100 in the figures: activity 80, overall 90", async () => {
    const r = await run(["check", "report.xlsx", "--json"], dir);
    const [sheet] = parseCheckJson(r.stdout).sheets;
    const note = sheet.findings.filter((f) => f.cell === "H13");
    expect(note.map((f) => [f.code, f.severity])).toEqual([["CALC-MISMATCH", "note"]]);
    expect(note[0].message.en).toBe(
      "Stated fulfilment 107.5% shows over-achievement; the settings cap fulfilment at 100%.",
    );
    // Activity 1.1.: 12 of 20 = 60 (stated 60%), and 107.5 capped to 100: (60 + 100) / 2 = 80.
    // Part two's activity: 100. Pooled over the two activities: (80 + 100) / 2 = 90.
    expect(sheet.figures?.objectives?.map((o) => o.value)).toEqual([80, 100]);
    expect(sheet.figures?.overall).toBe(90);
  });

  it("counts as stated where the settings do not cap: (60 + 107.5) / 2 = 83.75 → 83.8", async () => {
    const read = await readXlsx(fs.readFileSync(at("report.xlsx")));
    if (!read.ok) throw new Error(read.error.message.en);
    const grid = read.sheets.find((s) => s.sheet === "Биелэлт")!;
    const result = checkGrid(grid, { ...DEFAULT_SETTINGS, cap: false });
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.evaluation.objectives.map((o) => o.value)).toEqual([83.8, 100]);
    // (83.75 + 100) / 2 = 91.875 → 91.9
    expect(result.evaluation.overall).toBe(91.9);
  });
});
