import type { Browser } from "playwright-core";
import {
  buildDist,
  guardNetwork,
  initialScripts,
  launchChromium,
  serveDist,
} from "../scripts/e2e-harness";
import { summarize, type Row } from "./measure";

/** Microsoft's guidance for an add-in's task pane, and the size the pane's first load may ship. */
const TARGET_MS = 500;
const TARGET_KB = 350;

/**
 * Milliseconds from navigation to the Загвар view being usable ("Хүснэгт үүсгэх" shown and
 * enabled), measured in the page (performance.now() counts from navigation start), in a fresh
 * browser context each time: no cache.
 */
async function coldLoads(browser: Browser, url: string, origin: string, runs: number) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const outside = await guardNetwork(context, origin);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const ready = await page.waitForFunction(
      () => {
        const button = [...document.querySelectorAll("button")].find(
          (b) => b.textContent === "Хүснэгт үүсгэх",
        );
        const usable =
          button && !button.disabled && button.getAttribute("aria-disabled") !== "true";
        return usable ? performance.now() : false;
      },
      undefined,
      { polling: "raf", timeout: 30_000 },
    );
    ms.push(Number(await ready.jsonValue()));
    await context.close();
    if (outside.length) throw new Error(`the page reached outside localhost: ${outside[0]}`);
  }
  return summarize(ms);
}

/** The same cold load of a page holding no script at all, from the same server. */
async function staticLoads(browser: Browser, url: string, runs: number) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    ms.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return summarize(ms);
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * The task pane's first load in Chromium, median of `runs` cold loads, and the JavaScript it
 * ships before any view is opened (its entry's initial chunks, gzipped). Excel's office.js is not
 * part of it: the pane is loaded on the preview page, over the in-memory Excel, with the
 * pane alone (no workbook view) and beside the workbook view.
 */
export async function taskpaneBench(runs = 5): Promise<Row[]> {
  const build = await buildDist();
  const served = await serveDist(build.dir);
  const browser = await launchChromium();
  try {
    const pane = initialScripts(build, "taskpane");
    const preview = initialScripts(build, "preview");
    const paneBytes = pane.reduce((n, s) => n + s.gzip, 0);
    const reference = {
      name: "a page without script, same server",
      timing: await staticLoads(browser, `${served.origin}/assets/icon-80.png`, runs),
    };
    const alone = await coldLoads(
      browser,
      `${served.origin}/preview.html?pane=360&only=pane`,
      served.origin,
      runs,
    );
    const beside = await coldLoads(browser, `${served.origin}/preview.html`, served.origin, runs);
    return [
      {
        name: "task pane load to first usable view (cold, Chromium)",
        timing: alone,
        reference,
        extra: {
          "target ms": TARGET_MS,
          "initial JS gzip KB": kb(paneBytes),
          "target KB": TARGET_KB,
          chunks: pane.map((s) => `${s.file} ${kb(s.gzip)}`).join(", "),
        },
      },
      {
        name: "preview page (workbook view + task pane) load to first usable view",
        timing: beside,
        reference,
        extra: { "initial JS gzip KB": kb(preview.reduce((n, s) => n + s.gzip, 0)) },
      },
    ];
  } finally {
    await browser.close();
    await served.close();
    build.dispose();
  }
}
