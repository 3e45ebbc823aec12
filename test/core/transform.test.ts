import { cellText, type CellValue, type Grid, type Merge } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet";
import { TEMPLATES } from "../../src/core/templates";
import { scaffold } from "../../src/core/templates/scaffold";
import type { TemplateSpec } from "../../src/core/templates/spec";
import {
  planFromJobDescription,
  readJobFunctions,
} from "../../src/core/transform/plan-from-job-description";
import { readPlanTitle, reportFromPlan } from "../../src/core/transform/report-from-plan";
import { findTable } from "../../src/core/transform/table-scan";

const ORG_HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хугацаа I-IV улирал/",
  "Хариуцах нэгж",
];

/** A small organisation plan laid out as in Excel, rows taken from seed 003. */
function orgPlanGrid(): Grid {
  const cells: CellValue[][] = [
    ["Төлөвлөгөө баталсан:", null, null, null, "Төлөвлөгөөг боловсруулсан:"],
    [],
    [null, "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
    ORG_HEADER,
    [1, 2, 3, 4, 5, 6, 7, 8],
    [
      "Стратегийн төлөвлөгөөний зорилго 1: Нийгмийн даатгалын талаар төрөөс баримтлах бодлогын хэрэгжилтийг зохион байгуулах;",
    ],
    [
      "Зорилт 1. Нийгмийн даатгалын хууль тогтоомж, нийгмийн даатгалын талаар төрөөс баримтлах бодлогын хэрэгжилтийг хангуулах",
      null,
      null,
      "Хэрэгжүүлэх арга хэмжээний тоо",
      3,
      3,
      "I-IV улирал",
      "Байгууллага",
    ],
    [
      "1.1.",
      "Нийгмийн даатгалын багц хууль /шинэчилсэн найруулга/-ийг хэрэгжүүлэхтэй холбоотой батлагдсан дүрэм, журмын хэрэгжилтийг зохион байгуулах;",
      "-",
      "Хэрэгжүүлэх арга хэмжээний тоо",
      6,
      6,
      "I-IV улирал",
      "Байгууллага",
    ],
    [
      "1.4.",
      "“Нийгмийн даатгалын хамралтын 2026 оны төлөвлөгөө”-г хэрэгжүүлэх ажлыг зохион байгуулах;",
      "-",
      "Албан журмын даатгуулагчдын тоо, хувь",
      "1,081 110,3%",
      "1,141 100%",
      "I-IV улирал",
      "Хамралт, орлого, цахим үйлчилгээ хариуцсан байцаагч",
    ],
    [null, null, null, "Сайн дурын даатгалд хамрагдагсдын тоо, хувь", "78 72,9%", "120 100%"],
    [],
    ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ"],
    [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      null,
      "Эхлэх хугацаа",
      "Дуусах хугацаа",
    ],
    [null, null, null, null, "Эхний хагас жил", "Сүүлийн хагас жил"],
    [null, 1, 2, 3, 4, 5, 6, 7],
    [
      1,
      'Удирдах албан тушаалтанд зориулсан "Жендэрийн цахим сургалт"-д хамрагдах',
      "Сургалт хамрагдсан байдал",
      "-",
      "-",
      100,
      "2026.01.01",
      "2026.12.31",
    ],
  ];
  const merges: Merge[] = [
    { top: 5, left: 0, bottom: 5, right: 7 },
    { top: 6, left: 0, bottom: 6, right: 2 },
    ...[0, 1, 2, 6, 7].map((c) => ({ top: 8, left: c, bottom: 9, right: c })),
    { top: 12, left: 4, bottom: 12, right: 5 },
    ...[0, 1, 2, 3, 6, 7].map((c) => ({ top: 12, left: c, bottom: 13, right: c })),
  ];
  return { origin: { row: 0, col: 0 }, cells, merges };
}

const ORG_ROLES = {
  number: 0,
  activity: 1,
  budget: 2,
  criterion: 3,
  baseline: 4,
  target: 5,
  timeline: 6,
  responsible: 7,
} as const;

/** Every text and number of rows top..bottom, with how often it appears. */
function contents(rows: CellValue[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    for (const v of row) {
      const t = cellText(v);
      if (t !== "") out.set(t, (out.get(t) ?? 0) + 1);
    }
  }
  return out;
}

function expectContains(sheet: SheetModel, rows: CellValue[][]): void {
  const have = contents(sheet.values);
  for (const [text, count] of contents(rows)) {
    expect([text, have.get(text) ?? 0]).toEqual([text, expect.any(Number)]);
    expect(have.get(text) ?? 0).toBeGreaterThanOrEqual(count);
  }
}

function expectValidMerges(sheet: SheetModel): void {
  const merges = sheet.merges ?? [];
  merges.forEach((a, i) => {
    expect(a.bottom).toBeLessThan(sheet.values.length);
    merges.slice(i + 1).forEach((b) => {
      const overlap =
        a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
      expect(overlap).toBe(false);
    });
  });
}

const rowOf = (s: SheetModel, text: string) => s.values.findIndex((r) => r.includes(text));

describe("reportFromPlan (organisation plan)", () => {
  const grid = orgPlanGrid();
  const input = {
    grid,
    template: "org-plan" as const,
    columns: ORG_ROLES,
    headerTop: 3,
    dataTop: 5,
    period: "half" as const,
  };
  const res = reportFromPlan(input);
  const s = res.sheet;

  it("keeps every text and number of the plan's tables", () => {
    expectContains(s, grid.cells.slice(5, 10));
    expectContains(s, grid.cells.slice(15));
    expect(res.warnings).toEqual([]);
  });

  it("adds the two report columns after the target and keeps timeline and responsible unit", () => {
    const top = res.headerRows.top;
    expect(s.values[top].slice(0, 10)).toEqual([
      ...TEMPLATES["org-report"].columns.map((c) => c.header),
      "Хугацаа /I-IV улирал/",
      "Хариуцах нэгж",
    ]);
    expect(s.values[top + 1].slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const r = rowOf(s, "1.4.");
    expect(s.values[r].slice(0, 10)).toEqual([
      "1.4.",
      grid.cells[8][1],
      "-",
      "Албан журмын даатгуулагчдын тоо, хувь",
      "1,081 110,3%",
      "1,141 100%",
      null,
      null,
      "I-IV улирал",
      "Хамралт, орлого, цахим үйлчилгээ хариуцсан байцаагч",
    ]);
    expect(s.values[r + 1].slice(3, 6)).toEqual([
      "Сайн дурын даатгалд хамрагдагсдын тоо, хувь",
      "78 72,9%",
      "120 100%",
    ]);
  });

  it("turns the plan's title into the report's", () => {
    expect(
      rowOf(s, "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ"),
    ).toBeGreaterThanOrEqual(0);
    const year = reportFromPlan({ ...input, period: "year" }).sheet;
    expect(
      rowOf(year, "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ"),
    ).toBeGreaterThanOrEqual(0);
    const named = reportFromPlan({
      ...input,
      options: { unit: "Захиргаа, хяналтын хэлтсийн", year: 2027 },
    }).sheet;
    expect(
      rowOf(named, "ЗАХИРГАА, ХЯНАЛТЫН ХЭЛТСИЙН 2027 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ"),
    ).toBeGreaterThanOrEqual(0);
  });

  it("keeps headings across the table and the merges of an activity over its criteria", () => {
    const width = s.values[res.headerRows.top].filter((v) => v !== null).length;
    const goal = rowOf(s, cellText(grid.cells[5][0]));
    expect(s.merges).toContainEqual({ top: goal, left: 0, bottom: goal, right: width - 1 });
    const objective = rowOf(s, cellText(grid.cells[6][0]));
    expect(s.merges).toContainEqual({ top: objective, left: 0, bottom: objective, right: 2 });
    const r = rowOf(s, "1.4.");
    for (const c of [0, 1, 2, 8, 9]) {
      expect(s.merges).toContainEqual({ top: r, left: c, bottom: r + 1, right: c });
    }
    expectValidMerges(s);
  });

  it("carries part two over with its half-year targets and the report columns", () => {
    const two = res.partTwo;
    expect(two).toBeDefined();
    if (!two) return;
    const heading = s.values[two.headerRows.top - 1][0];
    expect(heading).toBe("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт");
    expect(s.values[two.headerRows.bottom].slice(4, 6)).toEqual([
      "Эхний хагас жил",
      "Сүүлийн хагас жил",
    ]);
    expect(s.values[two.headerRows.top].slice(6, 8)).toEqual([
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ]);
    expect(s.values[two.dataTop].slice(0, 10)).toEqual([
      1,
      grid.cells[15][1],
      "Сургалт хамрагдсан байдал",
      "-",
      "-",
      100,
      null,
      null,
      "2026.01.01",
      "2026.12.31",
    ]);
  });

  it("highlights fulfilment below 100 % and offers the quarters on the carried timeline", () => {
    const cf = (s.conditionalFormats ?? []).find(
      (x) => x.range.left === 7 && x.range.top === res.dataTop,
    );
    expect(cf?.below).toBe(1);
    const v = (s.validations ?? []).find((x) => x.range.left === 8 && x.range.top === res.dataTop);
    expect(v?.list).toContain("I-IV улирал");
  });

  it("says what is missing instead of failing", () => {
    const noCriterion = reportFromPlan({
      ...input,
      columns: { ...ORG_ROLES, criterion: undefined },
    });
    expect(noCriterion.warnings.map((w) => w.en).join(" ")).toMatch(/Шалгуур үзүүлэлт/);
    expect(noCriterion.warnings.every((w) => w.mn.length > 0)).toBe(true);
    const past = reportFromPlan({ ...input, dataTop: 500 });
    expect(past.warnings.length).toBeGreaterThan(0);
    expect(past.sheet.values[past.headerRows.top][6]).toBe(
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
    );
    const empty = reportFromPlan({ ...input, grid: { origin: { row: 0, col: 0 }, cells: [] } });
    expect(empty.warnings.length).toBeGreaterThan(0);
  });
});

/** A scaffolded sheet read back as a grid, as the header detector would hand it over. */
function asGrid(sheet: SheetModel): Grid {
  return { origin: { row: 0, col: 0 }, cells: sheet.values, merges: sheet.merges };
}

function tableRows(sheet: SheetModel, dataTop: number, width: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = dataTop; r < sheet.values.length; r++) {
    const row = sheet.values[r].slice(0, width);
    if (row.every((v) => v === null)) break;
    out.push(row);
  }
  return out;
}

describe.each([
  ["org-plan", "org-report"],
  ["individual-plan", "individual-report"],
] as const)("reportFromPlan of a scaffolded %s", (planId, reportId) => {
  const plan = scaffold(planId, { year: 2025 }, true);
  const grid = asGrid(plan.sheet);
  const planSpec: TemplateSpec = TEMPLATES[planId];
  const found = findTable(grid, planSpec.columns, 0, 40);

  it("finds the plan's own header", () => {
    expect(found).toEqual(
      expect.objectContaining({ headerTop: plan.headerRows.top, dataTop: plan.dataTop }),
    );
  });

  it("gives the report form with the plan's rows", () => {
    if (!found) return;
    const res = reportFromPlan({
      grid,
      template: planId,
      columns: found.columns,
      headerTop: found.headerTop,
      dataTop: found.dataTop,
      period: "year",
    });
    const reportSpec = TEMPLATES[reportId];
    const header = res.sheet.values[res.headerRows.bottom];
    const typed = reportSpec.columns.map((c, i) =>
      c.group ? header[i] : res.sheet.values[res.headerRows.top][i],
    );
    expect(typed).toEqual(reportSpec.columns.map((c) => c.header));
    expectContains(res.sheet, tableRows(plan.sheet, plan.dataTop, planSpec.columns.length));
    if (plan.partTwo && res.partTwo) {
      expectContains(res.sheet, tableRows(plan.sheet, plan.partTwo.dataTop, 8));
    }
    const achieved = reportSpec.columns.findIndex((c) => c.role === "achieved");
    const rows = tableRows(res.sheet, res.dataTop, reportSpec.columns.length);
    expect(rows.length).toBe(tableRows(plan.sheet, plan.dataTop, planSpec.columns.length).length);
    expect(rows.every((r) => r[achieved] === null)).toBe(true);
    expect(res.warnings).toEqual([]);
    expectValidMerges(res.sheet);
  });
});

describe("readPlanTitle", () => {
  it("reads the subject and year, also from a title on two lines", () => {
    const one: Grid = {
      origin: { row: 0, col: 0 },
      cells: [
        ["**БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ**"],
        ["Д/д"],
      ],
    };
    expect(readPlanTitle(one, 1)).toEqual({
      subject: "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН",
      year: 2026,
    });
    const two: Grid = {
      origin: { row: 0, col: 0 },
      cells: [
        ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН"],
        ["2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
        ["Д/д"],
      ],
    };
    expect(readPlanTitle(two, 2)?.subject).toBe("БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН");
    expect(readPlanTitle({ origin: { row: 0, col: 0 }, cells: [["Д/д"]] }, 0)).toBeUndefined();
  });
});

const JOB_OBJECTIVE_1 =
  "Нийгмийн даатгалын бүтээгдэхүүн, үйлчилгээг хөгжүүлэх, үйл ажиллагааны стандартыг сайжруулах чиглэлээр судалгаа шинжилгээ, үнэлгээ хийх, зөвлөмж, санал боловсруулах, ажил олгогч, даатгуулагч, иргэд, тэтгэвэр авагчдын сэтгэл ханамжийг судлах, үнэлэх замаар нийгмийн даатгалын үйлчилгээний шуурхай байдал, чанар, хүртээмжийг сайжруулах ажлыг зохион байгуулах";
const JOB_OBJECTIVE_2 =
  "Нийгмийн даатгалын үйлчилгээ, ажлын байрны зохион байгуулалтад шинэ стандарт нэвтрүүлэх, хэвшүүлэх, хэрэгжүүлэх ажлыг зохион байгуулах";

/** Part of seed 004 as it arrives from a sheet: general information, objectives, functions. */
function jobGrid(): Grid {
  const cells: CellValue[][] = [
    ["АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ"],
    ["Байгууллагын нэр:", "Нийгмийн даатгалын ерөнхий газар"],
    ["Нэгжийн нэр:", "Үйлчилгээ хөгжүүлэлт, олон нийттэй харилцах газар"],
    ["Албан тушаалын нэр:"],
    ["Үйлчилгээний хөгжүүлэлтийн хэлтсийн дарга"],
    ["II. АЛБАН ТУШААЛЫН ЗОРИЛГО, ЗОРИЛТ, ЧИГ ҮҮРЭГ"],
    ["Албан тушаалын зорилт:"],
    [`1. ${JOB_OBJECTIVE_1};`],
    [`2. ${JOB_OBJECTIVE_2};`],
    [],
    [
      "Зорилт",
      "Албан тушаалын гүйцэтгэх чиг үүрэг",
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Хариуцлага, оролцооны хэлбэр Туслах-Т, Гүйцэтгэх-Г Хянах-Х Шийдвэрлэх-Ш",
    ],
    [
      "1 дүгээр зорилтын хүрээнд",
      "1. Нийгмийн даатгалын бүтээгдэхүүн үйлчилгээний чанар, үйл ажиллагааг сайжруулахад олон улсын стандарт, шилдэг туршлага, арга хэрэгсэл нэвтрүүлэх талаар судалгаа хийх;",
      "Судалгаа хийж, санал боловсруулсан байна.",
      "Х, Ш",
    ],
    [
      null,
      "2. Нийгмийн даатгалын бүтээгдэхүүн үйлчилгээг сайжруулах талаар санал дэвшүүлэх, шинэ стандарт боловсруулах, мөрдүүлэх ажлыг зохион байгуулах.",
      "Шинээр батлагдсан стандартыг салбарын хэмжээнд мөрдүүлэх ажлыг зохион байгуулсан байна",
      "Х, Ш",
    ],
    [
      "2 дугаар зорилтын хүрээнд",
      "1. Үйлчлүүлэгчийн сэтгэл ханамжийн судалгааны үр дүнд үндэслэн зөвлөмж боловсруулах;",
      "Төв, орон нутгийн нийгмийн даатгалын хэлтсүүдэд зөвлөмж, чиглэл хүргүүлсэн байна.",
      "Х, Ш",
    ],
    [
      null,
      "2. Нийгмийн маркетингийн шинэ, дэвшилтэт арга, үйл ажиллагаанд хийсэн судалгаанд тулгуурлан шинэ бүтээгдэхүүн нэвтрүүлэх ажлыг зохион байгуулах;",
      "Шинэ бүтээгдэхүүн, үйлчилгээ нэвтрүүлэх санал боловсруулсан байна.",
      "Х, Ш",
    ],
    [
      null,
      "3. Нийгмийн даатгалын үйлчилгээг иргэд, даатгуулагч, тэтгэвэр авагчдад чирэгдэлгүй, шуурхай хүргэх боломжийг судлах, орчин үеийн шинэ бүтээгдэхүүн, үйлчилгээг нэвтрүүлэх, үйлчилгээний төрлийг нэмэгдүүлэх талаар санал боловсруулж,",
      "Шинэ бүтээгдэхүүн, үйлчилгээ нэвтрүүлэх санал боловсруулсан байна.",
      "Х, Ш",
    ],
    [],
    [null, "шийдвэрлүүлэх;"],
    [
      null,
      "4. Нийгмийн даатгалын үйлчилгээтэй холбоотой болон байцаагч, ажилтнуудын үйлчлүүлэгчтэй харилцах асуудлаар ажил олгогч, даатгуулагчдаас ирүүлсэн санал, хүсэлт, өргөдөл, гомдолд дүн шинжилгээ хийх, дүн шинжилгээнд тулгуурлан нийгмийн даатгалын үйлчилгээг сайжруулах санал боловсруулах.",
      "Санал боловсруулж холбогдох арга хэмжээг авч ажилласан байна.",
      "Х, Ш",
    ],
    [],
    ["III.АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА"],
    ["Боловсрол", "Бакалавр ба түүнээс дээш боловсролын зэрэгтэй."],
  ];
  return {
    origin: { row: 0, col: 0 },
    cells,
    merges: [
      { top: 11, left: 0, bottom: 12, right: 0 },
      { top: 13, left: 0, bottom: 18, right: 0 },
    ],
  };
}

describe("planFromJobDescription (seed 004)", () => {
  const grid = jobGrid();
  const res = planFromJobDescription({ grid, options: { year: 2025 } });
  const s = res.sheet;
  const cols = TEMPLATES["individual-plan"].columns.map((c) => c.role);
  const col = (role: string) => cols.indexOf(role as (typeof cols)[number]);
  const rows = tableRows(s, res.dataTop, cols.length);

  it("reads the objectives and functions, joining a line cut by a page break", () => {
    const objectives = readJobFunctions(
      grid,
      { objective: 0, function: 1, criterion: 2, responsibility: 3 },
      11,
    );
    expect(objectives.map((o) => [o.number, o.functions.length])).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(objectives[1].functions[2].text).toBe(
      "Нийгмийн даатгалын үйлчилгээг иргэд, даатгуулагч, тэтгэвэр авагчдад чирэгдэлгүй, шуурхай хүргэх боломжийг судлах, орчин үеийн шинэ бүтээгдэхүүн, үйлчилгээг нэвтрүүлэх, үйлчилгээний төрлийг нэмэгдүүлэх талаар санал боловсруулж, шийдвэрлүүлэх;",
    );
    expect(objectives[0].functions[1].criteria).toEqual([
      "Шинээр батлагдсан стандартыг салбарын хэмжээнд мөрдүүлэх ажлыг зохион байгуулсан байна",
    ]);
  });

  it("makes a section per objective with its wording", () => {
    const sections = rows.filter((r) => cellText(r[0]).startsWith("Зорилт"));
    expect(sections.map((r) => r[0])).toEqual([
      `Зорилт 1. ${JOB_OBJECTIVE_1}`,
      `Зорилт 2. ${JOB_OBJECTIVE_2}`,
    ]);
  });

  it("makes an activity per function with its criterion copied and levels left empty", () => {
    const activities = rows.filter((r) => /^\d+\.$/.test(cellText(r[col("number")])));
    expect(activities.map((r) => r[col("number")])).toEqual(["1.", "2.", "1.", "2.", "3.", "4."]);
    expect(
      activities.map((r) => cellText(r[col("activity")]).split(" ").slice(0, 4).join(" ")),
    ).toEqual([
      "Арга хэмжээ 1.1 Нийгмийн",
      "Арга хэмжээ 1.2 Нийгмийн",
      "Арга хэмжээ 2.1 Үйлчлүүлэгчийн",
      "Арга хэмжээ 2.2 Нийгмийн",
      "Арга хэмжээ 2.3 Нийгмийн",
      "Арга хэмжээ 2.4 Нийгмийн",
    ]);
    expect(activities[4][col("activity")]).toMatch(/санал боловсруулж, шийдвэрлүүлэх;$/);
    expect(activities.map((r) => r[col("criterion")])).toEqual(
      [11, 12, 13, 14, 15, 18].map((r) => grid.cells[r][2]),
    );
    for (const r of activities) {
      expect([r[col("baseline")], r[col("target")], r[col("timeline")]]).toEqual([
        null,
        null,
        null,
      ]);
    }
    expect(rows.some((r) => r.includes("Боловсрол"))).toBe(false);
    expect(res.warnings).toEqual([]);
  });

  it("titles the plan with the position and unit written in the job description", () => {
    expect(
      rowOf(
        s,
        "ҮЙЛЧИЛГЭЭ ХӨГЖҮҮЛЭЛТ, ОЛОН НИЙТТЭЙ ХАРИЛЦАХ ГАЗАР ҮЙЛЧИЛГЭЭНИЙ ХӨГЖҮҮЛЭЛТИЙН ХЭЛТСИЙН ДАРГА (Овог, нэр) 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
      ),
    ).toBe(0);
    const named = planFromJobDescription({
      grid,
      options: { name: "Ц.Ганцэцэг", position: "Дарга" },
    });
    expect(cellText(named.sheet.values[0][0])).toContain("ДАРГА Ц.ГАНЦЭЦЭГ");
    expectValidMerges(s);
  });

  it("accepts a table position found elsewhere", () => {
    const given = planFromJobDescription({
      grid,
      columns: { objective: 0, function: 1, criterion: 2, responsibility: 3 },
      headerTop: 10,
      dataTop: 11,
    });
    expect(tableRows(given.sheet, given.dataTop, cols.length).length).toBe(rows.length);
  });

  it("returns an empty plan with a warning when there is no functions table", () => {
    const none = planFromJobDescription({
      grid: { origin: { row: 0, col: 0 }, cells: [["Албан тушаалын нэр:"]] },
    });
    expect(none.warnings).toHaveLength(1);
    expect(none.warnings[0].mn).toMatch(/олдсонгүй/);
    expect(none.sheet.values[none.dataTop + 1][0]).toBe("1.");
  });
});
