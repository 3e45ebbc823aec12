import { typedEntry } from "../../src/preview/typing";

describe("typing into a cell of the preview's grid, as Excel takes it", () => {
  it("reads a number typed into a percentage cell as a percentage (automatic percent entry)", () => {
    expect(typedEntry("100", "0%")).toEqual({ kind: "value", value: 1 });
    expect(typedEntry("57.3", "0.0%")).toEqual({ kind: "value", value: 57.3 / 100 });
    expect(typedEntry("1,200", "0%")).toEqual({ kind: "value", value: 12 });
    expect(typedEntry("-5", "0%")).toEqual({ kind: "value", value: -0.05 });
    // Below 1 the number is the fraction it is: 0.95 is 95 %.
    expect(typedEntry("0.95", "0%")).toEqual({ kind: "value", value: 0.95 });
  });

  it("reads everything else as Range.values takes it", () => {
    // A percentage typed with its sign is that percentage, whatever the cell's format.
    expect(typedEntry("57.3%", "0%")).toEqual({
      kind: "value",
      value: 0.573,
      numberFormat: "0.0%",
    });
    // Not a percentage cell: the number as typed.
    expect(typedEntry("100", undefined)).toEqual({ kind: "value", value: 100 });
    expect(typedEntry("100", "0.0")).toEqual({ kind: "value", value: 100 });
    expect(typedEntry("100", '0 "хувь%"')).toEqual({ kind: "value", value: 100 });
    // Text stays text; a text cell keeps the digits as text.
    expect(typedEntry("Хийгдсэн", "0%")).toEqual({ kind: "value", value: "Хийгдсэн" });
    expect(typedEntry("-", "0%")).toEqual({ kind: "value", value: "-" });
    expect(typedEntry("100", "@")).toEqual({ kind: "value", value: "100" });
    expect(typedEntry("", "0%")).toEqual({ kind: "clear" });
  });
});
