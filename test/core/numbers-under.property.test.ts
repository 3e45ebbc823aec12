import fc from "fast-check";
import { numbersUnder } from "../../src/core/checks/structure-numbering";

describe("numbersUnder: a number one level under a prefix (4.2.1 under 4.2)", () => {
  test("is the prefix with one more part, for any numbers", () => {
    const parts = fc.array(fc.nat(3), { maxLength: 4 });
    fc.assert(
      fc.property(parts, parts, (a, prefix) => {
        const copied = a.slice(0, -1);
        const same = copied.length === prefix.length && copied.every((x, i) => x === prefix[i]);
        expect(numbersUnder(a, prefix)).toBe(a.length >= 1 && same);
      }),
      { numRuns: 1000 },
    );
  });

  test("the cases a plan has", () => {
    expect(numbersUnder([4, 2, 1], [4, 2])).toBe(true);
    expect(numbersUnder([4, 3, 1], [4, 2])).toBe(false);
    expect(numbersUnder([4, 2], [4, 2])).toBe(false);
    expect(numbersUnder([1], [])).toBe(true);
  });
});
