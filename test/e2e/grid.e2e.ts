import { ROW_WINDOW } from "../../src/preview/layout";
import { generateReport } from "../fixtures/generate-report";
import { xlsxOf } from "./fixtures";
import {
  book,
  grid,
  gridCell,
  openFile,
  previewPerTest,
  origin,
  pane,
  selectedCell,
  sheetOf,
  shot,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

describe("the preview page", () => {
  it("is its own: no office.js, no script or request from anywhere but its server", async () => {
    session = await openSession();
    const { page } = session;
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll("script")].map((s) => s.src),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src.startsWith(`${origin()}/`)).toBe(true);
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
      "undefined",
    );
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("https:");
    // The production task pane, served beside it, is the page that loads office.js from Microsoft.
    const taskpane = await (await fetch(`${origin()}/taskpane.html`)).text();
    expect(taskpane).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const preview = await (await fetch(`${origin()}/preview.html`)).text();
    expect(preview).not.toContain("appsforoffice.microsoft.com");
  });
});

describe("the workbook view", () => {
  it("selects and edits cells; what is typed goes into the workbook as Excel takes it", async () => {
    session = await openSession();
    const { page } = session;
    await gridCell(page, "B2").click();
    expect(await selectedCell(page)).toBe("B2");
    // Enter opens the cell for editing; a printable key (below) starts it with that key.
    await page.keyboard.press("Enter");
    await page.keyboard.type("Шинэ утга");
    await page.keyboard.press("Enter");
    await expect(gridCell(page, "B2").innerText()).resolves.toBe("Шинэ утга");
    expect(await selectedCell(page)).toBe("B3");
    await page.keyboard.type("63%");
    await page.keyboard.press("Enter");
    await expect(gridCell(page, "B3").innerText()).resolves.toBe("63%");
    await page.keyboard.press("ArrowUp");
    await expect(book(page).getByLabel("Нүдний агуулга").inputValue()).resolves.toBe("63%");
    let sheet = sheetOf(await workbook(page), "Sheet1");
    expect(sheet.cells.B2.value).toBe("Шинэ утга");
    expect(sheet.cells.B3).toEqual({ value: 0.63, numberFormat: "0%" });

    // F2 edits what is there; Escape leaves it as it was; Delete clears.
    await page.keyboard.press("F2");
    await page.keyboard.press("End");
    await page.keyboard.type("0");
    await page.keyboard.press("Escape");
    await expect(gridCell(page, "B3").innerText()).resolves.toBe("63%");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Delete");
    await expect(gridCell(page, "B2").innerText()).resolves.toBe("");
    sheet = sheetOf(await workbook(page), "Sheet1");
    expect(sheet.cells.B2).toBeUndefined();
    await shot(page, "12-grid-edited");
  });

  it("shows a long report a window of rows at a time and brings a finding's row into view", async () => {
    const report = generateReport(6000);
    const rows = report.cells.length;
    session = await openSession({ view: "check" });
    const { page } = session;
    await openFile(page, "long.xlsx", await xlsxOf(report, "Биелэлт"));
    await expect(grid(page).locator("tbody tr").count()).resolves.toBe(ROW_WINDOW);
    await book(page)
      .getByText(`Нийт ${rows} мөрөөс 1–${ROW_WINDOW}-р мөрийг харуулж байна.`)
      .waitFor();

    await pane(page)
      .getByRole("tabpanel")
      .getByRole("button", { name: "Шалгах", exact: true })
      .click();
    await pane(page).getByRole("status").waitFor({ timeout: 60_000 });
    // The last finding's cell lies far below the first window of rows.
    const links = pane(page).getByRole("button", { name: /^[A-Z]+\d+ / });
    const names = await links.evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    const rowOf = (name: string) => Number(/^[A-Z]+(\d+)/.exec(name)?.[1]);
    const far = names.findIndex((n) => rowOf(n) > ROW_WINDOW * 2);
    expect(far).toBeGreaterThanOrEqual(0);
    const cell = /^[A-Z]+\d+/.exec(names[far])?.[0] as string;
    await links.nth(far).click();
    await page.waitForFunction(
      (address) =>
        document
          .querySelector('[role="grid"] [aria-selected="true"]')
          ?.getAttribute("data-cell") === address,
      cell,
    );
    const box = await gridCell(page, cell).boundingBox();
    expect(box && box.y > 0 && box.y < 768).toBe(true);
    await expect(grid(page).locator("tbody tr").count()).resolves.toBeLessThanOrEqual(ROW_WINDOW);
    await shot(page, "13-long-report-finding");
  });
});
