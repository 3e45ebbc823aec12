import { calcChecks } from "../../src/core/checks/calc";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding } from "../../src/core/finding";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

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

/** One criterion row of an org report: baseline, target, achieved, stated fulfilment. */
interface Row {
  criterion?: string;
  baseline?: CellValue;
  target: CellValue;
  achieved: CellValue;
  stated: CellValue;
  /** Number format of the stated cell ("0%"). */
  format?: string;
  /** A continuation row of the activity above (Д/д empty). */
  continues?: boolean;
}

/** An org report (seed 000's columns): header, column numbers, one objective, the rows (from row 4). */
function report(rows: Row[], merges: Grid["merges"] = []): Grid {
  const cells: CellValue[][] = [HEADER, ["1", "2", "3", "4", "5", "6", "7", "8"]];
  const formats: (string | null)[][] = [[], []];
  cells.push([
    "Зорилт 1. Сайн дурын даатгалын орлогыг нэмэгдүүлэх",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  formats.push([]);
  let n = 0;
  for (const r of rows) {
    if (!r.continues) n += 1;
    cells.push([
      r.continues ? null : `1.1.${n}.`,
      r.continues ? null : `Арга хэмжээ ${n}: сайн дурын даатгалын ажлыг зохион байгуулах`,
      "Шаардлагагүй",
      r.criterion ?? "Төвлөрүүлсэн орлогын хэмжээ",
      r.baseline ?? null,
      r.target,
      r.achieved,
      r.stated,
    ]);
    formats.push([null, null, null, null, null, null, null, r.format ?? null]);
  }
  return { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells, numberFormats: formats, merges };
}

function check(grid: Grid, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  const read = readPlan(grid, { template: "org-report" });
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, settings);
  return calcChecks({ grid, plan: read.plan, evaluation, settings });
}

const TRUNCATE: Settings = { ...DEFAULT_SETTINGS, rounding: "truncate" };

describe("CALC-MISMATCH", () => {
  const seed001Row: Row = {
    baseline: "3.3 тэрбум",
    target: "Эхний хагас жилийн байдлаар 5 тэрбум төгрөгийг орлогыг төвлөрүүлэх.",
    achieved: "Энгийн сайн дурын даатгалын орлогод 3.2 тэрбум төгрөг төвлөрүүлсэн",
    stated: "63%",
  };

  it("finds seed 001's 63% where 3.2 of 5 тэрбум is 64%, and fixes the text cell to 64%", () => {
    const [f, ...rest] = check(report([seed001Row]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "CALC-MISMATCH", severity: "error", cell: "H4" });
    expect(f.fix).toEqual({ cell: "H4", value: "64%" });
    for (const text of [f.message.mn, f.message.en]) {
      expect(text).toContain("63%");
      expect(text).toContain("64%");
      expect(text).toContain("3.2 тэрбум");
    }
  });

  it("writes the fix in the cell's own form: a fraction under a % format, a bare number", () => {
    const fraction = check(report([{ ...seed001Row, stated: 0.63, format: "0%" }]));
    expect(fraction.map((f) => f.fix?.value)).toEqual([0.64]);
    const bare = check(report([{ ...seed001Row, stated: 63 }]));
    expect(bare.map((f) => f.fix?.value)).toEqual([64]);
    const comma = check(report([{ target: "3", achieved: "2", stated: "60,5%" }]));
    expect(comma.map((f) => f.fix?.value)).toEqual(["66,7%"]);
  });

  it("says nothing when the stated figure is the computed one", () => {
    expect(check(report([{ ...seed001Row, stated: "64%" }]))).toEqual([]);
    expect(check(report([{ ...seed001Row, stated: 0.64, format: "0%" }]))).toEqual([]);
  });

  it("makes a figure picked from free text a warning without a fix, and says it is a suggestion", () => {
    const fs = check(
      report([
        {
          target: "5 тэрбум төгрөгийн орлого төвлөрүүлэх",
          achieved:
            "Нийт 3.6 тэрбум төгрөгийн орлого төвлөрүүлж, 288 даатгуулагчийн 163 хүсэлтийг шийдвэрлэв.",
          stated: "100%",
        },
      ]),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ code: "CALC-MISMATCH", severity: "warning" });
    expect(fs[0].fix).toBeUndefined();
    expect(fs[0].message.en).toContain("72%");
    expect(fs[0].message.en).toMatch(/suggestion/);
    expect(fs[0].message.mn).toMatch(/санал болгож буй/);
  });

  it("says a decrease read from the numbers alone is the doubt, not a number picked from text", () => {
    // 10 days → 7 days planned, 8 taken: 7 / 8 = 87.5% as a decrease; 8 / 7, capped, 100%.
    const fs = check(
      report([
        {
          criterion: "Шийдвэрлэсэн хугацаа",
          baseline: "10 хоног",
          target: "7 хоног",
          achieved: "8 хоног",
          stated: null,
        },
      ]),
    );
    expect(fs.map((f) => f.code)).toEqual(["CALC-MISSING"]);
    expect(fs[0].message.en).toContain("it is 87.5%");
    expect(fs[0].message.en).toContain(
      "no word says to reduce, so it was read as a decrease (as a plain ratio, 100%)",
    );
    expect(fs[0].message.en).not.toMatch(/free text/);
    expect(fs[0].message.mn).toContain("энгийн харьцаагаар 100%");
  });

  it("compares under the rounding setting: the other habit is a note", () => {
    // 2 of 3 = 66.666…%: 66.7 rounded, 66.6 truncated.
    const row = (stated: string): Row => ({ target: "3", achieved: "2", stated });
    expect(check(report([row("66.7%")]))).toEqual([]);
    const truncatedUnderRound = check(report([row("66.6%")]));
    expect(truncatedUnderRound.map((f) => [f.code, f.severity, f.fix?.value])).toEqual([
      ["CALC-MISMATCH", "note", "66.7%"],
    ]);
    expect(check(report([row("66.6%")]), TRUNCATE)).toEqual([]);
    expect(check(report([row("66.7%")]), TRUNCATE).map((f) => [f.severity, f.fix?.value])).toEqual([
      ["note", "66.6%"],
    ]);
    expect(check(report([row("65%")]))[0]).toMatchObject({ severity: "error" });
  });

  it("compares a whole percentage at the precision it is written", () => {
    const row = (stated: string): Row => ({ target: "3", achieved: "2", stated });
    expect(check(report([row("67%")]))).toEqual([]);
    // Truncating 66.666… to a whole percent gives 66: under truncate 67 is the other habit.
    expect(check(report([row("67%")]), TRUNCATE).map((f) => [f.severity, f.fix?.value])).toEqual([
      ["note", "66%"],
    ]);
  });

  it("notes over-achievement written while the settings cap at 100 (939 of 240)", () => {
    const row: Row = { target: "240", achieved: "939", stated: "391.3%" };
    expect(check(report([row])).map((f) => [f.code, f.severity, f.fix?.value])).toEqual([
      ["CALC-MISMATCH", "note", "100%"],
    ]);
    expect(check(report([{ ...row, stated: "100%" }]))).toEqual([]);
    expect(check(report([row]), { ...DEFAULT_SETTINGS, cap: false })).toEqual([]);
  });

  it("accepts a plain ratio where only the numbers say the target decreases", () => {
    // Target 5 below baseline 10, no reducing word: decreasing gives 5/8 = 62.5, a ratio 100.
    const row = (stated: string): Row => ({
      criterion: "Тайланг хуулийн хугацаанд гаргасан байх",
      baseline: "10",
      target: "5",
      achieved: "8",
      stated,
    });
    expect(check(report([row("100%")]))).toEqual([]);
    expect(check(report([row("62.5%")]))).toEqual([]);
    expect(check(report([row("80%")]))[0]).toMatchObject({
      code: "CALC-MISMATCH",
      severity: "warning",
    });
  });

  it("reads a count criterion as increasing when only the numbers say decreasing", () => {
    // "…тоо" names a count: 140 of 240 is 58.3 %, not the 100 % a decrease would give.
    const fs = check(
      report([
        {
          criterion: "Хамрагдсан даатгуулагчийн тоо",
          baseline: "1141",
          target: "240",
          achieved: "140",
          stated: "100%",
        },
      ]),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ code: "CALC-MISMATCH", severity: "warning" });
    expect(fs[0].message.en).toContain("58.3%");
    expect(fs[0].message.en).toMatch(/counts something/);
  });

  it("compares a % merged over two criterion rows with the mean of both", () => {
    const rows: Row[] = [
      { target: "4", achieved: "4", stated: "75%" },
      { continues: true, criterion: "Хамрагдсан иргэд", target: "10", achieved: "5", stated: null },
    ];
    const merged = [{ top: 3, left: 7, bottom: 4, right: 7 }];
    expect(check(report(rows, merged))).toEqual([]);
    const wrong = check(report([{ ...rows[0], stated: "100%" }, rows[1]], merged));
    expect(wrong.map((f) => [f.code, f.cell, f.fix?.value])).toEqual([
      ["CALC-MISMATCH", "H4", "75%"],
    ]);
  });
});

describe("CALC-MISSING", () => {
  it("gives the computed value as a certain fix when the levels are plain", () => {
    const fs = check(report([{ target: "120 гэрээ", achieved: "90 гэрээ", stated: null }]));
    expect(fs.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["CALC-MISSING", "warning", "H4"],
    ]);
    // An empty cell gets what "Тооцоолох" writes: an Excel percentage.
    expect(fs[0].fix).toEqual({ cell: "H4", value: 0.75, numberFormat: "0%" });
    expect(fs[0].message.en).toContain("75%");
  });

  it("writes the fix the way the column's other figures are written", () => {
    const fs = check(
      report([
        { target: "4", achieved: "4", stated: 1, format: "0%" },
        { target: "120 гэрээ", achieved: "90 гэрээ", stated: null },
      ]),
    );
    expect(fs.map((f) => [f.cell, f.fix?.value, f.fix?.numberFormat])).toEqual([
      ["H5", 0.75, "0%"],
    ]);
  });

  it("says the evaluator must enter a figure the levels cannot give, and offers no fix", () => {
    const fs = check(
      report([{ target: "Ирсэн тухай бүр", achieved: "Мэдээлэл ирээгүй", stated: "" }]),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ code: "CALC-MISSING", cell: "H4" });
    expect(fs[0].fix).toBeUndefined();
    expect(fs[0].message.en).toMatch(/evaluator must enter/);
    expect(fs[0].message.mn).toMatch(/үнэлгээ хийгч хувийг оруулна/);
  });

  it("treats a template prompt left in the column as no percentage (seed 000)", () => {
    const fs = check(
      report([{ target: "2 удаа", achieved: "2 удаа", stated: "(3XX) (Хариуцах тасаг, ажилтан)" }]),
    );
    expect(fs.map((f) => [f.code, f.fix?.value])).toEqual([["CALC-MISSING", "100%"]]);
    expect(fs[0].message.en).toContain("(Хариуцах тасаг, ажилтан)");
  });

  it("suggests «-» but fixes nothing when the achieved text says not yet due", () => {
    const fs = check(
      report([
        { target: "1 акт", achieved: "Актын барагдуулалтын хугацаа болоогүй", stated: null },
      ]),
    );
    expect(fs.map((f) => [f.code, f.fix])).toEqual([["CALC-MISSING", undefined]]);
    expect(fs[0].message.en).toContain("«-»");
  });
});

describe("CALC-UNJUSTIFIED", () => {
  it("finds «*» or «-» with no reason in the achieved column", () => {
    const fs = check(
      report([
        { target: "24.0 сая төгрөг", achieved: null, stated: "*" },
        { target: "24.0 сая төгрөг", achieved: "-", stated: "-" },
        { target: "24.0 сая төгрөг", achieved: "Алдангийн дүнг харах боломжгүй", stated: "*" },
      ]),
    );
    expect(fs.map((f) => [f.code, f.cell])).toEqual([
      ["CALC-UNJUSTIFIED", "H4"],
      ["CALC-UNJUSTIFIED", "H5"],
    ]);
    expect(fs[0].message.en).toContain("«*»");
  });

  it("finds 100% on a row without a target (seed 001, 2.5 and 3.4)", () => {
    const fs = check(report([{ target: "-", achieved: "2 боть бэлдсэн", stated: "100%" }]));
    expect(fs.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["CALC-UNJUSTIFIED", "warning", "H4"],
    ]);
    expect(fs[0].message.en).toContain("100%");
  });
});

describe("calc checks on a plan", () => {
  it("find nothing in a plan, which has no fulfilment column", () => {
    const report1 = report([{ target: "5", achieved: null, stated: null }]);
    const grid: Grid = { ...report1, cells: report1.cells.map((r) => r.slice(0, 6)) };
    const read = readPlan(grid, { template: "org-plan" });
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.header.columns.fulfilment).toBeUndefined();
    const evaluation = evaluatePlan(read.plan, DEFAULT_SETTINGS);
    const ctx = { grid, plan: read.plan, evaluation, settings: DEFAULT_SETTINGS };
    expect(calcChecks(ctx)).toEqual([]);
  });
});
