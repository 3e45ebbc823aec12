import { planCompute } from "../../src/core/compute";
import { evaluatePlan } from "../../src/core/evaluate";
import { cellAddress, type CellValue, type Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { scaffold } from "../../src/core/templates/scaffold";

/*
 * The anti-corruption template's example: item 1 rated 100 and 95, «Дундаж үнэлгээ» 97.5 in
 * F(total), recorded as the add-in's. A person inserts a row above the total, for item 2 rated
 * 80: the total row and its 97.5 move one row down; the old address now holds the person's 80.
 * The average is (100 + 95 + 80) / 3 = 91.666… → 91.7.
 */
const made = scaffold("anticorruption-report", { year: 2026 }, true);
const total = made.dataTop + 2;
const rating = 5;
const values: CellValue[][] = made.sheet.values.map((r) => [...r]);
values.splice(total, 0, [
  2,
  "Ил тод байдлыг хангах",
  "Мэдээлэл нийтлэх",
  "Мэдээлэл нийтэлсэн байна",
  "12 мэдээлэл нийтлэв",
  80,
]);
const grid: Grid = { origin: { row: 0, col: 0 }, cells: values };

describe("the add-in's own cells moved by rows a person inserted", () => {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.reason.en);
  const e = evaluatePlan(read.plan, DEFAULT_SETTINGS);
  const old = cellAddress(total, rating);
  const now = cellAddress(total + 1, rating);
  const plan = planCompute(e, { computed: [old], computedValues: { [old]: 97.5 } });

  it("are found where they went: the average moved down is recomputed", () => {
    expect(values[total + 1][rating]).toBe(97.5);
    expect(plan.writes.map((w) => [w.cell, w.kind, w.value])).toEqual([[now, "average", 91.7]]);
    expect(plan.kept).toEqual([]);
  });

  it("leave the person's value at the old address, and the record follows the cell", () => {
    expect(plan.writes.some((w) => w.cell === old)).toBe(false);
    expect(plan.owned.computed).toEqual([now]);
    expect(plan.owned.computedValues).toEqual({ [now]: 91.7 });
  });

  it("are not taken where the recorded cell still holds what was written", () => {
    const still = planCompute(e, {
      computed: [now],
      computedValues: { [now]: 97.5 },
    });
    expect(still.writes.map((w) => w.cell)).toEqual([now]);
    const twice = planCompute(e, {
      computed: [old, now],
      computedValues: { [old]: 80, [now]: 97.5 },
    });
    expect(twice.writes.map((w) => w.cell)).toEqual([now]);
  });
});

describe("a recorded cell a person emptied, and the same figure typed elsewhere in its column", () => {
  // 1. 38 of 50 → 76%, filled by the add-in in H3 and emptied since; 2. 76 of 100, where the person
  // typed 76% in H4 themselves. Only H3 is the add-in's: 76% goes back into it, H4 stays the person's.
  const cells: CellValue[][] = [
    [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      "Хүрсэн түвшин (биелэлт)",
      "Эхэлсэн, дууссан хугацаа",
      "Биелэлтийн хувь",
    ],
    [1, 2, 3, 4, 5, 6, 7, 8],
    ["1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 0, 50, 38, "I-IV улирал", null],
    ["2.", "Мэдээлэл хүргэх", "Мэдээллийн тоо", 0, 100, 76, "I-IV улирал", 0.76],
  ];
  const numberFormats = cells.map((r, i) => r.map((_, j) => (i === 3 && j === 7 ? "0%" : null)));
  const read = readPlan({ origin: { row: 0, col: 0 }, cells, numberFormats });
  if (!read.ok) throw new Error(read.reason.en);
  const plan = planCompute(evaluatePlan(read.plan, DEFAULT_SETTINGS), {
    computed: ["H3"],
    computedValues: { H3: 0.76 },
  });

  it("fills the emptied cell again and claims no second cell for its one record", () => {
    expect(plan.writes.map((w) => [w.cell, w.value, w.numberFormat])).toEqual([["H3", 0.76, "0%"]]);
    expect(plan.owned.computed).toEqual(["H3"]);
  });
});
