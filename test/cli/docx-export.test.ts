import * as fs from "fs";
import * as path from "path";
import { docxParts, pagesOf, tablesOf, textOf } from "../workbook/docx-write-xml";
import { reportGrid } from "../taskpane/workbook";
import { makeTmp, removeTmp, run, writeGrids } from "./helpers";

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
const docx = async (name: string) => docxParts(fs.readFileSync(at(name)));

/**
 * The scaffold's example report: measure 1.1 reached 12 of 20 companies (60 %) and 215 of 200
 * people (capped at 100 %), so 80 %; part two's one measure 100 %; the two measures 90 % together.
 */
beforeAll(async () => {
  dir = makeTmp("docx-export");
  expect((await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir)).code).toBe(
    0,
  );
  expect((await run(["compute", "report.xlsx", "-o", "computed.xlsx"], dir)).code).toBe(0);
});
afterAll(() => removeTmp(dir));

describe("guitsetgel export", () => {
  it("writes the computed report, its товчоо and its fulfilment summary as one Word document", async () => {
    const r = await run(["export", "computed.xlsx", "-o", "report.docx"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      "«report.docx» Word баримтад хадгалав: «Биелэлт», «Товчоо», «Биелэлтийн нэгтгэл».\n",
    );
    const { document } = await docx("report.docx");
    // Three parts, each on A4 landscape pages of its own.
    expect(pagesOf(document)).toEqual(Array(3).fill({ w: 16838, h: 11906, orient: "landscape" }));
    const text = textOf(document);
    expect(text).toContain("(Нэгжийн нэр) (Он) ОНЫ (ЭХНИЙ ХАГАС ЖИЛИЙН / ЖИЛИЙН ЭЦСИЙН) БИЕЛЭЛТ");
    const tables = tablesOf(document);
    const report = tables.find((t) => t[0].text.startsWith("Д/д | Стратеги"));
    expect(report?.filter((row) => row.header).map((row) => row.text)).toEqual([
      "Д/д | Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж | Төсөв | Шалгуур үзүүлэлт | Суурь түвшин | Зорилтот түвшин | Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/ | Гүйцэтгэлийн хувь",
    ]);
    // The fulfilment column as the sheet shows it ("0%").
    expect(report?.some((row) => row.text.endsWith("| 60%"))).toBe(true);
    const summary = tables.find((t) => t[0].text.startsWith("Зорилт | Зорилтын тоо"));
    expect(summary?.at(-1)?.text).toMatch(/^Нийт \| 1 \| 2 \|.*\| 90,0$/u);
    expect(text).toContain("хэрэгжилтийн явц эхний хагас жилийн байдлаар 90,0 хувьтай дүгнэгдэв.");
    expect(text).toContain("/80,0/.");
  });

  it("--what summary writes the товчоо and its conclusion alone", async () => {
    const r = await run(
      ["export", "computed.xlsx", "-o", "summary.docx", "--what", "summary"],
      dir,
    );
    expect(r.code).toBe(0);
    const text = textOf((await docx("summary.docx")).document);
    expect(text).toContain("ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО");
    expect(text).not.toContain("Д/д");
  });

  it("a report not yet computed is written alone, and says how to add its summaries", async () => {
    const r = await run(["export", "report.xlsx", "-o", "plain.docx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "guitsetgel: The workbook holds no summaries of «Биелэлт»: the Word document has the report only. Run «guitsetgel compute» first to include them.\n",
    );
    expect(r.stdout).toBe("Saved the Word document «plain.docx»: «Биелэлт».\n");
    expect(pagesOf((await docx("plain.docx")).document)).toHaveLength(1);
  });

  it.each([
    [["-o", "out.xlsx"], "The Word document's name must end in .docx: «out.xlsx»."],
    [["-o", "out.docx", "--what", "chart"], "«--what»"],
  ])("refuses %j with exit 2 and writes nothing", async (args, said) => {
    const r = await run(["export", "computed.xlsx", ...args, "--lang", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(fs.existsSync(at("out.docx")) || fs.existsSync(at("out.xlsx"))).toBe(false);
  });

  it("a workbook of two reports needs --sheet, and writes the one named", async () => {
    await writeGrids(at("two.xlsx"), [reportGrid("Хэлтэс А"), reportGrid("Хэлтэс Б")]);
    const both = await run(["export", "two.xlsx", "-o", "two.docx", "--lang", "en"], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(
      "The workbook holds several tables («Хэлтэс А», «Хэлтэс Б»): choose the sheet to export with --sheet.",
    );
    expect(fs.existsSync(at("two.docx"))).toBe(false);
    const one = await run(["export", "two.xlsx", "-o", "two.docx", "--sheet", "Хэлтэс Б"], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe("«two.docx» Word баримтад хадгалав: «Хэлтэс Б».\n");
  });

  it("says when the summaries show figures the sheet does not hold yet, and not once computed", async () => {
    // The small report's four fulfilment cells are empty until compute fills them.
    await writeGrids(at("small.xlsx"), [reportGrid("Биелэлт")]);
    const before = await run(
      ["export", "small.xlsx", "-o", "s.docx", "--what", "summary", "--lang", "en"],
      dir,
    );
    expect(before.code).toBe(0);
    expect(before.stderr).toContain("«Биелэлт» has 4 cells not computed");
    expect((await run(["compute", "small.xlsx", "-o", "small-c.xlsx"], dir)).code).toBe(0);
    const after = await run(
      ["export", "small-c.xlsx", "-o", "s.docx", "--what", "summary", "--force"],
      dir,
    );
    expect(after).toMatchObject({ code: 0, stderr: "" });
  });

  it("a plan has no товчоо to export", async () => {
    expect((await run(["scaffold", "org-plan", "--example", "-o", "plan.xlsx"], dir)).code).toBe(0);
    const r = await run(["export", "plan.xlsx", "-o", "plan.docx", "--what", "summary"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("товчоо");
    expect(fs.existsSync(at("plan.docx"))).toBe(false);
  });
});
