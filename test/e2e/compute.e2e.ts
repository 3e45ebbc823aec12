import type { Page } from "playwright-core";
import { smallReportFile } from "./fixtures";
import {
  book,
  gridCell,
  gridTexts,
  numberIn,
  openFile,
  previewPerTest,
  pane,
  sheetOf,
  sheetTab,
  shot,
  waitForMoreSheets,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

/** The fulfilment % of the small report, by hand: achieved ÷ target × 100 (DOMAIN section 4). */
const FULFILMENT = { H5: 75, H6: 100, H8: 50, H9: 100 }; // 150/200, 4/4, 10/20, 100/100
/** Objective means and the pooled overall figure, one decimal, half up (DOMAIN section 5). */
const OBJECTIVE_1 = (75 + 100) / 2;
const OBJECTIVE_2 = (50 + 100) / 2;
const OVERALL = Math.round(((75 + 100 + 50 + 100) / 4) * 10) / 10;

/** The numbers shown in the grid row whose first filled cell starts with `label`. */
async function rowNumbers(page: Page, label: string): Promise<number[]> {
  const texts = await gridTexts(page);
  const start = [...texts].find(([, t]) => t.trim().startsWith(label));
  if (!start) throw new Error(`no row starting with ${label}`);
  const row = /\d+$/.exec(start[0])?.[0];
  return [...texts]
    .filter(([cell, t]) => /\d+$/.exec(cell)?.[0] === row && cell !== start[0] && t.trim() !== "")
    .map(([, t]) => numberIn(t))
    .filter((n): n is number => n !== null);
}

describe("Тооцоолох and Нэгтгэл in the preview", () => {
  it("computes the fulfilment %, writes the summary, and shows it all again in English", async () => {
    session = await openSession({ view: "compute" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "report.xlsx", await smallReportFile());

    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText("«Биелэлт» хуудасны 4 нүдийг бөглөлөө.").waitFor();
    const sheet = sheetOf(await workbook(page), "Биелэлт");
    for (const [cell, percent] of Object.entries(FULFILMENT)) {
      await expect(gridCell(page, cell).innerText()).resolves.toBe(`${percent}%`);
      expect([cell, sheet.cells[cell].value]).toEqual([cell, percent / 100]);
      expect(sheet.cells[cell].numberFormat).toContain("%");
    }
    await shot(page, "07-compute");

    // The summary of the active sheet goes to sheets of its own.
    const before = (await workbook(page)).sheets.length;
    await p.getByRole("tab", { name: "Нэгтгэл" }).click();
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    await waitForMoreSheets(page, before);
    const written = await p.getByText(/Нэгтгэлийг .* хуудсанд бичлээ\./).innerText();
    const names = [...written.matchAll(/«([^»]+)»/g)].map((m) => m[1]);
    expect(names.length).toBe(2);
    const wb = await workbook(page);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Биелэлт", ...names]);

    // The evaluation summary (товчоо): per objective 1 objective, 2 measures and its %; the total.
    await sheetTab(page, names[0]).click();
    await page.waitForFunction(
      (name) => document.querySelector('[role="grid"]')?.getAttribute("aria-label") === name,
      names[0],
    );
    expect(await rowNumbers(page, "Зорилт 1")).toEqual(expect.arrayContaining([1, 2, OBJECTIVE_1]));
    expect(await rowNumbers(page, "Зорилт 2")).toEqual(expect.arrayContaining([1, 2, OBJECTIVE_2]));
    expect(await rowNumbers(page, "Нийт")).toEqual(expect.arrayContaining([2, 4, OVERALL]));
    await shot(page, "08-summary-evaluation");

    // The fulfilment summary: measures planned and computed, the average %.
    await sheetTab(page, names[1]).click();
    await page.waitForFunction(
      (name) => document.querySelector('[role="grid"]')?.getAttribute("aria-label") === name,
      names[1],
    );
    expect(await rowNumbers(page, "Зорилт 1")).toEqual(expect.arrayContaining([2, OBJECTIVE_1]));
    expect(await rowNumbers(page, "Нийт")).toEqual(expect.arrayContaining([4, OVERALL]));
    await shot(page, "09-summary-fulfilment");

    // English: the same view, the same workbook, in English; the choice is kept in the workbook.
    await p.getByRole("button", { name: "English" }).click();
    await p.getByRole("tab", { name: "Summary", selected: true }).waitFor();
    await p.getByRole("button", { name: "Create summary" }).waitFor();
    await p.getByText(`The summary was written to «${names[0]}», «${names[1]}».`).waitFor();
    await book(page).getByRole("button", { name: "Open .xlsx" }).waitFor();
    await book(page).getByRole("tablist", { name: "Sheets" }).waitFor();
    expect(await rowNumbers(page, "Зорилт 1")).toEqual(expect.arrayContaining([2, OBJECTIVE_1]));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await shot(page, "10-summary-english");

    await p.getByRole("tab", { name: "Compute" }).click();
    await p.getByText("4 cells of sheet «Биелэлт» were filled.").waitFor();
    await shot(page, "11-compute-english");
  });
});
