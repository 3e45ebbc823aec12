import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * A person's literal «_x0041_» in a cell the add-in does not touch (issue 15): exceljs reads the
 * file's «_x005F_x0041_» as «_x0041_» but wrote it back bare, which Excel shows as «A».
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("literal-escapes");
  expect((await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir)).code).toBe(
    0,
  );
  // The person's note on a sheet of their own, beside the report.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(path.join(dir, "report.xlsx")) as unknown as ExcelJS.Buffer);
  book.addWorksheet("Тэмдэглэл").getCell("A1").value = "Код _x0041_ ба _x005F_ хэвээр";
  // Written as Excel writes it: the literal underscores escaped.
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  for (const name of Object.keys(zip.files).filter((n) =>
    /sharedStrings|sheet\d+\.xml$/u.test(n),
  )) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace("Код _x0041_ ба _x005F_", "Код _x005F_x0041_ ба _x005F_x005F_"));
  }
  fs.writeFileSync(path.join(dir, "noted.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
});
afterAll(() => removeTmp(dir));

describe("a literal «_x0041_» in a person's cell", () => {
  it("comes back from compute as the person typed it", async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(path.join(dir, "noted.xlsx"));
    expect(before.getWorksheet("Тэмдэглэл")!.getCell("A1").value).toBe(
      "Код _x0041_ ба _x005F_ хэвээр",
    );
    expect((await run(["compute", "noted.xlsx", "-o", "out.xlsx"], dir)).code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path.join(dir, "out.xlsx"));
    expect(after.getWorksheet("Тэмдэглэл")!.getCell("A1").value).toBe(
      "Код _x0041_ ба _x005F_ хэвээр",
    );
  });
});
