import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  EMPTY_SHEET,
  OTHER_SHEET,
  PLAN_SHEET,
  bigTable,
  cfbFile,
  emptyWorkbook,
  peopleFile,
  stateOnlyWorkbook,
  storedZip,
} from "../fixtures/xlsx/make-fixtures";
import { expectedExit, makeTmp, parseCheckJson, removeTmp, run, type Run } from "./helpers";

let dir: string;
const write = (name: string, bytes: Buffer | string) =>
  fs.writeFileSync(path.join(dir, name), bytes);

beforeAll(async () => {
  dir = makeTmp("input");
  write("people.xlsx", await peopleFile());
  const good = await peopleFile();
  write("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2)));
  write("notes.xlsx", "Гүйцэтгэлийн төлөвлөгөө\n1.1. Сургалт зохион байгуулах\n");
  write("zero.xlsx", Buffer.alloc(0));
  write("empty-workbook.xlsx", await emptyWorkbook());
  write("state-only.xlsx", await stateOnlyWorkbook());
  write("protected.xlsx", cfbFile(["EncryptionInfo", "EncryptedPackage"]));
  write("old.xlsx", cfbFile(["Workbook"]));
  write("letter.xlsx", storedZip({ "word/document.xml": "<w:document/>" }));
  write("plan.xls", cfbFile(["Workbook"]));
  write("plan.csv", "Д/д;Шалгуур үзүүлэлт\n");
  fs.mkdirSync(path.join(dir, "folder.xlsx"));
  const lookup = new ExcelJS.Workbook();
  lookup.addWorksheet(OTHER_SHEET).getCell("C3").value = "Аймаг";
  await lookup.xlsx.writeFile(path.join(dir, "no-table.xlsx"));
});
afterAll(() => removeTmp(dir));

/** An unusable input: status 2, nothing on stdout, the reason in both languages, no stack trace. */
function expectUnusable(r: Run, mn: RegExp | string, en: RegExp | string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(mn);
  expect(r.stderr).toMatch(en);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const lines = r.stderr.trim().split("\n");
  expect(lines[0]).toMatch(/[А-Яа-яӨөҮү]/);
}

describe("a file made by another program", () => {
  it("checks the sheet holding the plan (header on row 7, merged objective rows) and no other", async () => {
    const r = await run(["check", "people.xlsx", "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(r.code).toBe(expectedExit(doc));
    expect(doc.sheets.map((s) => s.sheet)).toEqual([PLAN_SHEET]);
    const sheet = doc.sheets[0];
    expect(sheet.template).toBe("org-plan");
    // Two objective rows, merged across the table: "Нэг. …" (row 9) and "Зорилт 2. …" (row 13).
    expect(sheet.figures.objectives).toHaveLength(2);
    // Nothing is reported about the approval block and title above the header.
    expect(sheet.findings.filter((f) => Number(/\d+$/.exec(f.cell)![0]) <= 7)).toEqual([]);
  });

  it("lists the sheets it left aside in the readable report", async () => {
    const r = await run(["check", "people.xlsx", "--lang", "en"], dir);
    expect(r.stdout).toContain(`Sheet «${PLAN_SHEET}» — `);
    expect(r.stdout).toContain(`not checked: «${OTHER_SHEET}», «${EMPTY_SHEET}»`);
    expect(r.stdout).toMatch(/Total: \d+ errors?, \d+ warnings?, \d+ notes?\./);
  });

  it("checks only the sheet named with --sheet", async () => {
    const r = await run(["check", "people.xlsx", "--json", "--sheet", PLAN_SHEET], dir);
    expect(parseCheckJson(r.stdout).sheets.map((s) => s.sheet)).toEqual([PLAN_SHEET]);
  });

  it("says so when the sheet named holds no table, or does not exist", async () => {
    expectUnusable(
      await run(["check", "people.xlsx", "--sheet", OTHER_SHEET], dir),
      `«${OTHER_SHEET}» хуудсанд танигдах хүснэгт`,
      `Sheet «${OTHER_SHEET}» holds no known table`,
    );
    const missing = await run(["check", "people.xlsx", "--sheet", "Тайлан"], dir);
    expectUnusable(missing, "«Тайлан» нэртэй хуудас алга", "There is no sheet named «Тайлан»");
    expect(missing.stderr).toContain(`«${PLAN_SHEET}», «${OTHER_SHEET}», «${EMPTY_SHEET}»`);
  });
});

describe("input that cannot be used", () => {
  it.each([
    ["notes.xlsx", "Excel-ийн .xlsx файл биш", "not an Excel .xlsx file"],
    ["truncated.xlsx", "гэмтсэн эсвэл бүрэн хуулагдаагүй", "damaged or was not copied completely"],
    ["zero.xlsx", "Файл хоосон байна (0 байт)", "The file is empty (0 bytes)"],
    ["empty-workbook.xlsx", "ажлын хуудас алга", "no worksheets"],
    ["state-only.xlsx", "ажлын хуудас алга", "no worksheets"],
    ["protected.xlsx", "нууц үгээр хамгаалагдсан", "password-protected"],
    ["old.xlsx", "Excel 97-2003 (.xls)", "Excel 97-2003 (.xls)"],
    ["letter.xlsx", "Excel-ийн .xlsx файл биш", "not an Excel .xlsx file"],
    ["plan.xls", "хуучин Excel 97-2003 (.xls)", "old Excel 97-2003 (.xls) file"],
    ["plan.csv", ".xlsx өргөтгөлтэй Excel файл биш", "is not an .xlsx Excel file"],
    ["folder.xlsx", "файл биш, хавтас", "is a folder, not a file"],
    ["missing.xlsx", "«missing.xlsx» файл олдсонгүй", "File «missing.xlsx» not found"],
    ["no-table.xlsx", "аль ч хуудсанд танигдах хүснэгт", "No sheet of «no-table.xlsx» holds"],
  ])("%s", async (file, mn, en) => {
    const r = await run(["check", file, "--json"], dir);
    expectUnusable(r, mn, en);
    expect(r.stderr).toContain(file);
  });

  it.each([
    [["check"], "<file.xlsx> өгөөгүй", "<file.xlsx> is missing"],
    [["check", "a.xlsx", "b.xlsx"], "Илүү аргумент: «b.xlsx»", "Unexpected arguments: «b.xlsx»"],
    [
      ["check", "people.xlsx", "--scheme", "gov-89-2017"],
      "«gov-89-2017»",
      "ndeg-anticorruption-2019",
    ],
    [["check", "people.xlsx", "--rounding", "up"], "«--rounding»", "round, truncate"],
    [["check", "people.xlsx", "--lang", "ru"], "«--lang»", "mn, en"],
    [["check", "people.xlsx", "--sheet"], "«--sheet» сонголтод утга", "needs a value"],
    [["check", "people.xlsx", "--fix"], "Тодорхойгүй сонголт: «--fix»", "Unknown option: «--fix»"],
    [["validate", "people.xlsx"], "«validate» гэсэн команд алга", "Unknown command «validate»"],
  ])("%j", async (argv, mn, en) => {
    expectUnusable(await run(argv, dir), mn, en);
  });
});

describe("help", () => {
  it("is printed in Mongolian and English, for the command line and for each command", async () => {
    const main = await run(["--help"], dir);
    expect(main).toMatchObject({ code: 0, stderr: "" });
    for (const command of ["scaffold", "check", "compute", "report-from-plan", "consolidate"]) {
      expect(main.stdout).toContain(`  ${command} `);
      const one = await run([command, "--help"], dir);
      expect(one.code).toBe(0);
      expect(one.stdout).toContain(`Хэрэглээ: guitsetgel ${command}`);
      expect(one.stdout).toContain(`Usage: guitsetgel ${command}`);
    }
    const none = await run([], dir);
    expect(none).toMatchObject({ code: 2, stdout: "" });
    expect(none.stderr).toContain("Usage: guitsetgel <command>");
  });
});

describe("progress on stderr", () => {
  it("shows only on a terminal", async () => {
    const quiet = await run(["check", "people.xlsx", "--json"], dir, false);
    expect(quiet.stderr).toBe("");
    const shown = await run(["check", "people.xlsx", "--json"], dir, true);
    expect(shown.stderr).toContain("«people.xlsx» файлыг уншиж байна…");
    expect(shown.stdout).toBe(quiet.stdout);
  });
});

describe("a 10,000-row sheet", () => {
  // Ten times the largest report an office has; the 50,000- and 100,000-row sizes are the bench's.
  beforeAll(async () => write("big.xlsx", await bigTable(10_000)));

  it("is checked, with progress on a terminal and the JSON intact on stdout", async () => {
    const r = await run(["check", "big.xlsx", "--json", "--lang", "en"], dir, true);
    const doc = parseCheckJson(r.stdout);
    expect(r.code).toBe(expectedExit(doc));
    expect(doc.sheets).toHaveLength(1);
    expect(doc.sheets[0].template).toBe("org-plan");
    expect(doc.sheets[0].figures.measures).toBeGreaterThan(0);
    expect(r.stderr).toContain("Reading «big.xlsx»…");
    expect(r.stderr).toContain("[1/1] «big.xlsx»: checking sheet «Нэгтгэл»…");
    // The progress line is cleared at the end.
    expect(r.stderr.endsWith("\r\x1b[K")).toBe(true);
  }, 180000);
});
