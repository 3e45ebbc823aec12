import { settingsFor } from "../../src/core/settings";
import { addinSheetNames } from "../../src/workbook/state";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { generateReport } from "../fixtures/generate-report";
import { seed002, seed002Summary } from "../fixtures/seeds/seed002";
import { SUMMARY_002 } from "../fixtures/seeds/facts002";
import { OTHER_SHEET, PLAN_SHEET, peopleFile } from "../fixtures/xlsx/make-fixtures";
import { cellAddress } from "../../src/core/grid";
import { isAddinSheet, readStateSheet, type WorkbookState } from "../../src/workbook/state";
import { loadXlsx, makeTmp, parseCheckJson, putGrid, removeTmp, run, writeGrids } from "./helpers";

const REPORT = "Биелэлт";
const SUMMARIES_MN = [
  "Биелэлтийн нэгтгэл - Төлөвлөгөө",
  "Товчоо - Биелэлт",
  "Биелэлтийн нэгтгэл - Биелэлт",
];
let dir: string;
const at = (name: string) => path.join(dir, name);

/**
 * A workbook as people send it (the org plan with formulas, dates, links, rich text, merges; an
 * unrelated sheet; an empty one) plus a fulfilment report with fonts, fills, borders, widths,
 * a merged title, and fulfilment cells left empty to compute.
 */
async function inputWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await peopleFile()) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet(REPORT);
  const grid = generateReport(40, 7);
  putGrid(ws, grid);
  ws.mergeCells("A1:H1");
  ws.getCell("A1").font = { bold: true, size: 13, name: "Times New Roman" };
  ws.getRow(2).eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  grid.cells.forEach((_, r) => {
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(r + 1, c);
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" } };
      if (c === 8) cell.font = { italic: true, color: { argb: "FF1F4E79" } };
    }
  });
  [6, 40, 12, 30, 14, 14, 40, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getRow(2).height = 48;
  return (await wb.xlsx.writeBuffer()) as unknown as Buffer;
}

beforeAll(async () => {
  dir = makeTmp("compute");
  fs.writeFileSync(at("input.xlsx"), await inputWorkbook());
});
afterAll(() => removeTmp(dir));

function stateOf(wb: ExcelJS.Workbook): WorkbookState {
  const parsed = readStateSheet(wb);
  expect(parsed?.message).toBeUndefined();
  return parsed!.state;
}

/** The person's sheets: everything but the add-in's hidden sheets and the sheets it wrote. */
function personSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const own = addinSheetNames(readStateSheet(wb)?.state);
  return wb.worksheets.filter((ws) => !isAddinSheet(ws.name) && !own.has(ws.name));
}

/** "R12C8" → "H12". */
function a1(rc: string): string {
  const [, r, c] = /^R(\d+)C(\d+)$/.exec(rc)!;
  return cellAddress(Number(r) - 1, Number(c) - 1);
}

interface CellImage {
  value: string;
  style: string;
  numFmt: string | undefined;
}

function image(cell: ExcelJS.Cell): CellImage {
  return {
    value: JSON.stringify(cell.value),
    style: JSON.stringify(cell.style),
    numFmt: cell.numFmt,
  };
}

/** Every cell of a sheet, in the used area of both sheets compared. */
function cellsOf(ws: ExcelJS.Worksheet, rows: number, cols: number): Map<string, CellImage> {
  const map = new Map<string, CellImage>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      map.set(`R${r}C${c}`, image(ws.getCell(r, c)));
    }
  }
  return map;
}

/** Writes listed on stdout: "    H12    Гүйцэтгэлийн хувь: 64%". */
function listedWrites(stdout: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of stdout.matchAll(/^ {4}([A-Z]+\d+) +(Гүйцэтгэлийн хувь|Үнэлгээ): ([\d.]+%?)$/gm)) {
    found.set(m[1], m[3]);
  }
  return found;
}

describe("compute", () => {
  let stdout: string;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;

  beforeAll(async () => {
    const r = await run(["compute", "input.xlsx", "-o", "computed.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    stdout = r.stdout;
    input = await loadXlsx(at("input.xlsx"));
    output = await loadXlsx(at("computed.xlsx"));
  });

  it("fills the empty fulfilment cells of the report, as Excel percentages, and says which", () => {
    const writes = listedWrites(stdout);
    expect(writes.size).toBeGreaterThan(0);
    const owned = stateOf(output).sheets[REPORT];
    expect(owned.template).toBe("org-report");
    expect(new Set(owned.computed)).toEqual(new Set(writes.keys()));
    const before = input.getWorksheet(REPORT)!;
    const after = output.getWorksheet(REPORT)!;
    for (const [cell, shown] of writes) {
      expect(cell).toMatch(/^H\d+$/);
      expect(before.getCell(cell).value).toBeNull();
      const value = after.getCell(cell).value as number;
      expect(typeof value).toBe("number");
      expect(`${Math.round(value * 1000) / 10}%`).toBe(shown);
      expect(after.getCell(cell).numFmt).toMatch(/^0(\.0)?%$/);
      expect(owned.computedValues?.[cell]).toBe(value);
      // Only the value and the number format changed: the font, borders, fill stay.
      expect({ ...after.getCell(cell).style, numFmt: "" }).toEqual({
        ...before.getCell(cell).style,
        numFmt: "",
      });
    }
    expect(stdout).toContain(`«${REPORT}»: ${writes.size} нүд бөглөв`);
  });

  it("leaves every cell it does not own exactly as it was, on every sheet", () => {
    const writes = listedWrites(stdout);
    const beforeSheets = personSheets(input);
    const afterSheets = personSheets(output);
    expect(afterSheets.map((ws) => ws.name)).toEqual(beforeSheets.map((ws) => ws.name));
    expect(beforeSheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining([PLAN_SHEET, OTHER_SHEET, REPORT]),
    );
    let compared = 0;
    for (const before of beforeSheets) {
      const after = output.getWorksheet(before.name)!;
      const rows = Math.max(before.rowCount, after.rowCount);
      const cols = Math.max(before.columnCount, after.columnCount);
      const a = cellsOf(before, rows, cols);
      const b = cellsOf(after, rows, cols);
      for (const [address, cell] of a) {
        if (before.name === REPORT && writes.has(a1(address))) continue;
        expect({ sheet: before.name, address, ...b.get(address) }).toEqual({
          sheet: before.name,
          address,
          ...cell,
        });
        compared++;
      }
      expect(Object.keys(after.model.merges ?? {}).sort()).toEqual(
        Object.keys(before.model.merges ?? {}).sort(),
      );
      for (let c = 1; c <= cols; c++) {
        expect(after.getColumn(c).width).toBe(before.getColumn(c).width);
      }
      for (let r = 1; r <= rows; r++) expect(after.getRow(r).height).toBe(before.getRow(r).height);
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("adds its summary sheets, recorded as its own in the state", () => {
    const state = stateOf(output);
    // One of each kind per table sheet, named after it: the plan has no товчоо (no figures).
    expect(state.addinSheets?.map((s) => s.name)).toEqual(SUMMARIES_MN);
    for (const name of SUMMARIES_MN) expect(output.getWorksheet(name)).toBeDefined();
    expect(stdout).toContain(`Нэгтгэлийн хуудас: ${SUMMARIES_MN.map((n) => `«${n}»`).join(", ")}.`);
    expect(stdout).toContain("«computed.xlsx» файлд хадгалав.");
  });

  it("is checked afterwards as the person's sheets only, with the filled cells no longer missing", async () => {
    const before = parseCheckJson((await run(["check", "input.xlsx", "--json"], dir)).stdout);
    const after = parseCheckJson((await run(["check", "computed.xlsx", "--json"], dir)).stdout);
    expect(after.sheets.map((s) => s.sheet)).toEqual(before.sheets.map((s) => s.sheet));
    expect(after.sheets.map((s) => s.sheet)).toEqual([PLAN_SHEET, REPORT]);
    const missing = (doc: typeof before) =>
      new Set(
        doc.sheets
          .find((s) => s.sheet === REPORT)!
          .findings.filter((f) => f.code === "CALC-MISSING")
          .map((f) => f.cell),
      );
    const writes = [...listedWrites(stdout).keys()];
    expect(writes.filter((c) => missing(before).has(c))).toEqual(writes);
    expect(writes.filter((c) => missing(after).has(c))).toEqual([]);
  });

  it("keeps a value a person typed over a computed cell, and replaces its own sheets", async () => {
    const writes = [...listedWrites(stdout).keys()];
    const typed = writes[0];
    const wb = await loadXlsx(at("computed.xlsx"));
    // Typed over the add-in's 99.7% in "0.0%": the cell shows 50.0%, and the output says so.
    wb.getWorksheet(REPORT)!.getCell(typed).value = 0.5;
    await wb.xlsx.writeFile(at("typed.xlsx"));

    const r = await run(["compute", "typed.xlsx", "-o", "again.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^ {4}${typed} +Fulfilment: kept «50.0%» \\(computed [\\d.]+%\\)$`, "m"),
    );
    const again = await loadXlsx(at("again.xlsx"));
    expect(again.getWorksheet(REPORT)!.getCell(typed).value).toBe(0.5);
    const owned = stateOf(again).sheets[REPORT];
    expect(owned.computed).not.toContain(typed);
    // The other cells it filled are still its own, with the same values.
    for (const cell of writes.slice(1)) {
      expect(owned.computed).toContain(cell);
      expect(again.getWorksheet(REPORT)!.getCell(cell).value).toBe(
        output.getWorksheet(REPORT)!.getCell(cell).value,
      );
    }
    // Messages in English, summaries in the document's Mongolian: its own sheets, in place.
    expect(stateOf(again).addinSheets?.map((s) => s.name)).toEqual(SUMMARIES_MN);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(output.worksheets.map((ws) => ws.name));

    // A third run in Mongolian replaces its sheets in place: no "(2)" copies.
    const third = await run(["compute", "again.xlsx", "-o", "third.xlsx"], dir);
    expect(third.code).toBe(0);
    const names = (await loadXlsx(at("third.xlsx"))).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n.startsWith("Товчоо"))).toEqual(["Товчоо - Биелэлт"]);
    expect(names).toEqual(again.worksheets.map((ws) => ws.name));
    expect(third.stdout).toMatch(
      new RegExp(`^ {4}${typed} +Гүйцэтгэлийн хувь: «50.0%» хэвээр`, "m"),
    );
  });

  it("never writes over its input", async () => {
    const before = fs.readFileSync(at("input.xlsx"));
    fs.symlinkSync(at("input.xlsx"), at("link.xlsx"));
    for (const out of ["input.xlsx", "./input.xlsx", path.join(dir, "input.xlsx"), "link.xlsx"]) {
      const r = await run(["compute", "input.xlsx", "-o", out], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("эх файлыг дарж бичихгүй");
      expect(r.stderr).toContain("never writes over its input");
    }
    expect(fs.readFileSync(at("input.xlsx")).equals(before)).toBe(true);
  });

  it("never takes a person's sheet for its own: a typed товчоо stays, the new one is named apart", async () => {
    await writeGrids(at("anticorruption.xlsx"), [seed002, seed002Summary]);
    const r = await run(["compute", "anticorruption.xlsx", "-o", "anticorruption-out.xlsx"], dir);
    expect(r.code).toBe(0);
    const before = await loadXlsx(at("anticorruption.xlsx"));
    const after = await loadXlsx(at("anticorruption-out.xlsx"));
    const typed = before.getWorksheet(SUMMARY_002)!;
    const kept = after.getWorksheet(SUMMARY_002)!;
    typed.eachRow((row, r) =>
      row.eachCell((cell, c) => expect(kept.getCell(r, c).value).toEqual(cell.value)),
    );
    const own = stateOf(after).addinSheets!.map((s) => s.name);
    expect(own).not.toContain(SUMMARY_002);
    expect(own).toContain(`${SUMMARY_002} (2)`);
    expect(settingsFor(stateOf(after).settings, "anticorruption-report").scheme).toBe(
      "ndeg-anticorruption-2019",
    );
  });
});
