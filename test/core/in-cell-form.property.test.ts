import fc from "fast-check";
import { inCellForm, readFigure } from "../../src/core/checks/calc-figure";
import { expectEqual } from "../fixtures/fast-expect";

/*
 * A fix written in a cell's form takes a short cut: the cell's figure read beforehand. The rule
 * written out in full must always agree with it.
 */

describe("a fix written in a cell's form", () => {
  const value = fc.oneof(
    fc.constantFrom(
      "63%",
      "97,9",
      "64 хувь",
      "<b>98.2</b>",
      "*",
      "",
      "64 %",
      "-5,25%",
      "тухай бүр",
    ),
    fc.double({ min: -2, max: 200, noNaN: true }),
    fc.constant(null),
  );
  const format = fc.constantFrom(undefined, null, "0%", "0.0%", '"%"0', "General");
  const fallback = fc.constantFrom("text-percent" as const, "text" as const, "number" as const);

  it("is the same with the cell's figure read beforehand", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        value,
        format,
        fallback,
        (figure, v, numberFormat, fb) => {
          const cell = { value: v, numberFormat };
          const read = readFigure(cell.value, cell.numberFormat);
          expectEqual(inCellForm(figure, cell, fb, read), inCellForm(figure, cell, fb));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
