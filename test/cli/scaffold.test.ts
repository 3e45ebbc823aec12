import { settingsFor } from "../../src/core/settings";
import * as fs from "fs";
import * as path from "path";
import { TEMPLATES } from "../../src/core/templates";
import { TEMPLATE_IDS, type TemplateId } from "../../src/core/templates/spec";
import { isAddinSheet, readStateSheet } from "../../src/workbook/state";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

const ORG = "Багахангай дүүргийн нийгмийн даатгалын хэлтэс";
let dir: string;

beforeAll(() => {
  dir = makeTmp("scaffold");
});
afterAll(() => removeTmp(dir));

/** Every text and number on a worksheet, joined, to look for what the person asked for. */
function sheetText(ws: import("exceljs").Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "string" || typeof v === "number") parts.push(String(v));
    }),
  );
  return parts.join("\n");
}

const REPORTS: TemplateId[] = ["org-report", "individual-report", "anticorruption-report"];

describe.each(TEMPLATE_IDS.map((id) => [id]))("scaffold %s", (id) => {
  const file = () => path.join(dir, `${id}.xlsx`);

  it("writes a workbook holding the template, recorded in the add-in's state", async () => {
    const r = await run(
      ["scaffold", id, "-o", `${id}.xlsx`, "--org", ORG, "--year", "2026", "--period", "half"],
      dir,
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain(`${id}.xlsx`);
    expect(r.stdout).toContain(TEMPLATES[id].name.mn);

    const wb = await loadXlsx(file());
    const visible = wb.worksheets.filter((ws) => !isAddinSheet(ws.name));
    expect(visible).toHaveLength(1);
    const state = readStateSheet(wb);
    expect(state?.message).toBeUndefined();
    expect(state?.state.sheets[visible[0].name]).toEqual({ template: id, computed: [] });
    // Nobody chose a scheme: the sheet is rated by its template's default, as in the pane.
    const scheme =
      id === "anticorruption-report"
        ? "ndeg-anticorruption-2019"
        : id === "rated-report"
          ? "governor-0-30"
          : "gov-206-2020";
    expect(state?.state.settings.schemeChosen).toBeUndefined();
    expect(settingsFor(state!.state.settings, id).scheme).toBe(scheme);
    // The organisation and the year asked for are written where the template prints them.
    expect(sheetText(visible[0]).toUpperCase()).toContain(ORG.toUpperCase());
    if (TEMPLATES[id].title.includes("{year}")) expect(sheetText(visible[0])).toContain("2026");
    for (const col of TEMPLATES[id].columns) expect(sheetText(visible[0])).toContain(col.header);
  });

  it("reads back and checks with no error (a fresh template)", async () => {
    const r = await run(["check", `${id}.xlsx`, "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(doc.file).toBe(`${id}.xlsx`);
    expect(doc.sheets).toHaveLength(1);
    expect(doc.sheets[0].template).toBe(id);
    expect(doc.sheets[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("computes into a new file with its summary sheets, the input untouched", async () => {
    const before = fs.readFileSync(file());
    const r = await run(["compute", `${id}.xlsx`, "-o", `${id}-computed.xlsx`], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(fs.readFileSync(file()).equals(before)).toBe(true);

    const wb = await loadXlsx(path.join(dir, `${id}-computed.xlsx`));
    const state = readStateSheet(wb)?.state;
    const names = wb.worksheets.map((ws) => ws.name);
    const own = (state?.addinSheets ?? []).map((s) => s.name);
    if (id === "job-description") {
      expect(own).toEqual([]);
    } else {
      expect(own).toContain("Биелэлтийн нэгтгэл");
      expect(names).toContain("Биелэлтийн нэгтгэл");
    }
    if (REPORTS.includes(id)) expect(names).toContain("Товчоо");
    for (const s of own) expect(r.stdout).toContain(`«${s}»`);
  });

  it("with --example, checks and reports an exit status that matches its findings", async () => {
    const made = await run(["scaffold", id, "-o", `${id}-example.xlsx`, "--example"], dir);
    expect(made.code).toBe(0);
    const r = await run(["check", `${id}-example.xlsx`, "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(doc.sheets[0].template).toBe(id);
    expect(doc.sheets[0].figures.measures).toBeGreaterThan(0);
    const errors = doc.sheets[0].findings.some((f) => f.severity === "error");
    expect(r.code).toBe(errors ? 1 : 0);
  });
});

describe("scaffold refuses what it cannot make", () => {
  it.each([
    [["scaffold", "org-budget", "-o", "x.xlsx"], "org-budget", "org-plan"],
    [["scaffold", "org-plan"], "-o <файл.xlsx>", "-o <file.xlsx>"],
    [["scaffold", "org-plan", "-o", "x.xlsx", "--year", "two"], "«two»", "Invalid year"],
    [["scaffold", "org-plan", "-o", "x.xlsx", "--period", "month"], "«month»", "half, year"],
    [["scaffold", "org-plan", "-o", "x.txt"], "x.txt", "must end in .xlsx"],
    [["scaffold", "org-plan", "-o", "no-such-folder/x.xlsx"], "хавтас", "does not exist"],
    [["scaffold", "org-plan", "-o", "x.xlsx", "--colour", "red"], "--colour", "Unknown option"],
  ])("%j", async (argv, mn, en) => {
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(mn);
    expect(r.stderr).toContain(en);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
