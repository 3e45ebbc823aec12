import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding } from "../../src/core/finding";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  consolidate,
  consolidationModels,
  consolidationSheets,
  sheetModelProblems,
  type ConsolidatedFigures,
  type UnitInput,
  unitFigures,
} from "../../src/core/summary";
import { PART_TWO, PART_TWO_KEY } from "../../src/core/summary/common";
import { TEMPLATES } from "../../src/core/templates";
import { rowByRole } from "../../src/core/templates/samples";
import { scaffold } from "../../src/core/templates/scaffold";
import type { ColumnRole } from "../../src/core/templates/spec";

const spec = TEMPLATES["org-report"];
const part1 = (cells: Partial<Record<ColumnRole, CellValue>>) => rowByRole(spec.columns, cells);
const part2 = (cells: Partial<Record<ColumnRole, CellValue>>) =>
  rowByRole(spec.partTwo?.columns ?? [], cells);

/** A measure of part one: its fulfilment stated as typed ("80%"), "-" when not due, or none. */
function measure(number: string, stated: string | null): CellValue[] {
  const achieved = stated === "-" ? "Хугацаа болоогүй" : stated;
  return part1({
    number,
    activity: `Арга хэмжээ ${number} хэрэгжүүлэх`,
    criterion: "Хамрагдалтын хувь",
    baseline: "50%",
    target: "100%",
    achieved,
    fulfilment: stated,
  });
}

/** Part two's one measure, its fulfilment stated. */
function partTwo(stated: string): CellValue[] {
  return part2({
    number: 1,
    activity: "Цахим сургалтад хамрагдах",
    criterion: "Сургалтад хамрагдсан хувь",
    baseline: "-",
    "target-h1": "-",
    "target-h2": "100%",
    achieved: stated,
    fulfilment: stated,
  });
}

/** An org report made from the template, with the given objectives and part two typed in. */
function report(unit: string, objectives: [string, CellValue[][]][], two: CellValue[][]): Grid {
  const made = scaffold("org-report", { unit, year: 2026, period: "half" });
  const v = made.sheet.values;
  const twoHeading = (made.partTwo?.headerRows.top ?? 0) - 1;
  const cells: CellValue[][] = [
    ...v.slice(0, made.dataTop),
    ...objectives.flatMap(([heading, rows]) => [[heading], ...rows]),
    [],
    ...(two.length > 0 ? [...v.slice(twoHeading, made.partTwo?.dataTop), ...two] : []),
  ];
  return { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells };
}

function unit(name: string, grid: Grid): UnitInput {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(`${name}: the typed report did not read`);
  return { unit: name, figures: unitFigures(evaluatePlan(read.plan, DEFAULT_SETTINGS)) };
}

const OBJECTIVE_1 = "Зорилт 1. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх";
const OBJECTIVE_2 = "Зорилт 2. Өр барагдуулалт";

/*
 * Four offices, worked by hand (stated fulfilment counts; gov-206 bands 100 | 70 | 30 | 0 | -):
 *   Архангай:   1.1 100, 1.2 80 | 2.1 90 | part two 100
 *               pooled (100 + 80 + 90 + 100) / 4 = 92.5; bands 100: 2, 70: 2; complete
 *   Баян-Өлгий: 1.1 100, 1.2 70 | 2.1 85, 2.2 "-" not due
 *               pooled (100 + 70 + 85) / 3 = 85; bands 100: 1, 70: 2, -: 1; complete
 *   Баянхонгор: 1.1 90, 1.2 80 | part two 85
 *               pooled (90 + 80 + 85) / 3 = 85; bands 70: 3; complete
 *   Говь-Алтай: 1.1–1.4 no percentage at all | part two 100
 *               pooled over what it reported: 100 / 1 = 100; 4 of 5 measures without a
 *               figure: incomplete
 * Ranking: complete first by figure, ties sharing: Архангай 1, Баян-Өлгий 2, Баянхонгор 2;
 * then the incomplete Говь-Алтай 4, however high its figure.
 */
const OFFICES: UnitInput[] = [
  unit(
    "Архангай",
    report(
      "АРХАНГАЙ АЙМГИЙН НДХ",
      [
        [OBJECTIVE_1, [measure("1.1.", "100%"), measure("1.2.", "80%")]],
        [OBJECTIVE_2, [measure("2.1.", "90%")]],
      ],
      [partTwo("100%")],
    ),
  ),
  unit(
    "Баян-Өлгий",
    report(
      "БАЯН-ӨЛГИЙ АЙМГИЙН НДХ",
      [
        [OBJECTIVE_1, [measure("1.1.", "100%"), measure("1.2.", "70%")]],
        [OBJECTIVE_2, [measure("2.1.", "85%"), measure("2.2.", "-")]],
      ],
      [],
    ),
  ),
  unit(
    "Баянхонгор",
    report(
      "БАЯНХОНГОР АЙМГИЙН НДХ",
      [[OBJECTIVE_1, [measure("1.1.", "90%"), measure("1.2.", "80%")]]],
      [partTwo("85%")],
    ),
  ),
  unit(
    "Говь-Алтай",
    report(
      "ГОВЬ-АЛТАЙ АЙМГИЙН НДХ",
      [[OBJECTIVE_1, ["1.1.", "1.2.", "1.3.", "1.4."].map((n) => measure(n, null))]],
      [partTwo("100%")],
    ),
  ),
];

const c = consolidate(OFFICES);
const byName = (name: string) => c.units.find((u) => u.unit === name)!;
const counts = (f: ConsolidatedFigures) => [f.measures, f.rated, f.noFigure, f.value];

describe("an office that left objective 1 without a figure", () => {
  const gobi = byName("Говь-Алтай");

  test("keeps the figure of what it reported, and is incomplete", () => {
    expect(counts(gobi.total)).toEqual([5, 1, 4, 100]);
    expect(gobi.complete).toBe(false);
    expect(gobi.objectives.map((o) => [o.key, ...counts(o)])).toEqual([["1", 4, 0, 4, null]]);
    expect(c.units.filter((u) => u.complete).map((u) => u.unit)).toEqual([
      "Архангай",
      "Баян-Өлгий",
      "Баянхонгор",
    ]);
  });

  test("is marked wherever its figures are printed", () => {
    const [mn] = consolidationSheets(c, "mn");
    const [en] = consolidationSheets(c, "en");
    expect(
      mn.values.some(
        (r) => r[1] === "Нэгжийн дүн (дутуу: 5 арга хэмжээний 4 нь үнэлгээгүй)" && r[4] === 100,
      ),
    ).toBe(true);
    expect(
      en.values.some(
        (r) => r[1] === "Unit total (incomplete: 4 of 5 measures without a figure)" && r[4] === 100,
      ),
    ).toBe(true);
    expect(
      mn.values.some((r) => r[1] === "Зорилт 1 (дутуу: 4 арга хэмжээний 4 нь үнэлгээгүй)"),
    ).toBe(true);
    // A complete office's total is not marked.
    expect(mn.values.filter((r) => r[1] === "Нэгжийн дүн").map((r) => r[4])).toEqual([
      92.5, 85, 85,
    ]);
  });

  test("ranks below every complete office, however high its figure", () => {
    expect(c.ranking.map((u) => [u.rank, u.unit, u.total.value, u.complete])).toEqual([
      [1, "Архангай", 92.5, true],
      [2, "Баян-Өлгий", 85, true],
      [2, "Баянхонгор", 85, true],
      [4, "Говь-Алтай", 100, false],
    ]);
  });
});

describe("the ranking table", () => {
  const [mn] = consolidationSheets(c, "mn");
  const [en] = consolidationSheets(c, "en");
  const rankingRows = (values: CellValue[][], header: string) => {
    const top = values.findIndex((r) => r[0] === header);
    return values.slice(top, top + 5).map((r) => r.slice(0, 6));
  };

  test("rank, unit, measures, measures with a figure, figure and a note, in both languages", () => {
    expect(rankingRows(mn.values, "Байр")).toEqual([
      [
        "Байр",
        "Нэгж",
        "Арга хэмжээний тоо",
        "Үнэлсэн арга хэмжээний тоо",
        "Хэрэгжилт, хувь",
        "Тайлбар",
      ],
      [1, "Архангай", 4, 4, 92.5, "Бүрэн"],
      [2, "Баян-Өлгий", 4, 3, 85, "Бүрэн"],
      [2, "Баянхонгор", 3, 3, 85, "Бүрэн"],
      [4, "Говь-Алтай", 5, 1, 100, "Дутуу. Үнэлгээгүй арга хэмжээ: Зорилт 1 (4)"],
    ]);
    expect(rankingRows(en.values, "Rank")[4]).toEqual([
      4,
      "Говь-Алтай",
      5,
      1,
      100,
      "Incomplete. Measures without a figure: Objective 1 (4)",
    ]);
  });

  test("figures are numbers shown with one decimal", () => {
    const top = mn.values.findIndex((r) => r[0] === "Байр");
    const figureCells = (sheetRow: number, col: number) =>
      (mn.styles ?? []).some(
        (s) =>
          s.style.numberFormat === "0.0" &&
          s.range.top <= sheetRow &&
          s.range.bottom >= sheetRow &&
          s.range.left <= col &&
          s.range.right >= col,
      );
    expect(figureCells(top + 1, 4)).toBe(true);
    const gobiTotal = mn.values.findIndex(
      (r) => r[4] === 100 && String(r[1]).startsWith("Нэгжийн дүн"),
    );
    expect(figureCells(gobiTotal, 4)).toBe(true);
  });

  test("the sheets are sound in both languages", () => {
    expect(sheetModelProblems(mn)).toEqual([]);
    expect(sheetModelProblems(en)).toEqual([]);
  });
});

describe("part two", () => {
  test("is a line of its own per office and organisation-wide, never an objective", () => {
    const arkhangai = byName("Архангай");
    expect(arkhangai.objectives.map((o) => o.key)).toEqual(["1", "2"]);
    expect(arkhangai.partTwo).toMatchObject({ kind: "part", key: PART_TWO_KEY, label: PART_TWO });
    expect(byName("Баян-Өлгий").partTwo).toBeNull();
    // Objective 1 pools part one's 1.x of every office, not part two's measure numbered 1:
    // 2 + 2 + 2 + 4 = 10 measures, (100 + 80 + 100 + 70 + 90 + 80) / 6 = 86.67.
    // Objective 2: 90 and 85 (2.2 not due) = 87.5. Part two: (100 + 85 + 100) / 3 = 95.
    expect(c.objectives.map((o) => [o.kind, o.key, ...counts(o)])).toEqual([
      ["objective", "1", 10, 6, 4, 86.7],
      ["objective", "2", 3, 2, 0, 87.5],
    ]);
    expect(c.partTwo && [c.partTwo.kind, c.partTwo.key, ...counts(c.partTwo)]).toEqual([
      "part",
      PART_TWO_KEY,
      3,
      3,
      0,
      95,
    ]);
    const [mn] = consolidationSheets(c, "mn");
    expect(mn.values.filter((r) => r[1] === PART_TWO.mn).map((r) => r[4])).toEqual([
      100, 85, 100, 95,
    ]);
  });
});

describe("organisation-wide figures", () => {
  test("pooled over every measure with a figure, marked because one office left some out", () => {
    // 16 measures; 11 with a figure: (370 + 255 + 255 + 100) / 11 = 980 / 11 = 89.09.
    expect(counts(c.pooled)).toEqual([16, 11, 4, 89.1]);
    // (92.5 + 85 + 85 + 100) / 4 = 90.625.
    expect(c.meanOfUnits).toMatchObject({ units: 4, incomplete: 1, value: 90.6 });
    const [mn] = consolidationSheets(c, "mn");
    expect(mn.values.map((r) => r[1])).toEqual(
      expect.arrayContaining([
        "Нийт (бүх арга хэмжээгээр; дутуу: 16 арга хэмжээний 4 нь үнэлгээгүй)",
        "Нэгжүүдийн хувийн энгийн дундаж (4 нэгж, үүнээс 1 нь дутуу)",
      ]),
    );
  });

  test("band counts and the no-figure count add up to the measures, on every line", () => {
    expect(c.bandLabels).toEqual(["100", "70", "30", "0", "-"]);
    expect(byName("Архангай").total.bands).toEqual([2, 2, 0, 0, 0]);
    expect(byName("Баян-Өлгий").total.bands).toEqual([1, 2, 0, 0, 1]);
    expect(byName("Баянхонгор").total.bands).toEqual([0, 3, 0, 0, 0]);
    expect(byName("Говь-Алтай").total.bands).toEqual([1, 0, 0, 0, 0]);
    expect(c.pooled.bands).toEqual([4, 7, 0, 0, 1]);
    const lines = [
      ...c.units.flatMap((u) => [...u.objectives, ...(u.partTwo ? [u.partTwo] : []), u.total]),
      ...c.objectives,
      ...(c.partTwo ? [c.partTwo] : []),
      c.pooled,
    ];
    for (const l of lines) expect(l.bands.reduce((a, b) => a + b, 0) + l.noFigure).toBe(l.measures);
  });
});

describe("ranking", () => {
  test("an office with no figure at all comes last, unranked; unreadable ones are not ranked", () => {
    const dornod = unit(
      "Дорнод",
      report("ДОРНОД АЙМГИЙН НДХ", [[OBJECTIVE_1, [measure("1.1.", null)]]], []),
    );
    const more = consolidate([
      dornod,
      ...OFFICES,
      { unit: "Завхан", error: { mn: "Файл нээгдсэнгүй", en: "The file did not open" } },
    ]);
    expect(more.ranking.map((u) => [u.rank, u.unit])).toEqual([
      [1, "Архангай"],
      [2, "Баян-Өлгий"],
      [2, "Баянхонгор"],
      [4, "Говь-Алтай"],
      [null, "Дорнод"],
    ]);
    const [mn] = consolidationSheets(more, "mn");
    expect(mn.values.find((r) => r[1] === "Дорнод")?.slice(0, 6)).toEqual([
      null,
      "Дорнод",
      1,
      0,
      null,
      "Дутуу. Үнэлгээгүй арга хэмжээ: Зорилт 1 (1)",
    ]);
    expect(sheetModelProblems(mn)).toEqual([]);
  });

  test("incomplete offices among themselves by figure, ties sharing a rank", () => {
    // Ховд: 1.1 without a figure, 1.2 90: incomplete at 90, below the two incomplete at 100.
    const khovd = unit(
      "Ховд",
      report(
        "ХОВД АЙМГИЙН НДХ",
        [[OBJECTIVE_1, [measure("1.1.", null), measure("1.2.", "90%")]]],
        [],
      ),
    );
    const more = consolidate([khovd, { ...OFFICES[3], unit: "Говь-Алтай 2" }, ...OFFICES]);
    expect(more.ranking.map((u) => [u.rank, u.unit, u.total.value])).toEqual([
      [1, "Архангай", 92.5],
      [2, "Баян-Өлгий", 85],
      [2, "Баянхонгор", 85],
      [4, "Говь-Алтай 2", 100],
      [4, "Говь-Алтай", 100],
      [6, "Ховд", 90],
    ]);
  });
});

describe("the findings sheet beside the table", () => {
  test("lists each office's findings under its name", () => {
    const finding: Finding = {
      code: "VALUE-MISSING",
      severity: "error",
      cell: "G12",
      message: { mn: "Хүрсэн түвшин алга", en: "Achieved level missing" },
    };
    const units = OFFICES.map((u, i) => ({ ...u, findings: i === 3 ? [finding] : [] }));
    const { consolidation, table, findings } = consolidationModels(units, "mn");
    expect(consolidation.ranking.map((u) => u.unit)).toEqual(c.ranking.map((u) => u.unit));
    expect([table.name, findings.name]).toEqual(["Нэгтгэл", "Шалгалтын дүн"]);
    expect(findings.values[1].slice(0, 4)).toEqual(["Говь-Алтай", "G12", "Алдаа", "VALUE-MISSING"]);
    for (const s of [table, findings]) expect(sheetModelProblems(s)).toEqual([]);
  });
});

describe("units reporting another year or period", () => {
  /** An office's report of one measure (100%) under the title `scaffold` makes for `options`. */
  function titled(name: string, options: { year?: number; period?: "half" | "year" }): UnitInput {
    const made = scaffold("org-report", { unit: name, ...options });
    const cells = [
      ...made.sheet.values.slice(0, made.dataTop),
      [OBJECTIVE_1],
      measure("1.1.", "100%"),
    ];
    return unit(name, { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells });
  }

  it("lists the units whose title names another year or period than most", () => {
    const c = consolidate([
      titled("Архангай", { year: 2026, period: "half" }),
      titled("Баян-Өлгий", { year: 2026, period: "half" }),
      // Last year's year-end report, and this year's year-end one, sent in by mistake.
      titled("Баянхонгор", { year: 2025, period: "year" }),
      titled("Булган", { year: 2026, period: "year" }),
      // A title naming no year or period differs from nothing.
      titled("Говь-Алтай", {}),
    ]);
    expect(c.reported).toEqual({ year: 2026, period: "half" });
    expect(c.otherPeriod.map((u) => [u.unit, u.reported])).toEqual([
      ["Баянхонгор", { year: 2025, period: "year" }],
      ["Булган", { year: 2026, period: "year" }],
    ]);
  });

  it("names them on the consolidated table in both languages, with what the others report", () => {
    const c = consolidate([
      titled("Архангай", { year: 2026, period: "half" }),
      titled("Баян-Өлгий", { year: 2026, period: "half" }),
      titled("Баянхонгор", { year: 2025, period: "year" }),
    ]);
    const texts = (lang: "mn" | "en") =>
      consolidationSheets(c, lang)[0]
        .values.flat()
        .filter((v): v is string => typeof v === "string");
    expect(texts("mn")).toContain(
      "Өөр он, үеийн тайлан ирүүлсэн нэгж (бусад нь: 2026 оны эхний хагас жилийн тайлан)",
    );
    expect(texts("mn")).toContain("2025 оны жилийн эцсийн тайлан");
    expect(texts("en")).toContain(
      "Units whose report is for another year or period (the others: the 2026 first half-year report)",
    );
    expect(texts("en")).toContain("the 2025 year-end report");
  });

  it("lists none where every title agrees", () => {
    const c = consolidate([
      titled("Архангай", { year: 2026, period: "half" }),
      titled("Баян-Өлгий", { year: 2026, period: "half" }),
    ]);
    expect(c.otherPeriod).toEqual([]);
  });
});
