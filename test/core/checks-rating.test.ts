import { checkSummaryAgainstPlan, ratingChecks } from "../../src/core/checks/rating";
import { evaluatePlan, type Evaluation } from "../../src/core/evaluate";
import type { Finding } from "../../src/core/finding";
import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { seed002Summary } from "../fixtures/seeds/seed002";

const NDEG: Settings = { ...DEFAULT_SETTINGS, scheme: "ndeg-anticorruption-2019" };
/** Resolution 206 chosen by a person: it rates the anti-corruption table too. */
const GOV_206: Settings = { ...DEFAULT_SETTINGS, schemeChosen: true };
const NDEG_TRUNCATE: Settings = { ...NDEG, rounding: "truncate" };

/** A programme item: its measures, each [achieved, rating]; `shared` rates the item once. */
interface Item {
  measures: [CellValue, CellValue][];
  shared?: CellValue;
}

/** An anti-corruption report (seed 002's columns) with a «Дундаж үнэлгээ» row. */
function anticorruption(items: Item[], average: CellValue, extraRows: CellValue[][] = []): Grid {
  const cells: CellValue[][] = [
    [
      "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд 2019 онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
    ],
    [
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ],
  ];
  const merges: Merge[] = [];
  items.forEach((item, i) => {
    const top = cells.length;
    item.measures.forEach(([achieved, rating], j) => {
      cells.push([
        j === 0 ? String(i + 1) : null,
        j === 0 ? `Хөтөлбөрийн ${i + 1} дүгээр зорилтыг хэрэгжүүлэх` : null,
        `Арга хэмжээ: үйл ажиллагааг зохион байгуулах (${i + 1}.${j + 1})`,
        "Ил тод байдал сайжирсан байна",
        achieved,
        item.shared !== undefined ? (j === 0 ? item.shared : null) : rating,
      ]);
    });
    const bottom = cells.length - 1;
    if (bottom > top) {
      merges.push({ top, left: 0, bottom, right: 0 }, { top, left: 1, bottom, right: 1 });
      if (item.shared !== undefined) merges.push({ top, left: 5, bottom, right: 5 });
    }
  });
  cells.push(["Дундаж үнэлгээ", null, null, null, null, average], ...extraRows);
  return { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells, merges };
}

function evaluate(grid: Grid, settings: Settings): { ctx: Parameters<typeof ratingChecks>[0] } {
  const read = readPlan(grid, { template: "anticorruption-report" });
  if (!read.ok) throw new Error(read.reason.en);
  return {
    ctx: { grid, plan: read.plan, evaluation: evaluatePlan(read.plan, settings), settings },
  };
}

const check = (grid: Grid, settings: Settings = NDEG): Finding[] =>
  ratingChecks(evaluate(grid, settings).ctx);
const codes = (fs: Finding[]) => fs.map((f) => [f.code, f.severity, f.cell, f.fix?.value]);
const DONE = "Ажлыг зохион байгуулж, тайланг хүргүүлсэн.";

describe("RATING-INVALID", () => {
  const grid = anticorruption(
    [
      {
        measures: [
          [DONE, "95"],
          [DONE, "100"],
        ],
      },
    ],
    "97.5",
  );

  it("accepts any 0-100 rating under the anti-corruption scheme", () => {
    expect(check(grid, NDEG)).toEqual([]);
  });

  it("allows only 100, 70, 30, 0 and «-» under Resolution 206", () => {
    const fs = check(grid, GOV_206).filter((f) => f.code === "RATING-INVALID");
    expect(codes(fs)).toEqual([["RATING-INVALID", "error", "F3", undefined]]);
    expect(fs[0].message.en).toContain("100, 70, 30, 0");
  });

  it("rejects words and numbers outside 0-100, reporting a merged cell once", () => {
    const fs = check(
      anticorruption(
        [
          {
            measures: [
              [DONE, null],
              [DONE, null],
            ],
            shared: "сайн",
          },
          { measures: [[DONE, "120"]] },
        ],
        null,
      ),
    );
    expect(codes(fs.filter((f) => f.code === "RATING-INVALID")).map((c) => c[2])).toEqual([
      "F3",
      "F5",
    ]);
  });
});

describe("RATING-AGGREGATE on «Дундаж үнэлгээ»", () => {
  // Item 1: 100, 100, 100; item 2: 70. Pooled 370 / 4 = 92.5; mean of item means 85.
  const items: Item[] = [
    {
      measures: [
        [DONE, null],
        [DONE, null],
        [DONE, null],
      ],
      shared: "100",
    },
    { measures: [[DONE, "70"]] },
  ];

  it("accepts the pooled mean over all rated measures", () => {
    expect(check(anticorruption(items, "92.5"))).toEqual([]);
    expect(check(anticorruption(items, "<b>92.5</b>"))).toEqual([]);
  });

  it("finds the mean of objective means and says how the average is taken", () => {
    const fs = check(anticorruption(items, "85"));
    expect(codes(fs)).toEqual([["RATING-AGGREGATE", "error", "F7", "92.5"]]);
    expect(fs[0].message.en).toContain("mean of the objective means");
    expect(fs[0].message.mn).toContain("92.5");
  });

  it("leaves not-due measures («-») out of the sum and the count", () => {
    const withNotDue = [
      ...items,
      { measures: [["Хугацаа болоогүй", "-"]] as [CellValue, CellValue][] },
    ];
    expect(check(anticorruption(withNotDue, "92.5"))).toEqual([]);
  });

  it("makes the other rounding habit a note: 97.9 for 97.96…", () => {
    // (93.9 + 100 + 100) / 3 = 97.966…: 98 rounded, 97.9 truncated (seed 002, objective 5).
    const item: Item = {
      measures: [
        [DONE, "93.9"],
        [DONE, "100"],
        [DONE, "100"],
      ],
    };
    const truncated = anticorruption([item], "97,9");
    expect(codes(check(truncated, NDEG))).toEqual([["RATING-AGGREGATE", "note", "F6", "98"]]);
    expect(check(truncated, NDEG_TRUNCATE)).toEqual([]);
    const rounded = anticorruption([item], "98");
    expect(check(rounded, NDEG)).toEqual([]);
    expect(codes(check(rounded, NDEG_TRUNCATE))).toEqual([
      ["RATING-AGGREGATE", "note", "F6", "97.9"],
    ]);
  });
});

describe("RATING-EVIDENCE", () => {
  it("finds a rating above 0 with an empty Биелэлт cell, not a 0 or a not-due mark", () => {
    const fs = check(
      anticorruption(
        [
          {
            measures: [
              [null, "100"],
              ["-", "0"],
              [null, "-"],
              ["", "40"],
            ],
          },
        ],
        "46.7",
      ),
    );
    expect(codes(fs)).toEqual([
      ["RATING-EVIDENCE", "warning", "E3", undefined],
      ["RATING-EVIDENCE", "warning", "E6", undefined],
    ]);
    expect(fs[0].message.en).toContain("rated 100");
  });
});

describe("RATING-SCHEME", () => {
  const grid = anticorruption([{ measures: [[DONE, "100"]] }], "100");

  it("finds nothing wrong with the built-in schemes", () => {
    expect(check(grid, NDEG)).toEqual([]);
    expect(check(grid, GOV_206)).toEqual([]);
  });

  it("reports each gap of a custom scheme with the seed's printed «70 /60-69/» at the first header cell", () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      scheme: "custom",
      customScheme: {
        name: "Товчооны бүлгүүд",
        thresholds: [],
        bands: [
          { label: "100 /90-100/", min: 90, max: 100 },
          { label: "70 /60-69/", min: 60, max: 69 },
          { label: "40 /31-59/", min: 31, max: 59 },
          { label: "0 /0-30/", min: 0, max: 30 },
        ],
      },
    };
    const fs = check(grid, custom);
    expect(codes(fs)).toEqual([["RATING-SCHEME", "error", "A2", undefined]]);
    expect(fs[0].message.en).toContain("70–89");
    const overlapping = {
      ...custom,
      customScheme: {
        bands: [
          { min: 50, max: 100 },
          { min: 0, max: 60 },
        ],
      },
    };
    expect(check(grid, overlapping).map((f) => f.message.en)).toEqual([
      expect.stringContaining("50–60 fall in two bands"),
    ]);
  });
});

/** Seed 002's items with each measure rated as the written conclusion rates it. */
const conclusionItems: Item[] = [
  {
    measures: [
      [DONE, "100"],
      [DONE, "100"],
      [DONE, "100"],
    ],
  },
  { measures: [[DONE, "100"]] },
  { measures: [[DONE, "100"]] },
  { measures: [[DONE, "95"]] },
  {
    measures: [
      [DONE, "93.9"],
      [DONE, "100"],
      [DONE, "100"],
    ],
  },
  {
    measures: [
      [DONE, "100"],
      [DONE, "90"],
      [DONE, "100"],
    ],
  },
];

function conclusionRated(settings: Settings): Evaluation {
  return evaluate(anticorruption(conclusionItems, "98.2"), settings).ctx.evaluation;
}

function withCell(grid: Grid, address: [number, number], value: CellValue): Grid {
  const cells = grid.cells.map((r) => [...r]);
  cells[address[0]][address[1]] = value;
  return { ...grid, cells };
}

describe("checkSummaryAgainstPlan", () => {
  it("reports the товчоо's printed «70 /60-69/» band on its header cell", () => {
    const fs = checkSummaryAgainstPlan(seed002Summary, conclusionRated(NDEG));
    const scheme = fs.filter((f) => f.code === "RATING-SCHEME");
    expect(scheme.map((f) => [f.cell, f.sheet])).toEqual([["E12", "Товчоо"]]);
    expect(scheme[0].message.en).toContain("70–89");
  });

  it("finds objective 5's 97,9 a truncated mean: a note under round, nothing under truncate", () => {
    const round = checkSummaryAgainstPlan(seed002Summary, conclusionRated(NDEG));
    expect(codes(round.filter((f) => f.code !== "RATING-SCHEME"))).toEqual([
      ["RATING-AGGREGATE", "note", "I17", "98"],
    ]);
    // Objective 6: (100 + 90 + 100) / 3 = 96.67: the printed 96,7 is the rounded mean.
    const truncate = checkSummaryAgainstPlan(seed002Summary, conclusionRated(NDEG_TRUNCATE));
    expect(codes(truncate.filter((f) => f.code !== "RATING-SCHEME"))).toEqual([
      ["RATING-AGGREGATE", "note", "I18", "96,6"],
    ]);
  });

  it("finds a wrong measure count and a wrong band count, with the counted figures as fixes", () => {
    let grid = withCell(seed002Summary, [12, 2], "4"); // C13: objective 1 has 3 measures
    grid = withCell(grid, [15, 3], null); // D16: objective 4's one measure (95) is in 90-100
    grid = withCell(grid, [15, 4], "1"); // E16
    const fs = checkSummaryAgainstPlan(grid, conclusionRated(NDEG)).filter(
      (f) => f.code === "RATING-COUNT",
    );
    expect(codes(fs)).toEqual([
      ["RATING-COUNT", "error", "C13", "3"],
      ["RATING-COUNT", "error", "D16", 1],
      ["RATING-COUNT", "error", "E16", "0"],
    ]);
    expect(fs[0].message.en).toContain("Зорилт 1");
  });

  it("finds a summary % that differs from the objective's mean", () => {
    const grid = withCell(seed002Summary, [15, 8], "100"); // I16: objective 4 is rated 95
    const fs = checkSummaryAgainstPlan(grid, conclusionRated(NDEG)).filter(
      (f) => f.code === "RATING-AGGREGATE",
    );
    expect(codes(fs)).toEqual([
      ["RATING-AGGREGATE", "error", "I16", "95"],
      ["RATING-AGGREGATE", "note", "I17", "98"],
    ]);
  });

  it("checks a total row against the table's totals and the pooled mean", () => {
    const total: CellValue[] = ["Нийт", "6", "12", "11", null, null, null, null, "98,3"];
    const cells = [...seed002Summary.cells.slice(0, 18), total, ...seed002Summary.cells.slice(18)];
    const fs = checkSummaryAgainstPlan({ ...seed002Summary, cells }, conclusionRated(NDEG));
    expect(codes(fs.filter((f) => f.cell.endsWith("19")))).toEqual([
      ["RATING-COUNT", "error", "D19", "12"],
      ["RATING-AGGREGATE", "error", "I19", "98,2"],
    ]);
  });

  it("reads its percentages typed in Excel (fractions shown «0.0%») as the written ones", () => {
    // I13–I18 as Excel keeps «100%», «100%», «100%», «95%», «97,9%», «96,7%» typed into them.
    const typed = [1, 1, 1, 0.95, 0.979, 0.967];
    const cells = seed002Summary.cells.map((r) => [...r]);
    const numberFormats = cells.map((r) => r.map((): string | null => null));
    typed.forEach((v, i) => {
      cells[12 + i][8] = v;
      numberFormats[12 + i][8] = "0.0%";
    });
    const fs = checkSummaryAgainstPlan(
      { ...seed002Summary, cells, numberFormats },
      conclusionRated(NDEG),
    );
    // As the text «97,9» (objective 5, a truncated 97.98): a note, its fix 98% in the cell's
    // own form, the fraction under its format.
    expect(codes(fs)).toEqual([
      ["RATING-SCHEME", "error", "E12", undefined],
      ["RATING-AGGREGATE", "note", "I17", 0.98],
    ]);
    expect(fs[1].fix).toEqual({ cell: "I17", value: 0.98, numberFormat: "0.0%" });
    expect(fs[1].message.en).toContain("97.9 is the measures' mean 97.96 truncated");
  });

  it("skips a row of column numbers under the header", () => {
    const numbers = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    const cells = [
      ...seed002Summary.cells.slice(0, 12),
      numbers,
      ...seed002Summary.cells.slice(12),
    ];
    const fs = checkSummaryAgainstPlan({ ...seed002Summary, cells }, conclusionRated(NDEG));
    expect(codes(fs)).toEqual([
      ["RATING-SCHEME", "error", "E12", undefined],
      ["RATING-AGGREGATE", "note", "I18", "98"],
    ]);
  });

  it("finds an objective the table lacks and one the summary leaves out", () => {
    const grid = withCell(seed002Summary, [17, 0], "<i>Зорилт 7:</i> Шударга албыг бэхжүүлэх");
    const fs = checkSummaryAgainstPlan(grid, conclusionRated(NDEG)).filter(
      (f) => f.code === "RATING-COUNT",
    );
    expect(fs.map((f) => f.cell)).toEqual(["A18", "A11"]);
    expect(fs[0].message.en).toContain("Зорилт 7");
    expect(fs[1].message.en).toContain("(3 measures)");
  });

  it("finds nothing on a grid without a товчоо", () => {
    expect(checkSummaryAgainstPlan(anticorruption([], null), conclusionRated(NDEG))).toEqual([]);
  });

  it("runs on a товчоо on the same sheet as the table", () => {
    // Beside the table's columns, below it: the table reader leaves those cells alone.
    const summaryRows = seed002Summary.cells
      .slice(10, 18)
      .map((r) => [null, null, null, null, null, null, null, ...r]);
    const grid = anticorruption(conclusionItems, "98.2", [[], ...summaryRows]);
    const fs = check(grid);
    expect(codes(fs)).toEqual([
      ["RATING-SCHEME", "error", "L18", undefined],
      ["RATING-AGGREGATE", "note", "P23", "98"],
    ]);
  });
});
