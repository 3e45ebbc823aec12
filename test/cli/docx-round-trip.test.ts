import type ExcelJS from "exceljs";
import * as path from "path";
import { loadXlsx, makeTmp, removeTmp, run } from "./helpers";

/*
 * The office's year: a report computed in Excel, exported to the Word document it submits, and
 * next year that document imported again. The plan and the figures must come back as they were:
 * the товчоо and the fulfilment summary the export added are the add-in's own (a hidden
 * bookmark marks their sections) and are left out of the reading, as Compute makes them again.
 */

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("docx-round-trip");
  for (const argv of [
    ["scaffold", "org-report", "--example", "-o", "report.xlsx"],
    ["compute", "report.xlsx", "-o", "computed.xlsx"],
    ["export", "computed.xlsx", "-o", "report.docx"],
  ]) {
    expect((await run(argv, dir)).code).toBe(0);
  }
});
afterAll(() => removeTmp(dir));

interface Checked {
  sheets: {
    template: string;
    findings: { code: string; severity: string; message: { en: string } }[];
    figures: unknown;
  }[];
}

/** A cell's value and number format (exceljs). */
const percentShown = (cell: ExcelJS.Cell): [unknown, string] => [cell.value, cell.numFmt ?? ""];

async function checked(file: string): Promise<Checked> {
  const r = await run(["check", file, "--json"], dir);
  return JSON.parse(r.stdout) as Checked;
}

/** The table from its header row («Д/д») down, as text: the rows a plan is read from. */
async function tableRows(file: string): Promise<string[][]> {
  const ws = (await loadXlsx(at(file))).getWorksheet("Биелэлт")!;
  const rows: string[][] = [];
  let inTable = false;
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
    inTable ||= values[0] === "Д/д";
    if (inTable) rows.push(values);
  });
  return rows;
}

describe("a computed report exported to Word and imported again", () => {
  test("gives the same plan, findings and figures", async () => {
    const imported = await run(["import", "report.docx", "-o", "imported.xlsx"], dir);
    expect(imported.code).toBe(0);
    // The two summaries the export added are said to be left out.
    expect(imported.stderr).toContain("2 нэгтгэлийг");

    // Cell for cell: the fulfilment the Word document writes "60%" is the number 0.6 shown as
    // a percentage again, as the computed sheet holds it.
    expect(await tableRows("imported.xlsx")).toEqual(await tableRows("computed.xlsx"));
    const ws = (await loadXlsx(at("imported.xlsx"))).getWorksheet("Биелэлт")!;
    const stated: [unknown, string][] = [];
    ws.eachRow((row) => {
      const [value, format] = percentShown(row.getCell(8));
      if (typeof value === "number" && format.endsWith("%")) stated.push([value, format]);
    });
    expect(stated).toEqual([
      [0.6, "0%"],
      [1, "0%"],
      [1, "0%"],
    ]);
    const [before, after] = [await checked("computed.xlsx"), await checked("imported.xlsx")];
    expect(after.sheets.map((s) => s.template)).toEqual(["org-report"]);
    // Rows move (the approval block is laid out anew), so findings are compared without cells.
    const plain = (c: Checked) =>
      c.sheets[0].findings.map((f) => `${f.severity} ${f.code} ${f.message.en}`);
    expect(plain(after)).toEqual(plain(before));
    // Measure 1.1: 12 of 20 companies (60 %) and 215 of 200 people (capped at 100 %), 80 %;
    // part two's one measure 100 %; the two measures (80 + 100) / 2 = 90 %.
    expect(after.sheets[0].figures).toEqual(before.sheets[0].figures);
    expect(after.sheets[0].figures).toMatchObject({
      measures: 2,
      overall: 90,
      objectives: [{ value: 80 }, { value: 100 }],
    });
  });

  test("computed again, the imported report has the summaries it had", async () => {
    const r = await run(["compute", "imported.xlsx", "-o", "recomputed.xlsx"], dir);
    expect(r.code).toBe(0);
    const names = (await loadXlsx(at("recomputed.xlsx"))).worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(["Биелэлт", "Товчоо", "Биелэлтийн нэгтгэл"]));
  });
});
