import { structureChecks } from "../../src/core/checks/structure";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding, FindingCode } from "../../src/core/finding";
import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TemplateId } from "../../src/core/templates/spec";

/** org-plan columns (seed 003): A Д/д … H Хариуцах нэгж. */
const PLAN_HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хугацаа /I-IV улирал/",
  "Хариуцах нэгж",
];

type Row = CellValue[];

/** A plan: header on row 1, column numbers on row 2, the rows from row 3. */
function plan(rows: Row[], header: string[] = PLAN_HEADER): Grid {
  return {
    sheet: "Төлөвлөгөө",
    origin: { row: 0, col: 0 },
    cells: [header, header.map((_, i) => String(i + 1)), ...rows],
  };
}

const objective = (label: string): Row => [
  `${label} Нийгмийн даатгалын хамралтыг нэмэгдүүлэх`,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];
const declaring = (label: string, baseline: CellValue, target: CellValue): Row => [
  `${label} Нийгмийн даатгалын хамралтыг нэмэгдүүлэх`,
  null,
  null,
  "Хэрэгжүүлэх арга хэмжээний тоо",
  baseline,
  target,
  null,
  null,
];
const activity = (number: CellValue, over: Record<number, CellValue> = {}): Row => {
  const row: Row = [
    number,
    "Сайн дурын даатгалд иргэдийг хамруулах ажлыг зохион байгуулах",
    "Шаардлагагүй",
    "Хамрагдсан иргэдийн тоо",
    "100",
    "120",
    "I-IV улирал",
    "Байцаагч нар",
  ];
  for (const [col, value] of Object.entries(over)) row[Number(col)] = value;
  return row;
};
const continuation = (over: Record<number, CellValue> = {}): Row => {
  const row: Row = [null, null, null, "Зохион байгуулсан сургалтын тоо", "2", "4", null, null];
  for (const [col, value] of Object.entries(over)) row[Number(col)] = value;
  return row;
};

function check(grid: Grid, template: TemplateId = "org-plan"): Finding[] {
  const read = readPlan(grid, { template });
  if (!read.ok) throw new Error(read.reason.en);
  const evaluation = evaluatePlan(read.plan, DEFAULT_SETTINGS);
  return structureChecks({ grid, plan: read.plan, evaluation, settings: DEFAULT_SETTINGS });
}

const of = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);
const cells = (fs: Finding[], code: FindingCode) => of(fs, code).map((f) => f.cell);

describe("STRUCT-HEADER", () => {
  it("names a required column the header lacks, on the header row's first cell", () => {
    const header = [...PLAN_HEADER];
    header[4] = "Тайлбар";
    const fs = of(check(plan([objective("Зорилт 1."), activity("1.1.")], header)), "STRUCT-HEADER");
    expect(fs).toHaveLength(1);
    expect(fs[0].cell).toBe("A1");
    expect(fs[0].severity).toBe("error");
    expect(fs[0].message.mn).toContain("«Суурь түвшин»");
    expect(fs[0].message.en).toContain("«Суурь түвшин»");
  });

  it("is silent when every required column is there", () => {
    expect(of(check(plan([objective("Зорилт 1."), activity("1.1.")])), "STRUCT-HEADER")).toEqual(
      [],
    );
  });
});

describe("STRUCT-NUMBER-DUP", () => {
  it("finds a repeated activity number and names the first one's cell", () => {
    const fs = check(
      plan([objective("Зорилт 1."), activity("1.1."), activity("1.2."), activity("1.2.")]),
    );
    const dup = of(fs, "STRUCT-NUMBER-DUP");
    expect(dup.map((f) => f.cell)).toEqual(["A6"]);
    expect(dup[0].message.mn).toContain("A5");
    expect(dup[0].message.en).toContain("«1.2.»");
    // A repeated number is not a gap.
    expect(of(fs, "STRUCT-NUMBER-GAP")).toEqual([]);
  });

  it("lets lone numbers restart under each objective (seed 001: 1., 2. under each)", () => {
    const fs = check(
      plan([
        objective("Зорилт 1."),
        activity("1."),
        activity("2."),
        objective("Зорилт 2."),
        activity("1."),
      ]),
    );
    expect(of(fs, "STRUCT-NUMBER-DUP")).toEqual([]);
    expect(of(fs, "STRUCT-NUMBER-GAP")).toEqual([]);
  });

  it("finds an objective heading written twice", () => {
    const fs = check(
      plan([objective("Зорилт 1."), activity("1.1."), objective("Зорилт 1."), activity("1.2.")]),
    );
    expect(cells(fs, "STRUCT-NUMBER-DUP")).toEqual(["A5"]);
  });
});

describe("STRUCT-NUMBER-GAP", () => {
  it("finds a skipped activity number (warning) and names the neighbours", () => {
    const fs = of(
      check(plan([objective("Зорилт 1."), activity("1.1."), activity("1.2."), activity("1.4.")])),
      "STRUCT-NUMBER-GAP",
    );
    expect(fs).toHaveLength(1);
    expect(fs[0].cell).toBe("A6");
    expect(fs[0].severity).toBe("warning");
    expect(fs[0].message.en).toContain("«1.3»");
    expect(fs[0].message.mn).toContain("«1.2.»");
    expect(fs[0].message.mn).toContain("«1.4.»");
  });

  it("finds a first activity that does not start at 1", () => {
    const fs = of(
      check(plan([objective("Зорилт 1."), activity("1.2."), activity("1.3.")])),
      "STRUCT-NUMBER-GAP",
    );
    expect(fs.map((f) => [f.cell, f.message.en.includes("«1.1»")])).toEqual([["A4", true]]);
  });

  it("restarts the activity numbering under each objective", () => {
    const fs = check(
      plan([
        objective("Зорилт 1."),
        activity("1.1."),
        activity("1.2."),
        objective("Зорилт 2."),
        activity("2.1."),
      ]),
    );
    expect(of(fs, "STRUCT-NUMBER-GAP")).toEqual([]);
  });

  it("accepts lone numbers that continue the previous objective's", () => {
    const continued = check(
      plan([
        objective("Зорилт 1."),
        activity("1."),
        activity("2."),
        objective("Зорилт 2."),
        activity("3."),
      ]),
    );
    expect(of(continued, "STRUCT-NUMBER-GAP")).toEqual([]);
    const skipped = check(
      plan([
        objective("Зорилт 1."),
        activity("1."),
        activity("2."),
        objective("Зорилт 2."),
        activity("4."),
      ]),
    );
    expect(of(skipped, "STRUCT-NUMBER-GAP").map((f) => f.message.en)).toEqual([
      expect.stringContaining("«3»"),
    ]);
  });

  it("notes a skipped objective number (a note: the unit may plan nothing under it)", () => {
    const fs = of(
      check(
        plan([objective("Зорилт 1."), activity("1.1."), objective("Зорилт 3."), activity("3.1.")]),
      ),
      "STRUCT-NUMBER-GAP",
    );
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["A5", "note"]]);
    expect(fs[0].message.mn).toContain("«2»");
    expect(fs[0].message.en).toContain("«Зорилт 1.»");
  });
});

describe("STRUCT-NUMBER-FORMAT", () => {
  it("fixes a number written without the dot the others carry", () => {
    const fs = of(
      check(plan([objective("Зорилт 1."), activity("1.1."), activity("1.2"), activity("1.3.")])),
      "STRUCT-NUMBER-FORMAT",
    );
    expect(fs.map((f) => [f.cell, f.fix?.value])).toEqual([["A5", "1.2."]]);
  });

  it("follows the majority the other way too, and says nothing on a tie", () => {
    const majority = of(
      check(plan([objective("Зорилт 1."), activity("1.1"), activity("1.2"), activity("1.3.")])),
      "STRUCT-NUMBER-FORMAT",
    );
    expect(majority.map((f) => [f.cell, f.fix?.value])).toEqual([["A6", "1.3"]]);
    const tie = check(plan([objective("Зорилт 1."), activity("1.1."), activity("1.2")]));
    expect(of(tie, "STRUCT-NUMBER-FORMAT")).toEqual([]);
  });

  it("finds a number outside its objective's numbering, without a fix", () => {
    const fs = check(
      plan([
        objective("Зорилт 3."),
        activity("3.1."),
        activity("4.2."),
        objective("Зорилт 4."),
        activity("4.1."),
        activity("4.2."),
      ]),
    );
    const format = of(fs, "STRUCT-NUMBER-FORMAT");
    expect(format.map((f) => [f.cell, f.fix])).toEqual([["A5", undefined]]);
    expect(format[0].message.mn).toContain("«Зорилт 3.»");
    // The misplaced number is not counted as a repeat of Зорилт 4's 4.2.
    expect(of(fs, "STRUCT-NUMBER-DUP")).toEqual([]);
  });

  it("is silent when every number has the same form and place", () => {
    const fs = check(plan([objective("Зорилт 1."), activity("1.1."), activity("1.2.")]));
    expect(of(fs, "STRUCT-NUMBER-FORMAT")).toEqual([]);
  });
});

describe("STRUCT-DECLARED-COUNT", () => {
  it("puts the counted criterion rows into each declared cell that differs", () => {
    const fs = of(
      check(
        plan([
          declaring("Зорилт 1.", 3, "3"),
          activity("1.1."),
          continuation(),
          activity("1.2."),
          activity("1.3."),
        ]),
      ),
      "STRUCT-DECLARED-COUNT",
    );
    // 4 criterion rows: 1.1 (2), 1.2, 1.3.
    expect(fs.map((f) => [f.cell, f.fix])).toEqual([
      ["E3", { cell: "E3", value: 4 }],
      ["F3", { cell: "F3", value: 4 }],
    ]);
    expect(fs[0].message.mn).toContain("3");
    expect(fs[0].message.mn).toContain("4");
    expect(fs[1].message.en).toMatch(/states 3 .* 4 criterion rows/);
  });

  it("reports only the cell that differs", () => {
    const fs = of(
      check(plan([declaring("Зорилт 1.", "1", "2"), activity("1.1."), activity("1.2.")])),
      "STRUCT-DECLARED-COUNT",
    );
    expect(fs.map((f) => f.cell)).toEqual(["E3"]);
  });

  it("counts the rows of sub-objectives (Зорилт 6.1. under Зорилт 6.)", () => {
    const rows = [
      declaring("Зорилт 6.", "3", "3"),
      objective("Зорилт 6.1."),
      activity("6.1.1."),
      continuation(),
      objective("Зорилт 6.2."),
      activity("6.2.1."),
      objective("Зорилт 7."),
      activity("7.1."),
    ];
    expect(of(check(plan(rows)), "STRUCT-DECLARED-COUNT")).toEqual([]);
    rows[0] = declaring("Зорилт 6.", "4", "4");
    expect(cells(check(plan(rows)), "STRUCT-DECLARED-COUNT")).toEqual(["E3", "F3"]);
  });
});

describe("STRUCT-EMPTY", () => {
  it("finds an activity without text", () => {
    const fs = of(
      check(plan([objective("Зорилт 1."), activity("1.1.", { 1: null })])),
      "STRUCT-EMPTY",
    );
    expect(fs.map((f) => f.cell)).toEqual(["B4"]);
    expect(fs[0].message.en).toContain("«1.1.»");
  });

  it("finds a criterion row without its criterion", () => {
    const fs = of(
      check(plan([objective("Зорилт 1."), activity("1.1."), continuation({ 3: null })])),
      "STRUCT-EMPTY",
    );
    expect(fs.map((f) => f.cell)).toEqual(["D5"]);
  });

  it("points at text printed one column off (seed 000: criterion under Төсөв)", () => {
    const fs = of(
      check(
        plan([
          objective("Зорилт 1."),
          activity("1.1."),
          continuation({ 2: "Ажил олгогчийн тайланг хүлээн авсан байдал", 3: null }),
        ]),
      ),
      "STRUCT-EMPTY",
    );
    expect(fs.map((f) => f.cell)).toEqual(["D5"]);
    expect(fs[0].message.mn).toContain("C5");
  });

  it("wants a timeline and a responsible unit somewhere in the activity", () => {
    const none = of(
      check(plan([objective("Зорилт 1."), activity("1.1.", { 6: null, 7: null }), continuation()])),
      "STRUCT-EMPTY",
    );
    expect(none.map((f) => f.cell)).toEqual(["G4", "H4"]);
    // A continuation row's timeline serves the whole activity (seed 003, 10.1: G102).
    const later = of(
      check(
        plan([
          objective("Зорилт 1."),
          activity("1.1.", { 6: null }),
          continuation({ 6: "I-IV улирал" }),
        ]),
      ),
      "STRUCT-EMPTY",
    );
    expect(later).toEqual([]);
  });

  it("is silent on complete rows", () => {
    expect(
      of(check(plan([objective("Зорилт 1."), activity("1.1."), continuation()])), "STRUCT-EMPTY"),
    ).toEqual([]);
  });
});
