import fc from "fast-check";
import {
  gapGroups,
  numbersUnder,
  type WrittenNumber,
} from "../../src/core/checks/structure-numbering";

/*
 * The plan checks group neighbours without a map where rows come in order. These are the
 * groupings written out in full, by key: the two must always agree.
 */

/** Numbers with only what the gap check groups them by. */
const numbers = fc
  .array(
    fc.record({
      series: fc.constantFrom("number", "label"),
      objectiveIndex: fc.nat(2),
      number: fc.record({ parts: fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }) }),
    }),
    { maxLength: 25 },
  )
  .map((ws) => ws.map((w, id) => ({ ...w, id })) as unknown as WrittenNumber[]);

const gapGroupsByKey = (items: WrittenNumber[]): WrittenNumber[][] => {
  const groups = new Map<string, WrittenNumber[]>();
  for (const w of items) {
    const key = `${w.series}|${w.objectiveIndex}|${w.number.parts.slice(0, -1).join(".")}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  return [...groups.values()];
};

describe("the plan checks' groupings of neighbours agree with grouping by key", () => {
  test("activity numbers grouped for the gap check", () => {
    fc.assert(
      fc.property(numbers, (ws) => {
        expect(gapGroups(ws)).toEqual(gapGroupsByKey(ws));
      }),
      { numRuns: 3000 },
    );
  });

  test("a number one level under a prefix, as the copied prefix compares", () => {
    const parts = fc.array(fc.nat(3), { maxLength: 4 });
    fc.assert(
      fc.property(parts, parts, (a, prefix) => {
        const copied = a.slice(0, -1);
        const same = copied.length === prefix.length && copied.every((x, i) => x === prefix[i]);
        expect(numbersUnder(a, prefix)).toBe(a.length >= 1 && same);
      }),
      { numRuns: 3000 },
    );
  });
});
