/**
 * No data lost through the command line on .xlsx (test/cli/compute.test.ts compares every cell
 * after one compute): what else a person's workbook holds survives too, a write that fails
 * halfway leaves no half-written workbook and the previous output intact, and computing the
 * output again changes nothing and doubles nothing.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { generateReport } from "../fixtures/generate-report";
import { loadXlsx, makeTmp, putGrid, removeTmp, run } from "../cli/helpers";
import { readStateSheet } from "../../src/workbook/state";

const REPORT = "Биелэлт";
const OTHER = "Лавлах";
const HIDDEN = "Нууц";
let dir: string;
const at = (name: string) => path.join(dir, name);

/** A report among sheets dressed with what exceljs keeps: lists, highlights, notes, names, panes. */
async function dressedWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(REPORT, {
    properties: { tabColor: { argb: "FF00B050" } },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  putGrid(ws, generateReport(30, 3));
  ws.getCell("J4").value = { formula: "COUNTA(D4:D40)", result: 30 };
  ws.getCell("J5").value = "Тэмдэглэл";
  ws.getCell("J5").note = "Хянасан: Б. Бат";
  ws.getCell("J6").value = { text: "ndaatgal.mn", hyperlink: "https://ndaatgal.mn" };
  ws.getCell("E4").dataValidation = { type: "list", allowBlank: true, formulae: ['"1,2,3"'] };
  ws.addConditionalFormatting({
    ref: "F4:F40",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: ["10"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.pageSetup.orientation = "landscape";
  const other = wb.addWorksheet(OTHER);
  other.getCell("A1").value = { formula: `'${REPORT}'!J4*2`, result: 60 };
  other.getCell("A2").value = "=SUM(A1) бичсэн текст";
  other.getCell("A3").numFmt = "0.00%";
  other.getCell("A3").value = 0.125;
  wb.addWorksheet(HIDDEN, { state: "hidden" }).getCell("B2").value = "нууц утга";
  wb.definedNames.add(`'${OTHER}'!$A$1`, "Давхар");
  await wb.xlsx.writeFile(at("input.xlsx"));
}

beforeAll(async () => {
  dir = makeTmp("safety-cli");
  await dressedWorkbook();
});
afterAll(() => removeTmp(dir));

/** What a person's sheet holds beyond its cells' values and styles. */
function sheetExtras(ws: ExcelJS.Worksheet): unknown {
  const model = ws.model as unknown as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({
      state: ws.state,
      tab: ws.properties.tabColor,
      views: ws.views,
      page: ws.pageSetup.orientation,
      validations: model.dataValidations,
      highlights: model.conditionalFormattings,
      note: ws.getCell("J5").note ?? null,
      link: ws.getCell("J6").value,
    }),
  );
}

function workbookNames(wb: ExcelJS.Workbook): unknown {
  return (wb.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => n.name === "Давхар")
    .map((n) => n.ranges);
}

/** Every sheet's name and rows of values, in order. */
function valuesOf(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((row, n) => rows.push([n, row.values]));
    return { name: ws.name, rows };
  });
}

describe("the command line loses nothing of the person's", () => {
  it("keeps notes, links, lists, highlights, names, panes, hidden sheets and formulas", async () => {
    const r = await run(["compute", "input.xlsx", "-o", "out.xlsx"], dir);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const before = await loadXlsx(at("input.xlsx"));
    const after = await loadXlsx(at("out.xlsx"));
    expect((sheetExtras(before.getWorksheet(REPORT)!) as { note: unknown }).note).toBe(
      "Хянасан: Б. Бат",
    );
    for (const name of [REPORT, OTHER, HIDDEN]) {
      expect([name, sheetExtras(after.getWorksheet(name)!)]).toEqual([
        name,
        sheetExtras(before.getWorksheet(name)!),
      ]);
    }
    expect(workbookNames(after)).toEqual(workbookNames(before));
    const other = after.getWorksheet(OTHER)!;
    expect(other.getCell("A1").value).toEqual({ formula: `'${REPORT}'!J4*2`, result: 60 });
    expect(other.getCell("A2").value).toBe("=SUM(A1) бичсэн текст");
    expect([other.getCell("A3").value, other.getCell("A3").numFmt]).toEqual([0.125, "0.00%"]);
    expect(after.worksheets.slice(0, 3).map((ws) => ws.name)).toEqual([REPORT, OTHER, HIDDEN]);
  });

  it("leaves no half-written workbook when saving fails, says so in both languages, and runs again", async () => {
    const previous = fs.readFileSync(at("out.xlsx"));
    const rename = jest
      .spyOn(fs.promises, "rename")
      .mockRejectedValueOnce(Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    try {
      const failed = await run(["compute", "input.xlsx", "-o", "out.xlsx", "--force"], dir);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain("«out.xlsx» файлыг хадгалж чадсангүй (ENOSPC)");
      expect(failed.stderr).toContain("Cannot write «out.xlsx» (ENOSPC)");
    } finally {
      rename.mockRestore();
    }
    // The previous output is whole, and no temporary file is left beside it.
    expect(fs.readFileSync(at("out.xlsx")).equals(previous)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const again = await run(["compute", "input.xlsx", "-o", "out.xlsx", "--force"], dir);
    expect(again.code).toBe(0);
    const first = new ExcelJS.Workbook();
    await first.xlsx.load(previous as unknown as ExcelJS.Buffer);
    expect(valuesOf(await loadXlsx(at("out.xlsx")))).toEqual(valuesOf(first));
  });

  it("computing its own output again changes no value and adds no sheet or row", async () => {
    const r = await run(["compute", "out.xlsx", "-o", "twice.xlsx"], dir);
    expect(r.code).toBe(0);
    const once = await loadXlsx(at("out.xlsx"));
    const twice = await loadXlsx(at("twice.xlsx"));
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    expect(valuesOf(twice)).toEqual(valuesOf(once));
    expect(readStateSheet(twice)?.state.addinSheets).toEqual(
      readStateSheet(once)?.state.addinSheets,
    );
  });
});
