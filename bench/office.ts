/**
 * The Office.js adapter on the in-memory Excel: syncs and bytes per sync to write a sheet of
 * 1,000, 10,000 and 50,000 report rows (values and formats) and to read it back. The number of
 * syncs must stay the same whatever the rows, except for the blocks that keep each request under
 * 4 MB. Reference: the fake holding (writing) or giving (reading) the same cells directly.
 */
import type { Grid } from "../src/core/grid";
import type { SheetModel } from "../src/core/sheet";
import {
  createMemoryExcel,
  emptyWorkbook,
  gridOf,
  memoryWorkbookFromGrids,
  sheetNamed,
  WEB_PAYLOAD_LIMIT,
  type MemoryExcelStats,
} from "../src/workbook/memory";
import { OfficeWorkbook } from "../src/workbook/office/adapter";
import { SYNC_BYTES_LIMIT } from "../src/workbook/office/write-plan";
import { generateReport } from "../test/fixtures/generate-report";
import { time, type Row } from "./measure";

const SIZES = [1_000, 10_000, 50_000];
const RUNS = 5;
const MB = 1024 * 1024;

/** The generated report as a sheet the add-in writes: bold header, borders, wrapped text. */
function reportModel(grid: Grid): SheetModel {
  const width = Math.max(...grid.cells.slice(0, 3).map((r) => r.length));
  const bottom = grid.cells.length - 1;
  return {
    name: grid.sheet ?? "Биелэлт",
    values: grid.cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    styles: [
      { range: { top: 1, left: 0, bottom: 1, right: width - 1 }, style: { bold: true } },
      { range: { top: 1, left: 0, bottom, right: width - 1 }, style: { border: true, wrap: true } },
      { range: { top: 3, left: 7, bottom, right: 7 }, style: { numberFormat: "0%" } },
    ],
    columnWidths: [8, 40, 12, 40, 14, 14, 40, 12],
    freeze: { rows: 3, cols: 0 },
  };
}

/**
 * Syncs, the largest request (or response) and the total, as the notes show them. A sync Excel
 * refused for its size (over 5 MB, after which the adapter reads in blocks) is counted apart.
 */
function syncNotes(stats: MemoryExcelStats, bytes: number[], what: string): Row["extra"] {
  const accepted = bytes.filter((b) => b <= WEB_PAYLOAD_LIMIT);
  const refused = bytes.length - accepted.length;
  const total = accepted.reduce((a, b) => a + b, 0);
  return {
    syncs: refused > 0 ? `${stats.syncs} (${refused} refused as over 5 MB)` : stats.syncs,
    [`largest ${what} MB`]: (Math.max(...accepted) / MB).toFixed(2),
    [`total ${what} MB`]: (total / MB).toFixed(2),
    "4 MB blocks the bytes need": Math.ceil(total / SYNC_BYTES_LIMIT),
  };
}

export async function officeBench(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of SIZES) {
    const grid = generateReport(n);
    const model = reportModel(grid);
    const label = `${n.toLocaleString("en")} rows`;

    let writeStats: MemoryExcelStats | undefined;
    const writing = await time(async () => {
      const excel = createMemoryExcel(emptyWorkbook());
      await new OfficeWorkbook(excel).writeNewSheet(model);
      writeStats = excel.stats;
    }, RUNS);
    const storing = await time(() => memoryWorkbookFromGrids([grid]), RUNS);
    const w = writeStats as MemoryExcelStats;
    rows.push({
      name: `Office.js adapter on the fake: write ${label}`,
      timing: writing,
      reference: { name: "the fake storing the same cells directly", timing: storing },
      extra: syncNotes(w, w.bytesPerSync, "request"),
    });

    let readStats: MemoryExcelStats | undefined;
    const book = memoryWorkbookFromGrids([grid]);
    const reading = await time(async () => {
      const excel = createMemoryExcel(book);
      const read = await new OfficeWorkbook(excel).readSheet(grid.sheet);
      if (read.cells.length !== grid.cells.length) throw new Error("rows lost in reading");
      readStats = excel.stats;
    }, RUNS);
    const sheet = sheetNamed(book, grid.sheet ?? "") ?? book.sheets[0];
    const giving = await time(() => gridOf(sheet), RUNS);
    const r = readStats as MemoryExcelStats;
    rows.push({
      name: `Office.js adapter on the fake: read ${label}`,
      timing: reading,
      reference: { name: "the fake's own grid of the sheet", timing: giving },
      extra: syncNotes(r, r.responseBytesPerSync, "response"),
    });
  }
  return rows;
}
