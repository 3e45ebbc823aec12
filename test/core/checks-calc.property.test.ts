import fc from "fast-check";
import { calcChecks } from "../../src/core/checks/calc";
import { roundTo } from "../../src/core/ratings";
import { evaluatePlan } from "../../src/core/evaluate";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS, type Rounding } from "../../src/core/settings";

/** An individual report (seed 001's columns) with one activity: target, achieved, stated. */
function individualReport(target: number, achieved: number, stated: CellValue): Grid {
  return {
    origin: { row: 0, col: 0 },
    cells: [
      ["Д/д", "Зорилтыг хэрэгжүүлэх арга хэмжээ", "Шалгуур үзүүлэлт", "Гүйцэтгэлийн түвшин"],
      [
        null,
        null,
        null,
        "Суурь түвшин",
        "Хүрэх түвшин",
        "Хүрсэн түвшин (биелэлт)",
        "Эхэлсэн, дууссан хугацаа",
        "Биелэлтийн хувь",
      ],
      ["Зорилт НЭГ. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх"],
      [
        "1.",
        "Арга хэмжээ 1.1 Сайн дурын даатгалд иргэдийг хамруулах",
        "Шинээр хамрагдсан даатгуулагч",
        null,
        `${target} даатгуулагч`,
        `${achieved} даатгуулагч`,
        "12",
        stated,
      ],
    ],
    merges: [{ top: 0, left: 3, bottom: 0, right: 7 }],
  };
}

function mismatches(grid: Grid, rounding: Rounding) {
  const settings = { ...DEFAULT_SETTINGS, rounding };
  const read = readPlan(grid, { template: "individual-report" });
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, settings);
  return calcChecks({ grid, plan: read.plan, evaluation, settings }).filter(
    (f) => f.code === "CALC-MISMATCH",
  );
}

const levels = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 10000 }))
  .map(([target, achieved]) => ({
    target,
    achieved,
    exact: Math.min(100, (achieved / target) * 100),
  }));
const rounding = fc.constantFrom<Rounding>("round", "truncate");

describe("CALC-MISMATCH properties", () => {
  it("a stated figure equal to the computed one under the setting gives no finding", () => {
    fc.assert(
      fc.property(levels, rounding, ({ target, achieved, exact }, r) => {
        const stated = `${roundTo(exact, 1, r)}%`;
        expect(mismatches(individualReport(target, achieved, stated), r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("a whole figure the other habit gives is a note even a point away (2 of 201 written 0%)", () => {
    const found = mismatches(individualReport(201, 2, "0%"), "round");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("note");
    expect(found[0].fix?.value).toBe("1%");
  });

  it("a figure off by at least one point is an error whose fix is the computed figure", () => {
    fc.assert(
      fc.property(
        levels,
        rounding,
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        ({ target, achieved, exact }, r, off, up) => {
          const computed = roundTo(exact, 1, r);
          const down = computed - off >= 0 ? computed - off : computed + off;
          const wrong = up && computed + off <= 100 ? computed + off : down;
          // A whole figure the other rounding habit gives (0.995 truncated to "0%") is a note.
          const otherHabit: Rounding = r === "round" ? "truncate" : "round";
          fc.pre(wrong !== roundTo(exact, 0, otherHabit));
          const found = mismatches(individualReport(target, achieved, `${wrong}%`), r);
          expect(found).toHaveLength(1);
          expect(found[0].severity).toBe("error");
          expect(found[0].fix?.value).toBe(`${computed}%`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
