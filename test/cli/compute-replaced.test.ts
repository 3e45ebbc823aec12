import * as fs from "fs";
import * as path from "path";
import { FILLED_SHEET, filledReport } from "../fixtures/filled-report";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("compute-replaced");
  fs.writeFileSync(at("filled.xlsx"), await filledReport());
});
afterAll(() => removeTmp(dir));

/** The cells of a summary sheet as one list of texts and figures. */
async function summaryValues(file: string, sheet: string): Promise<unknown[]> {
  const ws = (await loadXlsx(at(file))).getWorksheet(sheet)!;
  const values: unknown[] = [];
  ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
  return values;
}

describe("the command line on a report filled with formulas", () => {
  test("check: CALC-MISMATCH at the two wrong stated figures only, figures from the computed fulfilment", async () => {
    const r = await run(["check", "filled.xlsx", "--json"], dir);
    const sheet = parseCheckJson(r.stdout).sheets.find((s) => s.sheet === FILLED_SHEET)!;
    const mismatches = sheet.findings.filter((f) => f.code === "CALC-MISMATCH").map((f) => f.cell);
    expect(mismatches).toEqual(["H7", "H9"]);
    // Objective 1.1: (90 + 100) / 2 = 95; 1.2: (75 + 91.667 + 91.667) / 3 = 86.1;
    // overall (90 + 100 + 75 + 91.667 + 91.667) / 5 = 89.667 → 89.7.
    expect(sheet.figures.objectives.map((o) => o.value)).toEqual([95, 86.1]);
    expect(sheet.figures.overall).toBe(89.7);
    expect(sheet.figures.replaced).toEqual(["H7", "H9"]);
    // The readable report says it under the figures, as compute does.
    const text = await run(["check", "filled.xlsx", "--lang", "en"], dir);
    expect(text.stdout).toContain(
      "2 stated fulfilment figures (H7, H9) differ from the fulfilment computed from the levels; the figures use the computed fulfilment.",
    );
  });

  test("compute: says that two stated figures were replaced, in both languages, and the summaries say it too", async () => {
    const mn = await run(["compute", "filled.xlsx", "-o", "computed.xlsx"], dir);
    expect(mn.code).toBe(0);
    const sentence =
      "Гүйцэтгэлийн хувь бичсэн 2 нүдний утга (H7, H9) түвшнээс тооцсон хувиас зөрж байгаа тул дүнд тооцсон хувийг авав.";
    expect(mn.stdout).toContain(sentence);
    const en = await run(["compute", "filled.xlsx", "-o", "computed-en.xlsx", "--lang", "en"], dir);
    expect(en.stdout).toContain(
      "2 stated fulfilment figures (H7, H9) differ from the fulfilment computed from the levels; the figures use the computed fulfilment.",
    );
    // The person's formulas stay; the summaries carry the computed figures and the sentence.
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet(FILLED_SHEET)!;
    expect(ws.getCell("H9").value).toEqual({ formula: "G10/F10", result: 11 / 12 });
    const tovchoo = await summaryValues("computed.xlsx", "Товчоо");
    expect(tovchoo).toContain(sentence);
    expect(tovchoo).toContain(89.7);
    expect(await summaryValues("computed.xlsx", "Биелэлтийн нэгтгэл")).toContain(sentence);
  });
});
