/**
 * Hostile input through the command line and the Office.js adapter: text that looks like a
 * formula (=, +, -, @) taken from one file is written into another as text — in consolidate's
 * copies of the offices' sheets, on the findings sheet and in the summaries — and file names
 * with spaces, Cyrillic, quotes, "#", a leading "-" or great length work.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/grid";
import { evaluatePlan } from "../../src/core/evaluate";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  consolidate,
  consolidationSheets,
  findingsSheet,
  unitFigures,
} from "../../src/core/summary";
import { createMemoryExcel, emptyWorkbook, sheetNamed } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { generateReport } from "../fixtures/generate-report";
import { loadXlsx, makeTmp, putGrid, removeTmp, run } from "../cli/helpers";

/** Texts a spreadsheet would run as formulas (or DDE commands) if written as typed. */
const PAYLOADS = [
  "=SUM(A1)",
  "+7",
  "-5+3",
  "@x",
  '=HYPERLINK("http://evil.mn")',
  "=cmd|' /C calc'!A0",
];
const OBJECTIVE_TEXT = "=2+2 хамралтыг нэмэгдүүлэх";
const ACTIVITY_TEXT = '=HYPERLINK("http://evil.mn") Dүрэм шинэчлэх';

let dir: string;
const at = (name: string) => path.join(dir, name);

/** A small report whose texts start like formulas, with a column of payloads beside the table. */
function hostileReport(seed: number): Grid {
  const grid = generateReport(12, seed);
  const cells: CellValue[][] = grid.cells.map((row) => [...row]);
  const objective = cells.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Зорилт"));
  cells[objective][0] = `Зорилт 1.1. ${OBJECTIVE_TEXT}`;
  cells[objective + 1][1] = ACTIVITY_TEXT;
  PAYLOADS.forEach((p, i) => {
    cells[objective + 1 + i][9] = p;
  });
  return { ...grid, cells };
}

async function writeReport(file: string, seed: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Биелэлт");
  putGrid(ws, hostileReport(seed));
  ws.getCell("L2").value = { formula: "SUM(E5:E7)", result: 3 };
  ws.getCell("L3").value = { formula: "Лавлах!A1", result: 5 };
  wb.addWorksheet("Лавлах").getCell("A1").value = 5;
  await wb.xlsx.writeFile(at(file));
}

/** Every cell of a workbook holding something: where, its type and text, its formula if any. */
function allCells(wb: ExcelJS.Workbook) {
  const out: { at: string; type: ExcelJS.ValueType; text: string; formula?: string }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged area's value lives in its first cell.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const text = typeof cell.value === "string" ? cell.value : cell.text;
        out.push({
          at: `${ws.name}!${cell.address}`,
          type: cell.type,
          text,
          ...(cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula } : {}),
        });
      }),
    );
  }
  return out;
}

const ODD_NAMES = [
  "Баянзүрх дүүрэг 2026 оны биелэлт.xlsx",
  `Өмнөговь 'Даланзадгад' "сум".xlsx`,
  "#1 тайлан #хагас жил.xlsx",
  "-5 тайлан.xlsx",
  '=HYPERLINK("x") аймаг.xlsx',
  `${"Нийгмийн даатгалын ерөнхий газрын тайлан ".repeat(3).trim()} ${"ё".repeat(4)}.xlsx`,
];

beforeAll(async () => {
  dir = makeTmp("hostile");
  for (const [i, name] of ODD_NAMES.entries()) await writeReport(name, i + 1);
});
afterAll(() => removeTmp(dir));

describe("text that looks like a formula stays text", () => {
  let output: ExcelJS.Workbook;
  let code: number;

  beforeAll(async () => {
    const r = await run(["consolidate", "-o", "нэгтгэл.xlsx", "--", ...ODD_NAMES], dir);
    code = r.code;
    expect(r.stderr).toBe("");
    output = await loadXlsx(at("нэгтгэл.xlsx"));
  });

  it("in consolidate's copies of each office's sheet, whose formulas arrive as their values", () => {
    expect([0, 1]).toContain(code);
    const cells = allCells(output);
    for (const payload of [...PAYLOADS, ACTIVITY_TEXT, `Зорилт 1.1. ${OBJECTIVE_TEXT}`]) {
      const found = cells.filter((c) => c.text === payload);
      expect([payload, found.length >= ODD_NAMES.length]).toEqual([payload, true]);
      expect(found.filter((c) => c.type !== ExcelJS.ValueType.String)).toEqual([]);
    }
    // Every formula of an office's sheet arrives as its value, its own-sheet SUM as much as the
    // one reaching another sheet: no formula of an office's file runs in the consolidation.
    const copies = cells.filter((c) => !/^(Нэгтгэл|Шалгалтын дүн|_guitsetgel)!/.test(c.at));
    expect(copies.filter((c) => c.formula !== undefined)).toEqual([]);
    const summed = copies.filter((c) => c.at.endsWith("!L2"));
    expect(summed.map((c) => c.text)).toEqual(ODD_NAMES.map(() => "3"));
    const reaching = copies.filter((c) => c.at.endsWith("!L3"));
    expect(reaching.map((c) => c.text)).toEqual(ODD_NAMES.map(() => "5"));
  });

  it("on the findings sheet and in the consolidated table", () => {
    const findings = output.getWorksheet("Шалгалтын дүн")!;
    const fixes: string[] = [];
    findings.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "string" && fixes.push(cell.value)),
    );
    // The look-alike fix of the activity starts with "=": written as text all the same.
    expect(fixes).toContain('=HYPERLINK("http://evil.mn") Дүрэм шинэчлэх');
    const units = allCells(output).filter(
      (c) => c.text.startsWith('=HYPERLINK("x")') && !c.at.startsWith("=HYPERLINK"),
    );
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it("through the Office.js adapter: the consolidation and findings sheets hold text, formulas only where the model has them", async () => {
    const units = ["=cmd|' /C calc'!A0", "+976 аймаг", "@Баянзүрх", "-Налайх"].map((unit, i) => {
      const read = readPlan(hostileReport(i + 1));
      if (!read.ok) throw new Error("the report reads");
      return { unit, figures: unitFigures(evaluatePlan(read.plan, DEFAULT_SETTINGS)) };
    });
    const models = [
      ...consolidationSheets(consolidate(units), "mn"),
      findingsSheet([{ sheet: "+976 аймаг", findings: [] }], "mn"),
    ];
    const excel = createMemoryExcel(emptyWorkbook());
    const port = new OfficeWorkbook(excel);
    for (const model of models) {
      const { name } = await port.writeNewSheet(model);
      const sheet = sheetNamed(excel.workbook, name)!;
      const declared = new Set(
        (model.formulas ?? []).map((f) => `=${f.formula.replace(/^=/, "")}`),
      );
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (cell.formula !== undefined)
          expect([address, declared.has(cell.formula)]).toEqual([address, true]);
      }
      const texts = Object.values(sheet.cells).map((c) => c.value);
      if (model === models[0]) {
        for (const u of units) expect(texts).toContain(u.unit);
      }
    }
  });
});

describe("odd file names", () => {
  it("check and compute take them as typed, and write to one", async () => {
    for (const name of ODD_NAMES) {
      const r = await run(["check", "--", name], dir);
      expect([name, [0, 1].includes(r.code), r.stderr]).toEqual([name, true, ""]);
      expect(r.stdout).toContain(name);
    }
    const out = `Гарсан #1 'final' "хувилбар".xlsx`;
    const r = await run(["compute", "--", ODD_NAMES[1], "-o", out], dir);
    // "--" ends the options: -o after it is a file name, and the command says what is missing.
    expect(r.code).toBe(2);
    const ok = await run(["compute", "-o", out, "--", ODD_NAMES[1]], dir);
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
    expect(fs.existsSync(at(out))).toBe(true);
    expect((await loadXlsx(at(out))).worksheets.length).toBeGreaterThan(1);
  });

  it("consolidate names each office's sheet after its file, as Excel allows", () => {
    return loadXlsx(at("нэгтгэл.xlsx")).then((wb) => {
      const names = wb.worksheets.map((ws) => ws.name);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const n of names) {
        expect([n, n.length <= 31, /[[\]:*?/\\]/.test(n), /^'|'$/.test(n)]).toEqual([
          n,
          true,
          false,
          false,
        ]);
      }
      expect(names).toEqual(
        expect.arrayContaining(["Баянзүрх дүүрэг 2026 оны биелэл", "#1 тайлан #хагас жил"]),
      );
    });
  });
});
