import {
  isPercentFormat,
  percentFormat,
  shownDecimals,
  shownNumber,
  typedNumber,
} from "../../src/core/cells/number-format";

describe("number formats: what a format does to its cell's number", () => {
  it("a % scales the value unless quoted or escaped", () => {
    expect(percentFormat("0.0%")).toBe("scaled");
    expect(percentFormat('0"%"')).toBe("literal");
    expect(percentFormat("0\\%")).toBe("literal");
    expect(percentFormat("[Red]0%")).toBe("scaled");
    expect(percentFormat("General")).toBeNull();
    expect(isPercentFormat('0.0"%"')).toBe(false);
  });

  it("shows the decimals of its first section", () => {
    expect(shownDecimals("0.0%")).toBe(1);
    expect(shownDecimals("#,##0")).toBe(0);
    expect(shownDecimals("0.00;[Red]-0.00")).toBe(2);
    expect(shownDecimals("General")).toBeNull();
    expect(shownDecimals("@")).toBeNull();
  });

  it("writes a number the staff's way in Mongolian: decimal comma, spaces between thousands", () => {
    // 6 of 7 = 0.857142…: one decimal of the percentage is 85.7.
    expect(shownNumber(6 / 7, "0.0%", "mn")).toBe("85,7%");
    expect(shownNumber(85.7, "0.0", "mn")).toBe("85,7");
    expect(shownNumber(1081, "#,##0", "mn")).toBe("1\u00a0081");
    expect(shownNumber(14453.3, "General", "mn")).toBe("14453,3");
    // 45413 days after 1899-12-30 is 2024-05-01: a date has no separator to change.
    expect(shownNumber(45413, "yyyy-mm-dd", "mn")).toBe("2024-05-01");
    expect(shownNumber(6 / 7, "0.0%")).toBe("85.7%");
  });

  it("shows a number as Excel does", () => {
    // 11 of 12 = 0.91666…: "0.0%" shows 91.7%, "0%" shows 92%.
    expect(shownNumber(11 / 12, "0.0%")).toBe("91.7%");
    expect(shownNumber(11 / 12, "0%")).toBe("92%");
    expect(shownNumber(6801, "#,##0")).toBe("6,801");
    expect(shownNumber(11 / 12, "General")).toBe("0.9166666667");
    // 45658 days after 1899-12-30 is 2025-01-01.
    expect(shownNumber(45658, "yyyy-mm-dd")).toBe("2025-01-01");
  });

  it("types a percentage as a person would", () => {
    expect(typedNumber(0.75, "0%")).toBe("75%");
    expect(typedNumber(0.985, "0.0%")).toBe("98.5%");
    expect(typedNumber(6664, "General")).toBe("6664");
  });
});
