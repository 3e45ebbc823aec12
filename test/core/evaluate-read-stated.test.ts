import fc from "fast-check";
import { readStated } from "../../src/core/evaluate";

describe("readStated: what a fulfilment cell states", () => {
  it("takes the usual cells", () => {
    for (const [text, value] of [
      ["100%", 100],
      ["76,5%", 76.5],
      ["97.9%", 97.9],
      // A percentage reads its mark as a decimal point.
      ["1,081%", 1.081],
    ] as const) {
      expect(readStated({ value: text, row: 1, col: 1 })).toStrictEqual({ kind: "percent", value });
    }
  });

  it("a fraction with a percentage format is its percentage; an empty cell states nothing", () => {
    expect(readStated({ value: 0.75, row: 1, col: 1, numberFormat: "0%" })).toStrictEqual({
      kind: "percent",
      value: 75,
    });
    expect(readStated({ value: "  ", row: 1, col: 1 })).toStrictEqual({ kind: "empty" });
    expect(readStated(undefined)).toStrictEqual({ kind: "empty" });
  });

  it("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (value) => {
        expect(["empty", "percent", "not-due", "other"]).toContain(
          readStated({ value, row: 1, col: 1 }).kind,
        );
      }),
    );
  });
});
