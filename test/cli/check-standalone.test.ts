import * as fs from "fs";
import * as path from "path";
import { ratedReportWorkbook } from "../fixtures/xlsx/rated-report";
import { summaryWorkbook } from "../fixtures/xlsx/standalone-summary";
import { expectedExit, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * `check` on tables offices publish standing alone, built with exceljs as a person types them
 * (test/fixtures/xlsx/standalone-summary.ts): what it prints, and the JSON.
 */

let dir: string;
beforeAll(async () => {
  dir = makeTmp("standalone");
  fs.writeFileSync(path.join(dir, "summary.xlsx"), await summaryWorkbook());
  fs.writeFileSync(path.join(dir, "summary-wrong.xlsx"), await summaryWorkbook({ C6: "20" }));
  fs.writeFileSync(path.join(dir, "rated.xlsx"), await ratedReportWorkbook());
  // The workbook carries its own scheme: any figure 0–40, one band.
  const own = {
    id: "aimag-0-40",
    name: { mn: "Аймгийн үнэлгээ (0-40 оноо)", en: "Aimag rating (0–40 points)" },
    max: 40,
    bands: [{ label: "0-40", min: 0, max: 40 }],
  };
  fs.writeFileSync(
    path.join(dir, "rated-own-scheme.xlsx"),
    await ratedReportWorkbook({}, { scheme: "custom", customScheme: own }),
  );
  // A carried scheme whose scale has no top.
  fs.writeFileSync(
    path.join(dir, "rated-bad-scheme.xlsx"),
    await ratedReportWorkbook({}, { scheme: "custom", customScheme: { ...own, max: "сорок" } }),
  );
});
afterAll(() => removeTmp(dir));

describe("check on an evaluation summary (товчоо) on its own", () => {
  it("prints it as a summary: two notes for the truncated figures, its areas' pooled means", async () => {
    const r = await run(["check", "summary.xlsx", "--lang", "en"], dir);
    // Notes only: exit 0.
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sheet «Товчоо» — Evaluation summary");
    expect(r.stdout).toContain("Notes (2):");
    // 1850 / 21 = 88.095: stated 88, the truncated 88.0.
    expect(r.stdout).toContain(
      "I5     RATING-AGGREGATE: Нийгмийн даатгалын үйлчилгээ: the stated 88 is (15×100 + 5×70 + 1×0) / 21 ≈ 88.09 truncated; rounded half up as the settings say, it is 88.1.",
    );
    // 1630 / 18 = 90.556: stated 90,5, the truncated 90.5.
    expect(r.stdout).toContain("(16×100 + 1×30 + 1×0) / 18 ≈ 90,55 truncated");
    expect(r.stdout).not.toContain("RATING-COUNT");
    // 53 measures, 50 at a level, 4460 / 50 = 89.2; area 1: 23 measures, 88.1.
    expect(r.stdout).toContain("Measures: 53; with a figure: 50; overall: 89.2");
    expect(r.stdout).toContain("Нийгмийн даатгалын үйлчилгээ: 23 measures, average 88.1");
  });

  it("gives the summary's figures and findings in the JSON", async () => {
    const r = await run(["check", "summary.xlsx", "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(r.code).toBe(expectedExit(doc));
    expect(doc.sheets).toHaveLength(1);
    const [sheet] = doc.sheets;
    expect(sheet.template).toBe("evaluation-summary");
    expect(sheet.findings.map((f) => [f.cell, f.code, f.severity, f.fix?.value])).toEqual([
      ["I5", "RATING-AGGREGATE", "note", "88.1"],
      ["I6", "RATING-AGGREGATE", "note", "90,6"],
    ]);
    expect(sheet.figures.overall).toBe(89.2);
    expect(sheet.figures.objectives.map((o) => o.value)).toEqual([88.1, 90.6, 89.1]);
  });

  it("exits 1 on counts that do not add up, and says so in Mongolian", async () => {
    const r = await run(["check", "summary-wrong.xlsx"], dir);
    expect(r.code).toBe(1);
    // C6: 16+0+1+1+1 = 19, not 20; C8: the areas' 23+20+11 = 54, not 53.
    expect(r.stdout).toContain(
      "C6     RATING-COUNT: Санхүү, төсөв: арга хэмжээний тоо 20 гэж бичсэн, түвшин тус бүрийн тоо нийлээд 16 («100») + 0 («70») + 1 («30») + 1 («0») + 1 («ХБ») = 19.",
    );
    expect(r.stdout).toContain(
      "Нийт мөрөнд арга хэмжээний тоо 53 гэж бичсэн, 3 мөрийн нийлбэр 54.",
    );
  });
});

describe("check on an older rated plan fulfilment (0–30)", () => {
  it("prints the rating above 30 and the overall figure out of 30 and as a percentage", async () => {
    const r = await run(["check", "rated.xlsx", "--lang", "en"], dir);
    // D8's 35 is an error: exit 1.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Sheet «Биелэлт» — Rated plan fulfilment report on a thirty-point scale",
    );
    expect(r.stdout).toContain("D8     RATING-INVALID: A rating must lie between 0 and 30: 35.");
    // (27 + 25.5 + 30) / 3 = 27.5; 27.5 / 30 = 91.67% → 91.7%.
    expect(r.stdout).toContain("Measures: 5; with a figure: 3; overall: 27.5");
    expect(r.stdout).toContain("Overall 27.5 out of 30, as a percentage 91.7%");
  });

  it("says it in Mongolian by default, and the JSON names the document kind", async () => {
    const text = await run(["check", "rated.xlsx"], dir);
    expect(text.stdout).toContain("Дундаж үнэлгээ 30 онооноос 27.5, хувиар 91.7%");
    const json = await run(["check", "rated.xlsx", "--json"], dir);
    const doc = parseCheckJson(json.stdout);
    expect(json.code).toBe(expectedExit(doc));
    expect(doc.sheets[0].template).toBe("rated-report");
    expect(doc.sheets[0].findings.map((f) => [f.cell, f.code])).toEqual([["D8", "RATING-INVALID"]]);
  });
});

describe("check on a rated table whose workbook carries its own scheme", () => {
  it("rates by the carried scheme: on its 0–40 scale, 35 is a rating", async () => {
    const r = await run(["check", "rated-own-scheme.xlsx", "--lang", "en"], dir);
    expect(r.stdout).not.toContain("RATING-INVALID");
    // Rated: 27, 25.5, 35, 30: 117.5 / 4 = 29.375 → 29.4, while «Дундаж үнэлгээ» states 27.5.
    expect(r.stdout).toContain(
      "D12    RATING-AGGREGATE: «Дундаж үнэлгээ» is stated as 27.5; computed from the measures it is 29.4.",
    );
    expect(r.stdout).toContain("Measures: 5; with a figure: 4; overall: 29.4");
    // 29.375 / 40 × 100 = 73.4375 → 73.4: the share of the exact figure, not of the rounded 29.4.
    expect(r.stdout).toContain("Overall 29.4 out of 40, as a percentage 73.4%");
  });

  // The table is then rated by its own template's scheme, the 0–30 one, not the default 206.
  it("reports a carried scheme that is not one in both languages, and still checks", async () => {
    const r = await run(["check", "rated-bad-scheme.xlsx", "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(r.code).toBe(expectedExit(doc));
    const scheme = doc.sheets[0].findings.filter((f) => f.code === "RATING-SCHEME");
    expect(scheme.map((f) => f.message)).toEqual([
      {
        mn: "Ажлын номд хадгалсан үнэлгээний аргачлал «Аймгийн үнэлгээ (0-40 оноо)» хэрэглэгдсэнгүй, оронд нь «Төсвийн ерөнхийлөн захирагчийн үнэлгээ (0-30 оноо)»-аар үнэлэв: Үнэлгээний дээд оноо (max) 0-ээс их тоо байх ёстой.",
        en: "The workbook's rating scheme «Aimag rating (0–40 points)» was not used, the table is rated by «Budget governor's rating (0–30 points)» instead: The top of the rating scale (max) must be a number above 0.",
      },
    ]);
  });
});
