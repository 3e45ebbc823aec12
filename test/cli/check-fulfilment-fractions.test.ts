import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * A fulfilment column of fractions, as a person makes it: «=G12/F12» typed into the
 * Гүйцэтгэлийн хувь column and left in Excel's General format, so that 60% shows as 0.6 and
 * 100% as 1. The example report's figures are 12 of 20 (60%), 215 of 200 (100%) and part two's
 * 100%: read as 0.6% and 1%, every figure was wrong and the overall came out 0.9.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

const GENERAL = "General";

/** The example report with its three fulfilment cells as `values` in General. */
async function fractions(name: string, values: Record<string, ExcelJS.CellValue>): Promise<void> {
  const made = await run(["scaffold", "org-report", "--example", "-o", name], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(at(name));
  const ws = wb.getWorksheet("Биелэлт")!;
  for (const [address, value] of Object.entries(values)) {
    // Its own style: the example's fulfilment cells share one.
    ws.getCell(address).style = { ...ws.getCell(address).style, numFmt: GENERAL };
    ws.getCell(address).value = value;
  }
  await wb.xlsx.writeFile(at(name));
}

const formula = (f: string, result: number) => ({ formula: f, result }) as ExcelJS.CellFormulaValue;

beforeAll(async () => {
  dir = makeTmp("fulfilment-fractions");
  await fractions("fractions.xlsx", { H12: formula("12/20", 0.6), H13: 1, H19: 1 });
  // 12 written as a number in the achieved cell: the figure 60% is certain, and 0.63 is wrong.
  await fractions("wrong.xlsx", { G12: 12, H12: 0.63, H13: 1, H19: 1 });
  // Part one's average under it, =AVERAGE(H12:H13) in General: (0.6 + 1) / 2 = 0.8.
  await fractions("average.xlsx", {
    A14: "Дундаж гүйцэтгэл",
    H12: formula("12/20", 0.6),
    H13: 1,
    H14: formula("AVERAGE(H12:H13)", 0.8),
    H19: 1,
  });
  // Every target met, as the column shows it: 1, 1 and 1.
  await fractions("ones.xlsx", { H12: 1, H13: 1, H19: 1 });
  // One fraction in General among the example's percentages (1 with "0%", shown "100%").
  await fractions("one-cell.xlsx", { H12: 0.6 });
  // A number over 2 (2.5 would be 250%): the column is percentages, and 0.6 is 0.6%.
  await fractions("mixed.xlsx", { H12: 0.6, H13: 100, H19: 100 });
});
afterAll(() => removeTmp(dir));

async function check(name: string) {
  const r = await run(["check", name, "--json"], dir);
  return parseCheckJson(r.stdout).sheets[0];
}

describe("a fulfilment column of fractions in General", () => {
  it("reads 0.6 as 60%: one note for the column, and the figures 80, 100 and 90", async () => {
    const sheet = await check("fractions.xlsx");
    expect(sheet.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["H12", "VALUE-FORMAT", "note"],
      ["I19", "STRUCT-EMPTY", "warning"], // the example's own
    ]);
    expect(sheet.findings[0].message.en).toBe(
      "The fulfilment column holds fractions (0.6 for 60%) with no percentage format: its 3 numbers are read as percentages. Give the column a percentage format (Format Cells → Percentage) to show them as such.",
    );
    expect(sheet.findings[0].message.mn).toMatch(
      /^Гүйцэтгэлийн хувийг бутархай тоогоор \(0,6 нь 60%\)/,
    );
    expect(sheet.findings[0].fix).toBeUndefined(); // a fix would write a value over the formula
    // Activity 1.1.: (60 + 100) / 2 = 80; part two's activity: 100; overall (80 + 100) / 2 = 90.
    expect(sheet.figures?.objectives?.map((o) => o.value)).toEqual([80, 100]);
    expect(sheet.figures?.overall).toBe(90);
  });

  it("reads the average under the column as a fraction too: 0.8 is part one's 80", async () => {
    const sheet = await check("average.xlsx");
    expect(sheet.findings.map((f) => [f.cell, f.code])).toEqual([
      ["H12", "VALUE-FORMAT"],
      ["I19", "STRUCT-EMPTY"],
    ]);
    expect(sheet.findings[0].message.en).toMatch(/: its 4 numbers are read as percentages/);
    expect(sheet.figures?.overall).toBe(90);
  });

  it("holds a wrong fraction against the computed figure as a percentage, and fixes it as a fraction", async () => {
    const sheet = await check("wrong.xlsx");
    const h12 = sheet.findings.filter((f) => f.cell === "H12" && f.code === "CALC-MISMATCH");
    expect(h12.map((f) => [f.severity, f.fix])).toEqual([["error", { cell: "H12", value: 0.6 }]]);
    expect(h12[0].message.en).toMatch(/^Stated fulfilment 63%, computed 60%/);
    // The computed 60 replaces the stated 63: (60 + 100) / 2 = 80, overall 90.
    expect(sheet.figures?.overall).toBe(90);
  });

  it("is left to Compute as it is: nothing written, the person's formula kept", async () => {
    const r = await run(["compute", "fractions.xlsx", "-o", "computed.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 нүд бөглөв; хүний бичсэн утгатай 0 нүдийг хэвээр үлдээв/);
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet("Биелэлт")!;
    expect(ws.getCell("H12").value).toEqual({ formula: "12/20", result: 0.6 });
    expect([ws.getCell("H13").value, ws.getCell("H19").value]).toEqual([1, 1]);
  });
});

describe("a fulfilment column of fractions through Word and back", () => {
  it("prints them as the percentages read, and the imported document gives the same figures", async () => {
    expect((await run(["export", "fractions.xlsx", "-o", "fractions.docx"], dir)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("fractions.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]);
    // The official document states percentages: 60% and 100% (twice), never «0,6» or «1».
    expect(texts.filter((t) => /^\d+(?:,\d+)?%$/u.test(t))).toEqual(["60%", "100%", "100%"]);
    expect(texts).not.toContain("0,6");

    expect((await run(["import", "fractions.docx", "-o", "imported.xlsx"], dir)).code).toBe(0);
    const sheet = await check("imported.xlsx");
    expect(sheet.findings.map((f) => f.code)).toEqual(["STRUCT-EMPTY"]); // the example's own
    expect(sheet.figures?.objectives?.map((o) => o.value)).toEqual([80, 100]);
    expect(sheet.figures?.overall).toBe(90);
  });
});

describe("a fulfilment column that is not of fractions", () => {
  it("a number over 2 among them: 0.6 is read as 0.6%, against the computed 60%", async () => {
    const sheet = await check("mixed.xlsx");
    expect(sheet.findings.some((f) => f.code === "VALUE-FORMAT")).toBe(false);
    const h12 = sheet.findings.filter((f) => f.cell === "H12");
    expect(h12.map((f) => f.code)).toEqual(["CALC-MISMATCH"]);
    expect(h12[0].message.en).toMatch(/^Stated fulfilment 0\.6%, computed 60%/);
  });
});

describe("fractions among percentages", () => {
  it("a column of ones: each target met, 100%", async () => {
    const sheet = await check("ones.xlsx");
    expect(sheet.findings.map((f) => [f.cell, f.code])).toEqual([
      ["H12", "VALUE-FORMAT"],
      // 12 of 20 is 60%, read from free text: a suggestion against the person's 100%.
      ["H12", "CALC-MISMATCH"],
      ["I19", "STRUCT-EMPTY"],
    ]);
    expect(sheet.findings[1].message.en).toMatch(/^Stated fulfilment 100%, computed 60%/);
    // The person's 100% stands where the figure is only a suggestion: (100 + 100) / 2 = 100.
    expect(sheet.figures?.objectives?.map((o) => o.value)).toEqual([100, 100]);
    expect(sheet.figures?.overall).toBe(100);
  });

  it("a fraction in General among cells with a % format: only it is read as a fraction", async () => {
    const sheet = await check("one-cell.xlsx");
    expect(sheet.findings.map((f) => [f.cell, f.code])).toEqual([
      ["H12", "VALUE-FORMAT"],
      ["I19", "STRUCT-EMPTY"],
    ]);
    expect(sheet.findings[0].message.en).toMatch(/: its number is read as a percentage/);
    expect(sheet.figures?.overall).toBe(90);
  });
});
