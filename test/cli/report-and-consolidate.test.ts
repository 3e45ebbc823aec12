import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { TEMPLATES } from "../../src/core/templates";
import { isAddinSheet, readStateSheet } from "../../src/workbook/state";
import { SHEET_003, anomalies003, objectives003, partTwo003 } from "../fixtures/seeds/facts003";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed003 } from "../fixtures/seeds/seed003";
import { PLAN_SHEET, peopleFile } from "../fixtures/xlsx/make-fixtures";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run, writeGrids } from "./helpers";

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = makeTmp("report");
  await writeGrids(at("plan.xlsx"), [seed003]);
  await writeGrids(at("report-2024.xlsx"), [seed000]);
  fs.writeFileSync(at("people.xlsx"), await peopleFile());
});
afterAll(() => removeTmp(dir));

/** Every text of a sheet, top to bottom (merged areas once). */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value === "string") out.push(cell.value);
    }),
  );
  return out;
}

/** What a cell holds and how it looks, with its address for a readable failure. */
function look(cell: ExcelJS.Cell): { at: string; value: unknown; style: unknown } {
  return { at: cell.address, value: cell.value, style: cell.style };
}

function visibleSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => !isAddinSheet(ws.name));
}

describe("report-from-plan", () => {
  it("makes the year-end report of seed 003's plan: same rows, the report's two columns added", async () => {
    const r = await run(
      ["report-from-plan", "plan.xlsx", "-o", "report.xlsx", "--period", "year"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`«${SHEET_003}» төлөвлөгөөнөөс «report.xlsx» файлд`);

    const wb = await loadXlsx(at("report.xlsx"));
    const [sheet] = visibleSheets(wb);
    expect(visibleSheets(wb)).toHaveLength(1);
    expect(readStateSheet(wb)?.state.sheets[sheet.name]?.template).toBe("org-report");
    const all = texts(sheet);
    for (const col of TEMPLATES["org-report"].columns.slice(-2)) expect(all).toContain(col.header);
    expect(all.some((t) => /2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ/.test(t))).toBe(true);
    expect(all).toContain(anomalies003.directionConflict.criterion.text);

    const check = await run(["check", "report.xlsx", "--json"], dir);
    const doc = parseCheckJson(check.stdout);
    expect(doc.sheets[0].template).toBe("org-report");
    expect(doc.sheets[0].figures.measures).toBe(
      objectives003.flatMap((o) => o.activities).length + partTwo003.length,
    );
  });

  it("finds the plan below an approval block in a file with other sheets; half-year by default", async () => {
    const r = await run(["report-from-plan", "people.xlsx", "-o", "people-report.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`«${PLAN_SHEET}»`);
    const [sheet] = visibleSheets(await loadXlsx(at("people-report.xlsx")));
    expect(texts(sheet).some((t) => /ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ/.test(t))).toBe(true);
  });

  it("says so when the file holds a report, not a plan", async () => {
    const r = await run(["report-from-plan", "report-2024.xlsx", "-o", "x.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("гүйцэтгэлийн төлөвлөгөө");
    expect(r.stderr).toContain("holds no performance plan");
    expect(fs.existsSync(at("x.xlsx"))).toBe(false);
  });

  it("refuses to write over the plan", async () => {
    const r = await run(["report-from-plan", "plan.xlsx", "-o", "plan.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("never writes over its input");
  });
});

describe("consolidate", () => {
  const offices = ["Хөвсгөл", "Баянгол дүүрэг", "Сүхбаатар"];
  let result: { code: number; stdout: string; stderr: string };
  let out: ExcelJS.Workbook;

  beforeAll(async () => {
    fs.mkdirSync(at("aimag"));
    for (const office of offices) {
      const made = await run(
        ["scaffold", "org-report", "-o", `aimag/${office}.xlsx`, "--org", office, "--example"],
        dir,
      );
      expect(made.code).toBe(0);
    }
    // A second "Хөвсгөл" from another folder, a real report, a file that is not a workbook.
    await writeGrids(at("Хөвсгөл.xlsx"), [seed000]);
    fs.writeFileSync(at("aimag", "Завхан.xlsx"), "not a workbook");
    result = await run(
      [
        "consolidate",
        ...offices.map((o) => `aimag/${o}.xlsx`),
        "Хөвсгөл.xlsx",
        "aimag/Завхан.xlsx",
        "-o",
        "all.xlsx",
      ],
      dir,
    );
    out = await loadXlsx(at("all.xlsx"));
  });

  it("copies each office's sheet as it was, named after its file", async () => {
    const names = visibleSheets(out).map((ws) => ws.name);
    expect(names.slice(0, 4)).toEqual([...offices, "Хөвсгөл (2)"]);
    for (const [i, office] of [...offices, "Хөвсгөл"].entries()) {
      const file = i < offices.length ? at("aimag", `${office}.xlsx`) : at("Хөвсгөл.xlsx");
      const source = visibleSheets(await loadXlsx(file))[0];
      const copy = out.getWorksheet(names[i])!;
      for (let r = 1; r <= source.rowCount; r++) {
        for (let c = 1; c <= source.columnCount; c++) {
          expect(look(copy.getCell(r, c))).toEqual(look(source.getCell(r, c)));
        }
        expect(copy.getRow(r).height).toBe(source.getRow(r).height);
      }
      for (let c = 1; c <= source.columnCount; c++) {
        expect(copy.getColumn(c).width).toBe(source.getColumn(c).width);
      }
      expect(Object.keys(copy.model.merges ?? {}).sort()).toEqual(
        Object.keys(source.model.merges ?? {}).sort(),
      );
    }
  });

  it("adds the consolidated table, naming each office and the file it could not read", () => {
    const table = out.getWorksheet("Нэгтгэл")!;
    const all = texts(table);
    for (const office of [...offices, "Хөвсгөл (2)"]) expect(all).toContain(office);
    expect(all).toContain("Завхан");
    expect(all.some((t) => t.includes("aimag/Завхан.xlsx") && t.includes(".xlsx файл биш"))).toBe(
      true,
    );
    expect(result.stderr).toContain("Нэгтгэлд ороогүй: «aimag/Завхан.xlsx»");
  });

  it("lists every finding of every file on the findings sheet", async () => {
    let expected = 0;
    for (const file of [...offices.map((o) => `aimag/${o}.xlsx`), "Хөвсгөл.xlsx"]) {
      const r = await run(["check", file, "--json"], dir);
      expected += parseCheckJson(r.stdout).sheets[0].findings.length;
    }
    const sheet = out.getWorksheet("Шалгалтын дүн")!;
    let rows = 0;
    sheet.eachRow((row, r) => {
      if (r > 1 && typeof row.getCell(2).value === "object") rows++;
    });
    expect(rows).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(texts(sheet)).toContain("Хөвсгөл (2)");
  });

  it("records what it made and exits 1 because one file was left out", () => {
    const state = readStateSheet(out)!.state;
    expect(state.addinSheets).toEqual(["Нэгтгэл", "Шалгалтын дүн"]);
    expect(state.sheets["Хөвсгөл (2)"]?.template).toBe("org-report");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("«all.xlsx» файлд 4 нэгжийн хуудас");
    expect(result.stdout).toContain("1 файл уншигдаагүй");
  });

  it("shows its progress file by file on a terminal", async () => {
    const r = await run(
      [
        "consolidate",
        "aimag/Хөвсгөл.xlsx",
        "aimag/Сүхбаатар.xlsx",
        "-o",
        "two.xlsx",
        "--lang",
        "en",
      ],
      dir,
      true,
    );
    expect(r.stderr).toContain("[1/2] Reading «aimag/Хөвсгөл.xlsx»…");
    expect(r.stderr).toContain("[2/2] Reading «aimag/Сүхбаатар.xlsx»…");
    expect(r.stdout).toContain("Saved «two.xlsx» with 2 office sheets");
  });

  it("cannot be used when no file can be read", async () => {
    const r = await run(
      ["consolidate", "aimag/Завхан.xlsx", "missing.xlsx", "-o", "none.xlsx"],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Nothing to consolidate");
    expect(fs.existsSync(at("none.xlsx"))).toBe(false);
  });
});
