import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/grid";
import { PART_TWO } from "../../src/core/summary/common";
import { TEMPLATES } from "../../src/core/templates";
import { scaffold } from "../../src/core/templates/scaffold";
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
    expect(r.stdout).toContain(`«${SHEET_003}» хуудаснаас «report.xlsx» файлд`);

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
    expect(state.addinSheets?.map((s) => [s.name, s.kind])).toEqual([
      ["Нэгтгэл", "consolidation"],
      ["Шалгалтын дүн", "findings"],
    ]);
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

describe("consolidate four offices, one of which left objective 1 without a figure", () => {
  const spec = TEMPLATES["org-report"];
  const roles = spec.columns.map((c) => c.role);
  const twoRoles = (spec.partTwo?.columns ?? []).map((c) => c.role);
  const FULFILMENT = roles.indexOf("fulfilment");
  const TWO_FULFILMENT = twoRoles.indexOf("fulfilment");

  /** A row as a person types it: counts as text, the fulfilment a percentage in a "0%" cell. */
  interface Typed {
    cells: CellValue[];
    percentAt?: number;
  }
  const row = (
    list: readonly (string | undefined)[],
    cells: Record<string, CellValue>,
    percentAt?: number,
  ): Typed => ({
    cells: list.map((r) => (r && cells[r] !== undefined ? cells[r] : null)),
    percentAt: percentAt !== undefined && cells.fulfilment !== null ? percentAt : undefined,
  });
  /** A measure of 10 people to reach; `achieved` null leaves both level and percentage blank. */
  const measure = (number: string, achieved: number | "-" | null): Typed =>
    row(
      roles,
      {
        number,
        activity: `Арга хэмжээ ${number}: иргэдийг даатгалд хамруулах`,
        criterion: "Хамрагдсан иргэний тоо",
        baseline: "5",
        target: "10",
        achieved:
          achieved === "-" ? "Хугацаа болоогүй" : achieved === null ? null : String(achieved),
        fulfilment: achieved === "-" ? "-" : achieved === null ? null : achieved / 10,
      },
      FULFILMENT,
    );
  const partTwo = (percent: number): Typed =>
    row(
      twoRoles,
      {
        number: "1",
        activity: "Цахим сургалтад хамрагдах",
        criterion: "Сургалтад хамрагдсан хувь",
        baseline: "-",
        "target-h1": "100%",
        "target-h2": "100%",
        achieved: `${percent}%`,
        fulfilment: percent / 100,
      },
      TWO_FULFILMENT,
    );

  /** The report the template makes, with the given rows typed into both parts. */
  function typedReport(unit: string, objectives: [string, Typed[]][], two: Typed[]): Grid {
    const made = scaffold("org-report", { unit, year: 2026, period: "half" });
    const v = made.sheet.values;
    const twoHeading = (made.partTwo?.headerRows.top ?? 0) - 1;
    const typed: Typed[] = [
      ...v.slice(0, made.dataTop).map((cells) => ({ cells })),
      ...objectives.flatMap(([heading, rows]) => [{ cells: [heading] }, ...rows]),
      { cells: [] },
      ...(two.length > 0
        ? [...v.slice(twoHeading, made.partTwo?.dataTop).map((cells) => ({ cells })), ...two]
        : []),
    ];
    return {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: typed.map((t) => t.cells),
      numberFormats: typed.map((t) => t.cells.map((_, c) => (c === t.percentAt ? "0%" : null))),
    };
  }

  const O1 = "Зорилт 1. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх";
  const O2 = "Зорилт 2. Өр барагдуулалт";
  /*
   * Worked by hand (achieved of 10 people, so 9 is 90 %):
   *   Архангай   1.1 10 → 100, 1.2 8 → 80 | 2.1 9 → 90 | part two 100: (100+80+90+100)/4 = 92.5
   *   Баян-Өлгий 1.1 10 → 100, 1.2 7 → 70 | 2.1 8 → 80, 2.2 "-" not due: 250 / 3 = 83.3
   *   Баянхонгор 1.1 9 → 90, 1.2 8 → 80 | part two 80: 250 / 3 = 83.3
   *   Говь-Алтай 1.1–1.4 blank | part two 100: 100, over 1 of its 5 measures: incomplete
   * Ranking: Архангай 1, Баян-Өлгий 2, Баянхонгор 2 (the same 83.3), Говь-Алтай 4.
   */
  const OFFICES: [string, Grid][] = [
    [
      "Архангай",
      typedReport(
        "АРХАНГАЙ АЙМГИЙН НДХ",
        [
          [O1, [measure("1.1.", 10), measure("1.2.", 8)]],
          [O2, [measure("2.1.", 9)]],
        ],
        [partTwo(100)],
      ),
    ],
    [
      "Баян-Өлгий",
      typedReport(
        "БАЯН-ӨЛГИЙ АЙМГИЙН НДХ",
        [
          [O1, [measure("1.1.", 10), measure("1.2.", 7)]],
          [O2, [measure("2.1.", 8), measure("2.2.", "-")]],
        ],
        [],
      ),
    ],
    [
      "Баянхонгор",
      typedReport(
        "БАЯНХОНГОР АЙМГИЙН НДХ",
        [[O1, [measure("1.1.", 9), measure("1.2.", 8)]]],
        [partTwo(80)],
      ),
    ],
    [
      "Говь-Алтай",
      typedReport(
        "ГОВЬ-АЛТАЙ АЙМГИЙН НДХ",
        [[O1, ["1.1.", "1.2.", "1.3.", "1.4."].map((n) => measure(n, null))]],
        [partTwo(100)],
      ),
    ],
  ];
  const files = OFFICES.map(([office]) => `four/${office}.xlsx`);
  let result: { code: number; stdout: string; stderr: string };
  let out: ExcelJS.Workbook;

  /** A sheet's values as a person reads them: links as their text, merged cells once. */
  function rows(ws: ExcelJS.Worksheet): CellValue[][] {
    const values: CellValue[][] = [];
    ws.eachRow((r, n) => {
      const line: CellValue[] = [];
      r.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.isMerged && cell.master !== cell ? null : cell.value;
        line[c - 1] =
          v !== null && typeof v === "object" && "text" in v ? String(v.text) : (v as CellValue);
      });
      values[n - 1] = line;
    });
    return Array.from(values, (l) => l ?? []);
  }

  beforeAll(async () => {
    fs.mkdirSync(at("four"));
    for (const [i, [, grid]] of OFFICES.entries()) await writeGrids(at(files[i]), [grid]);
    result = await run(["consolidate", ...files, "-o", "four.xlsx"], dir);
    out = await loadXlsx(at("four.xlsx"));
  });

  it("prints each office's total, the incomplete one marked, with one decimal", () => {
    const sheet = out.getWorksheet("Нэгтгэл")!;
    const totals: unknown[][] = [];
    sheet.eachRow((r) => {
      const label = r.getCell(2).value;
      if (typeof label === "string" && label.startsWith("Нэгжийн дүн")) {
        totals.push([label, r.getCell(5).value, r.getCell(5).numFmt]);
      }
    });
    expect(totals).toEqual([
      ["Нэгжийн дүн", 92.5, "0.0"],
      ["Нэгжийн дүн", 83.3, "0.0"],
      ["Нэгжийн дүн", 83.3, "0.0"],
      ["Нэгжийн дүн (дутуу: 5 арга хэмжээний 4 нь үнэлгээгүй)", 100, "0.0"],
    ]);
    // Part two is a line of its own in each office that has it, and organisation-wide:
    // (100 + 80 + 100) / 3 = 93.3.
    const partTwoLines = rows(sheet).filter((r) => r[1] === PART_TWO.mn);
    expect(partTwoLines.map((r) => r[4])).toEqual([100, 80, 100, 93.3]);
  });

  it("ranks the complete offices first, ties sharing a rank, the incomplete one after them", () => {
    const values = rows(out.getWorksheet("Нэгтгэл")!);
    const top = values.findIndex((r) => r[0] === "Байр");
    expect(values.slice(top, top + 5).map((r) => r.slice(0, 6))).toEqual([
      [
        "Байр",
        "Нэгж",
        "Арга хэмжээний тоо",
        "Үнэлсэн арга хэмжээний тоо",
        "Хэрэгжилт, хувь",
        "Тайлбар",
      ],
      [1, "Архангай", 4, 4, 92.5, "Бүрэн"],
      [2, "Баян-Өлгий", 4, 3, 83.3, "Бүрэн"],
      [2, "Баянхонгор", 3, 3, 83.3, "Бүрэн"],
      [4, "Говь-Алтай", 5, 1, 100, "Дутуу. Үнэлгээгүй арга хэмжээ: Зорилт 1 (4)"],
    ]);
    expect(out.getWorksheet("Нэгтгэл")!.getCell(top + 2, 5).numFmt).toBe("0.0");
    expect(result.stdout).toContain(
      "Дутуу тайлантай нэгж (үнэлгээгүй арга хэмжээтэй; эрэмбэд бүрэн нэгжүүдийн дараа орсон): «Говь-Алтай».",
    );
  });

  it("lists every finding of every office, as check finds them, under the office's name", async () => {
    const expected: string[] = [];
    for (const [i, [office]] of OFFICES.entries()) {
      const doc = parseCheckJson((await run(["check", files[i], "--json"], dir)).stdout);
      for (const f of doc.sheets[0].findings) {
        expected.push([office, f.cell, f.code, f.message.mn].join(" | "));
      }
    }
    const found = rows(out.getWorksheet("Шалгалтын дүн")!)
      .slice(1)
      .map((r) => [r[0], r[1], r[3], r[4]].join(" | "));
    expect(found.sort()).toEqual(expected.sort());
    // The blank measures of Говь-Алтай are errors: the run exits 1.
    expect(
      found.filter((f) => f.startsWith("Говь-Алтай") && f.includes("VALUE-MISSING")).length,
    ).toBeGreaterThan(0);
    expect(result.code).toBe(1);
  });
});

describe("consolidate reports of another year or period among the others", () => {
  it("says which office sent which, on the command line and on the consolidated table", async () => {
    fs.mkdirSync(at("periods"));
    const sent: [string, string[]][] = [
      ["Архангай", ["--year", "2026", "--period", "half"]],
      ["Булган", ["--year", "2026", "--period", "half"]],
      // Last year's year-end report, sent in by mistake.
      ["Говь-Алтай", ["--year", "2025", "--period", "year"]],
    ];
    for (const [office, when] of sent) {
      const file = `periods/${office}.xlsx`;
      const made = await run(
        ["scaffold", "org-report", "-o", file, "--org", office, "--example", ...when],
        dir,
      );
      expect(made.code).toBe(0);
    }
    const files = sent.map(([office]) => `periods/${office}.xlsx`);
    const mn = await run(["consolidate", ...files, "-o", "periods.xlsx"], dir);
    expect(mn.code).toBe(0);
    expect(mn.stdout).toContain(
      "«Говь-Алтай» нь 2025 оны жилийн эцсийн тайлан ирүүлсэн, бусад нь 2026 оны эхний хагас жилийн тайлан: нэгтгэлд хамт орсон тул шалгана уу.",
    );
    const en = await run(["consolidate", ...files, "-o", "periods-en.xlsx", "--lang", "en"], dir);
    expect(en.stdout).toContain(
      "«Говь-Алтай» sent the 2025 year-end report, the others the 2026 first half-year report",
    );
    // The consolidated workbook is the office's document: in Mongolian, whatever language the
    // messages are printed in (as the pane writes it).
    for (const file of ["periods.xlsx", "periods-en.xlsx"]) {
      const book = await loadXlsx(at(file));
      expect(book.worksheets.map((ws) => ws.name).slice(-3)).toEqual([
        "Нэгтгэл",
        "Шалгалтын дүн",
        "_guitsetgel",
      ]);
      const table = texts(book.getWorksheet("Нэгтгэл")!);
      const heading = table.indexOf(
        "Өөр он, үеийн тайлан ирүүлсэн нэгж (бусад нь: 2026 оны эхний хагас жилийн тайлан)",
      );
      expect(heading).toBeGreaterThan(0);
      expect(table.slice(heading + 1, heading + 5)).toEqual([
        "Нэгж",
        "Ирүүлсэн тайлан",
        "Говь-Алтай",
        "2025 оны жилийн эцсийн тайлан",
      ]);
    }
  });
});
