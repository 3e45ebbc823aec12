import ExcelJS from "exceljs";
import { readThemesAsTheyCome } from "../../src/cli/exceljs-theme";

async function themes(bytes: Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return (wb.model as unknown as { themes: Record<string, string> }).themes;
}

it("reads a file's theme as the text exceljs's own reader makes of it", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Тайлан").getCell("A1").value = "Гүйцэтгэл";
  const bytes = (await wb.xlsx.writeBuffer()) as unknown as Buffer;
  const byExceljs = (await themes(bytes)) as Record<string, string>;
  readThemesAsTheyCome();
  expect(Object.keys(byExceljs)).toEqual(["theme1"]);
  expect(byExceljs.theme1).toContain("<a:theme");
  expect(await themes(bytes)).toEqual(byExceljs);
});
