import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import type { Plan } from "../../src/core/plan/model";
import { TEMPLATES } from "../../src/core/templates";
import { TEMPLATE_IDS, type TemplateId } from "../../src/core/templates/spec";
import { readXlsx, type SheetGrid } from "../../src/workbook/xlsx/read";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";
import { generateReport } from "../fixtures/generate-report";
import { reportGrid } from "../taskpane/workbook";
import {
  cli,
  expectHeaderOnEveryReportPage,
  libreoffice,
  pdfInfo,
  pdfLayout,
  pdfPictures,
  pdfText,
  printed,
} from "./tools";

// The CLI's workbooks, opened by another program: LibreOffice prints them to PDF and saves them
// again as .xlsx. The PDF must show what the workbook holds; the re-saved file must read back to
// the same plan.

const ORG = "Сонгинохайрхан дүүргийн НДХ";
const PICTURES = path.resolve(__dirname, "../../test-results/render");

let dir: string;
const started = Date.now();
/** name → the CLI's .xlsx */
const files = new Map<string, string>();

const pdfOf = (name: string) => path.join(dir, "pdf", `${name}.pdf`);
const resavedOf = (name: string) => path.join(dir, "resaved", `${name}.xlsx`);

/** A grid with the org-report's column widths, wrapped text and print setup, as a person's file. */
async function reportFile(grid: Grid, file: string, headerRows: { top: number; bottom: number }) {
  const widths = TEMPLATES["org-report"].columns.map((c) => c.width);
  const last = { row: grid.cells.length - 1, col: widths.length - 1 };
  // As people lay them out: the title and each section row merged across the table.
  const spanning = grid.cells.flatMap((row, r) =>
    row[0] !== null && row.every((v, c) => c === 0 || v === null)
      ? [{ top: r, left: 0, bottom: r, right: last.col }]
      : [],
  );
  const bytes = await sheetsToXlsx([
    {
      name: "Биелэлт",
      values: grid.cells,
      merges: [...(grid.merges ?? []), ...spanning],
      columnWidths: widths,
      // LibreOffice keeps a row's stored height (it does not grow rows for wrapped text on load).
      rowHeights: grid.cells.map((_, r) =>
        r >= headerRows.top && r <= headerRows.bottom ? 48 : undefined,
      ),
      styles: [
        {
          range: { top: 0, left: 0, bottom: last.row, right: last.col },
          style: { wrap: true, vAlign: "top" },
        },
        { range: { ...headerRows, left: 0, right: last.col }, style: { bold: true, border: true } },
      ],
      print: { paper: "A4", orientation: "landscape", repeatRows: headerRows, fitToWidth: true },
    },
  ]);
  fs.writeFileSync(file, bytes);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "guitsetgel-render-"));
  fs.mkdirSync(path.join(dir, "in"));
  const common = ["--org", ORG, "--year", "2026", "--period", "year"];
  for (const id of TEMPLATE_IDS) {
    const file = path.join(dir, `template-${id}.xlsx`);
    await cli(["scaffold", id, "-o", file, ...common]);
    files.set(`template-${id}`, file);
  }
  const example = path.join(dir, "example-org-report.xlsx");
  await cli(["scaffold", "org-report", "--example", "-o", example, ...common]);
  files.set("example-org-report", example);

  // Two objectives of two measures, fulfilment left to compute; the header is row 2.
  const small = path.join(dir, "in", "small.xlsx");
  await reportFile(reportGrid("Биелэлт"), small, { top: 1, bottom: 1 });
  await cli(["compute", small, "-o", path.join(dir, "computed-report.xlsx")]);
  files.set("computed-report", path.join(dir, "computed-report.xlsx"));

  // Long enough for several pages: the header must come back on each.
  const long = path.join(dir, "in", "long.xlsx");
  await reportFile(generateReport(160), long, { top: 1, bottom: 2 });
  await cli(["compute", long, "-o", path.join(dir, "computed-long.xlsx")]);
  files.set("computed-long", path.join(dir, "computed-long.xlsx"));

  const profile = path.join(dir, "lo-profile");
  await libreoffice("pdf", [...files.values()], path.join(dir, "pdf"), profile);
  await libreoffice("xlsx", [...files.values()], path.join(dir, "resaved"), profile);
  fs.rmSync(PICTURES, { recursive: true, force: true });
}, 600_000);

afterAll(() => {
  process.stdout.write(`render: CLI + LibreOffice + checks in ${Date.now() - started} ms\n`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function sheetsOf(file: string): Promise<SheetGrid[]> {
  const read = await readXlsx(fs.readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.error.message.en}`);
  return read.sheets;
}

function planOf(grid: Grid, template?: TemplateId): Plan | null {
  const read = readPlan(grid, template ? { template } : {});
  return read.ok ? read.plan : null;
}

/** What a plan says, without positions: goals, objectives, measures, criteria and their levels. */
function content(plan: Plan) {
  const v = (c: { value: CellValue } | undefined) => c?.value ?? null;
  return {
    template: plan.template,
    title: v(plan.title),
    goals: plan.goals.map((g) => ({
      text: v(g.text),
      objectives: g.objectives.map((o) => ({
        text: v(o.text),
        measures: o.measures.map((m) => ({
          number: v(m.number),
          text: v(m.text),
          criteria: m.criteria.map((c) => [
            v(c.text),
            v(c.baseline),
            v(c.target),
            v(c.achieved),
            v(c.fulfilment),
          ]),
        })),
      })),
    })),
  };
}

/** A4 landscape, as every template asks (in points: 842 × 595). */
function expectA4Landscape(info: { width: number; height: number; paper: string }) {
  expect(info.paper).toBe("A4");
  expect(Math.round(info.width)).toBe(842);
  expect(Math.round(info.height)).toBe(595);
}

describe("every template printed by LibreOffice", () => {
  it.each(TEMPLATE_IDS)("%s: A4 landscape, its title and every header in the PDF", async (id) => {
    const name = `template-${id}`;
    const spec = TEMPLATES[id];
    expectA4Landscape(await pdfInfo(pdfOf(name)));
    const [sheet] = await sheetsOf(files.get(name) as string);
    const plan = planOf(sheet);
    expect(plan?.template).toBe(id);
    const title = plan?.title?.value;
    expect(typeof title).toBe("string");
    const layout = await pdfLayout(pdfOf(name));
    expect(printed(layout, String(title))).toBe(true);
    const headers = [...spec.columns, ...(spec.partTwo?.columns ?? [])];
    for (const h of headers) {
      expect([h.header, printed(layout, h.header)]).toEqual([h.header, true]);
      if (h.group) expect([h.group, printed(layout, h.group)]).toEqual([h.group, true]);
    }
    const pictures = await pdfPictures(pdfOf(name), path.join(PICTURES, name));
    expect(pictures.length).toBe((await pdfInfo(pdfOf(name))).pages);
  });

  it("example-filled org-report: every measure, criterion and level in the PDF", async () => {
    const name = "example-org-report";
    const [sheet] = await sheetsOf(files.get(name) as string);
    const plan = planOf(sheet) as Plan;
    const layout = await pdfLayout(pdfOf(name));
    const cells = plan.goals.flatMap((g) =>
      g.objectives.flatMap((o) => [
        o.text,
        ...o.measures.flatMap((m) => [
          m.text,
          ...m.criteria.flatMap((c) => [c.text, c.baseline, c.target, c.achieved]),
        ]),
      ]),
    );
    const texts = cells
      .map((c) => c?.value)
      .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
      .map((v) => String(v).trim())
      .filter((v) => v !== "");
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect([t, printed(layout, t)]).toEqual([t, true]);
    await pdfPictures(pdfOf(name), path.join(PICTURES, name));
  });
});

describe("a computed report printed by LibreOffice", () => {
  it("shows the fulfilment % and the summary sheets' figures", async () => {
    const name = "computed-report";
    const info = await pdfInfo(pdfOf(name));
    expectA4Landscape(info);
    // The report and its two summary sheets.
    expect(info.pages).toBe(3);
    const report = await pdfText(pdfOf(name), 1);
    // 150 of 200, 4 of 4, 10 of 20, 100 of 100 (DOMAIN section 4).
    for (const percent of ["75%", "100%", "50%"]) expect(report).toContain(percent);
    const summaries = (await pdfText(pdfOf(name), 2)) + (await pdfText(pdfOf(name), 3));
    expect(summaries).toContain("ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО");
    // Objective means and the pooled overall figure (DOMAIN section 5): 87.5, 75 and 81.3.
    expect(summaries).toMatch(/\b87[.,]5\b/);
    expect(summaries).toMatch(/\b81[.,]3\b/);
    expect(summaries).toMatch(/\b75\b/);
    await pdfPictures(pdfOf(name), path.join(PICTURES, name));
  });

  it("repeats the header rows on every page of a long report", async () => {
    const name = "computed-long";
    await pdfPictures(pdfOf(name), path.join(PICTURES, name));
    const info = await pdfInfo(pdfOf(name));
    expectA4Landscape(info);
    const pages = [];
    for (let p = 1; p <= info.pages; p++) pages.push(await pdfLayout(pdfOf(name), p));
    const headers = TEMPLATES["org-report"].columns.map((c) => c.header);
    expectHeaderOnEveryReportPage(pages, headers);
  });
});

describe("re-saved by LibreOffice", () => {
  it("every workbook reads back to the same plans and the same summary figures", async () => {
    for (const [name, file] of files) {
      const before = await sheetsOf(file);
      const after = await sheetsOf(resavedOf(name));
      expect([name, after.map((s) => s.sheet)]).toEqual([name, before.map((s) => s.sheet)]);
      before.forEach((sheet, i) => {
        const plan = planOf(sheet);
        if (plan) {
          const again = planOf(after[i], plan.template);
          expect([name, sheet.sheet, again && content(again)]).toEqual([
            name,
            sheet.sheet,
            content(plan),
          ]);
        } else {
          // A summary sheet: the same values, cell by cell.
          const values = (g: Grid) =>
            g.cells.flatMap((row, r) =>
              row.flatMap((v, c) =>
                v === null ? [] : [`${g.origin.row + r},${g.origin.col + c}=${String(v)}`],
              ),
            );
          expect([name, sheet.sheet, values(after[i])]).toEqual([name, sheet.sheet, values(sheet)]);
        }
      });
    }
  });
});
