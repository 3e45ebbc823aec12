import { createFromWord } from "../../src/taskpane/actions/template";
import { Journal, Refusal } from "../../src/taskpane/failure";
import { SEED_LAYOUTS, seedDocx } from "../fixtures/docx/seed-documents";
import { fakeWorkbook, reportGrid } from "./workbook";

/*
 * The Загвар view's «Word файлаас»: a Word document's plan on a new sheet in the official
 * layout, read as the command line's `import` reads it; a file it cannot use writes nothing.
 */

const picked = (name: string, bytes: Uint8Array) => ({
  name,
  arrayBuffer: async () =>
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

describe("«Word файлаас»", () => {
  it("writes seed 003's plan on a new sheet, recorded as an organisation's plan", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const bytes = await seedDocx(SEED_LAYOUTS.seed003);
    const made = await createFromWord(book.port, picked("Төлөвлөгөө.docx", bytes), new Journal());
    expect(made.sheet).toBe("Төлөвлөгөө");
    expect(made.warnings).toEqual([]);
    expect(book.state().sheets["Төлөвлөгөө"].template).toBe("org-plan");
    const values = Object.values(
      book.excel.workbook.sheets.find((s) => s.name === "Төлөвлөгөө")?.cells ?? {},
    ).map((c) => c.value);
    // The approval block's names, the first measure and the part-two heading are on the sheet.
    expect(values).toEqual(expect.arrayContaining(["Б.БАТЖАРГАЛ", "Б.БАЯРТУЯА", "1.1."]));
    expect(values.some((v) => String(v).startsWith("Хоёр. Мэдлэг, ур чадвараа"))).toBe(true);
  }, 30_000);

  it("refuses an old .doc in both languages and writes nothing", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const sheets = book.sheetNames();
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const refused = createFromWord(book.port, picked("old.doc", doc), new Journal());
    await expect(refused).rejects.toBeInstanceOf(Refusal);
    await expect(refused).rejects.toMatchObject({
      text: {
        mn: expect.stringContaining("Word 97-2003"),
        en: expect.stringContaining("Word 97-2003"),
      },
    });
    expect(book.sheetNames()).toEqual(sheets);
  });
});
