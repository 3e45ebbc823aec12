/**
 * No data lost through the task pane: compute, fix-all, the summaries and the findings sheet, run
 * through the real actions, the Office.js adapter and the in-memory Excel. Every cell the add-in
 * does not own stays exactly as it was — after a clean run and after a failure injected at any
 * sync — and running again after a failure ends where a clean run ends, with nothing doubled.
 */
import type { Grid } from "../../src/core/grid";
import { applyFixes, checkSheet, fixesOf, writeFindings } from "../../src/taskpane/actions/check";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { Journal, failureMessage } from "../../src/taskpane/failure";
import {
  createMemoryExcel,
  memoryWorkbookFromGrids,
  type MemoryExcelOptions,
  type MemoryWorkbook,
} from "../../src/workbook/memory";
import { OfficeWorkbook, STATE_SETTING } from "../../src/workbook/office/adapter";
import { WorkbookError } from "../../src/workbook/port";
import { KEPT_SHEET_PREFIX, parseState } from "../../src/workbook/state";
import { reportGrid } from "../taskpane/workbook";

const REPORT = "Биелэлт";
const OTHER = "Лавлах";

/** A person's workbook: the report dressed as people dress it, and a sheet of their own. */
function personWorkbook(): MemoryWorkbook {
  const other: Grid = {
    sheet: OTHER,
    origin: { row: 1, col: 1 },
    cells: [
      ["Нэгж", "Хүний тоо", "Хувь"],
      ["=SUM(A1)", 12, 0.5],
      ["+976 11 123456", "@хаяг", "-"],
    ],
  };
  const wb = memoryWorkbookFromGrids([reportGrid(REPORT), other]);
  const [report, lookup] = wb.sheets;
  report.merges = [{ top: 0, left: 0, bottom: 0, right: 7 }];
  report.cells.A1.format = { bold: true, size: 14, hAlign: "Center" };
  for (const c of ["A2", "B2", "C2", "D2", "E2", "F2", "G2", "H2"]) {
    report.cells[c].format = { bold: true, fill: "#DDEBF7", wrap: true };
  }
  // The fulfilment cells the add-in fills carry the person's own look.
  report.cells.H5 = { format: { fill: "#FFF2CC", borders: { top: "Continuous" } } };
  report.cells.J5 = { value: 450, formula: "=E5+F5+G5", numberFormat: "#,##0" };
  report.cells.J6 = {
    value: "Тайлбар: =SUM хийгээгүй",
    hyperlink: { address: "https://ndaatgal.mn" },
  };
  report.columnWidths = { 0: 30, 1: 200, 7: 60 };
  report.rowHeights = { 0: 30 };
  report.freeze = { rows: 3, cols: 0 };
  report.validations = [{ range: { top: 4, left: 7, bottom: 8, right: 7 }, ignoreBlanks: true }];
  lookup.cells.C3 = { formula: "=SUM(B3:B4)", value: 12, format: { italic: true } };
  lookup.merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
  lookup.visibility = "Hidden";
  wb.settings["other.addin.setting"] = "keep me";
  return wb;
}

interface Session {
  excel: ReturnType<typeof createMemoryExcel>;
  options: MemoryExcelOptions;
  port: OfficeWorkbook;
}

function open(wb: MemoryWorkbook, failAt?: number): Session {
  const options: MemoryExcelOptions = failAt
    ? { failSync: { at: failAt, code: "GeneralException" } }
    : {};
  const excel = createMemoryExcel(wb, options);
  return { excel, options, port: new OfficeWorkbook(excel) };
}

/** The cells each step wrote into the person's sheet: the add-in owns these, and only these. */
type Owned = Set<string>;

/** Compute, fix every fixable finding (one code at a time, as the pane does), summaries, findings. */
async function everything(port: OfficeWorkbook, owned: Owned, journal: Journal): Promise<void> {
  const computed = await computeActiveSheet(port, journal);
  for (const w of computed.writes) owned.add(w.cell);
  let run = await checkSheet(port, computed.state, REPORT);
  const codes = [...new Set(run.result.findings.filter((f) => f.fix).map((f) => f.code))];
  for (const code of codes) {
    const fixes = fixesOf(run, code);
    if (fixes.length === 0) continue;
    for (const f of fixes) owned.add(f.cell);
    run = await applyFixes(port, run, fixes, journal);
  }
  await writeSummaries(port, journal);
  await writeFindings(port, run, journal);
}

/** JSON with every object's keys in order: the same content gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Everything of a sheet but the cells the add-in owns, as JSON to compare byte for byte. */
function personsPart(wb: MemoryWorkbook, name: string, owned: Owned): string {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) return "(missing)";
  const cells = Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([address]) => !owned.has(address))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  // An owned cell keeps its look: only its value and number format are the add-in's.
  const looks = [...owned].sort().map((a) => {
    const look = { ...sheet.cells[a] };
    delete look.value;
    delete look.numberFormat;
    return [a, look];
  });
  return canonical({ ...sheet, cells, looks });
}

function personSettings(wb: MemoryWorkbook): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(wb.settings).filter(([k]) => !k.startsWith("guitsetgel.")),
  );
}

/** The add-in's own sheets and the person's, as a comparable whole. */
function outcome(wb: MemoryWorkbook, owned: Owned) {
  return {
    // A sheet the add-in set aside to undo a replacement is not part of the outcome.
    names: wb.sheets.map((s) => s.name).filter((n) => !n.startsWith(KEPT_SHEET_PREFIX)),
    // Which cells the add-in records as its own (so that the next compute may replace them).
    ownership: parseState(String(wb.settings[STATE_SETTING] ?? "")).state.sheets,
    report: personsPart(wb, REPORT, new Set()),
    addin: wb.sheets
      .filter((s) => ![REPORT, OTHER].includes(s.name) && !s.name.startsWith(KEPT_SHEET_PREFIX))
      .map((s) => canonical({ ...s, id: "" })),
    owned: [...owned].sort(),
  };
}

describe("the task pane loses nothing of the person's", () => {
  let clean: { wb: MemoryWorkbook; owned: Owned; syncs: number };

  beforeAll(async () => {
    const { excel, port } = open(personWorkbook());
    const owned: Owned = new Set();
    await everything(port, owned, new Journal());
    clean = { wb: excel.workbook, owned, syncs: excel.stats.syncs };
  });

  it("keeps every cell, merge, width, format and sheet it does not own, after a clean run", () => {
    const before = personWorkbook();
    const { wb, owned } = clean;
    expect(owned.size).toBeGreaterThan(4); // compute filled cells and fixes were applied
    expect(personsPart(wb, REPORT, owned)).toBe(personsPart(before, REPORT, owned));
    expect(personsPart(wb, OTHER, new Set())).toBe(personsPart(before, OTHER, new Set()));
    expect(personSettings(wb)).toEqual(personSettings(before));
    // The add-in's sheets are the ones it recorded as its own; the person's are where they were.
    const recorded = parseState(String(wb.settings[STATE_SETTING])).state.addinSheets ?? [];
    const added = wb.sheets.slice(2);
    expect(added.map((s) => s.name).sort()).toEqual(recorded.map((s) => s.name).sort());
    expect(wb.sheets.slice(0, 2).map((s) => s.name)).toEqual([REPORT, OTHER]);
  });

  it("says what was and was not written when a sync fails, and a second run ends as a clean one", async () => {
    const before = personWorkbook();
    for (let failAt = 1; failAt <= clean.syncs; failAt++) {
      const session = open(personWorkbook(), failAt);
      const owned: Owned = new Set();
      const journal = new Journal();
      const error = await everything(session.port, owned, journal).then(
        () => null,
        (e: unknown) => e,
      );
      const wb = session.excel.workbook;
      if (error === null) {
        // A refused read of the merged areas (Excel's catch-all code, which it also gives past
        // 512 areas) is read again in halves: the run went through, as a clean one does.
        const [got, want] = [outcome(wb, clean.owned), outcome(clean.wb, clean.owned)];
        expect([failAt, got]).toEqual([failAt, want]);
        continue;
      }
      expect([failAt, error instanceof WorkbookError]).toEqual([failAt, true]);
      const text = failureMessage(error, journal);
      expect(text.mn).toMatch(/[А-Яа-яӨөҮү]/);
      expect(text.en).toMatch(/[A-Za-z]/);
      // Nothing of the person's changed, whatever step failed.
      expect([failAt, personsPart(wb, REPORT, clean.owned)]).toEqual([
        failAt,
        personsPart(before, REPORT, clean.owned),
      ]);
      expect(personsPart(wb, OTHER, new Set())).toBe(personsPart(before, OTHER, new Set()));

      // The person goes back to the report and clicks again: the job finishes as a clean run
      // would, with nothing doubled.
      session.options.failSync = undefined;
      wb.activeSheetId = wb.sheets[0].id;
      const again: Owned = new Set();
      await everything(session.port, again, new Journal());
      const [got, want] = [outcome(wb, clean.owned), outcome(clean.wb, clean.owned)];
      expect([failAt, got.names, got.ownership]).toEqual([failAt, want.names, want.ownership]);
      expect([failAt, got]).toEqual([failAt, want]);
    }
  });
});
