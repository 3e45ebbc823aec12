import { valueChecks } from "../../src/core/checks/values";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding, FindingCode } from "../../src/core/finding";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TemplateId } from "../../src/core/templates/spec";

const LEAD = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
];
const PLAN_HEADER = [...LEAD, "Хугацаа /I-IV улирал/", "Хариуцах нэгж"];
const REPORT_HEADER = [
  ...LEAD,
  "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  "Гүйцэтгэлийн хувь",
];

/** One criterion row: D criterion, E baseline, F target, G/H achieved and fulfilment (reports). */
interface Level {
  criterion?: string;
  baseline: CellValue;
  target: CellValue;
  achieved?: CellValue;
  stated?: CellValue;
  activity?: string;
}

/**
 * One objective ("Зорилт 1.", row 3) and an activity per level from row 4, so the level of
 * `levels[i]` sits on Excel row 4 + i.
 */
function grid(levels: Level[], template: "org-plan" | "org-report" = "org-plan"): Grid {
  const header = template === "org-plan" ? PLAN_HEADER : REPORT_HEADER;
  const rows: CellValue[][] = [
    header,
    header.map((_, i) => String(i + 1)),
    [
      "Зорилт 1. Нийгмийн даатгалын хамралтыг нэмэгдүүлэх",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
  levels.forEach((l, i) => {
    const last: CellValue[] =
      template === "org-plan"
        ? ["I-IV улирал", "Байцаагч нар"]
        : [l.achieved ?? null, l.stated ?? null];
    rows.push([
      `1.${i + 1}.`,
      l.activity ?? "Сайн дурын даатгалын ажлыг зохион байгуулах",
      null,
      l.criterion ?? "Хамрагдсан иргэдийн тоо",
      l.baseline,
      l.target,
      ...last,
    ]);
  });
  return { sheet: "Хуудас", origin: { row: 0, col: 0 }, cells: rows };
}

function check(g: Grid, template: TemplateId = "org-plan"): Finding[] {
  const read = readPlan(g, { template });
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, DEFAULT_SETTINGS);
  return valueChecks({ grid: g, plan: read.plan, evaluation, settings: DEFAULT_SETTINGS });
}

const plan = (levels: Level[]) => check(grid(levels));
const report = (levels: Level[]) => check(grid(levels, "org-report"), "org-report");
const of = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);
const at = (fs: Finding[], code: FindingCode) =>
  of(fs, code).map((f) => [f.cell, f.severity] as const);

describe("VALUE-MISSING", () => {
  it("an empty or '-' target is an error", () => {
    const fs = plan([
      { baseline: "10", target: null },
      { baseline: "10", target: "-" },
      { baseline: "10", target: "Тухай бүр" },
    ]);
    expect(at(fs, "VALUE-MISSING")).toEqual([
      ["F4", "error"],
      ["F5", "error"],
    ]);
    expect(of(fs, "VALUE-MISSING")[1].message.mn).toContain("«-»");
  });

  it("a blank baseline is a note; '-' (a new indicator) is fine", () => {
    const fs = plan([
      { baseline: null, target: "12" },
      { baseline: "-", target: "12" },
    ]);
    expect(at(fs, "VALUE-MISSING")).toEqual([["E4", "note"]]);
  });

  it("an empty achieved level is an error in a report, unless marked not due", () => {
    const fs = report([
      { baseline: "10", target: "12", achieved: null, stated: null },
      { baseline: "10", target: "12", achieved: "", stated: "-" },
      { baseline: "10", target: "12", achieved: "12 иргэн", stated: "100%" },
    ]);
    expect(at(fs, "VALUE-MISSING")).toEqual([["G4", "error"]]);
  });

  it("a plan has no achieved column to miss", () => {
    expect(of(plan([{ baseline: "10", target: "12" }]), "VALUE-MISSING")).toEqual([]);
  });
});

describe("VALUE-AMBIGUOUS", () => {
  it("gives both readings of '1,081' and the one chosen", () => {
    const fs = of(plan([{ baseline: "1,081", target: "1141" }]), "VALUE-AMBIGUOUS");
    expect(fs.map((f) => f.cell)).toEqual(["E4"]);
    expect(fs[0].message.en).toContain("1081 or 1.081");
    expect(fs[0].message.en).toContain("taken as 1081");
    expect(fs[0].message.mn).toContain("1081 гэж уншсан");
  });

  it("is silent on plain numbers", () => {
    expect(of(plan([{ baseline: "1081", target: "1 141" }]), "VALUE-AMBIGUOUS")).toEqual([]);
  });
});

describe("VALUE-FORMAT", () => {
  it("fixes '100 %' and '5%,' in their cells", () => {
    const fs = of(
      plan([
        { criterion: "Хэрэгжилтийн хувь", baseline: "100 %", target: "100%" },
        { criterion: "Дуудлага алдалтын хувь", baseline: "10%", target: "5%," },
      ]),
      "VALUE-FORMAT",
    );
    expect(fs.map((f) => [f.cell, f.fix])).toEqual([
      ["E4", { cell: "E4", value: "100%" }],
      ["F5", { cell: "F5", value: "5%" }],
    ]);
  });

  it("fixes a slip inside free text and keeps the rest of the text", () => {
    const fs = of(
      report([
        {
          criterion: "Хамралтын хувь",
          baseline: "80%",
          target: "90%",
          achieved: "Хамралт 89,1 %-тай байна.",
          stated: "99%",
        },
      ]),
      "VALUE-FORMAT",
    );
    expect(fs.map((f) => f.fix?.value)).toEqual(["Хамралт 89,1%-тай байна."]);
  });

  it("is silent on well-written percentages", () => {
    expect(of(plan([{ baseline: "98,8%", target: "100%" }]), "VALUE-FORMAT")).toEqual([]);
  });
});

describe("VALUE-MULTI", () => {
  it("finds several measures in one short level cell, without a fix", () => {
    const fs = of(
      plan([
        {
          criterion: "Сайн дурын даатгалд хамрагдагсдын тоо, хувь",
          baseline: "78 72,9%",
          target: "120 100%",
        },
        { criterion: "Оролцогчийн тоо:", baseline: "-", target: "АО – 69 Иргэд, даат-ч - 500" },
      ]),
      "VALUE-MULTI",
    );
    expect(fs.map((f) => [f.cell, f.fix])).toEqual([
      ["E4", undefined],
      ["F4", undefined],
      ["F5", undefined],
    ]);
    expect(fs[0].message.mn).toContain("«72,9%»");
  });

  it("names the levels of a numbered list, not its item numbers", () => {
    const fs = of(
      plan([
        {
          criterion: "1. Сургалтын тоо\n2. Зөвлөгөөний тоо",
          baseline: "1. 80\n2. 3",
          target: "1. 100\n2. 4",
        },
      ]),
      "VALUE-MULTI",
    );
    expect(fs.map((f) => f.cell)).toEqual(["E4", "F4"]);
    expect(fs[1].message.en).toContain("holds 2 values: «100», «4»");
  });

  it("leaves one labelled value and free text full of numbers alone", () => {
    const fs = report([
      {
        criterion: "Оролцогчийн тоо:",
        baseline: "190",
        target: "Иргэд, даат-ч - 300",
        achieved: "310",
        stated: "100%",
      },
      {
        baseline: "240",
        target: "300",
        achieved: "1 сард 25, 2 сард 72, 3 сард 69 иргэн хамруулж, нийт 166 иргэн хамрагдсан.",
        stated: "55%",
      },
    ]);
    expect(of(fs, "VALUE-MULTI")).toEqual([]);
  });
});

describe("VALUE-UNIT", () => {
  it("finds a baseline in % against a target in times", () => {
    const fs = of(
      plan([{ criterion: "Сургалтын хамрагдалт", baseline: "10%", target: "5 удаа" }]),
      "VALUE-UNIT",
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["E4", "error"]]);
    expect(fs[0].message.mn).toContain("«10%»");
    expect(fs[0].message.mn).toContain("«5 удаа»");
  });

  it("finds an achieved count of other things than the target's", () => {
    const fs = of(
      report([
        { baseline: "700", target: "800 даатгуулагч", achieved: "96 гэрээ", stated: "100%" },
      ]),
      "VALUE-UNIT",
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["G4", "error"]]);
  });

  it("accepts a bare number against any unit, and like against like", () => {
    const fs = report([
      { baseline: "700", target: "800 даатгуулагч", achieved: "812 даатгуулагч", stated: "100%" },
      {
        criterion: "Хамралтын хувь",
        baseline: "10%",
        target: "20%",
        achieved: "20%",
        stated: "100%",
      },
    ]);
    expect(of(fs, "VALUE-UNIT")).toEqual([]);
  });
});

describe("VALUE-DIRECTION", () => {
  it("finds a count whose target is below its baseline with no reducing word (seed 003, 11.1)", () => {
    const fs = of(
      plan([
        {
          criterion: "Сургалтын тоо",
          baseline: "9",
          target: "3",
          activity: "Сургалт зохион байгуулах",
        },
      ]),
      "VALUE-DIRECTION",
    );
    expect(fs.map((f) => f.cell)).toEqual(["F4"]);
    expect(fs[0].message.en).toContain("«3»");
    expect(fs[0].message.en).toContain("«9»");
  });

  it("finds a raising word with a falling target and a reducing word with a rising one", () => {
    const fs = of(
      plan([
        { criterion: "Хамралтыг нэмэгдүүлэх хувь", baseline: "60%", target: "50%" },
        { criterion: "Дуудлага алдалтыг бууруулах хувь", baseline: "10%", target: "15%" },
      ]),
      "VALUE-DIRECTION",
    );
    expect(fs.map((f) => f.cell)).toEqual(["F4", "F5"]);
    expect(fs[0].message.en).toContain("increase");
    expect(fs[1].message.en).toContain("reduce");
  });

  it("is silent when words and numbers agree", () => {
    const fs = plan([
      { criterion: "Дуудлага алдалтын хувь", baseline: "10%", target: "5%" },
      { criterion: "Сургалтын тоо", baseline: "2", target: "4" },
      { criterion: "Батлагдсан төсөв", baseline: "273.1 сая", target: "273.0 сая" },
    ]);
    expect(of(fs, "VALUE-DIRECTION")).toEqual([]);
  });
});

describe("VALUE-RANGE", () => {
  it("finds a share above 100 and a negative percentage", () => {
    const fs = of(
      plan([
        {
          criterion: "Албан журмын даатгуулагчдын хамралтын хувь",
          baseline: "110,3%",
          target: "100%",
        },
        { criterion: "Өрийн хувь", baseline: "-5%", target: "0%" },
      ]),
      "VALUE-RANGE",
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([
      ["E4", "error"],
      ["E5", "error"],
    ]);
    expect(fs[0].message.mn).toContain("«110,3%»");
  });

  it("lets a fulfilment or growth rate exceed 100, and a count be any size", () => {
    const fs = plan([
      { criterion: "Орлогын төлөвлөгөөний биелэлтийн хувь", baseline: "110%", target: "100%" },
      { criterion: "Хандалтын өсөлтийн хувь", baseline: "120%", target: "150%" },
      { criterion: "Хамрагдсан иргэдийн тоо", baseline: "240", target: "300" },
    ]);
    expect(of(fs, "VALUE-RANGE")).toEqual([]);
  });
});
