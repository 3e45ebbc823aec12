import type { SheetModel } from "../../src/core/sheet";
import {
  createMemoryExcel,
  emptyWorkbook,
  gridOf,
  memoryWorkbookFromGrids,
  sheetNamed,
} from "../../src/workbook/memory";
import {
  ADDIN_SHEETS_SETTING,
  OfficeWorkbook,
  STATE_SETTING,
} from "../../src/workbook/office/adapter";
import {
  chunkText,
  defaultState,
  serializeState,
  type WorkbookState,
} from "../../src/workbook/state";

const state: WorkbookState = {
  version: 1,
  settings: { ...defaultState().settings, rounding: "truncate", language: "en" },
  sheets: {
    "Биелэлт 2025": { template: "org-report", computed: ["H10"], computedValues: { H10: 64 } },
  },
};

describe("OfficeWorkbook state", () => {
  it("round-trips the state through the workbook setting", async () => {
    const excel = createMemoryExcel();
    const office = new OfficeWorkbook(excel);
    await office.saveState(state);
    expect(excel.workbook.settings[STATE_SETTING]).toBe(serializeState(state));
    expect(await office.loadState()).toEqual({ state });
    // What is stored survives the workbook being saved as JSON (settings travel with the file).
    const reopened = new OfficeWorkbook(
      createMemoryExcel(JSON.parse(JSON.stringify(excel.workbook))),
    );
    expect(await reopened.loadState()).toEqual({ state });
  });

  it("gives the defaults for a workbook without state, in one sync", async () => {
    const excel = createMemoryExcel();
    expect(await new OfficeWorkbook(excel).loadState()).toEqual({ state: defaultState() });
    expect(excel.stats.syncs).toBe(1);
  });

  it("gives the defaults and a bilingual message when the stored state is damaged", async () => {
    const wb = emptyWorkbook();
    wb.settings[STATE_SETTING] = "{not json";
    const loaded = await new OfficeWorkbook(createMemoryExcel(wb)).loadState();
    expect(loaded.state).toEqual(defaultState());
    expect(loaded.message?.mn).toMatch(/гэмтсэн/);
    expect(loaded.message?.en).toMatch(/damaged/);
  });

  it("reads the state sheet of a file written by the .xlsx path", async () => {
    const text = serializeState(state);
    const wb = memoryWorkbookFromGrids([
      { sheet: "Биелэлт 2025", origin: { row: 0, col: 0 }, cells: [] },
      {
        sheet: "_guitsetgel",
        origin: { row: 0, col: 0 },
        cells: chunkText(text, 40).map((chunk) => [chunk]),
      },
    ]);
    expect(await new OfficeWorkbook(createMemoryExcel(wb)).loadState()).toEqual({ state });
  });

  it("refuses to save where workbook settings are missing (before ExcelApi 1.4)", async () => {
    const excel = createMemoryExcel(emptyWorkbook(), { apiSets: { ExcelApi: "1.3" } });
    await expect(new OfficeWorkbook(excel).saveState(state)).rejects.toMatchObject({
      kind: "unsupported",
    });
  });
});

describe("OfficeWorkbook.replaceAddinSheet", () => {
  const summary = (rows: number): SheetModel => ({
    name: "Товчоо",
    values: [
      ["Товчоо"],
      ["Зорилт", "Биелэлт"],
      ...Array.from({ length: rows }, (_, i) => [`Зорилт ${i + 1}`, 90 + i]),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    chart: {
      kind: "bar",
      title: "Биелэлт",
      labels: { top: 2, left: 0, bottom: rows + 1, right: 0 },
      values: { top: 2, left: 1, bottom: rows + 1, right: 1 },
      at: { row: rows + 3, col: 0 },
    },
    freeze: { rows: 1, cols: 0 },
  });

  it("writes its own sheet once, then replaces it in place, leaving a person's sheet alone", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Товчоо", origin: { row: 0, col: 0 }, cells: [["Хүний товчоо"]] },
    ]);
    const person = JSON.stringify(wb.sheets[0]);
    const excel = createMemoryExcel(wb);
    const office = new OfficeWorkbook(excel);

    const first = await office.replaceAddinSheet(summary(5));
    expect(first).toEqual({ name: "Товчоо (2)" });
    const mine = sheetNamed(excel.workbook, "Товчоо (2)")!;
    expect(JSON.parse(String(excel.workbook.settings[ADDIN_SHEETS_SETTING]))).toEqual({
      Товчоо: mine.id,
    });

    const second = await office.replaceAddinSheet(summary(2));
    expect(second).toEqual({ name: "Товчоо (2)" });
    expect(excel.workbook.sheets).toHaveLength(2);
    expect(JSON.stringify(excel.workbook.sheets[0])).toBe(person);
    const replaced = sheetNamed(excel.workbook, "Товчоо (2)")!;
    expect(replaced.id).toBe(mine.id);
    // Nothing of the longer first version is left, and there is one chart, not two.
    expect(gridOf(replaced).cells).toEqual([
      ["Товчоо", null],
      ["Зорилт", "Биелэлт"],
      ["Зорилт 1", 90],
      ["Зорилт 2", 91],
    ]);
    expect(replaced.charts).toHaveLength(1);
    expect(replaced.charts[0].source).toEqual({ top: 2, left: 0, bottom: 3, right: 1 });
    expect(replaced.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("follows its sheet after a person renames it, and writes anew once it is deleted", async () => {
    const excel = createMemoryExcel();
    const office = new OfficeWorkbook(excel);
    await office.replaceAddinSheet(summary(1));
    sheetNamed(excel.workbook, "Товчоо")!.name = "Товчоо 2025";
    expect(await office.replaceAddinSheet(summary(1))).toEqual({ name: "Товчоо 2025" });
    excel.workbook.sheets = excel.workbook.sheets.filter((s) => s.name !== "Товчоо 2025");
    expect(await office.replaceAddinSheet(summary(1))).toEqual({ name: "Товчоо" });
  });
});
