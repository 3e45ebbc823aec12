import * as path from "path";
import ExcelJS from "exceljs";
import { openXlsx, saveXlsx } from "../../src/preview/xlsx-file";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { Journal } from "../../src/taskpane/failure";
import { createMemoryExcel } from "../../src/workbook/memory/excel";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { makeTmp, removeTmp, run } from "../cli/helpers";

/*
 * Compute in the pane beside a person's formula that shows nothing: =IFERROR(G12/F12,"") on the
 * example report's first criterion (its achieved level is free text, so the cell shows "").
 * The cell is read with its formula before anything is written, and kept.
 */
const FORMULA = 'IFERROR(G12/F12,"")';
let dir: string;

beforeAll(async () => {
  dir = makeTmp("pane-keeps-formulas");
  expect((await run(["scaffold", "org-report", "--example", "-o", "r.xlsx"], dir)).code).toBe(0);
});
afterAll(() => removeTmp(dir));

it("Compute in the pane keeps a person's formula showing nothing, and shows it as kept", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "r.xlsx"));
  const ws = wb.getWorksheet("Биелэлт")!;
  ws.getCell("H12").value = { formula: FORMULA, result: "" } as ExcelJS.CellFormulaValue;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const opened = await openXlsx(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  if (!opened.ok) throw new Error(opened.error.message.en);
  const ran = await computeActiveSheet(
    new OfficeWorkbook(createMemoryExcel(opened.workbook)),
    new Journal(),
  );
  expect(ran.writes).toEqual([]);
  // 12 of 20 is 60%: what the add-in would have written there.
  expect(ran.kept.map((k) => [k.cell, k.shown, k.computedShown])).toEqual([
    ["H12", `=${FORMULA}`, "60%"],
  ]);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await saveXlsx(opened.workbook)) as unknown as ExcelJS.Buffer);
  expect(saved.getWorksheet("Биелэлт")!.getCell("H12").formula).toBe(FORMULA);
});
