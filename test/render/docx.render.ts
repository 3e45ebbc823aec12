import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { TEMPLATES } from "../../src/core/templates";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";
import { generateReport } from "../fixtures/generate-report";
import { seed002 } from "../fixtures/seeds/seed002";
import {
  cli,
  expectHeaderOnEveryReportPage,
  libreoffice,
  pdfInfo,
  pdfLayout,
  printed,
  type PdfLayout,
} from "./tools";

// The Word documents `guitsetgel export` writes, opened by another program: LibreOffice Writer
// prints them to PDF, and poppler reads the pages back.

const run = promisify(execFile);
const PICTURES = path.resolve(__dirname, "../../test-results/render-docx");

let dir: string;
const started = Date.now();
/** name → the exported .docx */
const documents = new Map<string, string>();
const pdfOf = (name: string) => path.join(dir, "pdf", `${name}.pdf`);

/** Every page's size in points, as pdfinfo reads them. */
async function pageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const { pages } = await pdfInfo(pdf);
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
}

async function pagesOf(name: string): Promise<PdfLayout[]> {
  const { pages } = await pdfInfo(pdfOf(name));
  const out = [];
  for (let p = 1; p <= pages; p++) out.push(await pdfLayout(pdfOf(name), p));
  return out;
}

/** Scaffold or write a workbook, compute it, export it: the person's three steps. */
async function exported(name: string, xlsx: string): Promise<void> {
  const computed = path.join(dir, `${name}-computed.xlsx`);
  await cli(["compute", xlsx, "-o", computed]);
  const docx = path.join(dir, `${name}.docx`);
  await cli(["export", computed, "-o", docx]);
  documents.set(name, docx);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "guitsetgel-render-docx-"));
  const example = path.join(dir, "example.xlsx");
  await cli(["scaffold", "org-report", "--example", "-o", example]);
  await exported("example", example);

  // Long enough for several pages: the header must come back on each.
  const long = path.join(dir, "long.xlsx");
  const grid = generateReport(160);
  const widths = TEMPLATES["org-report"].columns.map((c) => c.width);
  fs.writeFileSync(
    long,
    await sheetsToXlsx([
      { name: "Биелэлт", values: grid.cells, merges: grid.merges, columnWidths: widths },
    ]),
  );
  await exported("long", long);

  // Seed 002: the anti-corruption report, its товчоо and written conclusion.
  const anticorruption = path.join(dir, "seed002.xlsx");
  fs.writeFileSync(
    anticorruption,
    await sheetsToXlsx([{ name: "Биелэлт", values: seed002.cells, merges: seed002.merges }]),
  );
  await exported("seed002", anticorruption);

  await libreoffice("pdf", [...documents.values()], path.join(dir, "pdf"), path.join(dir, "lo"));
  // Pictures of every page, to look at (test-results/render-docx).
  fs.rmSync(PICTURES, { recursive: true, force: true });
  fs.mkdirSync(PICTURES, { recursive: true });
  for (const name of documents.keys()) {
    await run("pdftoppm", ["-r", "50", "-png", pdfOf(name), path.join(PICTURES, name)]);
  }
}, 600_000);

afterAll(() => {
  process.stdout.write(
    `render (docx): CLI + LibreOffice Writer + checks in ${Date.now() - started} ms\n`,
  );
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("exported Word documents, printed by LibreOffice Writer", () => {
  it("every page of every document is A4 landscape (842 × 595 pt): each part has a wide table", async () => {
    for (const name of documents.keys()) {
      const sizes = await pageSizes(pdfOf(name));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect([name, size]).toEqual([name, { width: 842, height: 595 }]);
    }
  });

  it("repeats the header row on every page of a long report", async () => {
    const pages = await pagesOf("long");
    const headers = TEMPLATES["org-report"].columns.map((c) => c.header);
    expectHeaderOnEveryReportPage(pages, headers);
  });

  it("prints the example report's title, approval block, figures and the товчоо's conclusion", async () => {
    const pages = await pagesOf("example");
    const all: PdfLayout = {
      blocks: pages.flatMap((p) => p.blocks),
      words: pages.flatMap((p) => p.words),
    };
    for (const text of [
      "Төлөвлөгөө баталсан:",
      "(Нэгжийн нэр) (Он) ОНЫ (ЭХНИЙ ХАГАС ЖИЛИЙН / ЖИЛИЙН ЭЦСИЙН) БИЕЛЭЛТ",
      // 12 of 20 companies: 60 %; measure 1.1 (60 % and 100 %) 80,0; both measures 90,0.
      "60%",
      "80,0",
      "90,0",
      "хэрэгжилтийн явц эхний хагас жилийн байдлаар 90,0 хувьтай дүгнэгдэв.",
      "ЗОРИЛГО, ЗОРИЛТЫН БИЕЛЭЛТИЙН НЭГТГЭЛ",
    ]) {
      expect([text, printed(all, text)]).toEqual([text, true]);
    }
  });

  it("prints seed 002's conclusion: six programme items, twelve measures", async () => {
    const pages = await pagesOf("seed002");
    const all: PdfLayout = {
      blocks: pages.flatMap((p) => p.blocks),
      words: pages.flatMap((p) => p.words),
    };
    expect(
      printed(all, "Уг төлөвлөгөөнд тусгагдсан нийт 6 зорилт бүхий 12 арга хэмжээ байна."),
    ).toBe(true);
    // 4.1 rated 95 in the seed, listed with its figure.
    expect(printed(all, "/95,0/;")).toBe(true);
  });
});
