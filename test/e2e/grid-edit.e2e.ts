import type { Page } from "playwright-core";
import type { Merge } from "../../src/core/grid";
import { checkGrid } from "../../src/core/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { gridOf, type MemorySheet, type MemoryWorkbook } from "../../src/workbook/memory/model";
import {
  grid,
  gridCell,
  gridTexts,
  previewPerTest,
  pane,
  selectedCell,
  settled,
  sheetOf,
  shot,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

const SHEET = "Төлөвлөгөө";
const PART_TWO = "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ";

/** The plan sheet once the workbook satisfies `ready` (a change lands when its run ends). */
async function planWhen(page: Page, ready: (sheet: MemorySheet) => boolean): Promise<MemorySheet> {
  for (let i = 0; i < 100; i++) {
    const sheet = sheetOf(await workbook(page), SHEET);
    if (ready(sheet)) return sheet;
    await page.waitForTimeout(50);
  }
  throw new Error("the workbook never changed as expected");
}

/** The whole workbook once it equals `expected` (after an undo or a redo). */
async function bookEquals(page: Page, expected: MemoryWorkbook): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (JSON.stringify(await workbook(page)) === JSON.stringify(expected)) return;
    await page.waitForTimeout(50);
  }
  expect(await workbook(page)).toEqual(expected);
}

/** Type into a cell as a person does: select it, F2, type, Enter. */
async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  // F2 first: Cyrillic arrives as text input, not as the key press that opens a cell.
  await page.keyboard.press("F2");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** The merged areas of the part-two table (heading and two header rows) from row `heading`. */
function partTwoMerges(heading: number, lastCol: 6 | 7): Merge[] {
  const r = heading - 1;
  const header = (left: number, right = left, rows = 2) => ({
    top: r + 1,
    left,
    bottom: r + rows,
    right,
  });
  // Д/д, activity, criterion, baseline each span two header rows; Хүрэх түвшин spans two columns.
  return lastCol === 7
    ? [
        { top: r, left: 0, bottom: r, right: 7 },
        header(0),
        header(1),
        header(2),
        header(3),
        header(4, 5, 1),
        header(6),
        header(7),
      ]
    : [
        { top: r, left: 0, bottom: r, right: 6 },
        header(0),
        header(1),
        header(2),
        header(3, 4, 1),
        header(5),
        header(6),
      ];
}

describe("rows and columns in the preview's grid", () => {
  it("inserts rows into a plan, types into them, deletes a row and a column, undoes and redoes", async () => {
    session = await openSession();
    const { page } = session;
    const p = pane(page);

    // The organisation plan: title, header (row 9), column numbers (10), «Зорилт 1.» (11, merged
    // A11:H11), one activity «1.1.» (12), an empty row (13), then part two from row 14.
    await p.getByLabel("Баримт бичгийн төрөл").selectOption("org-plan");
    await p.getByRole("button", { name: "Хүснэгт үүсгэх" }).click();
    const base = await planWhen(page, (s) => s.cells.A12?.value === "1.1.");
    expect(base.cells.A14.value).toBe(PART_TWO);
    expect(base.merges.slice(-8)).toEqual(partTwoMerges(14, 7));
    const activity = (col: string) => base.cells[`${col}12`];

    // 1. Right-click B13, «Дээр мөр оруулах»: a new row 13 looks like the activity above it.
    await gridCell(page, "B13").click({ button: "right" });
    const menu = page.getByRole("menu", { name: "Нүдний цэс" });
    await expect(menu.getByRole("menuitem").allInnerTexts()).resolves.toEqual([
      "Дээр мөр оруулах",
      "Мөр устгах",
      "Зүүн талд багана оруулах",
      "Багана устгах",
    ]);
    await menu.getByRole("menuitem", { name: "Дээр мөр оруулах" }).click();
    let plan = await planWhen(page, (s) => s.cells.A15?.value === PART_TWO);
    for (const col of ["A", "B", "C", "D", "E", "F", "G", "H"]) {
      // Borders, alignment and the text format of «Д/д»; no value, no link.
      expect([col, plan.cells[`${col}13`]]).toEqual([
        col,
        { numberFormat: activity(col).numberFormat, format: activity(col).format },
      ]);
    }
    expect(plan.cells.A14).toBeUndefined();
    expect(plan.merges.slice(-8)).toEqual(partTwoMerges(15, 7));
    // Part two's header rows (15–16, heights 21 and 37) moved down a row.
    expect(plan.rowHeights).toEqual({ 6: 20, 8: 54, 15: 21, 16: 37 });
    // The drop-down list of «Хугацаа» (G11:G12) ends above the new row; frozen rows stay 10.
    expect(plan.validations.map((v) => v.range)).toEqual([
      { top: 10, left: 6, bottom: 11, right: 6 },
    ]);
    expect(plan.freeze).toEqual({ rows: 10, cols: 0 });
    expect(plan.pageLayout.printTitleRows).toBe("$9:$9");
    await expect(gridCell(page, "A15").innerText()).resolves.toBe(PART_TWO);
    expect(await selectedCell(page)).toBe("B13");
    await shot(page, "30-grid-row-inserted");

    // 2. Ctrl++ on the cell B13 asks: the entire row (chosen) or the entire column.
    await page.keyboard.press("Control+Shift+Equal");
    const insert = page.getByRole("dialog", { name: "Оруулах" });
    await insert.getByRole("radio", { name: "Мөрийг бүхэлд нь" }).waitFor();
    await expect(insert.getByRole("radio", { name: "Мөрийг бүхэлд нь" }).isChecked()).resolves.toBe(
      true,
    );
    await settled(insert.getByRole("button", { name: "За" }));
    await shot(page, "31-grid-insert-dialog");
    // From the chosen answer, Tab leaves the radio group for «За».
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("За");
    await page.keyboard.press("Enter");
    plan = await planWhen(page, (s) => s.cells.A16?.value === PART_TWO);
    expect(plan.cells.A13).toEqual({ format: activity("A").format });
    expect(plan.cells.A14).toEqual({ format: activity("A").format });
    expect(plan.merges.slice(-8)).toEqual(partTwoMerges(16, 7));
    expect(await selectedCell(page)).toBe("B13");

    // 3. Type two activities into the new rows: «Д/д» stays text, "40%" becomes 0.4 shown 40%.
    await typeInto(page, "A13", "1.2.");
    // Enter moved the selection down a row: typing there opens the cell.
    expect(await selectedCell(page)).toBe("A14");
    await page.keyboard.type("1.3.");
    await page.keyboard.press("Enter");
    await typeInto(page, "B13", "Гомдлыг цахимаар хүлээн авах");
    await typeInto(page, "B14", "Сургалт зохион байгуулах");
    await typeInto(page, "E13", "40%");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await typeInto(page, "F13", "80%");
    await page.keyboard.type("4");
    await page.keyboard.press("Enter");
    plan = await planWhen(page, (s) => s.cells.F14?.value === 4);
    // «1.2.» reads as no number: text, in the General format the template's cells have.
    expect(plan.cells.A13).toEqual({ value: "1.2.", format: activity("A").format });
    expect(plan.cells.A14.value).toBe("1.3.");
    expect(plan.cells.E13).toEqual({
      value: 0.4,
      numberFormat: "0%",
      format: activity("E").format,
    });
    expect(plan.cells.F13).toEqual({
      value: 0.8,
      numberFormat: "0%",
      format: activity("F").format,
    });
    expect(plan.cells.E14).toEqual({ value: 2, format: activity("E").format });
    let texts = await gridTexts(page);
    expect(["A13", "B13", "E13", "F13", "A14", "E14"].map((a) => texts.get(a))).toEqual([
      "1.2.",
      "Гомдлыг цахимаар хүлээн авах",
      "40%",
      "80%",
      "1.3.",
      "2",
    ]);

    // 4. Delete row 14 by the keyboard: Shift+Space selects the row, Ctrl+- deletes it at once.
    await gridCell(page, "B14").click();
    await page.keyboard.press("Shift+Space");
    await page.getByText("14-р мөрийг сонголоо.").waitFor();
    const beforeRowDelete = await workbook(page);
    await page.keyboard.press("Control+Minus");
    plan = await planWhen(page, (s) => s.cells.A15?.value === PART_TWO);
    expect(plan.cells.A13.value).toBe("1.2.");
    expect(plan.cells.A14).toBeUndefined();
    expect(plan.cells.B14).toBeUndefined();
    expect(plan.merges.slice(-8)).toEqual(partTwoMerges(15, 7));
    expect(plan.rowHeights).toEqual({ 6: 20, 8: 54, 15: 21, 16: 37 });
    await expect(gridCell(page, "A14").innerText()).resolves.toBe("");

    // 5. Delete column C (Төсөв) from the context menu, opened by Shift+F10 on C13.
    await gridCell(page, "C13").click();
    const beforeColumnDelete = await workbook(page);
    await page.keyboard.press("Shift+F10");
    await menu.getByRole("menuitem", { name: "Багана устгах" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    plan = await planWhen(page, (s) => s.cells.C9?.value === "Шалгуур үзүүлэлт");
    const afterColumnDelete = await workbook(page);
    // Everything right of C moved left; merges across C lost a column, the one in C went.
    expect(plan.cells.D13).toEqual({
      value: 0.4,
      numberFormat: "0%",
      format: activity("E").format,
    });
    expect(plan.merges.slice(-7)).toEqual(partTwoMerges(15, 6));
    expect(plan.merges).toContainEqual({ top: 10, left: 0, bottom: 10, right: 6 });
    expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 2 });
    expect(plan.columnWidths).toEqual({
      0: 40.5,
      1: 240,
      2: 150.75,
      3: 77.25,
      4: 77.25,
      5: 66.75,
      6: 119.25,
    });
    expect(plan.validations.map((v) => v.range)).toEqual([
      { top: 10, left: 5, bottom: 11, right: 5 },
    ]);
    texts = await gridTexts(page);
    expect(["C9", "D13", "E13"].map((a) => texts.get(a))).toEqual([
      "Шалгуур үзүүлэлт",
      "40%",
      "80%",
    ]);
    await shot(page, "32-grid-column-deleted");

    // 6. Undo and redo: each brings back exactly the workbook a person saw before.
    await grid(page).locator('[aria-selected="true"]').focus();
    await page.keyboard.press("Control+z");
    await bookEquals(page, beforeColumnDelete);
    await expect(gridCell(page, "C9").innerText()).resolves.toBe("Төсөв");
    await page.keyboard.press("Control+y");
    await bookEquals(page, afterColumnDelete);
    await page.keyboard.press("Control+z");
    await bookEquals(page, beforeColumnDelete);
    await page.keyboard.press("Control+z");
    await bookEquals(page, beforeRowDelete);
    await expect(gridCell(page, "A14").innerText()).resolves.toBe("1.3.");
    await page.keyboard.press("Control+Shift+Z");
    await bookEquals(page, beforeColumnDelete);
    await shot(page, "33-grid-undo-redo");

    // 7. The pane still reads the table: Шалгах finds no header missing.
    await p.getByRole("tab", { name: "Шалгах" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    const status = p.getByRole("status");
    await status.waitFor();
    await expect(status.innerText()).resolves.toMatch(/зөрчил олдлоо|Зөрчил олдсонгүй/);
    await expect(p.getByText("Хүснэгтийн толгой олдсонгүй").count()).resolves.toBe(0);
    const check = checkGrid(gridOf(sheetOf(await workbook(page), SHEET)), DEFAULT_SETTINGS);
    expect(check.ok).toBe(true);
    expect(check.findings.filter((f) => f.code === "STRUCT-HEADER")).toEqual([]);
    await shot(page, "34-grid-edited-checked");
  });
});
