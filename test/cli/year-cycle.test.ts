/**
 * The year's cycle through the command line, on workbooks typed as people type them in Excel:
 * a plan → its half-year report → computed → summaries → checked → the year-end report → next
 * year's plan. Every figure is worked out by hand below.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { readStateSheet } from "../../src/workbook/state";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

const ORG = "Баянзүрх дүүргийн Нийгмийн даатгалын хэлтэс";
const PLAN = "Төлөвлөгөө";
const REPORT = "Биелэлт";

/** A cell as typed: a value, and the number format Excel gave it (a typed "60%" is 0.6 in "0%"). */
type Typed = string | number | null | { v: number; f: string };
const pct = (v: number, f = "0%"): Typed => ({ v, f });

const HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хугацаа /I-IV улирал/",
  "Хариуцах нэгж",
];

/*
 * The plan, as a person types it (rows 1-based as Excel shows them):
 *   1-5   the approval block with the approver's and drafter's titles and names
 *   7     the title; 9 the header; 10 the column numbers
 *   11    Зорилт 1 (merged across the table)
 *   12-13 1.1.: "Хамрагдалтын хувь" 55 % → 60 % (typed as percentages); "Шинээр хамрагдсан
 *               иргэдийн тоо" 200 (typed as text) → "240 иргэн"; its Д/д, text, budget merged
 *   14    1.2.: the debt, lower is better ("бууруулах"), 50 → 40
 *   15    1.3.: trainings 2 → 4
 *   16    Зорилт 2
 *   17    2.1.: e-services 10 → 20
 *   18    2.2.: complaints, target "Тухай бүр"
 *   19    2.3.: the rules, qualitative “Хуучин” → “Шинэчилсэн”
 *   21    part two's heading, 22-23 its header, 24 its numbers, 25 its empty template row "1"
 */
const PLAN_ROWS: Typed[][] = [
  ["Төлөвлөгөө баталсан:", null, null, null, "Төлөвлөгөөг боловсруулсан:"],
  ["Дүүргийн хэлтсийн дарга", null, null, null, "Хяналт шалгалтын тасгийн дарга"],
  ["Тэмдэг", null, null, null, "Д.ОЮУНА"],
  ["Б.БАТЖАРГАЛ", null, null, null, "(огноо)"],
  ["(огноо)"],
  [],
  [`${ORG.toUpperCase()} 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ`],
  [],
  HEADER,
  [1, 2, 3, 4, 5, 6, 7, 8],
  ["Зорилт 1. Нийгмийн даатгалын хамрагдалтыг нэмэгдүүлэх"],
  [
    "1.1.",
    "Сайн дурын даатгалд иргэдийг хамруулах",
    "-",
    "Хамрагдалтын хувь",
    pct(0.55),
    pct(0.6),
    "I-IV улирал",
    "Хяналт шалгалтын тасаг",
  ],
  [null, null, null, "Шинээр хамрагдсан иргэдийн тоо", "200", "240 иргэн"],
  [
    "1.2.",
    "Шимтгэлийн өрийг бууруулах",
    "-",
    "Шимтгэлийн өрийн хэмжээ, сая төгрөг",
    50,
    40,
    "I-IV улирал",
    "Орлогын тасаг",
  ],
  [
    "1.3.",
    "Ажил олгогчдод сургалт зохион байгуулах",
    "-",
    "Сургалтын тоо",
    2,
    4,
    "II-IV улирал",
    "Байцаагч нар",
  ],
  ["Зорилт 2. Үйлчилгээг цахимжуулах"],
  [
    "2.1.",
    "Цахим үйлчилгээ нэвтрүүлэх",
    "-",
    "Цахим үйлчилгээний тоо",
    10,
    20,
    "I-IV улирал",
    "Мэдээллийн технологийн тасаг",
  ],
  [
    "2.2.",
    "Иргэдийн өргөдөл гомдлыг шийдвэрлэх",
    "-",
    "Шийдвэрлэсэн өргөдлийн тоо",
    "-",
    "Тухай бүр",
    "I-IV улирал",
    "Бүх албан хаагч",
  ],
  [
    "2.3.",
    "Дотоод журмыг шинэчлэх",
    "-",
    "Журмын шинэчлэлт",
    "“Хуучин”",
    "“Шинэчилсэн”",
    "II улирал",
    "Захиргаа",
  ],
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
  [1, 2, 3, 4, 5, 6, 7, 8],
  [1],
];
/** Merges as the person made them (1-based rows and columns, as in Excel). */
const PLAN_MERGES: [number, number, number, number][] = [
  [1, 1, 1, 4],
  [1, 5, 1, 8],
  [7, 1, 7, 8],
  [11, 1, 11, 8],
  [12, 1, 13, 1],
  [12, 2, 13, 2],
  [12, 3, 13, 3],
  [16, 1, 16, 8],
  [21, 1, 21, 8],
  [22, 5, 22, 6],
  ...[1, 2, 3, 4, 7, 8].map((c): [number, number, number, number] => [22, c, 23, c]),
];

/** What the person types into the report's «Хүрсэн түвшин» (column G once the report has it). */
const ACHIEVED: Record<number, Typed> = {
  12: "57,3%", // 57.3 of 60 → 95.5
  13: "300 иргэн", // 300 of 240 → capped at 100
  14: 45, // lower is better: 40 ÷ 45 × 100 = 88.888… → 88.9
  15: "Хугацаа болоогүй", // not due, with "-" in its fulfilment cell
  17: 15, // 15 of 20 → 75
  18: "35 өргөдөл шийдвэрлэв", // against "Тухай бүр": no figure to compute
  19: "“Шинэчилсэн”", // the qualitative target reached → 100
};
/*
 * Measures: 1.1 = (95.5 + 100) / 2 = 97.75; 1.2 = 88.888…; 1.3 not due; 2.1 = 75; 2.2 no figure;
 * 2.3 = 100.
 * Objective 1 = (97.75 + 88.888…) / 2 = 93.319… → 93.3; objective 2 = (75 + 100) / 2 = 87.5.
 * Overall, pooled over the four measures with a figure: (97.75 + 88.888… + 75 + 100) / 4 =
 * 90.409… → 90.4 (the mean of the two objectives, 90.409…, happens to round the same here).
 * Gov-206 bands by suggested level: 97.75, 88.9 and 75 in "70", 100 in "100"; 1.3 in "-";
 * 2.2 in none (the no-figure column).
 */
const OBJECTIVE_1 = Math.round(((97.75 + 800 / 9) / 2) * 10) / 10;
const OBJECTIVE_2 = (75 + 100) / 2;
const OVERALL = Math.round(((97.75 + 800 / 9 + 75 + 100) / 4) * 10) / 10;

let dir: string;
const at = (f: string) => path.join(dir, f);

function put(ws: ExcelJS.Worksheet, row: number, col: number, v: Typed): void {
  if (v === null) return;
  const cell = ws.getCell(row, col);
  if (typeof v === "object") {
    cell.value = v.v;
    cell.numFmt = v.f;
  } else cell.value = v;
}

async function writePlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN);
  PLAN_ROWS.forEach((row, r) => row.forEach((v, c) => put(ws, r + 1, c + 1, v)));
  for (const [t, l, b, r] of PLAN_MERGES) ws.mergeCells(t, l, b, r);
  await wb.xlsx.writeFile(file);
}

/** The value and number format of every cell of a sheet with a value, by "row:col" (1-based). */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, { value: unknown; format: string }> {
  const out = new Map<string, { value: unknown; format: string }>();
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.value === null || cell.value === "") return;
      out.set(`${r}:${c}`, { value: cell.value, format: cell.numFmt ?? "General" });
    }),
  );
  return out;
}

/** Text of every cell of a sheet, top to bottom. */
function texts(ws: ExcelJS.Worksheet): string[] {
  return [...cellsOf(ws).values()].map((c) => String(c.value));
}

/** The numbers of the summary row whose first cell starts with `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): (number | null)[] {
  let found: (number | null)[] = [];
  ws.eachRow((row) => {
    const first = row.getCell(1).value;
    if (found.length || typeof first !== "string" || !first.startsWith(label)) return;
    const width = ws.columnCount;
    found = Array.from({ length: width - 1 }, (_, i) => {
      const v = row.getCell(i + 2).value;
      return typeof v === "number" ? v : null;
    });
  });
  return found;
}

/**
 * Every cell of the plan the add-in does not own is in the report as the plan has it (value and
 * number format), in its row, moved two columns right when it stood right of the target (F): the
 * report's two columns go in there. The add-in owns the title (row 7), the column numbers (rows
 * 10 and 24) and part two's heading (row 21).
 */
async function expectPlanKept(report: ExcelJS.Worksheet): Promise<void> {
  const plan = (await loadXlsx(at("plan.xlsx"))).getWorksheet(PLAN)!;
  const got = cellsOf(report);
  const owned = new Set([7, 10, 21, 24]);
  for (const [key, want] of cellsOf(plan)) {
    const [row, col] = key.split(":").map(Number);
    if (owned.has(row)) continue;
    const moved = `${row}:${col <= 6 ? col : col + 2}`;
    expect([moved, got.get(moved)]).toEqual([moved, want]);
  }
}

beforeAll(async () => {
  dir = makeTmp("year-cycle");
  await writePlan(at("plan.xlsx"));
});
afterAll(() => removeTmp(dir));

describe("the year's cycle through the command line", () => {
  it("reads the typed plan: 2 objectives, 6 activities, part two's empty row a note", async () => {
    const r = await run(["check", "plan.xlsx", "--json"], dir);
    const doc = parseCheckJson(r.stdout);
    expect(doc.sheets[0].template).toBe("org-plan");
    expect(doc.sheets[0].figures.measures).toBe(6);
    expect(doc.sheets[0].figures.objectives.map((o) => o.measures)).toEqual([3, 3]);
  });

  it("makes the half-year report: every plan cell the add-in does not own kept where it was", async () => {
    const r = await run(["report-from-plan", "plan.xlsx", "-o", "report.xlsx"], dir);
    expect(r.code).toBe(0);
    const report = (await loadXlsx(at("report.xlsx"))).getWorksheet(REPORT)!;
    await expectPlanKept(report);
    expect(report.getCell("A7").value).toBe(
      `${ORG.toUpperCase()} 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ`,
    );
    expect(report.getCell("G9").value).toBe("Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/");
    expect(report.getCell("H9").value).toBe("Гүйцэтгэлийн хувь");
    expect(report.getCell("A4").value).toBe("Б.БАТЖАРГАЛ");
  });

  it("computes the typed levels, writes the summaries with the hand figures, and checks clean", async () => {
    const wb = await loadXlsx(at("report.xlsx"));
    const ws = wb.getWorksheet(REPORT)!;
    for (const [row, v] of Object.entries(ACHIEVED)) put(ws, Number(row), 7, v);
    ws.getCell("H15").value = "-";
    await wb.xlsx.writeFile(at("typed.xlsx"));

    const r = await run(["compute", "typed.xlsx", "-o", "computed.xlsx"], dir);
    expect(r.code).toBe(0);
    const out = await loadXlsx(at("computed.xlsx"));
    const sheet = out.getWorksheet(REPORT)!;
    // Computed, the report still differs from the plan only in the cells the add-in owns.
    await expectPlanKept(sheet);
    const filled = (cell: string) => [sheet.getCell(cell).value, sheet.getCell(cell).numFmt];
    expect(filled("H12")).toEqual([0.955, "0.0%"]);
    expect(filled("H13")).toEqual([1, "0%"]);
    expect(filled("H14")).toEqual([0.889, "0.0%"]);
    expect(sheet.getCell("H15").value).toBe("-");
    expect(filled("H17")).toEqual([0.75, "0%"]);
    expect(sheet.getCell("H18").value).toBeNull();
    expect(filled("H19")).toEqual([1, "0%"]);

    // The товчоо: Зорилт | Зорилтын тоо | measures | 100 70 30 0 - | no figure | %.
    const summary = out.getWorksheet("Товчоо")!;
    expect(rowOf(summary, "Зорилт 1")).toEqual([1, 3, null, 2, null, null, 1, null, OBJECTIVE_1]);
    expect(rowOf(summary, "Зорилт 2")).toEqual([1, 3, 1, 1, null, null, null, 1, OBJECTIVE_2]);
    expect(rowOf(summary, "Нийт")).toEqual([2, 6, 1, 3, null, null, 1, 1, OVERALL]);
    const all = texts(summary);
    expect(all).toContain(
      "Уг төлөвлөгөөнд тусгагдсан нийт 2 зорилт бүхий 6 арга хэмжээ байна. Үүнээс:",
    );
    expect(all).toContain("70–99 хувийн биелэлттэй 3 арга хэмжээ:");
    expect(all).toContain("- Зорилт 1.1. Сайн дурын даатгалд иргэдийг хамруулах /97,8/;");
    expect(all).toContain("- Зорилт 1.2. Шимтгэлийн өрийг бууруулах /88,9/;");
    expect(all).toContain(
      `Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц 2026 оны эхний хагас жилийн байдлаар ${String(OVERALL).replace(".", ",")} хувьтай дүгнэгдэв.`,
    );
    const fulfilment = out.getWorksheet("Биелэлтийн нэгтгэл")!;
    expect(rowOf(fulfilment, "Зорилт 1").slice(0, 3)).toEqual([null, 3, 2]);
    expect(rowOf(fulfilment, "Нийт").slice(1, 4)).toEqual([6, 4, OVERALL]);

    const check = parseCheckJson((await run(["check", "computed.xlsx", "--json"], dir)).stdout);
    const onSummaries = check.sheets.flatMap((s) => s.findings.filter((f) => f.sheet));
    expect(onSummaries).toEqual([]);
  });

  it("reports a summary figure gone stale at its cell, and replaces the summaries in place", async () => {
    const wb = await loadXlsx(at("computed.xlsx"));
    // The person corrects 2.1's achieved level to 10 of 20 = 50 %: objective 2 becomes
    // (50 + 100) / 2 = 75. (A stated % alone no longer moves it: the computed one counts.)
    wb.getWorksheet(REPORT)!.getCell("G17").value = 10;
    await wb.xlsx.writeFile(at("changed.xlsx"));
    const check = parseCheckJson((await run(["check", "changed.xlsx", "--json"], dir)).stdout);
    const stale = check.sheets[0].findings.filter((f) => f.code === "RATING-AGGREGATE");
    expect(
      stale.some((f) => (f as { sheet?: string }).sheet === "Товчоо" && f.fix?.value === 75),
    ).toBe(true);

    const again = await run(["compute", "changed.xlsx", "-o", "recomputed.xlsx"], dir);
    expect(again.code).toBe(0);
    const names = (await loadXlsx(at("recomputed.xlsx"))).worksheets.map((w) => w.name);
    expect(names.filter((n) => !n.startsWith("_"))).toEqual([
      REPORT,
      "Товчоо",
      "Биелэлтийн нэгтгэл",
    ]);
    const summary = (await loadXlsx(at("recomputed.xlsx"))).getWorksheet("Товчоо")!;
    expect(rowOf(summary, "Зорилт 2").at(-1)).toBe(75);
  });

  it("makes the year-end report from the half-year one, then next year's plan from it", async () => {
    const r = await run(["year-end", "computed.xlsx", "-o", "year.xlsx"], dir);
    expect(r.code).toBe(0);
    const year = await loadXlsx(at("year.xlsx"));
    const ws = year.worksheets.find((w) => !w.name.startsWith("_"))!;
    expect(ws.getCell("A7").value).toBe(`${ORG.toUpperCase()} 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ`);
    expect(ws.getCell("G9").value).toBe("Эхний хагас жилд хүрсэн");
    expect([ws.getCell("G12").value, ws.getCell("H12").value, ws.getCell("I12").value]).toEqual([
      "57,3%",
      null,
      null,
    ]);
    // The year's levels, typed: 1.1's coverage 61 %, its people 260; the rest left.
    ws.getCell("H12").value = 0.61;
    ws.getCell("H12").numFmt = "0%";
    ws.getCell("H13").value = "260 иргэн";
    ws.getCell("H15").value = "Хугацаа болоогүй";
    await year.xlsx.writeFile(at("year-typed.xlsx"));

    const next = await run(["next-plan", "year-typed.xlsx", "-o", "next.xlsx"], dir);
    expect(next.code).toBe(0);
    const plan = (await loadXlsx(at("next.xlsx"))).worksheets.find((w) => !w.name.startsWith("_"))!;
    expect(plan.getCell("A7").value).toBe(`${ORG.toUpperCase()} 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ`);
    expect(plan.getRow(9).values).toEqual([undefined, ...HEADER]);
    // The level reached is the baseline, in the form it was typed; the targets are the planner's.
    expect([
      plan.getCell("E12").value,
      plan.getCell("E12").numFmt,
      plan.getCell("F12").value,
    ]).toEqual([0.61, "0%", null]);
    expect([plan.getCell("E13").value, plan.getCell("F13").value]).toEqual(["260 иргэн", null]);
    // Not due this year: the old baseline stays.
    expect(plan.getCell("E15").value).toBe(2);
    expect(plan.getCell("G12").value).toBe("I-IV улирал");
    expect(readStateSheet(await loadXlsx(at("next.xlsx")))?.state.sheets[plan.name]?.template).toBe(
      "org-plan",
    );
  });
});
