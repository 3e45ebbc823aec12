import { checkSheet } from "../../src/taskpane/actions/check";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { createTemplateSheet, type TemplateForm } from "../../src/taskpane/actions/template";
import { Journal } from "../../src/taskpane/failure";
import { sheetNamed } from "../../src/workbook/memory/model";
import { fakeWorkbook } from "./workbook";

const FORM: TemplateForm = {
  template: "anticorruption-report",
  org: "Нийгмийн даатгалын ерөнхий газар",
  unit: "",
  year: "2026",
  period: "year",
  approver: "",
  drafter: "",
};

describe("an anti-corruption report made in the pane", () => {
  it("is rated by its template's scheme: the example's 95 is valid and the товчоо states 97.5", async () => {
    const book = fakeWorkbook([]);
    const made = await createTemplateSheet(book.port, book.state(), FORM, true, new Journal());
    const run = await checkSheet(book.port, made.state, made.sheet);
    expect(run.result.findings.filter((f) => f.code === "RATING-INVALID")).toEqual([]);

    book.activate(made.sheet);
    const summary = await writeSummaries(book.port, new Journal());
    const sheet = sheetNamed(book.excel.workbook, summary.written[0]);
    const total = Object.entries(sheet?.cells ?? {}).find(([, c]) => c.value === "Нийт");
    const row = total?.[0].replace(/^[A-Z]+/, "");
    const figures = Object.entries(sheet?.cells ?? {})
      .filter(([a, c]) => a.replace(/^[A-Z]+/, "") === row && typeof c.value === "number")
      .map(([, c]) => c.value);
    // The example rates its two measures 100 and 95: (100 + 95) / 2 = 97.5.
    expect(figures).toContain(97.5);
  });
});
