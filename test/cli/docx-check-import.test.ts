import * as fs from "fs";
import * as path from "path";
import { SEED_LAYOUTS, seedDocx } from "../fixtures/docx/seed-documents";
import { loadXlsx, makeTmp, removeTmp, run, type CheckJson } from "./helpers";

/*
 * `guitsetgel check plan.docx` and `guitsetgel import plan.docx -o plan.xlsx` on Word documents
 * laid out as the source documents (test/fixtures/docx/seed-documents.ts), and the workflow
 * that goes on from the imported sheet.
 */

let dir: string;

beforeAll(async () => {
  dir = makeTmp("docx-cli");
  for (const name of ["seed000", "seed003"]) {
    fs.writeFileSync(path.join(dir, `${name}.docx`), await seedDocx(SEED_LAYOUTS[name]));
  }
}, 30_000);

afterAll(() => removeTmp(dir));

describe("check plan.docx", () => {
  it("cites each finding by table, row and column, with the cell's text", async () => {
    const { code, stdout } = await run(["check", "seed000.docx", "--lang", "en"], dir);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/^ {4}[A-Z]{1,3}\d+ /m);
    // 3.2.6 is the 16th row of the table (header row 1, column numbers row 2, 3.2.6 on the
    // transcription's row 27 of 12..52); its number is in column 1.
    expect(stdout).toContain("    Table 1, row 16, column 1 «3.2.6» STRUCT-NUMBER-FORMAT:");
    expect(stdout).toContain("           Fix: Table 1, row 16, column 1 → «3.2.6.»");
    // 4.4.1's empty target, after three page breaks whose repeated header rows are not counted:
    // transcription row 49 is the table's row 49 - 12 + 1 = 38; Зорилтот түвшин is column 6.
    expect(stdout).toContain("    Table 1, row 38, column 6 VALUE-MISSING:");
  });

  it("cites them in Mongolian by default, and in the JSON", async () => {
    const text = await run(["check", "seed000.docx"], dir);
    expect(text.stdout).toMatch(/Хүснэгт 1, мөр \d+, багана \d+ «/);
    const json = await run(["check", "seed000.docx", "--json", "--lang", "en"], dir);
    const parsed = JSON.parse(json.stdout) as CheckJson;
    expect(parsed.sheets[0].template).toBe("org-report");
    for (const f of parsed.sheets[0].findings) expect(f.cell).toMatch(/^(Table|Paragraph) \d+/);
  });
});

describe("import plan.docx -o plan.xlsx", () => {
  it("writes the official plan sheet, and the workflow goes on from it", async () => {
    const imported = await run(["import", "seed003.docx", "-o", "plan.xlsx", "--lang", "en"], dir);
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    expect(imported.stdout).toContain("performance plan");
    const wb = await loadXlsx(path.join(dir, "plan.xlsx"));
    const sheet = wb.worksheets.find((ws) => !ws.name.startsWith("_"))!;
    const values = sheet.getSheetValues().flat().map(String);
    // The title, the approval block's names and the first measure are on the sheet.
    expect(values.some((v) => v.includes("2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"))).toBe(true);
    expect(values).toContain("Б.БАТЖАРГАЛ");
    expect(values).toContain("1.1.");

    const report = await run(["report-from-plan", "plan.xlsx", "-o", "report.xlsx"], dir);
    expect(report.code).toBe(0);
    const computed = await run(["compute", "report.xlsx", "-o", "computed.xlsx"], dir);
    expect(computed.code).toBe(0);
    const checked = await run(["check", "computed.xlsx", "--json"], dir);
    expect([0, 1]).toContain(checked.code);
    const parsed = JSON.parse(checked.stdout) as CheckJson;
    expect(parsed.sheets.map((s) => s.template)).toContain("org-report");
  }, 60_000);

  it("refuses an input that is not a Word document, writing nothing", async () => {
    const r = await run(["import", "plan.xlsx", "-o", "again.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a Word .docx document");
    expect(fs.existsSync(path.join(dir, "again.xlsx"))).toBe(false);
  });
});
