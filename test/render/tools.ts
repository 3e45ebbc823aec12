import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

/** `guitsetgel …` as a person runs it; the exit status (0 or 1: findings are not failures). */
export async function cli(args: string[]): Promise<number> {
  try {
    await run(process.execPath, [path.join(ROOT, "bin/guitsetgel.js"), ...args], { cwd: ROOT });
    return 0;
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    if (err.code === 1) return 1;
    throw new Error(`guitsetgel ${args.join(" ")} failed (${err.code}): ${err.stderr}`);
  }
}

/**
 * LibreOffice converts the files in one run (`pdf` or `xlsx`) into `outDir`, with a profile of its
 * own so that it neither needs nor touches a person's settings. English locale: "." decimals.
 * Writer opens the .docx files, Calc the .xlsx ones.
 */
export async function libreoffice(
  format: "pdf" | "xlsx",
  files: string[],
  outDir: string,
  profile: string,
): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  await run(
    "libreoffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" }, timeout: 240_000 },
  );
  for (const f of files) {
    const out = path.join(outDir, `${path.parse(f).name}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  }
}

/** The text of a PDF (or of one page), as pdftotext reads it. */
export async function pdfText(pdf: string, page?: number): Promise<string> {
  const pages = page ? ["-f", String(page), "-l", String(page)] : [];
  const { stdout } = await run("pdftotext", [...pages, "-enc", "UTF-8", pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  paper: string;
}

/** Page count and the first page's size in points, from pdfinfo. */
export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(stdout);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    paper: size?.[3] ?? "",
  };
}

/** Every page as a PNG picture, `<prefix>-<n>.png`; the files written. */
export async function pdfPictures(pdf: string, prefix: string): Promise<string[]> {
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  await run("pdftoppm", ["-r", "80", "-png", pdf, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .map((f) => path.join(dir, f));
}

export interface PdfLayout {
  /** Text blocks as pdftotext groups them (a header cell is a block), words joined by spaces. */
  blocks: string[];
  /** Every word, in reading order. */
  words: string[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
  );
}

/**
 * The blocks and words of a PDF (or one page), from pdftotext's bounding-box layout. A wrapped
 * cell's lines are interleaved with its neighbours' in plain text; a block keeps them together.
 */
export async function pdfLayout(pdf: string, page?: number): Promise<PdfLayout> {
  const pages = page ? ["-f", String(page), "-l", String(page)] : [];
  const { stdout } = await run("pdftotext", [...pages, "-bbox-layout", pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const wordsOf = (xml: string) =>
    [...xml.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((m) => unescape(m[1]));
  const blocks = [...stdout.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map((m) =>
    wordsOf(m[1]).join(" "),
  );
  return { blocks, words: wordsOf(stdout) };
}

/** Whether a cell's text is printed: whole inside one block, else every word of it somewhere. */
export function printed(layout: PdfLayout, text: string): boolean {
  const wanted = squeeze(text);
  if (layout.blocks.some((b) => squeeze(b).includes(wanted))) return true;
  const words = new Set(layout.words.map(squeeze));
  return text
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => words.has(w));
}

/** Text without any whitespace: a PDF breaks a cell's text into lines wherever it wraps. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * The pages of a long report up to its товчоо each print every header of the org-report
 * template: the header rows repeat on every page.
 */
export function expectHeaderOnEveryReportPage(pages: PdfLayout[], headers: string[]): void {
  const firstSummary = pages.findIndex((page) => printed(page, "ЯВЦЫН ҮНЭЛГЭЭНИЙ ТОВЧОО"));
  const reportPages = pages.slice(0, firstSummary);
  expect(reportPages.length).toBeGreaterThan(2);
  reportPages.forEach((page, i) => {
    for (const h of headers) expect([i + 1, h, printed(page, h)]).toEqual([i + 1, h, true]);
  });
}
