import { SEED_LAYOUTS, seedDocx } from "../fixtures/docx/seed-documents";
import { seed003 } from "../fixtures/seeds/seed003";
import { pane, previewPerTest, sheetTab, shot, waitForMoreSheets, workbook } from "./preview";

const openSession = previewPerTest();

/** The item numbers («1.1.», «6.3.1») of a sheet's column A, top to bottom. */
function itemNumbers(values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === "string" && /^\d+(\.\d+)+\.?$/.test(v));
}

describe("«Word файлаас» in the preview page", () => {
  it("opens seed 003's plan as a Word document and writes it on a new sheet in the official layout", async () => {
    const { page } = await openSession();
    const p = pane(page);
    const before = (await workbook(page)).sheets.length;

    const chooser = page.waitForEvent("filechooser");
    await p.getByRole("button", { name: "Word файл нээх" }).click();
    await (
      await chooser
    ).setFiles({
      name: "Төлөвлөгөө-2026.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await seedDocx(SEED_LAYOUTS.seed003),
    });
    await waitForMoreSheets(page, before);
    const notice = await p.getByText(/хуудас үүслээ\.$/).innerText();
    const name = /«(.+)» хуудас үүслээ/.exec(notice)?.[1] as string;
    await expect(sheetTab(page, name).getAttribute("aria-selected")).resolves.toBe("true");
    await shot(page, "docx-import");

    const sheet = (await workbook(page)).sheets.find((s) => s.name === name)!;
    const columnA = Object.entries(sheet.cells)
      .filter(([address]) => /^A\d+$/.test(address))
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([, cell]) => cell.value);
    // Every measure and criterion of the Word document, in its order, as the seed holds them.
    expect(itemNumbers(columnA)).toEqual(itemNumbers(seed003.cells.map((row) => row[0])));
    const texts = Object.values(sheet.cells).map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"))).toBe(true);
  });
});
