import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/model";
import { readXlsx, type SheetGrid } from "../../src/workbook/xlsx/read";

import { guardNetwork, launchChromium } from "../../scripts/e2e-harness";

export { launchChromium };

const SHOTS = path.resolve(__dirname, "../../test-results/e2e");

export function origin(): string {
  const o = process.env.E2E_ORIGIN;
  if (!o) throw new Error("E2E_ORIGIN is not set: run through npm run test:e2e");
  return o;
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave localhost (refused). */
  outside: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

type PreviewOptions = { pane?: number; view?: string; width?: number };

/**
 * One Chromium for a test file and a fresh preview session for each test that opens one; each
 * session is checked as its test ends (no request left localhost, no page error) and closed.
 */
export function previewPerTest(): (options?: PreviewOptions) => Promise<Session> {
  let browser: Browser | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    const ended = session;
    session = undefined;
    if (!ended) return;
    try {
      expect(ended.outside).toEqual([]);
      expect(ended.errors).toEqual([]);
    } finally {
      await ended.close();
    }
  });
  return async (options) => {
    if (!browser) throw new Error("the browser is not up: open a session inside a test");
    session = await openPreview(browser, options);
    return session;
  };
}

/**
 * The preview page in a fresh browser context (a cold load: no cache, no storage) with the task
 * pane ready. `pane` is the pane's width in pixels; `view` the pane's first view.
 */
export async function openPreview(
  browser: Browser,
  options: PreviewOptions = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: 768 },
    acceptDownloads: true,
    locale: "mn-MN",
  });
  context.setDefaultTimeout(20_000);
  const outside = await guardNetwork(context, origin());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  const query = new URLSearchParams();
  if (options.pane) query.set("pane", String(options.pane));
  if (options.view) query.set("view", options.view);
  await page.goto(`${origin()}/preview.html${query.size ? `?${query}` : ""}`);
  // Ready when the first view has loaded its chunk and shows its buttons.
  await pane(page).getByRole("tabpanel").getByRole("button").first().waitFor();
  return { page, context, outside, errors, close: () => context.close() };
}

/** The task pane (the App) on the right. */
export function pane(page: Page): Locator {
  return page.getByRole("complementary");
}

/** The workbook side: toolbar, formula bar, grid, sheet tabs. */
export function book(page: Page): Locator {
  return page.getByRole("region", { name: /^(Ажлын ном|Workbook)$/ });
}

export function grid(page: Page): Locator {
  return page.getByRole("grid");
}

/** A cell of the grid as drawn (a merged area is drawn at its top-left address). */
export function gridCell(page: Page, address: string): Locator {
  return grid(page).locator(`[data-cell="${address}"]`);
}

/** The address of the selected cell, as the grid marks it. */
export async function selectedCell(page: Page): Promise<string | null> {
  return grid(page).locator('[aria-selected="true"]').getAttribute("data-cell");
}

/** The texts of every drawn cell, by address. */
export async function gridTexts(page: Page): Promise<Map<string, string>> {
  const pairs = await grid(page)
    .locator("[data-cell]")
    .evaluateAll((tds) =>
      tds.map((td) => [td.getAttribute("data-cell") ?? "", (td as HTMLElement).innerText]),
    );
  return new Map(pairs as [string, string][]);
}

/** The sheet tabs under the grid. */
export function sheetTab(page: Page, name: string): Locator {
  return book(page).getByRole("tab", { name, exact: true });
}

/** The in-memory workbook the preview and the pane share, as plain JSON. */
export async function workbook(page: Page): Promise<MemoryWorkbook> {
  return page.evaluate(() =>
    JSON.parse(
      JSON.stringify(
        (
          window as unknown as { guitsetgelPreview: { workbook(): unknown } }
        ).guitsetgelPreview.workbook(),
      ),
    ),
  );
}

export function sheetOf(wb: MemoryWorkbook, name: string): MemorySheet {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet)
    throw new Error(`no sheet «${name}» among ${wb.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

export function activeSheet(wb: MemoryWorkbook): MemorySheet {
  return wb.sheets.find((s) => s.id === wb.activeSheetId) as MemorySheet;
}

/** Load a file through "Файл нээх (.xlsx)", as a person picks it in the file dialog. */
export async function openFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await book(page)
    .getByRole("button", { name: /Файл нээх|Open \.xlsx/ })
    .click();
  await (await chooser).setFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
  await book(page)
    .getByText(new RegExp(`«${name}» файлыг нээлээ|«${name}» was opened`))
    .waitFor();
}

/** "Хадгалах (.xlsx)": the downloaded file, read back as the add-in reads a file. */
export async function saveFile(page: Page): Promise<{ name: string; sheets: SheetGrid[] }> {
  const download = page.waitForEvent("download");
  await book(page)
    .getByRole("button", { name: /Хадгалах \(\.xlsx\)|Save \.xlsx/ })
    .click();
  const file = await download;
  const bytes = fs.readFileSync(await file.path());
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(`the saved file does not read back: ${read.error.message.en}`);
  return { name: file.suggestedFilename(), sheets: read.sheets };
}

/** A picture of what the person sees, under test-results/e2e/. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Press Tab (Shift+Tab backwards) until the element has focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 150 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Numbers in a cell's text ("81.3", "75%" → 75). */
export function numberIn(text: string | undefined): number | null {
  const m = /-?\d+(?:[.,]\d+)?/.exec(text ?? "");
  return m ? Number(m[0].replace(",", ".")) : null;
}

/** Wait until the workbook holds more than `count` sheets. */
export async function waitForMoreSheets(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (
        window as unknown as { guitsetgelPreview: { workbook(): { sheets: unknown[] } } }
      ).guitsetgelPreview.workbook().sheets.length > n,
    count,
  );
}

/** Wait until an element stands still (a dialog's opening animation is over), touching nothing. */
export async function settled(target: Locator): Promise<void> {
  await target.click({ trial: true });
}

/**
 * Records what the server answers with 4xx or 5xx to the page. The browser's own request for
 * /favicon.ico (made when a page names no icon) is no network event for Playwright: only the
 * console error it leaves tells of it, so both are watched.
 */
export function failedLoads(page: Page): string[] {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    const status = /the server responded with a status of (\d+)/.exec(m.text());
    if (m.type() === "error" && status) failed.push(`${status[1]} ${m.location().url}`);
  });
  return failed;
}
