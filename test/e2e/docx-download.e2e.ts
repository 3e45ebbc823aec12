import * as fs from "fs";
import JSZip from "jszip";
import { smallReportFile } from "./fixtures";
import { openFile, pane, previewPerTest, shot, waitForMoreSheets, workbook } from "./preview";

const openSession = previewPerTest();

/** Word's text runs of a document part, joined. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");

describe("«Word болгон хадгалах» in the preview page", () => {
  it("downloads the report and its summaries as a .docx with the title inside", async () => {
    const { page } = await openSession({ view: "summary" });
    const p = pane(page);
    await openFile(page, "report.xlsx", await smallReportFile());
    const before = (await workbook(page)).sheets.length;
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    await waitForMoreSheets(page, before);

    const download = page.waitForEvent("download");
    await p.getByRole("button", { name: "Word болгон хадгалах" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("Биелэлт.docx");
    await p
      .getByText(
        "«Биелэлт», «Товчоо», «Биелэлтийн нэгтгэл» хуудсыг «Биелэлт.docx» Word баримт болгон татаж авлаа.",
      )
      .waitFor();
    await shot(page, "docx-download");

    const zip = await JSZip.loadAsync(fs.readFileSync(await file.path()));
    const types = await zip.file("[Content_Types].xml")?.async("string");
    expect(types).toContain(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    );
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(textOf(document)).toContain("ТУРШИЛТЫН ХЭЛТСИЙН 2025 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ");
    expect(textOf(document)).toContain("ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО");
    // Saving the document changed nothing in the workbook.
    expect((await workbook(page)).sheets).toHaveLength(before + 2);
  });
});
