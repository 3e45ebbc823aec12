import {
  SHEET_COLUMNS,
  cellAddress,
  columnLetters,
  columnOfLetters,
  parseAddress,
} from "../../src/core/grid";
import { expectSame } from "../fixtures/fast-expect";

describe("column letters and A1 addresses", () => {
  it("reads every column's letters back to its index, Excel's last being XFD", () => {
    for (let col = 0; col < SHEET_COLUMNS; col++)
      expectSame(columnOfLetters(columnLetters(col)), col);
    // XFD: (24 × 26 + 6) × 26 + 4 = 16,384, the 16,384th column, index 16,383.
    expect(columnLetters(SHEET_COLUMNS - 1)).toBe("XFD");
    expect(columnOfLetters("xfd")).toBe(16_383);
  });

  it("parses an address as cellAddress writes it, with or without $", () => {
    expect(parseAddress("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(cellAddress(9, 26)).toBe("AA10");
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("A1B")).toBeNull();
  });
});
