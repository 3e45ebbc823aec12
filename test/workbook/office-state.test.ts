import type { SheetModel } from "../../src/core/sheet";
import {
  createMemoryExcel,
  emptyWorkbook,
  gridOf,
  memoryWorkbookFromGrids,
  sheetNamed,
} from "../../src/workbook/memory";
import { OfficeWorkbook, STATE_SETTING } from "../../src/workbook/office/adapter";
import {
  chunkText,
  defaultState,
  serializeState,
  type WorkbookState,
} from "../../src/workbook/state";
import { expectEqual } from "../fixtures/fast-expect";

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

  it("writes beside a person's sheet of the same name, then rewrites its own in place", async () => {
    const wb = memoryWorkbookFromGrids([
      { sheet: "Товчоо", origin: { row: 0, col: 0 }, cells: [["Хүний товчоо"]] },
    ]);
    const person = JSON.stringify(wb.sheets[0]);
    const excel = createMemoryExcel(wb);
    const office = new OfficeWorkbook(excel);

    const first = await office.replaceAddinSheet(summary(5));
    expect(first).toEqual({ name: "Товчоо (2)" });
    const mine = sheetNamed(excel.workbook, "Товчоо (2)")!;

    const second = await office.replaceAddinSheet(summary(2), { replacing: "Товчоо (2)" });
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

  it("keeps the sheet it replaces aside, very hidden, and puts it back where it was", async () => {
    const excel = createMemoryExcel(
      memoryWorkbookFromGrids([
        { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [["Тайлан"]] },
        { sheet: "Хувийн", origin: { row: 0, col: 0 }, cells: [["Хүний"]] },
      ]),
    );
    const office = new OfficeWorkbook(excel);
    await office.replaceAddinSheet(summary(3));
    // The person moves the summary between their two sheets.
    const wb = excel.workbook;
    wb.sheets = [wb.sheets[0], wb.sheets[2], wb.sheets[1]];
    const old = JSON.stringify(sheetNamed(wb, "Товчоо"));

    await office.replaceAddinSheet(summary(1), {
      replacing: "Товчоо",
      keepAs: "_guitsetgel_undo_0",
    });
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Биелэлт", "Visible"],
      ["Товчоо", "Visible"],
      ["_guitsetgel_undo_0", "VeryHidden"],
      ["Хувийн", "Visible"],
    ]);
    expect(gridOf(sheetNamed(wb, "Товчоо")!).cells).toHaveLength(3);

    await office.restoreSheet("_guitsetgel_undo_0", "Товчоо");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Биелэлт", "Товчоо", "Хувийн"]);
    expect(JSON.stringify(sheetNamed(wb, "Товчоо"))).toBe(old);
    // Deleting a sheet that is gone is nothing; a very hidden one is shown first, then deleted.
    await office.deleteSheet("_guitsetgel_undo_0");
    await office.replaceAddinSheet(summary(1), {
      replacing: "Товчоо",
      keepAs: "_guitsetgel_undo_0",
    });
    await office.deleteSheet("_guitsetgel_undo_0");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Биелэлт", "Товчоо", "Хувийн"]);
  });
});

/** A large office's record of computed cells: `cells` fulfilment cells with the values written. */
function bigState(cells: number): WorkbookState {
  const computed = Array.from({ length: cells }, (_, i) => `H${i + 10}`);
  const computedValues = Object.fromEntries(computed.map((c, i) => [c, 60 + (i % 400) / 10]));
  return {
    ...state,
    sheets: { "Биелэлт 2025": { template: "org-report", computed, computedValues } },
  };
}

describe("OfficeWorkbook state past Excel's settings limit (about 1 MB)", () => {
  it("the in-memory Excel refuses settings past 1 MB, as Excel does", async () => {
    const excel = createMemoryExcel();
    const add = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.settings.add("big", "x".repeat(1_100_000));
      await context.sync();
    });
    await expect(add).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each(["windows", "mac", "web"] as const)(
    "on %s, a 3 MB state goes to the very-hidden state sheet, reads back the same, and a small one returns to the setting",
    async (host) => {
      const big = bigState(140_000);
      expect(serializeState(big).length).toBeGreaterThan(3_000_000);
      const excel = createMemoryExcel(emptyWorkbook(), { host });
      const office = new OfficeWorkbook(excel);
      await office.saveState(state); // a small state first: in the setting
      await office.saveState(big);
      expect(excel.workbook.settings[STATE_SETTING]).toBeUndefined();
      const sheet = sheetNamed(excel.workbook, "_guitsetgel")!;
      expect(sheet.visibility).toBe("VeryHidden");
      expect(gridOf(sheet).cells.length).toBe(chunkText(serializeState(big)).length);
      // Every sync stayed under Office's 5 MB request limit.
      expect(Math.max(...excel.stats.bytesPerSync)).toBeLessThan(5 * 1024 * 1024);
      expectEqual(await office.loadState(), { state: big });
      // A smaller big state leaves none of the larger one's chunks behind.
      const smaller = bigState(80_000);
      await office.saveState(smaller);
      expectEqual(await office.loadState(), { state: smaller });
      await office.saveState(state);
      expect(await office.loadState()).toEqual({ state });
    },
  );
});
