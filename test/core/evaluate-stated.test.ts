import fc from "fast-check";
import { readFigure } from "../../src/core/checks/calc-figure";
import { shownDecimals } from "../../src/core/cells/number-format";
import type { CriterionEvaluation } from "../../src/core/evaluate";
import { judgeStated, statedCells } from "../../src/core/evaluate/stated";
import type { CellRef } from "../../src/core/plan/model";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

const ROUND: Settings = DEFAULT_SETTINGS;
const TRUNCATE: Settings = { ...DEFAULT_SETTINGS, rounding: "truncate" };

const cell = (value: CellRef["value"], numberFormat?: string): CellRef => ({
  row: 9,
  col: 7,
  value,
  numberFormat,
});

/** The stated % as the evaluation reads a cell: a fraction with a % format times 100. */
const statedOf = (c: CellRef): number => {
  if (typeof c.value !== "number") return readFigure(c.value)!.value;
  return c.numberFormat?.includes("%") ? c.value * 100 : c.value;
};

const judge = (c: CellRef, exact: number, settings = ROUND) =>
  judgeStated(c, statedOf(c), { value: exact, uncapped: exact }, settings);

describe("shownDecimals: the decimals a number format shows", () => {
  test.each([
    ["0%", 0],
    ["0.0%", 1],
    ["0.00%", 2],
    ["#,##0.0", 1],
    ["0", 0],
    ['0.0"%"', 1],
    ["0.0%;[Red]-0.0%", 1],
    ["[$-409]0.00", 2],
    ["General", null],
    ["@", null],
    ["0.00E+00", null],
    [null, null],
  ])("%s → %s", (format, decimals) => {
    expect(shownDecimals(format)).toBe(decimals);
  });
});

describe("readFigure: a number is the figure its format shows", () => {
  test("=G10/F10, 11 of 12, cached 0.9166666666666666 in 0.0%: 91.7 shown, 91.666… held", () => {
    expect(readFigure(0.9166666666666666, "0.0%")).toEqual({
      value: 91.7,
      decimals: 1,
      comma: false,
      percent: true,
      held: 91.6666666666667,
    });
  });

  test("a number with no more digits than shown is read as it is", () => {
    expect(readFigure(0.917, "0.0%")).toEqual({
      value: 91.7,
      decimals: 1,
      comma: false,
      percent: true,
    });
    expect(readFigure(64, null)).toEqual({ value: 64, decimals: 0, comma: false, percent: false });
  });
});

describe("judgeStated: a stated figure at the precision it is shown or written in", () => {
  // 11 of 12 = 91.666…: rounded 91.7 (one decimal), 91.67 (two), 92 (none); truncated 91.6, 91.66, 91.
  const exact = (11 / 12) * 100;

  test("the formula's own result agrees whatever its format, under either setting", () => {
    for (const format of ["0%", "0.0%", "0.00%", "General"]) {
      const c = cell(format === "General" ? exact : 11 / 12, format);
      expect([format, judge(c, exact)]).toEqual([format, "equal"]);
      expect([format, judge(c, exact, TRUNCATE)]).toEqual([format, "equal"]);
    }
  });

  test("typed text at the digits written: 91,67% and 91.7% agree; 91.6% is the truncated habit", () => {
    expect(judge(cell("91,67%"), exact)).toBe("equal");
    expect(judge(cell("91.7%"), exact)).toBe("equal");
    // 91.6 is 91.666… truncated: the other habit under rounding (a note), equal under truncation.
    expect(judge(cell("91.6%"), exact)).toBe("other-habit");
    expect(judge(cell("91.6%"), exact, TRUNCATE)).toBe("equal");
    // Four decimals written are compared at three: 91.6667 is 91.667 rounded.
    expect(judge(cell("91.6667%"), exact)).toBe("equal");
  });

  test("a formula pointing at the wrong row differs at the precision shown", () => {
    // 150 of 200 = 75; the cell holds 11 ÷ 12 = 91.666… shown "91.7%".
    expect(judge(cell(11 / 12, "0.0%"), 75)).toBe("different");
    // 0.5 percentage points off, shown at one decimal: 91.2 against 91.7.
    expect(judge(cell((exact - 0.5) / 100, "0.0%"), exact)).toBe("different");
  });

  test("over-achievement written while the settings cap: a habit of its own", () => {
    // 125 computed before the cap, 100 after; the cell shows 125%.
    expect(judgeStated(cell(1.25, "0%"), 125, { value: 100, uncapped: 125 }, ROUND)).toBe(
      "over-achieved",
    );
  });

  test("property: a cached ratio never differs from the same ratio, at any format", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.constantFrom("0%", "0.0%", "0.00%", "0.000%", "General"),
        fc.constantFrom(ROUND, TRUNCATE),
        (achieved, target, format, settings) => {
          const ratio = achieved / target;
          const c = cell(format === "General" ? ratio * 100 : ratio, format);
          expect(judge(c, ratio * 100, settings)).toBe("equal");
        },
      ),
    );
  });

  test("property: a figure one shown unit or more away from the computed one is reported", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 2, max: 500 }),
        fc.constantFrom(0, 1, 2),
        (tenths, off, decimals) => {
          const computed = tenths / 100;
          const unit = 10 ** -decimals;
          // `off` tenths of a unit, at least two units away: neither rounding nor truncation meets it.
          const stated = computed + (off / 10 + 2) * unit;
          const format = decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
          expect(judge(cell(stated / 100, format), computed)).toBe("different");
        },
      ),
    );
  });
});

describe("statedCells: criteria grouped by the fulfilment cell they share", () => {
  test("a % merged over two criterion rows is one cell; absent and missing cells are left out", () => {
    const merged = cell("80%");
    const own = { ...cell("90%"), row: 12 };
    const ce = (id: number, fulfilment?: CellRef) =>
      ({ id, criterion: { fulfilment } }) as unknown as CriterionEvaluation;
    const criteria = [
      ce(0, merged),
      ce(1, merged),
      ce(2, undefined),
      ce(3, { ...own, row: 13, absent: true }),
      ce(4, own),
    ];
    const groups = statedCells(criteria);
    expect(
      groups.map((g) => [g.cell.row, g.criteria.map((c) => (c as unknown as { id: number }).id)]),
    ).toEqual([
      [9, [0, 1]],
      [12, [4]],
    ]);
  });
});
