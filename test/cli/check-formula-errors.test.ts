import * as path from "path";
import ExcelJS from "exceljs";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * Levels filled by formulas that failed, as Excel saves them: the formula with its error as the
 * cached result. A lookup that found nothing («#N/A») in both the target and the achieved cell is
 * no target met, and a deleted row («#REF!») leaves no baseline.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

/** The example report with part one's first criterion's levels looked up where nothing is found. */
async function brokenLookups(name: string): Promise<void> {
  const made = await run(["scaffold", "org-report", "--example", "-o", name], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at(name));
  const ws = wb.getWorksheet("Биелэлт")!;
  const failed = (formula: string, error: ExcelJS.CellErrorValue["error"]) =>
    ({ formula, result: { error } }) as ExcelJS.CellFormulaValue;
  ws.getCell("F12").value = failed("VLOOKUP(D12,Төлөвлөгөө!D:F,3,FALSE)", "#N/A");
  ws.getCell("G12").value = failed("VLOOKUP(D12,Мэдээ!D:F,3,FALSE)", "#N/A");
  ws.getCell("H12").value = null;
  ws.getCell("E13").value = failed("#REF!+0", "#REF!");
  await wb.xlsx.writeFile(at(name));
}

beforeAll(async () => {
  dir = makeTmp("formula-errors");
  await brokenLookups("report.xlsx");
});
afterAll(() => removeTmp(dir));

describe("levels whose formulas failed", () => {
  it("are no levels: each is named with its error, and no fulfilment is computed from them", async () => {
    const r = await run(["check", "report.xlsx", "--json"], dir);
    const findings = parseCheckJson(r.stdout).sheets[0].findings;
    const on = (cell: string) => findings.filter((f) => f.cell === cell);
    expect(on("F12").map((f) => [f.code, f.severity, f.message.en])).toEqual([
      [
        "VALUE-MISSING",
        "error",
        "The target cell shows the formula error «#N/A» (criterion «ААНБ-ын тоо»); correct the formula or write the level to reach with its unit.",
      ],
    ]);
    expect(on("F12")[0].message.mn).toMatch(/^Зорилтот түвшний нүдэнд томъёоны алдаа «#N\/A»/);
    expect(on("G12").map((f) => [f.code, f.message.en])).toEqual([
      [
        "VALUE-MISSING",
        "The achieved cell shows the formula error «#N/A» (criterion «ААНБ-ын тоо»); correct the formula or write what was reached.",
      ],
    ]);
    // A baseline is only noted missing; its formula's error is named the same way.
    expect(on("E13").map((f) => [f.code, f.severity])).toEqual([["VALUE-MISSING", "note"]]);
    expect(on("E13")[0].message.en).toMatch(/baseline cell shows the formula error «#REF!»/);
    // Two errors alike are not a target met: nothing computed, nothing offered as the fix.
    expect(on("H12").map((f) => [f.code, f.fix])).toEqual([["CALC-MISSING", undefined]]);
    expect(on("H12")[0].message.en).toMatch(/none can be computed/);
  });

  it("compute leaves the fulfilment cell empty and the person's formulas as they are", async () => {
    const computed = await run(["compute", "report.xlsx", "-o", "computed.xlsx"], dir);
    expect(computed.code).toBe(0);
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet("Биелэлт")!;
    expect(ws.getCell("H12").value).toBeNull();
    expect(ws.getCell("F12").formula).toBe("VLOOKUP(D12,Төлөвлөгөө!D:F,3,FALSE)");
    // The second criterion keeps its stated 100% (215 of 200 people, capped).
    expect(ws.getCell("H13").value).toBe(1);
  });
});
