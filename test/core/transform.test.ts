import { cellText, type CellValue, type Grid, type Merge } from "../../src/core/grid";
import { formatAt, type SheetModel } from "../../src/core/sheet";
import { TEMPLATES } from "../../src/core/templates";
import { scaffold } from "../../src/core/templates/scaffold";
import {
  planFromJobDescription,
  readJobFunctions,
} from "../../src/core/transform/plan-from-job-description";
import { measuresOf, readPlan } from "../../src/core/plan";
import { sheetModelProblems } from "../../src/core/summary/sheet-check";
import { nextYearPlan } from "../../src/core/transform/next-plan";
import { reportFromPlan } from "../../src/core/transform/report-from-plan";
import { yearEndReport } from "../../src/core/transform/year-end";
import { OFFICE_LEAD_HEADER } from "../fixtures/xlsx/office-report";

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

function expectValidMerges(sheet: SheetModel): void {
  expect(sheetModelProblems(sheet)).toEqual([]);
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

function tableRows(sheet: SheetModel, dataTop: number, width: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = dataTop; r < sheet.values.length; r++) {
    const row = sheet.values[r].slice(0, width);
    if (row.every((v) => v === null)) break;
    out.push(row);
  }
  return out;
}

/** A sheet the add-in made, as the next step reads it back from the workbook. */
function gridOf(model: SheetModel): Grid {
  return {
    sheet: model.name,
    origin: { row: 0, col: 0 },
    cells: model.values,
    merges: model.merges,
    numberFormats: model.values.map((r, i) => r.map((_, c) => formatAt(model, i, c) ?? null)),
  };
}

function planOf(grid: Grid) {
  const read = readPlan(grid);
  if (!read.ok) throw new Error(`the sheet did not read: ${read.reason.en}`);
  return read.plan;
}

describe("reportFromPlan of an organisation plan", () => {
  const grid = orgPlanGrid();
  const plan = planOf(grid);
  const res = reportFromPlan({ grid, plan, period: "half" });
  const s = res.sheet;
  /** The report's two columns go in after the target (F): G and H; G onwards move two right. */
  const moved = (col: number) => (col < 6 ? col : col + 2);
  /** Cells the add-in owns: the title, the column-number rows, the part heading. */
  const owned = (row: number, col: number) =>
    (row === 2 && col === 1) || row === 4 || row === 14 || (row === 11 && col === 0);

  it("reads the plan as an organisation plan with its two tables", () => {
    expect(plan.template).toBe("org-plan");
    expect(plan.tables?.map((t) => [t.headerTop, t.dataTop])).toEqual([
      [3, 5],
      [12, 15],
    ]);
  });

  it("keeps every cell the add-in does not own as the plan has it, moved with its column", () => {
    grid.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || owned(r, c)) return;
        expect([r, c, s.values[r][moved(c)]]).toEqual([r, c, v]);
      }),
    );
    expect(res.warnings).toEqual([]);
  });

  it("adds the two report columns after the target and keeps timeline and responsible unit", () => {
    expect(s.values[3]).toEqual([
      ...ORG_HEADER.slice(0, 6),
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
      ...ORG_HEADER.slice(6),
    ]);
    expect(s.values[4]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.values[8].slice(6, 10)).toEqual([
      null,
      null,
      "I-IV улирал",
      "Хамралт, орлого, цахим үйлчилгээ хариуцсан байцаагч",
    ]);
    // The fulfilment cells hold a percentage, as a typed "64%" does.
    expect(formatAt(s, 8, 7)).toBe("0%");
  });

  it("turns the plan's title into the report's, keeping the rest of it", () => {
    expect(s.values[2][1]).toBe(
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ",
    );
    const year = reportFromPlan({ grid, plan, period: "year" }).sheet;
    expect(year.values[2][1]).toBe(
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ",
    );
  });

  it("widens the merges the new columns pass through and moves those after them", () => {
    const merges = s.merges ?? [];
    expect(merges).toContainEqual({ top: 5, left: 0, bottom: 5, right: 9 });
    expect(merges).toContainEqual({ top: 6, left: 0, bottom: 6, right: 2 });
    for (const c of [0, 1, 2, 8, 9]) {
      expect(merges).toContainEqual({ top: 8, left: c, bottom: 9, right: c });
    }
    expectValidMerges(s);
  });

  it("carries part two over with its half-year targets and the report columns", () => {
    expect(s.values[11][0]).toBe(
      "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт",
    );
    expect(s.values[13].slice(4, 6)).toEqual(["Эхний хагас жил", "Сүүлийн хагас жил"]);
    expect(s.values[12].slice(6, 8)).toEqual([
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ]);
    expect(s.merges).toContainEqual({ top: 12, left: 6, bottom: 13, right: 6 });
    expect(s.values[14]).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.values[15]).toEqual([
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
    const cf = (s.conditionalFormats ?? []).find((x) => x.range.left === 7 && x.range.top === 5);
    expect(cf?.below).toBe(1);
    const v = (s.validations ?? []).find((x) => x.range.left === 8 && x.range.top === 5);
    expect(v?.list).toContain("I-IV улирал");
  });

  it("reads back as the plan's report: the same measures, the report's columns", () => {
    const back = planOf(gridOf(s));
    expect(back.template).toBe("org-report");
    // The report form has no timeline column: the plan's stays, beside the report's columns.
    expect(back.header.columns).toMatchObject({ target: 5, achieved: 6, fulfilment: 7 });
    expect(measuresOf(back).map((m) => m.number.value)).toEqual(
      measuresOf(plan).map((m) => m.number.value),
    );
  });

  it("says when the title does not read as a plan's, and leaves it", () => {
    const untitled: Grid = { ...grid, cells: grid.cells.map((r, i) => (i === 2 ? [] : r)) };
    const made = reportFromPlan({ grid: untitled, plan: planOf(untitled), period: "half" });
    expect(made.warnings.map((w) => w.en).join(" ")).toMatch(/title/);
    expect(made.warnings.every((w) => w.mn.length > 0)).toBe(true);
  });
});

describe.each([
  ["org-plan", "org-report"],
  ["individual-plan", "individual-report"],
] as const)("reportFromPlan of a scaffolded %s", (planId, reportId) => {
  const made = scaffold(planId, { year: 2025, org: "ТУРШИЛТЫН ХЭЛТЭС" }, true);
  const grid = gridOf(made.sheet);
  const plan = planOf(grid);
  const res = reportFromPlan({ grid, plan, period: "year" });
  const back = planOf(gridOf(res.sheet));

  it("gives the report form, each of its columns where the report's template puts it", () => {
    expect(res.template).toBe(reportId);
    expect(back.template).toBe(reportId);
    const order = TEMPLATES[reportId].columns.map((c) => back.header.columns[c.role]);
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(order.every((c) => c !== undefined)).toBe(true);
    expect(res.warnings).toEqual([]);
    expectValidMerges(res.sheet);
  });

  it("keeps each row merged across the plan's table across the report's, new last column too", () => {
    /** The last column of a sheet's table: the rightmost header cell with words. */
    const tableRight = (
      values: CellValue[][],
      header: { headerTop: number; headerBottom: number },
    ) =>
      Math.max(
        ...values
          .slice(header.headerTop, header.headerBottom + 1)
          .flatMap((row) => row.flatMap((v, c) => (cellText(v).trim() ? [c] : []))),
      );
    const across = (merges: Merge[] | undefined, right: number) =>
      (merges ?? []).filter((m) => m.left === 0 && m.right === right).map((m) => m.top);
    const planRows = across(grid.merges, tableRight(grid.cells, plan.header));
    const reportRows = across(res.sheet.merges, tableRight(res.sheet.values, back.header));
    // The part and objective headings, each still across the whole table (the report's
    // table is wider; its new columns may come last, as the individual report's % does).
    expect(planRows.length).toBeGreaterThanOrEqual(3);
    expect(reportRows).toHaveLength(planRows.length);
  });

  it("keeps every level the plan gives, in the report's column of the same role", () => {
    expect(measuresOf(back)).toHaveLength(measuresOf(plan).length);
    measuresOf(plan).forEach((m, i) => {
      const n = measuresOf(back)[i];
      m.criteria.forEach((c, k) => {
        const d = n.criteria[k];
        for (const role of ["text", "baseline", "target"] as const) {
          expect(d[role].value).toEqual(c[role].value);
        }
        expect(d.achieved?.value ?? null).toBeNull();
      });
      expect(n.text.value).toEqual(m.text.value);
    });
  });
});

describe("the year's cycle: half-year report → year-end report → next year's plan", () => {
  const grid = orgPlanGrid();
  const half = reportFromPlan({ grid, plan: planOf(grid), period: "half" }).sheet;
  // The half-year achieved levels a person typed: 1.1 six of six, 1.4 a text and a percentage.
  const typed = gridOf(half);
  typed.cells = typed.cells.map((r) => [...r]);
  typed.numberFormats = typed.numberFormats?.map((r) => [...r]);
  typed.cells[7][6] = 6;
  typed.cells[8][6] = "1,100 хүн";
  typed.cells[9][6] = 0.6;
  (typed.numberFormats as (string | null)[][])[9][6] = "0%";
  typed.cells[7][7] = 1;
  typed.cells[15][6] = "100%";

  const yearEnd = yearEndReport({ grid: typed, plan: planOf(typed) });
  const y = yearEnd.sheet;

  it("keeps the half-year levels in view in a column before the achieved one, emptied for the year", () => {
    expect(yearEnd.template).toBe("org-report");
    expect(y.values[2][1]).toBe(
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ",
    );
    expect(y.values[3][6]).toBe("Эхний хагас жилд хүрсэн");
    expect([y.values[7][6], y.values[8][6], y.values[9][6]]).toEqual([6, "1,100 хүн", 0.6]);
    expect(formatAt(y, 9, 6)).toBe("0%");
    // Achieved (H) and fulfilment (I) are empty for the year-end figures.
    for (const r of [7, 8, 9]) expect([y.values[r][7], y.values[r][8]]).toEqual([null, null]);
    expect(y.values[15][6]).toBe("100%");
    expect(y.values[15][7]).toBeNull();
    expect(y.values[4]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // Part two numbers its columns on as well, its own first column unnumbered as typed.
    expect(y.values[14]).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(yearEnd.warnings).toEqual([]);
  });

  it("reads back as a report whose achieved column is the year-end one", () => {
    const back = planOf(gridOf(y));
    expect(back.header.columns).toMatchObject({ target: 5, achieved: 7, fulfilment: 8 });
    expect(back.tables?.[1].columns).toMatchObject({ "target-h2": 5, achieved: 7, fulfilment: 8 });
  });

  const yearGrid = gridOf(y);
  yearGrid.cells = yearGrid.cells.map((r) => [...r]);
  yearGrid.cells[7][7] = 6;
  yearGrid.cells[8][7] = "Хугацаа болоогүй";
  yearGrid.cells[9][7] = "1,130 100%";
  yearGrid.cells[15][7] = "100%";
  const next = nextYearPlan({ grid: yearGrid, plan: planOf(yearGrid) });
  const n = next.sheet;

  it("makes next year's plan: the level reached is the baseline, the targets are the planner's, the dates next year's", () => {
    expect(next.template).toBe("org-plan");
    expect(n.values[2][1]).toBe(
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
    );
    expect(n.values[3]).toEqual(ORG_HEADER);
    // 1.1 reached 6 (its new baseline); 1.4's first criterion is not due: its baseline stays.
    expect([n.values[7][4], n.values[7][5]]).toEqual([6, null]);
    expect([n.values[8][4], n.values[8][5]]).toEqual(["1,081 110,3%", null]);
    expect([n.values[9][4], n.values[9][5]]).toEqual(["1,130 100%", null]);
    // The objective's declared count is not a level: it stays.
    expect([n.values[6][4], n.values[6][5]]).toEqual([3, 3]);
    expect(n.values[8].slice(6, 8)).toEqual([
      "I-IV улирал",
      "Хамралт, орлого, цахим үйлчилгээ хариуцсан байцаагч",
    ]);
    expect(n.values[11][0]).toBe("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ");
    expect(n.values[15]).toEqual([
      1,
      grid.cells[15][1],
      "Сургалт хамрагдсан байдал",
      "100%",
      null,
      null,
      // Part two's dates are next year's.
      "2027.01.01",
      "2027.12.31",
    ]);
    expect(n.values[4]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(next.warnings).toEqual([]);
    expectValidMerges(n);
  });

  it("reads back as an organisation plan with the same activities", () => {
    const back = planOf(gridOf(n));
    expect(back.template).toBe("org-plan");
    expect(measuresOf(back).map((m) => m.number.value)).toEqual(
      measuresOf(planOf(grid)).map((m) => m.number.value),
    );
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

describe("next year's plan moves this year's dates on a year", () => {
  /** A year-end report of `year` whose activity is done `when` («Хугацаа»). */
  function reportWith(year: number, when: string): Grid {
    const cells: CellValue[][] = [
      [`НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН ${year} ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ`],
      [],
      [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", "Гүйцэтгэлийн хувь", "Хугацаа"],
      ["1.", "Сургалтад хамрагдах", "Сургалтын тоо", 1, 2, 2, "100%", when],
    ];
    return { origin: { row: 0, col: 0 }, cells };
  }
  const whenOf = (year: number, when: string) => {
    const grid = reportWith(year, when);
    const plan = planOf(grid);
    expect(plan.header.columns.timeline).toBe(7);
    return nextYearPlan({ grid, plan }).sheet.values[3][5];
  };

  it.each([
    [2026, "2026.01.01-2026.12.31", "2027.01.01-2027.12.31"],
    [2026, "01.02.2026 – 2026-06-30", "01.02.2027 – 2027-06-30"],
    [2026, "2026 оны IV улирал", "2027 оны IV улирал"],
    // A 29 February is the 28th of a year without one; a leap year keeps it.
    [2024, "2024.02.29, 29.02.2024", "2025.02.28, 28.02.2025"],
    [2027, "2027.02.28, 2027/02/29", "2028.02.28, 2028/02/29"],
    // Another year's date, and a number holding the year's digits, stay as they are.
    [2026, "2025.12.01, А/2026120", "2025.12.01, А/2026120"],
  ])("%s: «%s» → «%s»", (year, when, moved) => {
    expect(whenOf(year, when)).toBe(moved);
  });

  /** The timeline typed as an Excel date (as grids carry one: its day, and a date format). */
  const excelDateOf = (year: number, day: string) => {
    const grid = reportWith(year, day);
    grid.numberFormats = [[], [], [], [null, null, null, null, null, null, null, "yyyy.mm.dd"]];
    const { sheet } = nextYearPlan({ grid, plan: planOf(grid) });
    const kept = sheet.styles?.some(
      ({ range, style }) =>
        range.top === 3 && range.left === 5 && style.numberFormat === "yyyy.mm.dd",
    );
    return { serial: sheet.values[3][5], kept };
  };

  // Serials counted by hand from 1899-12-30: 2024-01-01 is 45292, 2025-01-01 is 45292 + 366 =
  // 45658, 2026-01-01 is 45658 + 365 = 46023, 2027-01-01 is 46023 + 365 = 46388.
  it.each([
    [2026, "2026-01-01", 46388],
    // 2025-02-28: 45658 + 31 + 27; half past nine is 9.5 / 24 of a day.
    [2024, "2024-02-29 09:30", 45716.395833],
    // Another year's date stays: 2025-12-01 is 45658 + 334.
    [2026, "2025-12-01", 45992],
  ])(
    "%s: an Excel date %s is next year's day (serial %s), in its own format",
    (year, day, serial) => {
      expect(excelDateOf(year, day)).toEqual({ serial, kept: true });
    },
  );
});
