/** @jest-environment jsdom */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import { OFFICE_LEAD_HEADER, OFFICE_YEAR_END_TITLE } from "../fixtures/xlsx/office-report";
import { fakeWorkbook } from "./workbook";

/**
 * A year-end report keeping the half-year's level reached beside the year's under one «Хүрсэн
 * түвшин»: 150 of 200 by the year's end (75%), 90 by the half-year (45%), stated 75% at H5.
 */
const report: Grid = {
  sheet: "Биелэлт",
  origin: { row: 0, col: 0 },
  cells: [
    [OFFICE_YEAR_END_TITLE],
    [],
    [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", null, "Гүйцэтгэлийн хувь"],
    [null, null, null, null, null, "Хагас жил", "Жилийн эцэс", null],
    [
      "1",
      "Сайн дурын даатгалд иргэдийг хамруулах",
      "Хамрагдсан иргэдийн тоо",
      100,
      200,
      90,
      150,
      "75%",
    ],
  ],
  merges: [
    { top: 2, left: 5, bottom: 2, right: 6 },
    ...[0, 1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ],
};

describe("Шалгах: levels reached for the half-year and the year", () => {
  it("reads the year-end's, says so, and reads the half-year's when the person chooses it", async () => {
    const user = userEvent.setup();
    const book = fakeWorkbook([report]);
    render(<App port={book.port} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Шалгах" }));

    const period = await screen.findByRole("combobox", { name: "Тайлант хугацаа" });
    expect(period.textContent).toBe("Жилийн эцэс");
    expect(screen.getByText(/Хүрсэн түвшин хагас жил, жилээр өгөгдсөн/)).toBeTruthy();
    // 150 of 200 = 75%, as H5 states: nothing at H5.
    expect(screen.queryByRole("button", { name: /^H5 / })).toBeNull();

    await user.click(period);
    await user.click(await screen.findByRole("option", { name: "Эхний хагас жил" }));
    // 90 of 200 = 45%, not the 75% stated.
    expect((await screen.findAllByRole("button", { name: /^H5 / })).length).toBeGreaterThan(0);
    expect(book.state().sheets["Биелэлт"]?.period).toBe("half");
  });
});
