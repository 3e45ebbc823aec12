/** @jest-environment jsdom */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import { fakeWorkbook } from "./workbook";

/** A report without a title: an office's and a person's report form both fit its columns. */
const untitled: Grid = {
  sheet: "Биелэлт",
  origin: { row: 0, col: 0 },
  cells: [
    [
      "Д/д",
      "Хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хүрсэн түвшин",
      "Гүйцэтгэлийн хувь",
    ],
    ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6, 6, "100%"],
  ],
};

describe("Шалгах: the document kind when two fit", () => {
  it("reads the more general kind, says why, and checks as the kind the person chooses", async () => {
    const user = userEvent.setup();
    const book = fakeWorkbook([untitled]);
    render(<App port={book.port} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Шалгах" }));

    const kind = await screen.findByRole("combobox", { name: "Баримтын төрөл" });
    expect(kind.textContent).toBe("Гүйцэтгэлийн төлөвлөгөөний биелэлт");
    expect(await screen.findByText(/илүү ерөнхий нь болох/)).toBeTruthy();
    expect(
      screen.getByText(/«Биелэлт» хуудас \(Гүйцэтгэлийн төлөвлөгөөний биелэлт\)/),
    ).toBeTruthy();

    await user.click(kind);
    await user.click(
      await screen.findByRole("option", {
        name: "Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт",
      }),
    );
    expect(
      await screen.findByText(
        /«Биелэлт» хуудас \(Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт\)/,
      ),
    ).toBeTruthy();
    // The choice stays offered, showing the kind now read.
    expect(screen.getByRole("combobox", { name: "Баримтын төрөл" }).textContent).toBe(
      "Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт",
    );
    // It is recorded for the sheet, and said: Compute and the summaries read it so.
    expect(await screen.findByText(/«Биелэлт» хуудсыг цаашид ингэж уншина/)).toBeTruthy();
    expect(book.state().sheets["Биелэлт"]?.template).toBe("individual-report");
  });
});
