import { openXlsx, saveXlsx } from "../../src/preview/xlsx-file";
import { checkSheet } from "../../src/taskpane/actions/check";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { insertRow } from "../../src/taskpane/actions/rows";
import { undoAction } from "../../src/taskpane/actions/undo";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { createTemplateSheet, type TemplateForm } from "../../src/taskpane/actions/template";
import { Journal } from "../../src/taskpane/failure";
import { createMemoryExcel, type MemoryExcel } from "../../src/workbook/memory/excel";
import { sheetNamed } from "../../src/workbook/memory/model";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { fakeWorkbook, reportGrid, type FakeWorkbook } from "./workbook";

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
    const made = await createTemplateSheet(book.port, FORM, true, new Journal());
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

/*
 * The small report of test/taskpane/workbook.ts, worked by hand: 1.1 150 of 200 = 75 (H5), 1.2
 * 4 of 4 = 100 (H6), 2.1 10 of 20 = 50 (H8), 2.2 100 of 100 = 100 (H9); objective 1
 * (75 + 100) / 2 = 87.5, objective 2 (50 + 100) / 2 = 75, overall (75 + 100 + 50 + 100) / 4 =
 * 81.25 → 81.3.
 */
const REPORT = "Биелэлт";

/** A workbook saved as .xlsx and opened again, as the preview's file buttons do it. */
async function reopened(book: FakeWorkbook): Promise<{ excel: MemoryExcel; port: OfficeWorkbook }> {
  const bytes = await saveXlsx(book.excel.workbook);
  const opened = await openXlsx(bytes.slice().buffer);
  if (!opened.ok) throw new Error(opened.error.message.en);
  const excel = createMemoryExcel(opened.workbook);
  return { excel, port: new OfficeWorkbook(excel) };
}

const visible = (excel: MemoryExcel) =>
  excel.workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);

describe("Compute in the pane", () => {
  it("shows each objective's figure and the overall one with the cells they come from", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const run = await computeActiveSheet(book.port, new Journal());
    expect(run.writes.map((w) => [w.cell, w.value])).toEqual([
      ["H5", 0.75],
      ["H6", 1],
      ["H8", 0.5],
      ["H9", 1],
    ]);
    expect(run.figures.lines.map((l) => [l.label.mn, l.value, l.cells])).toEqual([
      ["Зорилт 1", 87.5, ["H5", "H6"]],
      ["Зорилт 2", 75, ["H8", "H9"]],
    ]);
    expect(run.figures.overall).toMatchObject({ value: 81.3, cells: ["H5", "H6", "H8", "H9"] });
  });
});

describe("the pane's summaries", () => {
  it("replace themselves in place after a save and reopen, also clicked with the товчоо active", async () => {
    const book = fakeWorkbook([reportGrid()]);
    await computeActiveSheet(book.port, new Journal());
    const first = await writeSummaries(book.port, new Journal());
    expect(first.written).toEqual(["Товчоо", "Биелэлтийн нэгтгэл"]);

    const again = await reopened(book);
    const summary = again.excel.workbook.sheets.find((s) => s.name === "Товчоо");
    again.excel.workbook.activeSheetId = summary?.id ?? "";
    const second = await writeSummaries(again.port, new Journal());
    expect(second.sheet).toBe(REPORT);
    expect(second.written).toEqual(["Товчоо", "Биелэлтийн нэгтгэл"]);
    expect(visible(again.excel)).toEqual([REPORT, "Товчоо", "Биелэлтийн нэгтгэл"]);
  });

  it("are checked with their table: a figure the table no longer gives is reported at its cell", async () => {
    const book = fakeWorkbook([reportGrid()]);
    await computeActiveSheet(book.port, new Journal());
    await writeSummaries(book.port, new Journal());
    const clean = await checkSheet(book.port, book.state(), REPORT);
    expect(clean.result.findings.filter((f) => f.sheet === "Товчоо")).toEqual([]);

    // A person corrects 1.1's achieved level to 100 of 200 = 50 %: objective 1 is now
    // (50 + 100) / 2 = 75, overall (50 + 100 + 50 + 100) / 4 = 75; 1.1 moves from the "70"
    // band (70-99) to "30" (30-69). (A stated % alone no longer moves it: the computed counts.)
    book.type(REPORT, "G5", 100);
    const stale = await checkSheet(book.port, book.state(), REPORT);
    const onSummary = stale.result.findings.filter((f) => f.sheet === "Товчоо");
    expect(onSummary.map((f) => [f.code, f.fix?.value])).toEqual([
      ["RATING-COUNT", undefined], // objective 1, "70": 1 → none
      ["RATING-COUNT", 1], // objective 1, "30": none → 1
      ["RATING-AGGREGATE", 75], // objective 1: 87.5 → 75
      ["RATING-COUNT", undefined], // total, "70": 1 → none
      ["RATING-COUNT", 2], // total, "30": 1 → 2
      ["RATING-AGGREGATE", 75], // total: 81.3 → 75
      ["RATING-COUNT", undefined], // the written conclusion no longer matches
    ]);
    // Checked from the товчоо itself, the same findings come back with its table's.
    const fromSummary = await checkSheet(book.port, book.state(), "Товчоо");
    expect(fromSummary.sheet).toBe(REPORT);
    expect(fromSummary.result.findings.filter((f) => f.sheet === "Товчоо")).toEqual(onSummary);
  });
});

describe("«Буцаах»", () => {
  it("puts back the cells Compute filled, leaving one a person has changed since", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const journal = new Journal();
    await computeActiveSheet(book.port, journal);
    book.type(REPORT, "H6", 0.9);
    const undone = await undoAction(book.port, journal);
    expect(undone.kept).toBe(1);
    expect(["H5", "H8", "H9"].map((c) => book.value(REPORT, c))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(book.value(REPORT, "H6")).toBe(0.9);
    expect(book.state().sheets[REPORT]?.computed ?? []).toEqual([]);
  });

  it("puts back the summary a new one replaced, where it was, and nothing of the new one", async () => {
    const book = fakeWorkbook([reportGrid()]);
    await computeActiveSheet(book.port, new Journal());
    await writeSummaries(book.port, new Journal());
    const before = JSON.stringify(sheetNamed(book.excel.workbook, "Товчоо"));
    book.type(REPORT, "H5", 0.5);
    book.activate(REPORT);
    const journal = new Journal();
    await writeSummaries(book.port, journal);
    expect(JSON.stringify(sheetNamed(book.excel.workbook, "Товчоо"))).not.toBe(before);
    await undoAction(book.port, journal);
    expect(book.sheetNames()).toEqual([REPORT, "Товчоо", "Биелэлтийн нэгтгэл"]);
    expect(JSON.stringify(sheetNamed(book.excel.workbook, "Товчоо"))).toBe(before);
  });
});

describe("adding a row in the pane", () => {
  it("adds an activity numbered next, numbering the ones after it on, and undoes it", async () => {
    const book = fakeWorkbook([reportGrid()]);
    book.excel.workbook.selection = "B5"; // 1.1.
    const journal = new Journal();
    const added = await insertRow(book.port, "activity", journal);
    expect(added.cell).toBe("B6");
    // 1.1. stays, the new row is 1.2., the old 1.2. is now 1.3. one row down.
    expect(["A5", "A6", "A7", "B7"].map((c) => book.value(REPORT, c))).toEqual([
      "1.1.",
      "1.2.",
      "1.3.",
      "Dүрэм журмыг шинэчлэх",
    ]);
    await undoAction(book.port, journal);
    expect(["A5", "A6", "A7"].map((c) => book.value(REPORT, c))).toEqual([
      "1.1.",
      "1.2.",
      "Зорилт 2. Үйлчилгээг цахимжуулах",
    ]);
  });

  it("adds a criterion row under an activity, its number and text merged over both rows", async () => {
    const book = fakeWorkbook([reportGrid()]);
    book.excel.workbook.selection = "D8"; // 2.1.'s criterion
    await insertRow(book.port, "criterion", new Journal());
    const merges = sheetNamed(book.excel.workbook, REPORT)?.merges ?? [];
    // Rows 8-9 (0-based 7-8): Д/д, the activity and the budget span the activity's two rows.
    for (const col of [0, 1, 2])
      expect(merges).toContainEqual({ top: 7, left: col, bottom: 8, right: col });
    expect(book.value(REPORT, "A10")).toBe("2.2.");
  });
});
