/**
 * Large and odd workbooks through the task pane's whole path — check, the findings sheet with its
 * links, compute, the summary sheets — on the in-memory Excel as each host plays it (Windows,
 * Mac, the web): nothing a person typed is lost and nothing fails.
 */
import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { TEMPLATES } from "../../src/core/templates";
import { checkActiveSheet, writeFindings } from "../../src/taskpane/actions/check";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { Journal } from "../../src/taskpane/failure";
import {
  createMemoryExcel,
  memoryWorkbookFromGrids,
  sheetNamed,
  type HostProfile,
  type MemoryWorkbook,
} from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { defaultState, type WorkbookState } from "../../src/workbook/state";
import { generateReport } from "../fixtures/generate-report";
import { expectEqual } from "../fixtures/fast-expect";

const HOSTS: HostProfile[] = ["windows", "mac", "web"];
/**
 * The heavy scenarios (half a minute or more of the in-memory Excel each) run with
 * HOST_PROFILES=all: `npm run test:hosts`, which .ci/run runs; `npm test` keeps to the others.
 */
const HEAVY = process.env.HOST_PROFILES === "all";
const COLUMNS = TEMPLATES["org-report"].columns;
const ACTIVITY = COLUMNS.findIndex((c) => c.role === "activity");

/** A report of about 300 activities, each activity's number, text and basis merged down its rows. */
function mergedActivities(): Grid {
  const grid = generateReport(600, 3);
  const merges: Merge[] = [];
  let top = -1;
  const close = (bottom: number) => {
    if (top >= 0 && bottom > top) {
      for (let col = 0; col <= 2; col++) merges.push({ top, left: col, bottom, right: col });
    }
  };
  grid.cells.forEach((row, r) => {
    if (/^\d+\.\d+\.\d+\.$/u.test(String(row[0] ?? ""))) {
      close(r - 1);
      top = r;
    } else if (row[0] !== null) {
      close(r - 1);
      top = -1;
    }
  });
  close(grid.cells.length - 1);
  return { ...grid, merges };
}

/** Criterion texts with a Latin «a» each: one TEXT-SCRIPT finding, one link, per row. */
function latinLetters(rows: number): Grid {
  const grid = generateReport(rows, 5);
  const cells = grid.cells.map((row) =>
    row.map((v, c) => (c === 3 && typeof v === "string" ? v.replace("Шалгуур", "Шaлгуур") : v)),
  );
  return { ...grid, cells };
}

/** A report whose first activity runs to 1,000 characters. */
function longActivity(): Grid {
  const grid = generateReport(40, 7);
  const cells = grid.cells.map((row) => [...row]);
  const first = cells.findIndex((row) => typeof row[ACTIVITY] === "string" && row[0] !== null);
  const text = `${String(cells[first][ACTIVITY])} `.repeat(40).slice(0, 999);
  cells[first][ACTIVITY] = `${text}.`;
  return { ...grid, cells };
}

/** Every value the person's sheet holds, by address. */
function valuesOf(wb: MemoryWorkbook, sheet: string): Map<string, CellValue> {
  const cells = sheetNamed(wb, sheet)!.cells;
  return new Map(
    Object.entries(cells)
      .filter(([, c]) => c.value !== undefined)
      .map(([address, c]) => [address, c.value as CellValue]),
  );
}

interface Scenario {
  name: string;
  grid: () => Grid;
  /** Done to the workbook before the pane opens: a stray value, a large state. */
  prepare?: (wb: MemoryWorkbook, port: OfficeWorkbook) => Promise<void>;
  /**
   * The findings sheet is left out where the findings run to tens of thousands (the 60,000-row
   * report's): the 20,000 links have their own scenario.
   */
  noFindingsSheet?: true;
  /** Half a minute or more of the in-memory Excel per host (see HEAVY). */
  heavy?: true;
}

const SCENARIOS: Scenario[] = [
  { name: "300 activities with merged cells", grid: mergedActivities },
  {
    name: "a 60,000-row report",
    grid: () => generateReport(60_000, 2),
    noFindingsSheet: true,
    heavy: true,
  },
  {
    name: "a value at XFD1048576",
    grid: () => generateReport(200, 4),
    prepare: async (wb) => {
      wb.sheets[0].cells.XFD1048576 = { value: "x" };
    },
  },
  { name: "a 1,000-character activity", grid: longActivity },
  { name: "20,000 findings, each a link", grid: () => latinLetters(20_000), heavy: true },
  {
    name: "a 3 MB state record",
    grid: () => generateReport(200, 6),
    prepare: async (_wb, port) => {
      // Another sheet's computed cells, as a few large reports leave them.
      const computed = Array.from({ length: 100_000 }, (_, i) => `H${i + 5}`);
      const computedValues = Object.fromEntries(computed.map((c) => [c, "97,5%"]));
      const state: WorkbookState = {
        ...defaultState(),
        sheets: { "Биелэлт 2025": { template: "org-report", computed, computedValues } },
      };
      await port.saveState(state);
    },
  },
];

describe.each(HOSTS)("on %s", (host) => {
  it.each(SCENARIOS.filter((s) => !s.heavy || HEAVY))(
    "$name: check, findings sheet, compute and summaries, nothing of the person's lost",
    async ({ grid, prepare, noFindingsSheet }) => {
      const wb = memoryWorkbookFromGrids([grid()]);
      const excel = createMemoryExcel(wb, { host });
      const port = new OfficeWorkbook(excel);
      await prepare?.(wb, port);
      const before = valuesOf(wb, "Биелэлт");

      const run = await checkActiveSheet(port);
      expect(run.result.ok).toBe(true);
      const findings = noFindingsSheet ? null : await writeFindings(port, run, new Journal());
      const computed = await computeActiveSheet(port, new Journal());
      const summaries = await writeSummaries(port, new Journal());

      // Every value the person typed is still there; compute wrote only into empty cells.
      const after = valuesOf(wb, "Биелэлт");
      for (const [address, value] of before)
        expectEqual([address, after.get(address)], [address, value]);
      for (const w of computed.writes) expectEqual([w.cell, before.has(w.cell)], [w.cell, false]);
      expect(computed.writes.length).toBeGreaterThan(0);
      // The findings sheet links each finding to its cell; the summaries are there.
      if (findings) {
        const cells = Object.values(sheetNamed(wb, findings.name)!.cells);
        expect(cells.filter((c) => c.hyperlink).length).toBe(run.result.findings.length);
      }
      expect(summaries.written.length).toBeGreaterThan(0);
      for (const s of summaries.written) expect(sheetNamed(wb, s)).toBeDefined();
      // Excel's limits held: no row over 409 points anywhere.
      for (const sheet of wb.sheets) {
        expect(Math.max(0, ...Object.values(sheet.rowHeights))).toBeLessThanOrEqual(409);
      }
      // The add-in's state reads back whole (the large one from the state sheet).
      const state = (await port.loadState()).state;
      expect(state.sheets["Биелэлт"]?.computed.length).toBe(computed.writes.length);
    },
  );
});
