import type { Page } from "playwright-core";
import { smallReportFile } from "./fixtures";
import {
  book,
  grid,
  gridCell,
  gridTexts,
  numberIn,
  previewPerTest,
  pane,
  selectedCell,
  settled,
  sheetOf,
  shot,
  tabTo,
  waitForMoreSheets,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

/** Move along the pane's tabs with the arrow keys to the named one and open it. */
async function openViewByKeys(page: Page, from: string, to: string): Promise<void> {
  const p = pane(page);
  await tabTo(page, p.getByRole("tab", { name: from }));
  const names = await p.getByRole("tab").allInnerTexts();
  const steps = names.indexOf(to) - names.indexOf(from);
  for (let i = 0; i < Math.abs(steps); i++)
    await page.keyboard.press(steps > 0 ? "ArrowRight" : "ArrowLeft");
  await page.keyboard.press("Enter");
  await p.getByRole("tab", { name: to, selected: true }).waitFor();
}

async function isFocused(page: Page, name: RegExp): Promise<boolean> {
  return page.evaluate(
    (source) => new RegExp(source).test(document.activeElement?.textContent ?? ""),
    name.source,
  );
}

describe("the keyboard alone", () => {
  it("opens a file, checks, shows and fixes findings, computes, summarises, edits, switches language", async () => {
    session = await openSession({ pane: 360 });
    const { page } = session;
    const p = pane(page);

    // Open: Enter on the button brings up the browser's file dialog. Waiting for it starts before
    // the Tab presses, so that the dialog is surely intercepted by the time Enter opens it.
    const chooser = page.waitForEvent("filechooser");
    await tabTo(page, book(page).getByRole("button", { name: "Файл нээх (.xlsx)" }));
    await page.keyboard.press("Enter");
    await (
      await chooser
    ).setFiles({
      name: "report.xlsx",
      mimeType: "application/octet-stream",
      buffer: await smallReportFile(),
    });
    await book(page).getByText("«report.xlsx» файлыг нээлээ.").waitFor();

    // Check, then show a finding's cell: the grid selects it, the focus stays in the pane.
    await openViewByKeys(page, "Загвар", "Шалгах");
    await tabTo(page, p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }));
    await page.keyboard.press("Enter");
    await p.getByRole("status").waitFor();
    await tabTo(page, p.getByRole("button", { name: /^B9 / }).first());
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () =>
        document
          .querySelector('[role="grid"] [aria-selected="true"]')
          ?.getAttribute("data-cell") === "B9",
    );
    expect(await isFocused(page, /^B9 /)).toBe(true);
    await shot(page, "14-keyboard-finding");

    // Fix every look-alike letter at once: confirm in the dialog.
    const group = p.getByRole("listitem").filter({ hasText: "Өөр цагаан толгойн үсэг: 2 нүд" });
    await tabTo(page, group.getByRole("button", { name: "Бүгдийг засах" }));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await tabTo(page, dialog.getByRole("button", { name: "Өөрчлөх" }));
    await settled(dialog.getByRole("button", { name: "Өөрчлөх" }));
    await shot(page, "15-keyboard-confirm");
    await page.keyboard.press("Enter");
    await p.getByText("2 нүдийг заслаа; дахин шалгалаа.").waitFor();
    await expect(gridCell(page, "B6").innerText()).resolves.toBe("Дүрэм журмыг шинэчлэх");
    await expect(gridCell(page, "B9").innerText()).resolves.toBe("Дугаарын систем нэвтрүүлэх");

    // Compute: the fulfilment % appear in the grid (150 of 200 is 75%).
    await openViewByKeys(page, "Шалгах", "Тооцоолох");
    await tabTo(page, p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }));
    await page.keyboard.press("Enter");
    await p.getByText("«Биелэлт» хуудасны 4 нүдийг бөглөлөө.").waitFor();
    await expect(gridCell(page, "H5").innerText()).resolves.toBe("75%");
    await expect(gridCell(page, "H8").innerText()).resolves.toBe("50%");

    // Summary: the new sheets are added and the last one shown.
    const before = (await workbook(page)).sheets.length;
    await openViewByKeys(page, "Тооцоолох", "Нэгтгэл");
    await tabTo(page, p.getByRole("button", { name: "Нэгтгэл үүсгэх" }));
    await page.keyboard.press("Enter");
    await waitForMoreSheets(page, before);
    const texts = [...(await gridTexts(page)).values()];
    expect(texts.map(numberIn)).toContain(81.3);

    // Back to the report by its sheet tab, then type a note into an empty cell.
    const sheetTabs = book(page).getByRole("tablist");
    await tabTo(page, sheetTabs.getByRole("tab", { selected: true }));
    const tabNames = await sheetTabs.getByRole("tab").allInnerTexts();
    for (let i = tabNames.length - 1; i > 0; i--) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector('[role="grid"]')?.getAttribute("aria-label") === "Биелэлт",
    );
    await tabTo(page, grid(page).locator('[aria-selected="true"]'));
    await page.keyboard.press("Home");
    for (let i = 0; i < 30 && (await selectedCell(page)) !== "A11"; i++) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await selectedCell(page)).toBe("A11");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Тайлбар: гарын үсэг зурсан");
    await page.keyboard.press("Enter");
    expect(await selectedCell(page)).toBe("A12");
    expect(sheetOf(await workbook(page), "Биелэлт").cells.A11.value).toBe(
      "Тайлбар: гарын үсэг зурсан",
    );

    // English, and the pane keeps the view it was on.
    await tabTo(page, p.getByRole("button", { name: "English" }));
    await page.keyboard.press("Enter");
    await p.getByRole("tab", { name: "Summary", selected: true }).waitFor();
    await book(page).getByRole("button", { name: "Open .xlsx" }).waitFor();
    await shot(page, "16-keyboard-english");
  });
});
