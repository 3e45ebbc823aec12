import fc from "fast-check";
import { statedCells, statedCellsByMap } from "../../src/core/evaluate/stated";
import {
  gapGroups,
  numbersUnder,
  type WrittenNumber,
} from "../../src/core/checks/structure-numbering";
import type { CriterionEvaluation } from "../../src/core/evaluate";

/*
 * The plan checks group neighbours without a map where rows come in order. These are the
 * groupings written out in full, by key: the two must always agree.
 */

/** Criteria with only the fulfilment cell that statedCells reads; some share one cell. */
const criteria = fc
  .array(
    fc.oneof(
      fc.constant(undefined),
      fc.record({ row: fc.nat(12), col: fc.nat(3), absent: fc.constantFrom(undefined, true) }),
      fc.record({ row: fc.constant(2 ** 33), col: fc.nat(1), absent: fc.constant(undefined) }),
    ),
    { maxLength: 25 },
  )
  .chain((cells) =>
    fc.oneof(
      fc.constant(cells),
      // Criteria in row order, as a table gives them: the short cut's own case.
      fc.constant(
        [...cells].sort((a, b) => (a?.row ?? 0) - (b?.row ?? 0) || (a?.col ?? 0) - (b?.col ?? 0)),
      ),
    ),
  )
  .map((cells) => {
    // A cell shared by criteria is one object, as a merged cell of the plan is.
    const shared = new Map<string, object>();
    const cellOf = (cell: (typeof cells)[number]) => {
      if (!cell) return undefined;
      const key = `${cell.row}:${cell.col}:${cell.absent}`;
      if (!shared.has(key)) shared.set(key, { ...cell, value: null });
      return shared.get(key);
    };
    // Numbered, so that a criterion put in another group is told apart.
    return cells.map(
      (cell, id) =>
        ({ id, criterion: { fulfilment: cellOf(cell) } }) as unknown as CriterionEvaluation,
    );
  });

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
  test("criteria grouped by their fulfilment cell", () => {
    fc.assert(
      fc.property(criteria, (ces) => {
        expect(statedCells(ces)).toEqual(statedCellsByMap(ces));
      }),
      { numRuns: 3000 },
    );
  });

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
