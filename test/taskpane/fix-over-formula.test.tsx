/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sheetNamed } from "../../src/workbook/memory/model";
import { fakeWorkbook, reportGrid, type FakeWorkbook } from "./workbook";

/*
 * A fix that would write a value over a person's formula is asked first. The report's 1.1 has
 * target 200 and achieved 150 (F5, G5): 150 / 200 = 75%. The person's formula in H5 divides by
 * the next row's target, =G5/F6 = 150 / 4 = 37.5, shown as 3750.0%: CALC-MISMATCH, fix 75%.
 */
function reportWithFormula(): FakeWorkbook {
  const book = fakeWorkbook([reportGrid()]);
  const sheet = sheetNamed(book.excel.workbook, "Биелэлт")!;
  sheet.cells.H5 = { value: 37.5, formula: "=G5/F6", numberFormat: "0.0%" };
  return book;
}

async function checkInPane(book: FakeWorkbook) {
  const user = userEvent.setup();
  render(<App port={book.port} initialView="check" />);
  await user.click(await screen.findByRole("button", { name: "Шалгах" }));
  const link = await screen.findByRole("button", { name: /^H5 / });
  return { user, item: link.closest("li") as HTMLElement };
}

describe("a fix over a person's formula", () => {
  it("is asked first, naming the cell and its formula; cancelled, the formula stays", async () => {
    const book = reportWithFormula();
    const { user, item } = await checkInPane(book);
    expect(within(item).getByText(/^Засвар: «.+»$/).textContent).toBe("Засвар: «75%»");

    await user.click(within(item).getByRole("button", { name: "Засах" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Томъёоны оронд утга бичих үү?")).toBeTruthy();
    expect(dialog.textContent).toContain("Томъёотой нүд: H5 (=G5/F6).");
    expect(dialog.textContent).toContain("«Буцаах» товч түүнийг сэргээнэ.");

    await user.click(within(dialog).getByRole("button", { name: "Болих" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    const cell = sheetNamed(book.excel.workbook, "Биелэлт")!.cells.H5;
    expect(cell.formula).toBe("=G5/F6");
    expect(cell.value).toBe(37.5);
  });

  it("confirmed, writes the value and checks again; Undo brings the formula back", async () => {
    const book = reportWithFormula();
    const { user, item } = await checkInPane(book);
    await user.click(within(item).getByRole("button", { name: "Засах" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Өөрчлөх" }));
    await screen.findByText("«Биелэлт» хуудасны 1 нүдийг заслаа; дахин шалгалаа.");
    const fixed = sheetNamed(book.excel.workbook, "Биелэлт")!.cells.H5;
    expect(fixed.formula).toBeUndefined();
    expect(fixed.value).toBe(0.75);
    expect(screen.queryByRole("button", { name: /^H5 / })).toBeNull();

    // (Found once the dialog has closed and the pane is no longer hidden behind it.)
    await user.click(await screen.findByRole("button", { name: "Буцаах" }));
    await screen.findByText("«Засвар» буцаагдлаа.");
    const back = sheetNamed(book.excel.workbook, "Биелэлт")!.cells.H5;
    expect(back.formula).toBe("=G5/F6");
  });

  it("a fix of a typed value is written at once, as before", async () => {
    // 40 typed in General: the fix is written in the cell's own form, 75.
    const book = fakeWorkbook([reportGrid()]);
    book.type("Биелэлт", "H5", 40);
    const { user, item } = await checkInPane(book);
    await user.click(within(item).getByRole("button", { name: "Засах" }));
    await screen.findByText("«Биелэлт» хуудасны 1 нүдийг заслаа; дахин шалгалаа.");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(book.value("Биелэлт", "H5")).toBe(75);
  });
});
