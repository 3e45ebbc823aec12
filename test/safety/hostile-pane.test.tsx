/** @jest-environment jsdom */
import "../taskpane/setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue, Grid } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import { fakeWorkbook, reportGrid } from "../taskpane/workbook";

const IMG = "<img src=x onerror=alert(1)>";
const LINK = '=HYPERLINK("http://evil.mn")';

/**
 * The report with hostile text: a criterion written with escaped markup (the checks quote it
 * decoded, so the message itself holds an <img> tag and a formula) and its target left empty,
 * and an activity with a look-alike letter beside the raw tag (its fix repeats them).
 */
function hostileReport(): Grid {
  const grid = reportGrid();
  const cells = grid.cells.map((row) => [...row]);
  const set = (a1row: number, col: number, value: CellValue) => (cells[a1row - 1][col] = value);
  set(5, 3, `&amp;lt;img src=x onerror=alert(1)&amp;gt; ${LINK}`);
  set(5, 5, null);
  set(6, 1, `Dүрэм ${IMG} ${LINK}`);
  return { ...grid, cells };
}

describe("hostile text in the task pane", () => {
  it("shows markup and formulas quoted from cells as text: no element made, nothing run", async () => {
    const alert = jest.fn();
    window.alert = alert;
    const book = fakeWorkbook([hostileReport()]);
    const user = userEvent.setup();
    const { container } = render(<App port={book.port} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Шалгах" }));
    await screen.findByText(/^Алдаа: \d+$/);

    const text = container.textContent ?? "";
    // The message about the empty target quotes the criterion: tag and formula as typed.
    expect(text).toContain(`«${IMG} ${LINK}» шалгуур үзүүлэлт`);
    // The look-alike fix repeats the rest of the cell as it is.
    expect(text).toContain(`Засвар: «Дүрэм ${IMG} ${LINK}»`);
    expect(container.querySelector("img, script, iframe, object")).toBeNull();
    expect(container.querySelector('[href*="evil.mn"], [src="x"]')).toBeNull();
    expect([...container.querySelectorAll("*")].some((el) => el.hasAttribute("onerror"))).toBe(
      false,
    );

    // Written to the findings sheet, the same texts are values, never formulas.
    await user.click(screen.getByRole("button", { name: "Үр дүнг хуудсанд гаргах" }));
    await screen.findByText(/«Шалгалтын дүн» хуудсанд гаргалаа/);
    const sheet = book.excel.workbook.sheets.find((s) => s.name === "Шалгалтын дүн");
    const cells = Object.values(sheet?.cells ?? {});
    expect(cells.some((c) => typeof c.value === "string" && c.value.includes(LINK))).toBe(true);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    await waitFor(() => expect(alert).not.toHaveBeenCalled());
  });
});
