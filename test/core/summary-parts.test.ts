import { evaluatePlan } from "../../src/core/evaluate";
import type { CellValue, Grid } from "../../src/core/grid";
import { measuresOf, objectivesOf, readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  evaluationSummary,
  evaluationSummarySheet,
  fulfilmentSummary,
  fulfilmentSummarySheet,
  sheetModelProblems,
} from "../../src/core/summary";
import { TEMPLATES } from "../../src/core/templates";
import { rowByRole } from "../../src/core/templates/samples";
import { scaffold } from "../../src/core/templates/scaffold";
import type { ColumnRole } from "../../src/core/templates/spec";

/*
 * An org report typed the way people type it, worked by hand:
 *   Зорилт 1: 1.1 "57,3%" of "60%"            → 57.3 / 60 × 100 = 95.5
 *             1.2 300 of 240 people            → capped at 100
 *   Зорилт 2: 2.1 debt 45 against a target 40, "бууруулах" (lower is better) → 40 / 45 = 88.9
 *             2.2 a template row left with its number only: not a measure
 *   Part two: 1   "100%" of "100%"            → 100
 *   Objective 1: (95.5 + 100) / 2 = 97.75 → 97.8; objective 2: 88.9 (88.888…)
 *   Overall, pooled over the four measures: (95.5 + 100 + 88.888… + 100) / 4 = 96.097… → 96.1
 */
const made = scaffold("org-report", {
  unit: "БАЯНЗҮРХ ДҮҮРГИЙН ХЭЛТЭС",
  year: 2026,
  period: "half",
});
const spec = TEMPLATES["org-report"];
const two = spec.partTwo?.columns ?? [];
const part1 = (cells: Partial<Record<ColumnRole, CellValue>>) => rowByRole(spec.columns, cells);
const part2 = (cells: Partial<Record<ColumnRole, CellValue>>) => rowByRole(two, cells);

function typedReport(): Grid {
  const v = made.sheet.values;
  const twoHeading = (made.partTwo?.headerRows.top ?? 0) - 1;
  const cells: CellValue[][] = [
    ...v.slice(0, made.dataTop),
    ["Зорилт 1. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх"],
    part1({
      number: "1.1.",
      activity: "Сайн дурын даатгалд иргэдийг хамруулах",
      criterion: "Хамрагдалтын хувь",
      baseline: "50%",
      target: "60%",
      achieved: "57,3%",
    }),
    part1({
      number: "1.2.",
      activity: "Малчдыг даатгалд хамруулах",
      criterion: "Шинээр хамрагдсан малчдын тоо",
      baseline: 200,
      target: 240,
      achieved: "300 малчин",
    }),
    ["Зорилт 2. Өр барагдуулалт"],
    part1({
      number: "2.1.",
      activity: "Шимтгэлийн өрийг бууруулах",
      criterion: "Өрийн хэмжээ, сая төгрөг",
      baseline: 50,
      target: 40,
      achieved: 45,
    }),
    part1({ number: "2.2." }),
    [],
    ...v.slice(twoHeading, made.partTwo?.dataTop),
    part2({
      number: 1,
      activity: "Цахим сургалтад хамрагдах",
      criterion: "Сургалтад хамрагдсан байдал",
      baseline: "-",
      "target-h1": "-",
      "target-h2": "100%",
      achieved: "100%",
    }),
  ];
  return { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells };
}

const read = readPlan(typedReport());
if (!read.ok) throw new Error("the typed report did not read");
const e = evaluatePlan(read.plan, DEFAULT_SETTINGS);

describe("a template row left with its number only", () => {
  test("is not a measure, and is listed for a note", () => {
    expect(measuresOf(read.plan).map((m) => m.number.value)).toEqual(["1.1.", "1.2.", "2.1.", 1]);
    expect(read.plan.blankItems?.map((c) => c.value)).toEqual(["2.2."]);
  });
});

describe("part two in the товчоо", () => {
  const s = evaluationSummary(e);

  test("is a line of its own after the objectives, not an objective", () => {
    expect(objectivesOf(read.plan).filter((o) => o.part === 2)).toHaveLength(1);
    expect(s.rows.map((r) => [r.kind, r.label.mn, r.objectives, r.measures, r.value])).toEqual([
      ["objective", "Зорилт 1", 1, 2, 97.8],
      ["objective", "Зорилт 2", 1, 1, 88.9],
      ["part", "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ", 0, 1, 100],
    ]);
    expect(s.total).toMatchObject({ objectives: 2, measures: 4, value: 96.1 });
  });

  test("band columns, the '-' column and the no-figure count add up to every row's measures", () => {
    for (const row of [...s.rows, s.total]) {
      expect(row.bands.reduce((a, b) => a + b, 0) + row.noFigure).toBe(row.measures);
    }
    // gov-206 bands 100 | 70 | 30 | 0 | -: 95.5 and 88.9 fall in "70", the two 100s in "100".
    expect(s.total.bands).toEqual([2, 2, 0, 0, 0]);
  });

  test("the conclusion counts part one's objectives and gives part two its own sentence", () => {
    const mn = s.conclusion.map((p) => p.text.mn);
    expect(mn[0]).toBe(
      "Уг төлөвлөгөөнд тусгагдсан нийт 2 зорилт бүхий 3 арга хэмжээ байна. Үүнээс:",
    );
    expect(mn).toContain("100 хувийн биелэлттэй 1 арга хэмжээ:");
    expect(mn).toContain("70–99 хувийн биелэлттэй 2 арга хэмжээ:");
    expect(mn).toContain("- Зорилт 1.1. Сайн дурын даатгалд иргэдийг хамруулах /95,5/;");
    expect(mn).toContain("- Зорилт 2.1. Шимтгэлийн өрийг бууруулах /88,9/.");
    expect(mn).toContain(
      "Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний хэсэгт 1 арга хэмжээ байна. Хэсгийн хэрэгжилт 100,0 хувьтай. Үүнээс:",
    );
    expect(mn).toContain("- Арга хэмжээ 1. Цахим сургалтад хамрагдах.");
    expect(mn).toContain(
      "Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц 2026 оны эхний хагас жилийн байдлаар 96,1 хувьтай дүгнэгдэв.",
    );
    // No figure is written with a decimal point.
    expect(mn.join("\n")).not.toMatch(/\d\.\d+(\/| хувь)/);
  });

  test("the sheet prints the part's line without an objective count, figures with one decimal", () => {
    const sheet = evaluationSummarySheet(s, "mn");
    expect(sheetModelProblems(sheet)).toEqual([]);
    const line = sheet.values.find((r) => r[0] === s.rows[2].caption.mn);
    expect(line?.slice(1, 3)).toEqual([null, 1]);
    const figureCol = sheet.values[0].length - 1;
    const formatted = (sheet.styles ?? []).some(
      (st) =>
        st.range.left <= figureCol &&
        st.range.right >= figureCol &&
        st.style.numberFormat === "0.0",
    );
    expect(formatted).toBe(true);
  });
});

describe("part two in the fulfilment summary", () => {
  const s = fulfilmentSummary(e);

  test("a line of its own, the objectives apart, the total over both parts", () => {
    expect(s.goals.flatMap((g) => g.objectives.map((o) => o.label.mn))).toEqual([
      "Зорилт 1",
      "Зорилт 2",
    ]);
    expect(s.partTwo).toMatchObject({ planned: 1, assessed: 1, value: 100, full: 1 });
    expect(s.total).toMatchObject({ planned: 4, assessed: 4, value: 96.1, full: 2, partial: 2 });
    const sheet = fulfilmentSummarySheet(s, "mn");
    expect(sheetModelProblems(sheet)).toEqual([]);
    expect(sheet.values.some((r) => r[0] === "Хоёр")).toBe(true);
  });
});
