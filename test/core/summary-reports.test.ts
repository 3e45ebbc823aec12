import { evaluatePlan, type Evaluation } from "../../src/core/evaluate";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import {
  consolidate,
  consolidationSheets,
  evaluationSummary,
  evaluationSummarySheet,
  fulfilmentSummary,
  fulfilmentSummarySheet,
  sheetModelProblems,
  type FulfilmentCounts,
  unitFigures,
} from "../../src/core/summary";
import { seed002 } from "../fixtures/seeds/seed002";

const HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  "Гүйцэтгэлийн хувь",
];

/** An org-report sheet: title, header, column numbers, then the given rows. */
function report(title: string, rows: CellValue[][]): Grid {
  return {
    sheet: "Биелэлт",
    origin: { row: 0, col: 0 },
    cells: [[title], HEADER, [1, 2, 3, 4, 5, 6, 7, 8], ...rows],
  };
}

function evaluate(grid: Grid, settings: Settings = DEFAULT_SETTINGS): Evaluation {
  const read = readPlan(grid);
  if (!read.ok) throw new Error("the hand-made report did not read");
  return evaluatePlan(read.plan, settings);
}

/*
 * Unit A, worked by hand (stated fulfilment counts, gov-206 bands by suggested level):
 *   Goal 1 / Зорилт 1: 1.1 = 100, 1.2 = 50          → 75
 *   Goal 1 / Зорилт 2: 2.1 = 0,   2.2 = "-" not due → 0
 *   Goal 2 / Зорилт 3: 3.1 = no figure, 3.2 = 75    → 75
 *   Goal 1 pooled (100 + 50 + 0) / 3 = 50; goal 2: 75
 *   Overall (100 + 50 + 0 + 75) / 4 = 56.25 → 56.3 rounded, 56.2 truncated
 */
const UNIT_A = (title: string) =>
  report(title, [
    ["Стратегийн төлөвлөгөөний зорилго 1: Үйлчилгээг сайжруулах"],
    ["Зорилт 1. Сургалт зохион байгуулах"],
    ["1.1.", "Ажилтнуудад сургалт явуулах.", "-", "Сургалтын тоо", "2", "4", "4 удаа", "100%"],
    ["1.2.", "<p>Зөвлөгөө өгөх</p>", "-", "Иргэний тоо", "5", "10", "5 иргэн", "50%"],
    ["Зорилт 2. Хяналт шалгалт"],
    ["2.1.", "Шалгалт хийх", "-", "Шалгалтын тоо", "2", "5", "Хийгдээгүй, 0", "0%"],
    ["2.2.", "Тайлан гаргах", "-", "Тайлангийн тоо", "1", "2", "Хугацаа болоогүй", "-"],
    ["Стратегийн төлөвлөгөөний зорилго 2: Сангийн орлогыг нэмэгдүүлэх"],
    ["Зорилт 3. Орлого бүрдүүлэх"],
    ["3.1.", "Мэдээлэл хүргэх", "-", "Хүргэсэн эсэх", "-", "Тухай бүр", "Хүргэсэн", null],
    ["3.2.", "Даатгуулагч нэмэгдүүлэх", "-", "Даатгуулагчийн тоо", "150", "200", "150", "75%"],
  ]);

/*
 * Unit B labels its objectives "Зорилт 1:" and "Зорилт 3" (no stop):
 *   Зорилт 1: 1.1 = 100 → 100;  Зорилт 3: 3.1 = 50, 3.2 = 75 → 62.5;  overall 225 / 3 = 75
 */
const UNIT_B = report("Б ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ", [
  ["Зорилт 1: Сургалт"],
  ["1.1.", "Сургалт явуулах", "-", "Сургалтын тоо", "1", "10", "10", "100%"],
  ["Зорилт 3 Орлого"],
  ["3.1.", "Гэрээ байгуулах", "-", "Гэрээний тоо", "0", "4", "2", "50%"],
  ["3.2.", "Мэдээлэл өгөх", "-", "Иргэний тоо", "0", "4", "3", "75%"],
]);

describe("evaluation summary of a hand-made report", () => {
  const e = evaluate(UNIT_A("А ХЭЛТСИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ"));
  const s = evaluationSummary(e);
  const mn = s.conclusion.map((p) => p.text.mn);

  test("rows, the gov-206 band columns and the pooled total", () => {
    expect(s.bandLabels).toEqual(["100", "70", "30", "0", "-"]);
    expect(s.rows.map((r) => r.caption.mn)).toEqual([
      "Зорилт 1: Сургалт зохион байгуулах",
      "Зорилт 2: Хяналт шалгалт",
      "Зорилт 3: Орлого бүрдүүлэх",
    ]);
    expect(s.rows.map((r) => r.bands)).toEqual([
      [1, 0, 1, 0, 0],
      [0, 0, 0, 1, 1],
      [0, 1, 0, 0, 0],
    ]);
    expect(s.rows.map((r) => r.value)).toEqual([75, 0, 75]);
    expect(s.total).toMatchObject({ objectives: 3, measures: 6, bands: [1, 1, 1, 1, 1] });
    expect(s.total.value).toBe(56.3);
  });

  test("groups: at 100, each band below from the top, not due, no figure", () => {
    expect(s.groups.map((g) => [g.kind, g.band, g.items.map((i) => i.number)])).toEqual([
      ["full", null, ["1.1"]],
      ["band", "70", ["3.2"]],
      ["band", "30", ["1.2"]],
      ["band", "0", ["2.1"]],
      ["not-due", "-", ["2.2"]],
      ["no-figure", null, ["3.1"]],
    ]);
    expect(mn).toEqual(
      expect.arrayContaining([
        "Уг төлөвлөгөөнд тусгагдсан нийт 3 зорилт бүхий 6 арга хэмжээ байна. Үүнээс:",
        "100 хувийн биелэлттэй 1 арга хэмжээ:",
        "- Зорилт 1.1. Ажилтнуудад сургалт явуулах.",
        // A band is named by the scheme's bounds, a figure with one decimal and a comma.
        "70–99 хувийн биелэлттэй 1 арга хэмжээ:",
        "- Зорилт 3.2. Даатгуулагч нэмэгдүүлэх /75,0/.",
        "30–69 хувийн биелэлттэй 1 арга хэмжээ:",
        "- Зорилт 1.2. Зөвлөгөө өгөх /50,0/.",
        "0–29 хувийн биелэлттэй 1 арга хэмжээ:",
        "- Зорилт 2.1. Шалгалт хийх /0,0/.",
        "Хэрэгжилт тооцох хугацаа болоогүй 1 арга хэмжээ:",
        "- Зорилт 2.2. Тайлан гаргах.",
        "- Зорилт 3.1. Мэдээлэл хүргэх.",
      ]),
    );
  });

  test("without a year in the title the overall sentence leaves it out", () => {
    expect(s.year).toBeUndefined();
    expect(mn).toContain(
      "Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц 56,3 хувьтай дүгнэгдэв.",
    );
  });

  test("the year and period of the title, or of the options", () => {
    const titled = evaluationSummary(evaluate(UNIT_A("А ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ")));
    const overall = titled.conclusion.find((p) => p.kind === "overall")?.text;
    expect(overall?.mn).toContain("явц 2024 оны жилийн эцсийн байдлаар 56,3 хувьтай дүгнэгдэв.");
    expect(overall?.en).toContain("as of the end of 2024 is assessed at 56.3 percent");
    const half = evaluationSummary(e, { year: 2025, period: "half", title: "ТОВЧОО" });
    expect(half.title).toEqual({ mn: "ТОВЧОО", en: "ТОВЧОО" });
    expect(half.conclusion.find((p) => p.kind === "overall")?.text.mn).toContain(
      "2025 оны эхний хагас жилийн байдлаар",
    );
  });

  test("the rounding setting decides the printed figure: 56.25 truncates to 56.2", () => {
    const t = evaluationSummary(
      evaluate(UNIT_A("А"), { ...DEFAULT_SETTINGS, rounding: "truncate" }),
    );
    expect(t.total.value).toBe(56.2);
    expect(t.conclusion.find((p) => p.kind === "overall")?.text.mn).toContain("56,2 хувьтай");
  });

  test("a plan without any figure says so", () => {
    const plan = report("ТӨЛӨВЛӨГӨӨ", [
      ["Зорилт 1. Сургалт"],
      ["1.1.", "Сургалт явуулах", "-", "Сургалтын тоо", "1", "2", null, null],
    ]);
    const p = evaluationSummary(evaluate(plan));
    expect(p.total.value).toBeNull();
    expect(p.conclusion.find((x) => x.kind === "overall")?.text.mn).toContain("дүгнээгүй");
    expect(sheetModelProblems(evaluationSummarySheet(p, "mn"))).toEqual([]);
  });

  test("a table without numbers lists its measures by their text alone", () => {
    const grid: Grid = {
      sheet: "Биелэлт",
      origin: { row: 0, col: 0 },
      cells: [
        ["2025 оны гүйцэтгэлийн төлөвлөгөөний биелэлт"],
        ["Хэрэгжүүлэх арга хэмжээ", "Шалгуур үзүүлэлт", "Зорилтот түвшин", "Хүрсэн түвшин"],
        ["Сургалт зохион байгуулах", "Сургалтын тоо", "6", "6"],
        ["Зөвлөгөө өгөх", "Зөвлөгөөний тоо", "10", "9"],
      ],
    };
    const lines = evaluationSummary(evaluate(grid)).conclusion.map((p) => p.text.mn);
    // 6 of 6 = 100; 9 of 10 = 90: no «Зорилт .» with an empty number before either.
    expect(lines).toContain("- Сургалт зохион байгуулах.");
    expect(lines).toContain("- Зөвлөгөө өгөх /90,0/.");
    expect(lines.some((l) => l.includes("Зорилт ."))).toBe(false);
  });

  test("the sheet is sound, with the band labels as sub-headers", () => {
    const sheet = evaluationSummarySheet(s, "mn");
    expect(sheetModelProblems(sheet)).toEqual([]);
    const h = sheet.values.findIndex((r) => r[0] === "Зорилт");
    expect(sheet.values[h + 1].slice(3, 8)).toEqual(s.bandLabels);
  });
});

describe("fulfilment summary of a hand-made report", () => {
  const s = fulfilmentSummary(evaluate(UNIT_A("А ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ")));

  test("per goal and objective: planned, with a figure, average, met / partly / not / n.a.", () => {
    expect(s.goals.map((g) => [g.label.mn, g.text])).toEqual([
      ["Зорилго 1", "Үйлчилгээг сайжруулах"],
      ["Зорилго 2", "Сангийн орлогыг нэмэгдүүлэх"],
    ]);
    const line = (x: FulfilmentCounts) => [
      x.planned,
      x.assessed,
      x.value,
      x.full,
      x.partial,
      x.none,
      x.notAssessable,
    ];
    expect(s.goals[0].objectives.map(line)).toEqual([
      [2, 2, 75, 1, 1, 0, 0],
      [2, 1, 0, 0, 0, 1, 1],
    ]);
    expect(s.goals[1].objectives.map(line)).toEqual([[2, 1, 75, 0, 1, 0, 1]]);
    expect(s.goals.map(line)).toEqual([
      [4, 3, 50, 1, 1, 1, 1],
      [2, 1, 75, 0, 1, 0, 1],
    ]);
    expect(line(s.total)).toEqual([6, 4, 56.3, 1, 2, 1, 2]);
  });

  test("the sheet: goal rows, objective rows, total, and a chart of objective figures", () => {
    const sheet = fulfilmentSummarySheet(s, "mn");
    expect(sheetModelProblems(sheet)).toEqual([]);
    const labels = sheet.values.map((r) => r[0]);
    const first = labels.indexOf("Зорилго 1");
    expect(labels.slice(first, first + 6)).toEqual([
      "Зорилго 1",
      "Зорилт 1",
      "Зорилт 2",
      "Зорилго 2",
      "Зорилт 3",
      "Нийт",
    ]);
    expect(sheet.values[first + 5][4]).toBe(56.3);
    const chart = sheet.chart;
    expect(chart?.kind).toBe("bar");
    if (!chart) return;
    const cells = (r: typeof chart.labels) =>
      sheet.values.slice(r.top, r.bottom + 1).map((row) => row[r.left]);
    expect(cells(chart.labels)).toEqual(["Зорилт 1", "Зорилт 2", "Зорилт 3"]);
    expect(cells(chart.values)).toEqual([75, 0, 75]);
    expect(chart.at.col).toBeGreaterThan(chart.values.left);
  });

  test("a plan has nothing to chart and everything not assessable", () => {
    const plan = fulfilmentSummary(
      evaluate(
        report("ТӨЛӨВЛӨГӨӨ", [
          ["Зорилт 1. Сургалт"],
          ["1.1.", "Сургалт явуулах", "-", "Сургалтын тоо", "1", "2", null, null],
        ]),
      ),
    );
    expect(plan.total).toMatchObject({ planned: 1, assessed: 0, notAssessable: 1, value: null });
    const sheet = fulfilmentSummarySheet(plan, "en");
    expect(sheet.chart).toBeUndefined();
    expect(sheetModelProblems(sheet)).toEqual([]);
    expect(sheet.values.some((r) => r[0] === "Objective 1")).toBe(true);
  });
});

describe("consolidation of three units", () => {
  const c = consolidate([
    { unit: "А хэлтэс", figures: unitFigures(evaluate(UNIT_A("А ХЭЛТСИЙН 2024 ОНЫ БИЕЛЭЛТ"))) },
    { unit: "Б хэлтэс", figures: unitFigures(evaluate(UNIT_B)) },
    { unit: "В хэлтэс", error: { mn: "Файл нээгдсэнгүй", en: "The file did not open" } },
  ]);

  test("a row per unit and objective, and each unit's overall", () => {
    expect(c.units.map((u) => [u.unit, u.objectives.map((o) => o.key), u.total.value])).toEqual([
      ["А хэлтэс", ["1", "2", "3"], 56.3],
      ["Б хэлтэс", ["1", "3"], 75],
    ]);
    expect(c.units[1].objectives.map((o) => [o.measures, o.rated, o.value])).toEqual([
      [1, 1, 100],
      [2, 2, 62.5],
    ]);
  });

  test("objectives matched by number across units, pooled over their measures", () => {
    // 1: A 100, 50 + B 100 = 250 / 3; 3: A 75 (3.1 has none) + B 50, 75 = 200 / 3.
    expect(c.objectives.map((o) => [o.key, o.measures, o.rated, o.value])).toEqual([
      ["1", 3, 3, 83.3],
      ["2", 2, 1, 0],
      ["3", 4, 3, 66.7],
    ]);
    expect(c.objectives[2].bands).toEqual([0, 2, 1, 0, 0]);
  });

  test("organisation-wide: pooled over all measures, and the mean of unit figures apart", () => {
    // (100 + 50 + 0 + 75 + 100 + 50 + 75) / 7 = 450 / 7 = 64.29; (56.3 + 75) / 2 = 65.65.
    expect(c.pooled).toMatchObject({ measures: 9, rated: 7, value: 64.3 });
    expect(c.meanOfUnits).toMatchObject({ units: 2, value: 65.7 });
  });

  test("the unit that could not be read is listed with its reason", () => {
    expect(c.unreadable).toEqual([
      { unit: "В хэлтэс", reason: { mn: "Файл нээгдсэнгүй", en: "The file did not open" } },
    ]);
  });

  test("the Нэгтгэл sheet", () => {
    const [sheet] = consolidationSheets(c, "mn");
    expect(sheet.name).toBe("Нэгтгэл");
    expect(sheetModelProblems(sheet)).toEqual([]);
    const rows = sheet.values.map((r) => [r[0], r[1], r[4]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["А хэлтэс", "Зорилт 1", 75],
        // Unit A's 3.1 has no figure: its total is over what it reported, and says so.
        [null, "Нэгжийн дүн (дутуу: 6 арга хэмжээний 1 нь үнэлгээгүй)", 56.3],
        ["Б хэлтэс", "Зорилт 1", 100],
        ["Байгууллагын хэмжээнд", "Зорилт 1", 83.3],
        [null, "Нийт (бүх арга хэмжээгээр; дутуу: 9 арга хэмжээний 1 нь үнэлгээгүй)", 64.3],
        [null, "Нэгжүүдийн хувийн энгийн дундаж (2 нэгж, үүнээс 1 нь дутуу)", 65.7],
        ["В хэлтэс", "Файл нээгдсэнгүй", null],
      ]),
    );
    const unitA = sheet.values.findIndex((r) => r[0] === "А хэлтэс");
    expect(sheet.merges).toContainEqual({ top: unitA, left: 0, bottom: unitA + 3, right: 0 });
    const [en] = consolidationSheets(c, "en");
    expect(en.name).toBe("Consolidation");
    expect(en.values.some((r) => r[1] === "The file did not open")).toBe(true);
  });

  test('"Зорилт 3." in one unit is "3" in another (seed 002 numbers its items 1-6)', () => {
    const read = readPlan(seed002);
    if (!read.ok) throw new Error("seed 002 did not read");
    const ndeg = evaluatePlan(read.plan, {
      ...DEFAULT_SETTINGS,
      scheme: "ndeg-anticorruption-2019",
    });
    const mixed = consolidate([
      { unit: "А хэлтэс", figures: unitFigures(evaluate(UNIT_A("А"))) },
      { unit: "НДЕГ", figures: unitFigures(ndeg) },
    ]);
    expect(mixed.objectives.map((o) => [o.key, o.measures])).toEqual([
      ["1", 2 + 3],
      ["2", 2 + 1],
      ["3", 2 + 1],
      ["4", 1],
      ["5", 3],
      ["6", 3],
    ]);
    // Two schemes: both sets of band columns, each measure counted under its own scheme's.
    expect(mixed.bandLabels).toHaveLength(10);
    expect(mixed.pooled.bands.reduce((a, b) => a + b, 0)).toBe(5 + 12);
    expect(sheetModelProblems(consolidationSheets(mixed, "mn")[0])).toEqual([]);
  });

  test("no readable unit at all still gives a sound sheet", () => {
    const none = consolidate([{ unit: "Г", error: { mn: "Хоосон", en: "Empty" } }]);
    expect(none.pooled.value).toBeNull();
    expect(none.meanOfUnits.units).toBe(0);
    expect(sheetModelProblems(consolidationSheets(none, "mn")[0])).toEqual([]);
  });
});
