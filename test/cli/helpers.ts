import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid";
import { runCli } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in-process in `cwd`, collecting what it prints. */
export async function run(argv: string[], cwd: string, progress = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    progress,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by `removeTmp`. */
export function makeTmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `guitsetgel-${prefix}-`));
}

export function removeTmp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Put a grid on a worksheet at its own positions: values, merges, number formats. */
export function putGrid(ws: ExcelJS.Worksheet, grid: Grid): void {
  grid.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
      cell.value = v;
      const fmt = grid.numberFormats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    }),
  );
  for (const m of grid.merges ?? []) {
    if (m.bottom > m.top || m.right > m.left) {
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
}

/** Write grids as the sheets of a new .xlsx file, as another program would (no add-in state). */
export async function writeGrids(file: string, grids: Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  grids.forEach((g, i) => putGrid(wb.addWorksheet(g.sheet ?? `Sheet${i + 1}`), g));
  await wb.xlsx.writeFile(file);
}

/** The JSON `check --json` prints, parsed. */
export interface CheckJson {
  file: string;
  sheets: {
    sheet: string;
    template: string;
    targetYear?: number;
    achievedYear?: number;
    targetPeriod?: "half" | "year";
    achievedPeriod?: "half" | "year";
    findings: {
      code: string;
      severity: "error" | "warning" | "note";
      cell: string;
      sheet?: string;
      message: { mn: string; en: string };
      fix?: { cell: string; value: string | number };
    }[];
    figures: {
      measures: number;
      rated: number;
      overall: number | null;
      objectives: {
        label: string;
        measures: number;
        value: number | null;
        bands: Record<string, number>;
      }[];
      replaced: string[];
    };
  }[];
}

const SEVERITIES = ["error", "warning", "note"];
const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;

type JsonFinding = CheckJson["sheets"][number]["findings"][number];

/** A finding of `check --json` has exactly its fields, of their types. */
function findingInShape(f: JsonFinding, tableSheet: string): boolean {
  // "sheet" only for a finding on another sheet than the table's: one of the add-in's summaries.
  const keys = Object.keys(f)
    .filter((k) => k !== "sheet")
    .sort()
    .join();
  const fix = f.fix;
  return (
    keys ===
      (fix !== undefined ? "cell,code,fix,message,severity" : "cell,code,message,severity") &&
    (f.sheet === undefined || f.sheet !== tableSheet) &&
    /^(STRUCT|VALUE|CALC|RATING|TEXT)-[A-Z-]+$/.test(f.code) &&
    SEVERITIES.includes(f.severity) &&
    ADDRESS.test(f.cell) &&
    Object.keys(f.message).sort().join() === "en,mn" &&
    typeof f.message.mn === "string" &&
    f.message.mn.length > 0 &&
    typeof f.message.en === "string" &&
    f.message.en.length > 0 &&
    (fix === undefined ||
      (Object.keys(fix).sort().join() === "cell,value" &&
        ADDRESS.test(fix.cell) &&
        ["string", "number"].includes(typeof fix.value)))
  );
}

/**
 * Parse `check --json` output and assert it has exactly the promised shape: the fields listed,
 * of their types, and nothing else.
 */
export function parseCheckJson(stdout: string): CheckJson {
  const doc = JSON.parse(stdout) as CheckJson;
  expect(Object.keys(doc).sort()).toEqual(["file", "sheets"]);
  expect(typeof doc.file).toBe("string");
  expect(Array.isArray(doc.sheets)).toBe(true);
  for (const s of doc.sheets) {
    // "targetYear", "achievedYear" only where the table gives them per year, "targetPeriod"
    // and "achievedPeriod" where it gives them per half-year and year.
    const optional = ["targetYear", "achievedYear", "targetPeriod", "achievedPeriod"];
    const keys = Object.keys(s).filter((k) => !optional.includes(k));
    expect(keys.sort()).toEqual(["figures", "findings", "sheet", "template"]);
    if (s.targetYear !== undefined) expect(Number.isInteger(s.targetYear)).toBe(true);
    if (s.achievedYear !== undefined) expect(Number.isInteger(s.achievedYear)).toBe(true);
    if (s.targetPeriod !== undefined) expect(["half", "year"]).toContain(s.targetPeriod);
    if (s.achievedPeriod !== undefined) expect(["half", "year"]).toContain(s.achievedPeriod);
    expect(typeof s.sheet).toBe("string");
    expect(typeof s.template).toBe("string");
    // One assertion for all the findings (a big sheet has thousands): those out of shape.
    expect(s.findings.filter((f) => !findingInShape(f, s.sheet))).toEqual([]);
    const g = s.figures;
    expect(Object.keys(g).sort()).toEqual([
      "measures",
      "objectives",
      "overall",
      "rated",
      "replaced",
    ]);
    for (const cell of g.replaced) expect(cell).toMatch(ADDRESS);
    // Each replaced figure is a CALC-MISMATCH at its cell.
    const mismatches = s.findings.filter((f) => f.code === "CALC-MISMATCH").map((f) => f.cell);
    for (const cell of g.replaced) expect(mismatches).toContain(cell);
    expect(Number.isInteger(g.measures)).toBe(true);
    expect(Number.isInteger(g.rated)).toBe(true);
    expect(g.overall === null || typeof g.overall === "number").toBe(true);
    for (const o of g.objectives) {
      expect(Object.keys(o).sort()).toEqual(["bands", "label", "measures", "value"]);
      expect(typeof o.label).toBe("string");
      expect(o.value === null || typeof o.value === "number").toBe(true);
      for (const n of Object.values(o.bands)) expect(Number.isInteger(n)).toBe(true);
    }
  }
  return doc;
}

/** The exit status `check` must give for what it found. */
export function expectedExit(doc: CheckJson): number {
  return doc.sheets.some((s) => s.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
