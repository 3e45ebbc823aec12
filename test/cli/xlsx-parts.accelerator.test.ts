/**
 * The equivalence test of cli/xlsx-parts.accelerator.ts: exceljs reading the zip readXlsx loaded,
 * each part unpacked at once by zlib, reads every workbook as exceljs reads the same bytes through
 * jszip's own workers; read for its sheets only, the same sheets without the theme and the
 * document's properties; and a damaged part is refused as before.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readLoadedZips } from "../../src/cli/xlsx-parts.accelerator";
import { useNativeZip } from "../../src/cli/native-zip";
import { readXlsx } from "../../src/workbook";
import { peopleFile } from "../fixtures/xlsx/make-fixtures";
import { indicatorPlanXlsx, INDICATOR_PLAN_TITLE } from "../fixtures/xlsx/indicator-plan";
import { generateReport } from "../fixtures/generate-report";
import { partsOf, zipOf } from "../safety/hostile-xlsx-files";
import { makeTmp, removeTmp, run, writeGrids } from "./helpers";

/** The workbook's whole model as plain data (dates as text), to compare two readings. */
const plain = (model: unknown): unknown => JSON.parse(JSON.stringify(model));

/** exceljs alone reading the bytes: a copy, which readXlsx never offered, so jszip unpacks it. */
async function byJszip(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function accelerated(bytes: Buffer, sheetsOnly = false): Promise<ExcelJS.Workbook> {
  const read = await readXlsx(bytes, { sheetsOnly });
  if (!read.ok) throw new Error(read.error.message.en);
  return read.workbook;
}

/**
 * A zip of these parts, each stored as it is (method 0), as some writers store small parts;
 * each claims `claimed` bytes unpacked in the zip's directory (by default, its length).
 */
const storedZip = (
  parts: Map<string, Buffer>,
  claimed = (_name: string, data: Buffer) => data.length,
): Buffer =>
  zipOf(
    [...parts].map(([name, data]) => ({
      name,
      data,
      method: 0 as const,
      crc: 0,
      size: claimed(name, data),
    })),
  );

let dir: string;
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  useNativeZip();
  readLoadedZips();
  dir = makeTmp("xlsx-parts");
  expect((await run(["scaffold", "org-report", "--example", "-o", "example.xlsx"], dir)).code).toBe(
    0,
  );
  files["the scaffolded example report"] = fs.readFileSync(path.join(dir, "example.xlsx"));
  files["a plan as people fill it (merges, rich text, formulas, a link, the state sheet)"] =
    await peopleFile();
  files["an indicator plan with per-year targets"] = await indicatorPlanXlsx(
    INDICATOR_PLAN_TITLE.replace("{year}", "2023"),
  );
  await writeGrids(path.join(dir, "report.xlsx"), [generateReport(200)]);
  files["a generated 200-row report"] = fs.readFileSync(path.join(dir, "report.xlsx"));
  files["the example report with its parts stored, not deflated"] = storedZip(
    await partsOf(files["the scaffolded example report"]),
  );
}, 60_000);
afterAll(() => removeTmp(dir));

const names = () => Object.keys(files);

describe("exceljs reading the zip readXlsx loaded", () => {
  it.each([
    "the scaffolded example report",
    "a plan as people fill it (merges, rich text, formulas, a link, the state sheet)",
    "an indicator plan with per-year targets",
    "a generated 200-row report",
    "the example report with its parts stored, not deflated",
  ])("reads %s as exceljs alone reads it", async (name) => {
    expect(names()).toContain(name);
    const bytes = files[name];
    expect(plain((await accelerated(bytes)).model)).toEqual(plain((await byJszip(bytes)).model));
  });

  it("reads only the sheets when asked: the same sheets, styles and names, no theme or properties", async () => {
    for (const name of names()) {
      const bytes = files[name];
      const fast = (await accelerated(bytes, true)).model;
      const slow = (await byJszip(bytes)).model;
      expect(plain(fast.worksheets)).toEqual(plain(slow.worksheets));
      expect(plain(fast.definedNames)).toEqual(plain(slow.definedNames));
      expect(Object.keys(slow.themes ?? {})).not.toHaveLength(0);
      // The theme part was left unread: the accelerator, not exceljs's own load, read the file.
      expect(fast.themes ?? {}).toEqual({});
    }
  });

  it("refuses a part that unpacks to more than its directory says, as a damaged file", async () => {
    const parts = await partsOf(files["the scaffolded example report"]);
    // The sheet claims 100 bytes fewer than it holds.
    const bytes = storedZip(parts, (name, data) =>
      name === "xl/worksheets/sheet1.xml" ? data.length - 100 : data.length,
    );
    await expect(byJszip(bytes)).rejects.toThrow(/size mismatch/);
    const read = await readXlsx(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.kind).toBe("damaged");
  });
});
