import { wordOfActiveSheet } from "../../src/taskpane/actions/word";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { Journal } from "../../src/taskpane/failure";
import { fakeWorkbook, reportGrid } from "../taskpane/workbook";
import { docxParts, tablesOf, textOf } from "./docx-write-xml";

describe("«Word болгон хадгалах» in the pane", () => {
  it("writes the active report alone until its summaries are made, then with them", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const alone = await wordOfActiveSheet(book.port);
    expect(alone.file).toBe("Биелэлт.docx");
    expect(alone.parts).toEqual(["Биелэлт"]);
    expect(textOf((await docxParts(alone.bytes)).document)).toContain(
      "ТУРШИЛТЫН ХЭЛТСИЙН 2025 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ",
    );

    await writeSummaries(book.port, new Journal());
    // With a summary active, the document is of the report it was made from.
    book.activate("Товчоо");
    const withSummaries = await wordOfActiveSheet(book.port);
    expect(withSummaries.parts).toEqual(["Биелэлт", "Товчоо", "Биелэлтийн нэгтгэл"]);
    const summary = tablesOf((await docxParts(withSummaries.bytes)).document).find((t) =>
      t[0].text.startsWith("Зорилт | Зорилтын тоо"),
    );
    // 150 of 200 (75), 4 of 4 (100), 10 of 20 (50), 100 of 100 (100): 325 / 4 = 81.25, 81,3.
    expect(summary?.at(-1)?.text).toMatch(/^Нийт \| 2 \| 4 \|.*\| 81,3$/u);
  });
});
