import * as fs from "fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { checkGrid } from "../../src/core/checks";
import { cellAddress, parseAddress } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  gridOf,
  type MemoryCell,
  type MemorySheet,
  type MemoryWorkbook,
} from "../../src/workbook/memory/model";
import {
  book,
  gridCell,
  launchChromium,
  openFile,
  openPreview,
  pane,
  selectedCell,
  sheetOf,
  sheetTab,
  shot,
  workbook,
  type Session,
} from "./preview";

let browser: Browser;
let session: Session;
/** The workbook just before Compute (for the undo). */
let beforeCompute: MemoryWorkbook;
let afterCompute: MemoryWorkbook;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});
// The story goes on from one `it` to the next on the same page: each checks what it left.
afterEach(() => {
  expect(session.outside).toEqual([]);
  expect(session.errors).toEqual([]);
});

const ORG = "Баянзүрх дүүргийн Нийгмийн даатгалын хэлтэс";
const APPROVER = "Б.Батбаяр";
const PLAN = "Төлөвлөгөө";
const REPORT = "Биелэлт";
const PART_TWO = "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ";
const OBJECTIVE_1 = "Зорилт 1. Нийгмийн даатгалын хамралтыг нэмэгдүүлэх";
const OBJECTIVE_2 = "Зорилт 2. Үйлчилгээний чанар, хүртээмжийг сайжруулах";
const UNIT = "Хамрал, үйлчилгээний тасаг";

/**
 * The fulfilment of each criterion, by hand (DOMAIN section 4): achieved ÷ target × 100, capped
 * at 100; lower is better: target ÷ achieved × 100. Compute writes it rounded to one decimal, as a
 * fraction with a percent format ("0%" for a whole figure, "0.0%" otherwise).
 */
const COMPUTED: [cell: string, fraction: number, format: string][] = [
  ["H12", 0.975, "0.0%"], // 234 ÷ 240 × 100 = 97.5
  ["H13", 1, "0%"], // 1650 ÷ 1500 × 100 = 110 → capped at 100
  ["H14", 0.889, "0.0%"], // debt, lower is better: 40 ÷ 45 × 100 = 88.888… → 88.9
  ["H15", 0.375, "0.0%"], // 3 ÷ 8 × 100 = 37.5
  ["H19", 0.985, "0.0%"], // 97% ÷ 98.5% × 100 = 98.477… → 98.5
  ["H20", 0.955, "0.0%"], // 57.3% ÷ 60% × 100 = 95.5
  ["H27", 1, "0%"], // part two: 16 цаг reached, 100 against either half-year's target (8, 16)
];

/**
 * The figures, by hand, from the cells (DOMAIN section 5): a measure is the mean of its
 * criteria's figures; H16 is the evaluator's 100 % for «Тухай бүр»; 1.4 (qualitative «Хийгдсэн»
 * against «Хийгдэх») has no figure and 2.2 is not due: both are left out.
 *   1.1 = (97.5 + 100) ÷ 2 = 98.75      1.2 = 88.9      1.3 = (37.5 + 100) ÷ 2 = 68.75
 *   2.1 = (98.5 + 95.5) ÷ 2 = 97         part two 1 = 100
 * Objective 1 = (98.75 + 88.9 + 68.75) ÷ 3 = 256.4 ÷ 3 = 85.466… → 85.5
 * Objective 2 = 97 ÷ 1 = 97.0;  part two = 100.0
 * Overall, pooled over every measure with a figure (not the mean of the objectives' figures,
 * (85.466 + 97) ÷ 2 = 91.2, nor part one alone, 353.4 ÷ 4 = 88.4):
 *   (98.75 + 88.9 + 68.75 + 97 + 100) ÷ 5 = 453.4 ÷ 5 = 90.68 → 90.7
 */
const FIG = { objective1: "85,5", objective2: "97,0", partTwo: "100,0", overall: "90,7" };

const ANTI = "Авлигын эсрэг биелэлт";
const ANTI_BANDS = ["100 /90-100/", "70 /60-89/", "40 /31-59/", "0 /0-30/", "/-/"];
const TOVCHOO = "Товчоо";
const FULFILMENT = "Биелэлтийн нэгтгэл";
const BANDS = ["100", "70", "30", "0", "-", "Үнэлгээгүй"];
const TOVCHOO_HEADINGS = ["Зорилтын тоо", "Арга хэмжээний тоо", ...BANDS, "Хэрэгжилт хувь"];

/**
 * The товчоо by hand (gov-206 bands by the level a figure suggests: 100 → 100, 70–99 → 70,
 * 30–69 → 30, below 30 → 0; «-» not due; «Үнэлгээгүй» no figure; an empty cell for 0):
 *   objective 1: 1.1 98.75 → 70, 1.2 88.9 → 70, 1.3 68.75 → 30, 1.4 no figure
 *   objective 2: 2.1 97 → 70, 2.2 not due
 *   part two (a line of its own, 0 objectives): 1 → 100
 *   total: 2 objectives, 7 measures, 1 + 3 + 1 + 0 + 1 + 1 = 7.
 */
const TOVCHOO_ROWS: [string, (number | null)[]][] = [
  [`Зорилт 1: Нийгмийн даатгалын хамралтыг нэмэгдүүлэх`, [1, 4, null, 2, 1, null, null, 1, 85.5]],
  [
    `Зорилт 2: Үйлчилгээний чанар, хүртээмжийг сайжруулах`,
    [1, 2, null, 1, null, null, 1, null, 97],
  ],
  [PART_TWO, [null, 1, 1, null, null, null, null, null, 100]],
  ["Нийт", [2, 7, 1, 3, 1, null, 1, 1, 90.7]],
];

const FULFILMENT_HEADINGS = [
  "Зорилтын агуулга",
  "Төлөвлөсөн арга хэмжээний тоо",
  "Биелэлт тооцсон арга хэмжээний тоо",
  "Дундаж биелэлт, хувь",
  "Бүрэн биелсэн (100 хувь)",
  "Хэсэгчлэн биелсэн",
  "Биелээгүй (0 хувь)",
  "Биелэлт тооцох боломжгүй",
];
/**
 * The fulfilment summary by hand: planned, with a figure, mean, fully met (100), partly met
 * (above 0, below 100), not met (0), not assessable (no figure or not due).
 */
const FULFILMENT_ROWS: [string, unknown[]][] = [
  ["Зорилт 1", ["Нийгмийн даатгалын хамралтыг нэмэгдүүлэх", 4, 3, 85.5, 0, 3, 0, 1]],
  ["Зорилт 2", ["Үйлчилгээний чанар, хүртээмжийг сайжруулах", 2, 1, 97, 0, 1, 0, 1]],
  ["Хоёр", [PART_TWO, 1, 1, 100, 1, 0, 0, 0]],
  ["Нийт", [null, 7, 5, 90.7, 1, 4, 0, 2]],
];

/**
 * The written conclusion: part one's 6 measures under 2 objectives, grouped by band (named by
 * the scheme's bounds) with each figure below 100 (98.75 → 98,8 and 68.75 → 68,8, half up),
 * not due, no figure; part two on its own; the overall 90,7; the recap by band.
 */
const CONCLUSION = [
  "Уг төлөвлөгөөнд тусгагдсан нийт 2 зорилт бүхий 6 арга хэмжээ байна. Үүнээс:",
  "70–99 хувийн биелэлттэй 3 арга хэмжээ:",
  "- Зорилт 1.1. Сайн дурын даатгалд иргэдийг хамруулах /98,8/;",
  "- Зорилт 1.2. Нийгмийн даатгалын шимтгэлийн өрийг бууруулах /88,9/;",
  "- Зорилт 2.1. Үйлчилгээг цахимаар үзүүлэх /97,0/.",
  "30–69 хувийн биелэлттэй 1 арга хэмжээ:",
  "- Зорилт 1.3. Даатгуулагчдад мэдээлэл хүргэх, сургалт зохион байгуулах /68,8/.",
  "Хэрэгжилт тооцох хугацаа болоогүй 1 арга хэмжээ:",
  "- Зорилт 2.2. Архивын баримтыг цахимжуулах.",
  "Хэрэгжилтийн хувь, үнэлгээ тогтоогоогүй 1 арга хэмжээ:",
  "- Зорилт 1.4. Өргөдөл, гомдлыг цахимаар хүлээн авах.",
  "Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний хэсэгт 1 арга хэмжээ байна. Хэсгийн хэрэгжилт 100,0 хувьтай. Үүнээс:",
  "100 хувийн биелэлттэй 1 арга хэмжээ:",
  "- Арга хэмжээ 1. Нийгмийн даатгалын багц хуулийн сургалтад хамрагдах.",
  "Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц 2026 оны эхний хагас жилийн байдлаар 90,7 хувьтай дүгнэгдэв.",
  "Хэрэгжилтийг арга хэмжээ тус бүрээр авч үзвэл:",
  "- 70–99 хувийн биелэлттэй 3 арга хэмжээ",
  "- 30–69 хувийн биелэлттэй 1 арга хэмжээ",
  "- Хэрэгжилт тооцох хугацаа болоогүй 1 арга хэмжээ",
  "- Хэрэгжилтийн хувь, үнэлгээ тогтоогоогүй 1 арга хэмжээ",
  "- 100 хувийн биелэлттэй 1 арга хэмжээ байна.",
];

/** Both summary sheets hold the figures worked out by hand. */
function expectSummaries(wb: MemoryWorkbook): void {
  const tovchoo = sheetOf(wb, TOVCHOO);
  const table = tableByHeadings(tovchoo, [3, 4], TOVCHOO_HEADINGS);
  expect([...table.keys()]).toEqual(TOVCHOO_ROWS.map(([label]) => label));
  for (const [label, figures] of TOVCHOO_ROWS) {
    const row = table.get(label) ?? {};
    expect([label, TOVCHOO_HEADINGS.map((h) => row[h])]).toEqual([label, figures]);
    // The band columns and «Үнэлгээгүй» add up to the row's measures.
    const banded = BANDS.reduce((n, b) => n + Number(row[b] ?? 0), 0);
    expect([label, banded]).toEqual([label, row["Арга хэмжээний тоо"]]);
  }
  // The conclusion under the table, a paragraph a row.
  const total = cellUnder(tovchoo, "Нийт", "Зорилтын тоо", [3, 4]);
  const below = Object.entries(tovchoo.cells)
    .map(([a, c]) => [parseAddress(a), c.value] as const)
    .filter(([pos, v]) => pos && pos.col === 0 && pos.row > (parseAddress(total)?.row ?? 0) && v)
    .sort(([a], [b]) => (a?.row ?? 0) - (b?.row ?? 0))
    .map(([, v]) => v);
  expect(below).toEqual(CONCLUSION);

  const fulfilment = tableByHeadings(sheetOf(wb, FULFILMENT), [3, 4], FULFILMENT_HEADINGS);
  expect([...fulfilment.keys()]).toEqual(FULFILMENT_ROWS.map(([label]) => label));
  for (const [label, figures] of FULFILMENT_ROWS) {
    const row = fulfilment.get(label) ?? {};
    expect([label, FULFILMENT_HEADINGS.map((h) => row[h])]).toEqual([label, figures]);
  }
}

function visibleNames(wb: MemoryWorkbook): string[] {
  return wb.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
}

/** An office's report as its staff typed it in Excel: the cells and the merges. */
interface Office {
  name: string;
  /** Rows from row 1, columns from A; null for an empty cell; a cell may carry a format. */
  rows: (CellIn | null)[][];
  merges: string[];
}
type CellIn = string | number | { value: string | number; numFmt: string };

const REPORT_HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  "Гүйцэтгэлийн хувь",
  "Хугацаа /I-IV улирал/",
  "Хариуцах нэгж",
];
const PART_TWO_HEADER = [
  "Д/д",
  "Зорилтыг хэрэгжүүлэх арга хэмжээ",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Хүрэх түвшин",
  null,
  "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
  "Гүйцэтгэлийн хувь",
  "Эхлэх хугацаа",
  "Дуусах хугацаа",
];
const pct = (value: number, numFmt = "0%"): CellIn => ({ value, numFmt });

type Levels = [target: CellIn | null, achieved: CellIn | null, percent: CellIn | null];

/**
 * An office's half-year report in the organisation form: objective 1 (1.1, 1.2), objective 2
 * (2.1, 2.2) and part two's one activity, each given its [target, achieved, %]; `second`, a
 * second criterion of 1.1 ([criterion, ...levels]), under it, 1.1's Д/д, text and budget merged
 * over both rows.
 */
function office(name: string, levels: Levels[], second?: [string, ...Levels]): Office {
  const [m11, m12, m21, m22, p1] = levels;
  const row = (n: string | null, text: string | null, criterion: string, l: Levels) => [
    n,
    text,
    n === null ? null : "Шаардлагагүй",
    criterion,
    "-",
    ...l,
    "I-IV улирал",
    UNIT,
  ];
  const rows: (CellIn | null)[][] = [
    [`${name.toUpperCase()} АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ`],
    [],
    REPORT_HEADER,
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [OBJECTIVE_1],
    row("1.1.", "Сайн дурын даатгалд иргэдийг хамруулах", "Шинээр хамрагдсан иргэн", m11),
  ];
  const merges = ["A1:J1", "A5:J5"];
  if (second) {
    const [criterion, ...l] = second;
    rows.push(row(null, null, criterion, l));
    merges.push("A6:A7", "B6:B7", "C6:C7");
  }
  rows.push(
    row("1.2.", "Шимтгэлийн өрийг бууруулах", "Өрийн үлдэгдэл, сая төгрөг", m12),
    [OBJECTIVE_2],
    row("2.1.", "Үйлчилгээг цахимаар үзүүлэх", "Цахим үйлчилгээний хувь", m21),
    row("2.2.", "Архивын баримтыг цахимжуулах", "Цахимжуулсан баримт", m22),
    [],
    ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт"],
    PART_TWO_HEADER,
    [null, null, null, null, "Эхний хагас жил", "Сүүлийн хагас жил"],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, "Сургалтад хамрагдах", "Сургалтын цаг", "-", "8 цаг", ...p1, "1-р сар", "12-р сар"],
  );
  // Row numbers (1-based) of objective 2's heading and part two's heading and header.
  const at = (first: unknown) => rows.findIndex((r) => r[0] === first) + 1;
  const two = at(OBJECTIVE_2);
  const part = at("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт");
  const h = part + 1;
  merges.push(`A${two}:J${two}`, `A${part}:J${part}`, `E${h}:F${h}`);
  for (const c of "ABCDGHIJ") merges.push(`${c}${h}:${c}${h + 1}`);
  return { name, rows, merges };
}

/**
 * Four offices, as their staff typed them: a percentage typed in a "0%" cell (a fraction),
 * percentages and numbers typed as text, merged cells; Говь-Алтай has no figure in objective 1,
 * objective 2 is not due, and only part two is rated.
 * Figures by hand (gov-206 bands: 100 → 100, 70–99 → 70, 30–69 → 30):
 *   Хөвсгөл:    1.1 100 (1 in "0%"), 1.2 a debt to reduce, 44 against 40: 40 ÷ 44 × 100 =
 *               90.909… (the figures take it over the 0.9 typed in "0%", its truncation),
 *               2.1 57.3% of 60% = 95.5 (computed from the levels, typed as text), 2.2 not
 *               due, part two «100%» (text) = 100. Objective 1 (100 + 90.909) ÷ 2 = 95.45 →
 *               95.5; objective 2 95.5; total (100 + 90.909 + 95.5 + 100) ÷ 4 = 386.409 ÷ 4 =
 *               96.60 → 96.6. Complete.
 *   Завхан:     1.1 "1200" of "1500" (numbers as text) = 80, 1.2 «100%», 2.1 «70%», 2.2 1 in
 *               "0%" = 100, part two 4 hours of the half-year's 8 (a half-year report is
 *               measured against the first half's target) = 50, stated 0.5. Objective 1
 *               (80 + 100) ÷ 2 = 90.0; objective 2 (70 + 100) ÷ 2 = 85.0; total 400 ÷ 5 =
 *               80.0. Complete.
 *   Увс:        1.1 two criteria, its Д/д, text and budget merged over both rows: 100 (1 in
 *               "0%") and 460 of 500 = 92 (computed), so (100 + 92) ÷ 2 = 96; 1.2 100, 2.1 100,
 *               2.2 60, part two 100. Objective 1 (96 + 100) ÷ 2 = 98.0; objective 2
 *               (100 + 60) ÷ 2 = 80.0; total (96 + 100 + 100 + 60 + 100) ÷ 5 = 456 ÷ 5 = 91.2.
 *   Говь-Алтай: 1.1, 1.2 no level, no %; 2.1, 2.2 not due; part two 100.
 *               Total 100 ÷ 1 = 100.0, incomplete: 2 of 5 measures without a figure.
 * Ranking: complete offices by figure, 1 Хөвсгөл 96.6, 2 Увс 91.2, 3 Завхан 80.0, then the
 * incomplete Говь-Алтай 100.0 (4), however high its figure.
 */
const OFFICES: Office[] = [
  office("Хөвсгөл", [
    ["240 иргэн", "240 иргэн", pct(1)],
    ["40", "44", pct(0.9)],
    [pct(0.6), "57.3%", null],
    ["3000 баримт", "Хугацаа болоогүй", "-"],
    ["16 цаг", "16 цаг", "100%"],
  ]),
  office("Завхан", [
    ["1500", "1200", null],
    ["40", "38", "100%"],
    ["60%", "42%", "70%"],
    ["3000 баримт", "3000 баримт", pct(1)],
    ["16 цаг", "4 цаг", pct(0.5)],
  ]),
  office(
    "Увс",
    [
      ["240 иргэн", "251 иргэн", pct(1)],
      ["40", "40", pct(1)],
      [pct(0.6), pct(0.6), pct(1)],
      ["3000 баримт", "1800 баримт", pct(0.6)],
      ["16 цаг", "16 цаг", pct(1)],
    ],
    ["Гэрээгээр ажиллагчдын хамрагдалт", 500, 460, null],
  ),
  office("Говь-Алтай", [
    ["240 иргэн", null, null],
    ["40", null, null],
    [pct(0.6), "Хугацаа болоогүй", "-"],
    ["3000 баримт", "Хугацаа болоогүй", "-"],
    ["16 цаг", "16 цаг", pct(1)],
  ]),
];

const _ = null;
const ORG_WIDE = "Байгууллагын хэмжээнд";
const UNITS_MEAN = "Нэгжүүдийн хувийн энгийн дундаж (4 нэгж, үүнээс 1 нь дутуу)";
/** How an incomplete line is marked: «дутуу: 5 арга хэмжээний 2 нь үнэлгээгүй». */
const gaps = (measures: number, none: number) =>
  `дутуу: ${measures} арга хэмжээний ${none} нь үнэлгээгүй`;

/**
 * The consolidated table by hand: [office, line, measures, with a figure, %, 100, 70, 30, 0, «-»,
 * «Үнэлгээгүй»], null for an empty cell (a count of 0 is left empty, as the товчоо does).
 * Organisation-wide, pooled over the offices' measures:
 *   objective 1: 100, 90.909, 80, 100, 96, 100 → 566.909 ÷ 6 = 94.48… → 94.5 (2 of 8 without a
 *   figure)
 *   objective 2: 95.5, 70, 100, 100, 60 → 425.5 ÷ 5 = 85.1 (3 not due)
 *   part two: 100, 50, 100, 100 → 350 ÷ 4 = 87.5
 *   total: (566.909 + 425.5 + 350) ÷ 15 = 1342.409 ÷ 15 = 89.49… → 89.5
 *   the plain mean of the offices' figures: (96.6 + 80 + 91.2 + 100) ÷ 4 = 367.8 ÷ 4 = 91.95 → 92.0
 */
const CONSOLIDATED: unknown[][] = [
  ["Хөвсгөл", "Зорилт 1", 2, 2, 95.5, 1, 1, _, _, _, _],
  ["Хөвсгөл", "Зорилт 2", 2, 1, 95.5, _, 1, _, _, 1, _],
  ["Хөвсгөл", PART_TWO, 1, 1, 100, 1, _, _, _, _, _],
  ["Хөвсгөл", "Нэгжийн дүн", 5, 4, 96.6, 2, 2, _, _, 1, _],
  ["Завхан", "Зорилт 1", 2, 2, 90, 1, 1, _, _, _, _],
  ["Завхан", "Зорилт 2", 2, 2, 85, 1, 1, _, _, _, _],
  ["Завхан", PART_TWO, 1, 1, 50, _, _, 1, _, _, _],
  ["Завхан", "Нэгжийн дүн", 5, 5, 80, 2, 2, 1, _, _, _],
  ["Увс", "Зорилт 1", 2, 2, 98, 1, 1, _, _, _, _],
  ["Увс", "Зорилт 2", 2, 2, 80, 1, _, 1, _, _, _],
  ["Увс", PART_TWO, 1, 1, 100, 1, _, _, _, _, _],
  ["Увс", "Нэгжийн дүн", 5, 5, 91.2, 3, 1, 1, _, _, _],
  ["Говь-Алтай", `Зорилт 1 (${gaps(2, 2)})`, 2, 0, _, _, _, _, _, _, 2],
  ["Говь-Алтай", "Зорилт 2", 2, 0, _, _, _, _, _, 2, _],
  ["Говь-Алтай", PART_TWO, 1, 1, 100, 1, _, _, _, _, _],
  ["Говь-Алтай", `Нэгжийн дүн (${gaps(5, 2)})`, 5, 1, 100, 1, _, _, _, 2, 2],
  [ORG_WIDE, `Зорилт 1 (${gaps(8, 2)})`, 8, 6, 94.5, 3, 3, _, _, _, 2],
  [ORG_WIDE, "Зорилт 2", 8, 5, 85.1, 2, 2, 1, _, 3, _],
  [ORG_WIDE, PART_TWO, 4, 4, 87.5, 3, _, 1, _, _, _],
  [ORG_WIDE, `Нийт (бүх арга хэмжээгээр; ${gaps(20, 2)})`, 20, 15, 89.5, 8, 5, 2, _, 3, 2],
  [ORG_WIDE, UNITS_MEAN, _, _, 92, _, _, _, _, _, _],
];

/** The ranking by hand: complete offices by figure, then the incomplete one. */
const RANKING: unknown[][] = [
  [
    "Байр",
    "Нэгж",
    "Арга хэмжээний тоо",
    "Үнэлсэн арга хэмжээний тоо",
    "Хэрэгжилт, хувь",
    "Тайлбар",
  ],
  [1, "Хөвсгөл", 5, 4, 96.6, "Бүрэн"],
  [2, "Увс", 5, 5, 91.2, "Бүрэн"],
  [3, "Завхан", 5, 5, 80, "Бүрэн"],
  [4, "Говь-Алтай", 5, 1, 100, "Дутуу. Үнэлгээгүй арга хэмжээ: Зорилт 1 (2)"],
];

const CONSOLIDATED_HEADINGS = [
  "Арга хэмжээний тоо",
  "Үнэлсэн арга хэмжээний тоо",
  "Хэрэгжилт, хувь",
  ...BANDS,
];

/** A sheet's rows as arrays of values (null for empty), from row 1. */
function rowsOf(sheet: MemorySheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (!pos || cell.value === undefined) continue;
    const row = (rows[pos.row] ??= []);
    row[pos.col] = cell.value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** «Нэгтгэл» read as a person reads it: each office's lines under its name, then the ranking. */
function consolidatedTable(sheet: MemorySheet): { lines: unknown[][]; ranking: unknown[][] } {
  const columns = new Map<string, number>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (pos && (pos.row === 2 || pos.row === 3) && typeof cell.value === "string") {
      if (CONSOLIDATED_HEADINGS.includes(cell.value) && !columns.has(cell.value)) {
        columns.set(cell.value, pos.col);
      }
    }
  }
  expect([...columns.keys()].sort()).toEqual([...CONSOLIDATED_HEADINGS].sort());
  const at = (r: number, c: number | undefined) =>
    c === undefined ? null : (sheet.cells[cellAddress(r, c)]?.value ?? null);
  const lines: unknown[][] = [];
  let unit: unknown = null;
  let r = 4;
  for (; at(r, 0) !== "НЭГЖҮҮДИЙН ЭРЭМБЭ" && r < 200; r++) {
    if (at(r, 1) === null) continue;
    unit = at(r, 0) ?? unit;
    lines.push([unit, at(r, 1), ...CONSOLIDATED_HEADINGS.map((h) => at(r, columns.get(h)))]);
  }
  // The ranking: its header row («Байр» …), then a row per office.
  while (at(r, 0) !== "Байр" && r < 200) r++;
  const ranking: unknown[][] = [];
  for (; at(r, 1) !== null && r < 200; r++) {
    ranking.push([0, 1, 2, 3, 4, 5].map((c) => at(r, c)));
  }
  return { lines, ranking };
}

/** The office's report as an .xlsx file, written with exceljs. */
async function officeFile(o: Office): Promise<Buffer> {
  const file = new ExcelJS.Workbook();
  const ws = file.addWorksheet("Биелэлт");
  o.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target = ws.getCell(r + 1, c + 1);
      if (typeof cell === "object") {
        target.value = cell.value;
        target.numFmt = cell.numFmt;
      } else {
        target.value = cell;
      }
    }),
  );
  for (const range of o.merges) ws.mergeCells(range);
  return Buffer.from(await file.xlsx.writeBuffer());
}

/** Type into a cell as a person does: select it, F2 (Cyrillic comes as text input), type, Enter. */
async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  await page.keyboard.press("F2");
  await page.keyboard.insertText(text);
  await page.keyboard.press("Enter");
}

/** Put another value in a filled cell: Delete clears it, then it is typed anew. */
async function replaceIn(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  await page.keyboard.press("Delete");
  await typeInto(page, address, text);
}

/** «Хадгалах (.xlsx)»: the downloaded file's name and bytes. */
async function downloaded(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent("download");
  await book(page).getByRole("button", { name: "Хадгалах (.xlsx)" }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** The findings Шалгах lists: each link's text (its cell, then the message). */
async function findingTexts(page: Page): Promise<string[]> {
  const panel = pane(page).getByRole("tabpanel");
  const links = panel.getByRole("listitem").getByRole("button", { name: /^[A-Z]+\d+ / });
  return (await links.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

/** Click a button of Загвар that makes a sheet; the new sheet's name, as the pane says it. */
async function newSheetBy(page: Page, button: string): Promise<string> {
  // Counted among the visible sheets: the ones kept aside for an undo go as the next action comes.
  const count = visibleNames(await workbook(page)).length;
  await pane(page).getByRole("button", { name: button }).click();
  await bookWhen(page, (wb) => visibleNames(wb).length > count);
  const made = await pane(page)
    .getByText(/«[^»]+» хуудас үүслээ\./)
    .innerText();
  const name = /«([^»]+)»/.exec(made)?.[1] ?? "";
  expect(activeName(await workbook(page))).toBe(name);
  return name;
}

/** Type a row's cells, column by column. */
async function typeRow(page: Page, row: number, values: Record<string, string>): Promise<void> {
  for (const [col, text] of Object.entries(values)) await typeInto(page, `${col}${row}`, text);
}

/** Select a cell of an activity, then «Арга хэмжээ нэмэх» or «Шалгуур нэмэх» in the pane. */
async function paneRow(page: Page, cell: string, button: string, selects: string): Promise<void> {
  await gridCell(page, cell).click();
  await pane(page).getByRole("button", { name: button }).click();
  await pane(page)
    .getByText(`«${PLAN}» хуудсанд шинэ мөр нэмж, ${selects} нүдийг сонголоо.`)
    .waitFor();
  expect(await selectedCell(page)).toBe(selects);
}

/** Right-click a cell, «Дээр мөр оруулах»: a row goes in above it. */
async function insertRowAbove(page: Page, cell: string): Promise<void> {
  const before = JSON.stringify(activeSheet(await workbook(page)).cells);
  await gridCell(page, cell).click({ button: "right" });
  await page
    .getByRole("menu", { name: "Нүдний цэс" })
    .getByRole("menuitem", { name: "Дээр мөр оруулах" })
    .click();
  await bookWhen(page, (wb) => JSON.stringify(activeSheet(wb).cells) !== before);
}

function activeName(wb: MemoryWorkbook): string {
  return activeSheet(wb).name;
}

function activeSheet(wb: MemoryWorkbook): MemorySheet {
  const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId);
  if (!sheet) throw new Error("no active sheet");
  return sheet;
}

/** The workbook once it satisfies `ready` (a pane run lands when it ends). */
async function bookWhen(
  page: Page,
  ready: (wb: MemoryWorkbook) => boolean,
): Promise<MemoryWorkbook> {
  for (let i = 0; i < 200; i++) {
    const wb = await workbook(page);
    if (ready(wb)) return wb;
    await page.waitForTimeout(50);
  }
  throw new Error("the workbook never changed as expected");
}

/** Show a sheet by its tab, as a person does. */
async function showSheet(page: Page, name: string): Promise<void> {
  await sheetTab(page, name).click();
  await page.waitForFunction(
    (n) => document.querySelector('[role="grid"]')?.getAttribute("aria-label") === n,
    name,
  );
}

/** A cell's value and number format, the two things a copy must keep. */
function held(cell: MemoryCell | undefined): { value?: unknown; numberFormat?: string } {
  const out: { value?: unknown; numberFormat?: string } = {};
  if (cell?.value !== undefined) out.value = cell.value;
  if (cell?.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  return out;
}

/** Values by address, only the filled cells. */
function valuesOf(sheet: MemorySheet): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([, c]) => c.value !== undefined)
      .map(([a, c]) => [a, c.value]),
  );
}

/**
 * A summary table read by its headings: for each data row, keyed by its first cell, the values
 * under each heading (searched in the given header rows, 1-based), null for an empty cell.
 */
function tableByHeadings(
  sheet: MemorySheet,
  headerRows: number[],
  headings: string[],
): Map<string, Record<string, unknown>> {
  const columns = new Map<string, number>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (!pos || !headerRows.includes(pos.row + 1)) continue;
    if (typeof cell.value === "string" && headings.includes(cell.value.trim())) {
      columns.set(cell.value.trim(), pos.col);
    }
  }
  expect([...columns.keys()].sort()).toEqual([...headings].sort());
  const rows = new Map<string, Record<string, unknown>>();
  // From the row under the headings down to the total row («Нийт»).
  for (let r = Math.max(...headerRows); r < Math.max(...headerRows) + 200; r++) {
    const first = sheet.cells[cellAddress(r, 0)]?.value;
    if (typeof first !== "string" || first.trim() === "") continue;
    const row: Record<string, unknown> = {};
    for (const [h, c] of columns) row[h] = sheet.cells[cellAddress(r, c)]?.value ?? null;
    rows.set(first.trim(), row);
    if (first.trim() === "Нийт") break;
  }
  return rows;
}

/** The address of the cell under `heading` in the row whose first cell is `rowLabel`. */
function cellUnder(
  sheet: MemorySheet,
  rowLabel: string,
  heading: string,
  headerRows: number[],
): string {
  let row = -1;
  let col = -1;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseAddress(address);
    if (!pos || typeof cell.value !== "string") continue;
    if (pos.col === 0 && cell.value.trim() === rowLabel) row = pos.row;
    if (headerRows.includes(pos.row + 1) && cell.value.trim() === heading) col = pos.col;
  }
  if (row < 0 || col < 0) throw new Error(`no cell for ${rowLabel} / ${heading}`);
  return cellAddress(row, col);
}

describe("the year's cycle, as a staff member does it", () => {
  it("1. makes the plan in the pane and types 2 objectives and 6 activities into the grid", async () => {
    session = await openPreview(browser);
    const { page } = session;
    const p = pane(page);
    await p.getByLabel("Баримт бичгийн төрөл").selectOption("org-plan");
    await p.getByLabel("Байгууллагын нэр").fill(ORG);
    await p.getByLabel("Он").fill("2026");
    await p.getByLabel("Баталсан албан тушаалтны нэр").fill(APPROVER);
    await p.getByRole("button", { name: "Хүснэгт үүсгэх" }).click();
    await p.getByText(`«${PLAN}» хуудас үүслээ.`).waitFor();
    // The template: header row 9, column numbers 10, «Зорилт 1.» 11, «1.1.» 12, an empty row 13,
    // part two from row 14 (its empty template row numbered 1 on row 18).
    let plan = sheetOf(await workbook(page), PLAN);
    expect(valuesOf(plan)).toMatchObject({ A11: "Зорилт 1.", A12: "1.1.", A14: PART_TWO, A18: 1 });
    expect(plan.cells.A13?.value).toBeUndefined();

    // Objective 1: F2 keeps «Зорилт 1.», the text goes after it.
    await typeInto(page, "A11", " Нийгмийн даатгалын хамралтыг нэмэгдүүлэх");
    // 1.1: two criteria, a count with its unit as text and plain numbers.
    await typeRow(page, 12, {
      B: "Сайн дурын даатгалд иргэдийг хамруулах",
      C: "Шаардлагагүй",
      D: "Сайн дурын даатгалд шинээр хамрагдсан иргэн",
      E: "200 иргэн",
      F: "240 иргэн",
      G: "I-IV улирал",
      H: UNIT,
    });
    // The pane's «Шалгуур нэмэх»: a row under 1.1, its Д/д, text and budget merged over it.
    await paneRow(page, "B12", "Шалгуур нэмэх", "D13");
    await typeRow(page, 13, {
      D: "Хөдөлмөрийн гэрээгүй ажиллагчдын даатгалд хамрагдалт",
      E: "1200",
      F: "1500",
      G: "I-IV улирал",
      H: UNIT,
    });
    // 1.2 from the pane's «Арга хэмжээ нэмэх» (numbered by the add-in): lower is better.
    await paneRow(page, "B12", "Арга хэмжээ нэмэх", "B14");
    await typeRow(page, 14, {
      B: "Нийгмийн даатгалын шимтгэлийн өрийг бууруулах",
      C: "-",
      D: "Шимтгэлийн өрийн үлдэгдэл",
      E: "50 сая төгрөг",
      F: "40 сая төгрөг",
      G: "II улирал",
      H: "Санхүүгийн тасаг",
    });
    // 1.3 by the grid's context menu on the empty row under the activities, numbered by hand.
    await insertRowAbove(page, "B15");
    await typeRow(page, 15, {
      A: "1.3.",
      B: "Даатгуулагчдад мэдээлэл хүргэх, сургалт зохион байгуулах",
      C: "2 сая төгрөг",
      D: "Зохион байгуулсан сургалтын тоо",
      E: "4",
      F: "8",
      G: "I-IV улирал",
      H: UNIT,
    });
    // Its second criterion by Ctrl++ («Мөрийг бүхэлд нь» is the dialog's answer): target «Тухай бүр».
    await gridCell(page, "B16").click();
    await page.keyboard.press("Control+Shift+Equal");
    await page.getByRole("dialog", { name: "Оруулах" }).getByRole("button", { name: "За" }).click();
    await bookWhen(page, (wb) => sheetOf(wb, PLAN).cells.A18?.value === PART_TWO);
    await typeRow(page, 16, {
      D: "Иргэдэд хүргэсэн зөвлөгөө, мэдээлэл",
      E: "-",
      F: "Тухай бүр",
      G: "I-IV улирал",
      H: UNIT,
    });
    // 1.4 from the pane again, after 1.3's two rows: a qualitative target.
    await paneRow(page, "B15", "Арга хэмжээ нэмэх", "B17");
    await typeRow(page, 17, {
      B: "Өргөдөл, гомдлыг цахимаар хүлээн авах",
      C: "Шаардлагагүй",
      D: "Цахим системд шилжих",
      E: "-",
      F: "Хийгдэх",
      G: "III улирал",
      H: "Мэдээллийн технологийн алба",
    });
    // Objective 2 on a row of its own (a section row), then 2.1 on another, both by the menu.
    await insertRowAbove(page, "B18");
    await typeInto(page, "A18", OBJECTIVE_2);
    await insertRowAbove(page, "B19");
    // 98.5% typed into a General cell: 0.985 shown 98.5% ("0.0%"), as Excel takes it (en-US).
    await typeRow(page, 19, {
      A: "2.1.",
      B: "Үйлчилгээг цахимаар үзүүлэх",
      C: "Шаардлагагүй",
      D: "Үйлчлүүлэгчийн сэтгэл ханамж",
      E: "90%",
      F: "98.5%",
      G: "IV улирал",
      H: UNIT,
    });
    await paneRow(page, "B19", "Шалгуур нэмэх", "D20");
    await typeRow(page, 20, {
      D: "Цахимаар үзүүлсэн үйлчилгээний эзлэх хувь",
      E: "55%",
      F: "60%",
      G: "I-IV улирал",
      H: UNIT,
    });
    // 2.2: the pane numbers it «2.2.» after 2.1.
    await paneRow(page, "B19", "Арга хэмжээ нэмэх", "B21");
    await typeRow(page, 21, {
      B: "Архивын баримтыг цахимжуулах",
      C: "5 сая төгрөг",
      D: "Цахимжуулсан архивын баримт",
      E: "-",
      F: "3000 баримт",
      G: "IV улирал",
      H: "Архив",
    });
    // Part two: its template row (numbered 1, now row 27) filled with one knowledge-and-skills
    // activity, so that part two has a measure of its own (a line of its own in the summaries).
    await typeRow(page, 27, {
      B: "Нийгмийн даатгалын багц хуулийн сургалтад хамрагдах",
      C: "Сургалтад хамрагдсан цаг",
      D: "4 цаг",
      E: "8 цаг",
      F: "16 цаг",
      G: "1-р сар",
      H: "12-р сар",
    });

    plan = await bookWhen(page, (wb) => sheetOf(wb, PLAN).cells.H27?.value === "12-р сар").then(
      (wb) => sheetOf(wb, PLAN),
    );
    expect(valuesOf(plan)).toMatchObject({
      A7: "БАЯНЗҮРХ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТЭС 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
      A4: APPROVER,
      A11: OBJECTIVE_1,
      A12: "1.1.",
      A14: "1.2.",
      A15: "1.3.",
      A17: "1.4.",
      A18: OBJECTIVE_2,
      A19: "2.1.",
      A21: "2.2.",
      A23: PART_TWO,
      A27: 1,
      E13: 1200,
      F13: 1500,
      E15: 4,
      F15: 8,
    });
    // Percentages as Excel stores them: "98.5%" → 0.985 shown "98.5%"; "60%" → 0.6.
    expect(held(plan.cells.F19)).toEqual({ value: 0.985, numberFormat: "0.0%" });
    expect(held(plan.cells.E19)).toEqual({ value: 0.9, numberFormat: "0%" });
    expect(plan.cells.F20?.value).toBe(0.6);
    await expect(gridCell(page, "F19").innerText()).resolves.toBe("98.5%");
    // The pane's rows: 1.1's Д/д, text and budget merged over its two criteria, as 2.1's.
    for (const top of [11, 18]) {
      for (const col of [0, 1, 2]) {
        expect(plan.merges).toContainEqual({ top, left: col, bottom: top + 1, right: col });
      }
    }
    await shot(page, "50-year-plan-typed");
  });

  it("2. makes the half-year report: a copy of the plan with two columns added", async () => {
    const { page } = session;
    const p = pane(page);
    const before = await workbook(page);
    await p.getByRole("button", { name: "Биелэлт үүсгэх" }).click();
    await p.getByText(`«${REPORT}» хуудас үүслээ.`).waitFor();
    const wb = await workbook(page);
    const plan = sheetOf(before, PLAN);
    const report = sheetOf(wb, REPORT);
    expect(activeName(wb)).toBe(REPORT);
    // The plan is not changed.
    expect(sheetOf(wb, PLAN)).toEqual(plan);

    // What the add-in owns: the title (7), the header and column-number rows of both parts
    // (9–10; 24–26), part two's heading (23, now «…биелэлт») and the two new columns G and H.
    expect(report.cells.A7?.value).toBe(
      "БАЯНЗҮРХ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТЭС 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ",
    );
    expect(valuesOf(report)).toMatchObject({
      G9: "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      H9: "Гүйцэтгэлийн хувь",
      I9: "Хугацаа /I-IV улирал/",
      J9: "Хариуцах нэгж",
      G24: "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      H24: "Гүйцэтгэлийн хувь",
    });
    expect(String(report.cells.A23?.value)).toMatch(/^Хоёр\. Мэдлэг, ур чадвараа дээшлүүлэх/);
    const owned = new Set([7, 9, 10, 23, 24, 25, 26]);
    const differ: string[] = [];
    for (const [address, cell] of Object.entries(plan.cells)) {
      const pos = parseAddress(address);
      if (!pos || owned.has(pos.row + 1)) continue;
      // Columns right of the target (F) moved two to the right.
      const moved = cellAddress(pos.row, pos.col > 5 ? pos.col + 2 : pos.col);
      const want = held(cell);
      const got = held(report.cells[moved]);
      if (JSON.stringify(want) !== JSON.stringify(got)) {
        differ.push(`${address} ${JSON.stringify(want)} → ${moved} ${JSON.stringify(got)}`);
      }
    }
    expect(differ).toEqual([]);
    // The new columns are empty in every data row; the approver's name is kept.
    for (let r = 11; r <= 27; r++) {
      if (owned.has(r)) continue;
      expect([`G${r}`, report.cells[`G${r}`]?.value]).toEqual([`G${r}`, undefined]);
      expect([`H${r}`, report.cells[`H${r}`]?.value]).toEqual([`H${r}`, undefined]);
    }
    expect(report.cells.A4?.value).toBe(APPROVER);
  });

  it("2. types the achieved levels into «Хүрсэн түвшин…»", async () => {
    const { page } = session;
    await typeInto(page, "G12", "234 иргэн");
    await typeInto(page, "G13", "1650");
    await typeInto(page, "G14", "45 сая төгрөг");
    await typeInto(page, "G15", "3");
    // «Тухай бүр»: no figure to compute; the evaluator gives one by hand, typing 100 into the
    // «0%» cell: Excel's automatic percent entry takes it as 100 % (1).
    await typeInto(page, "G16", "Сар бүр хүргэсэн");
    await typeInto(page, "H16", "100");
    // Qualitative, not the target's word: no figure.
    await typeInto(page, "G17", "Хийгдсэн");
    await typeInto(page, "G19", "97%");
    await typeInto(page, "G20", "57.3%");
    // Not due: said in the level, «-» in the fulfilment cell.
    await typeInto(page, "G21", "Хугацаа болоогүй");
    await typeInto(page, "H21", "-");
    await typeInto(page, "G27", "16 цаг");
    const report = sheetOf(
      await bookWhen(page, (wb) => sheetOf(wb, REPORT).cells.G27?.value === "16 цаг"),
      REPORT,
    );
    expect(held(report.cells.G20)).toEqual({ value: 0.573, numberFormat: "0.0%" });
    expect(held(report.cells.H16)).toEqual({ value: 1, numberFormat: "0%" });
    expect(report.cells.H21?.value).toBe("-");
    await shot(page, "51-year-report-levels");
  });

  it("3. computes the fulfilment % and shows each figure with the cells it comes from", async () => {
    const { page } = session;
    const p = pane(page);
    beforeCompute = await workbook(page);
    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    // Seven criteria have a figure to compute; H16 and H21 hold what a person typed.
    await p.getByText(`«${REPORT}» хуудасны 7 нүдийг бөглөлөө.`).waitFor();
    const report = sheetOf(await workbook(page), REPORT);
    afterCompute = await workbook(page);
    for (const [cell, fraction, format] of COMPUTED) {
      expect([cell, report.cells[cell]?.value]).toEqual([cell, expect.closeTo(fraction, 12)]);
      expect([cell, report.cells[cell]?.numberFormat]).toEqual([cell, format]);
    }
    // What a person typed is left; a criterion without a figure to compute stays empty.
    expect(held(report.cells.H16)).toEqual({ value: 1, numberFormat: "0%" });
    expect(report.cells.H21?.value).toBe("-");
    expect(report.cells.H17?.value).toBeUndefined();
    await expect(gridCell(page, "H14").innerText()).resolves.toBe("88.9%");
    await expect(gridCell(page, "H13").innerText()).resolves.toBe("100%");

    // The figures: a line per objective, part two's line, «Нийт»; each with its cells.
    const figures = p.getByRole("region", { name: "Тооцоолсон дүн" }).getByRole("listitem");
    const lines = (await figures.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    expect(lines).toEqual([
      `Зорилт 1: ${FIG.objective1}% H12 H13 H14 H15 H16 нүдний дундаж`,
      `Зорилт 2: ${FIG.objective2}% H19 H20 нүдний дундаж`,
      `${PART_TWO}: ${FIG.partTwo}% H27 нүдний дундаж`,
      `Нийт: ${FIG.overall}% H12 H13 H14 H15 H16 H19 H20 H27 нүдний дундаж`,
    ]);
    // A cell's link selects it in the grid.
    await figures.nth(1).getByRole("button", { name: "H20 нүдийг харуулах" }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[role="grid"] [aria-selected="true"]')
          ?.getAttribute("data-cell") === "H20",
    );
    await shot(page, "52-year-report-computed");
  });

  it("5. «Буцаах» undoes Compute: the cells are back as they were; Compute again", async () => {
    const { page } = session;
    const p = pane(page);
    const undoBar = p.getByRole("group", { name: "Буцаах" });
    await expect(undoBar.innerText()).resolves.toContain("Сүүлийн үйлдэл: Тооцоолол");
    await undoBar.getByRole("button", { name: "Буцаах" }).click();
    await p.getByText("«Тооцоолол» буцаагдлаа.").waitFor();
    const undone = await workbook(page);
    // Every sheet and the add-in's state (which cells it computed) as before Compute.
    expect(undone.sheets).toEqual(beforeCompute.sheets);
    expect(undone.settings).toEqual(beforeCompute.settings);
    await expect(gridCell(page, "H14").innerText()).resolves.toBe("");
    await shot(page, "53-year-compute-undone");

    // Done again: the same cells, the same figures.
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText(`«${REPORT}» хуудасны 7 нүдийг бөглөлөө.`).waitFor();
    const again = await workbook(page);
    expect(sheetOf(again, REPORT)).toEqual(sheetOf(afterCompute, REPORT));
    expect(again.settings).toEqual(afterCompute.settings);
  });

  it("4. writes the товчоо and the fulfilment summary, every figure as worked out by hand", async () => {
    const { page } = session;
    const p = pane(page);
    await p.getByRole("tab", { name: "Нэгтгэл" }).click();
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    await p.getByText(`Нэгтгэлийг «${TOVCHOO}», «${FULFILMENT}» хуудсанд бичлээ.`).waitFor();
    const wb = await workbook(page);
    expect(visibleNames(wb)).toEqual(["Sheet1", PLAN, REPORT, TOVCHOO, FULFILMENT]);
    expectSummaries(wb);
    // The conclusion in the pane, as on the sheet.
    const shown = await p.getByRole("region", { name: "Дүгнэлт" }).locator("p").allInnerTexts();
    expect(shown).toEqual(CONCLUSION);
    await showSheet(page, TOVCHOO);
    await shot(page, "54-year-tovchoo");
    await showSheet(page, FULFILMENT);
    await shot(page, "55-year-fulfilment-summary");
  });

  it("4. «Нэгтгэл үүсгэх» again with «Товчоо» active summarises the report again, in place", async () => {
    const { page } = session;
    const p = pane(page);
    await showSheet(page, TOVCHOO);
    const before = await workbook(page);
    const ids = before.sheets.map((s) => s.id);
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    const wb = await bookWhen(page, (w) => !ids.includes(sheetOf(w, TOVCHOO).id));
    await p.getByText(`Нэгтгэлийг «${TOVCHOO}», «${FULFILMENT}» хуудсанд бичлээ.`).waitFor();
    // The same names in the same places: no «Товчоо (2)», nothing added.
    expect(visibleNames(wb)).toEqual(["Sheet1", PLAN, REPORT, TOVCHOO, FULFILMENT]);
    expect(wb.sheets.map((s) => s.name).filter((n) => /\(\d+\)/.test(n))).toEqual([]);
    expectSummaries(await workbook(page));
    for (const name of [TOVCHOO, FULFILMENT]) {
      expect(valuesOf(sheetOf(wb, name))).toEqual(valuesOf(sheetOf(before, name)));
    }
  });

  it("6. saves, reopens the same bytes, summarises again in place; Шалгах finds the summaries current", async () => {
    const { page } = session;
    const p = pane(page);
    const before = await workbook(page);
    const saved = await downloaded(page);
    await openFile(page, saved.name, saved.bytes);
    const reopened = await workbook(page);
    expect(visibleNames(reopened)).toEqual(visibleNames(before));
    expect(valuesOf(sheetOf(reopened, REPORT))).toEqual(valuesOf(sheetOf(before, REPORT)));
    expectSummaries(reopened);

    // The summaries of the reopened report: replaced where they are, not added beside.
    await showSheet(page, REPORT);
    await p.getByRole("tab", { name: "Нэгтгэл" }).click();
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    await p.getByText(`Нэгтгэлийг «${TOVCHOO}», «${FULFILMENT}» хуудсанд бичлээ.`).waitFor();
    const wb = await workbook(page);
    expect(visibleNames(wb)).toEqual(["Sheet1", PLAN, REPORT, TOVCHOO, FULFILMENT]);
    expect(wb.sheets.map((s) => s.name).filter((n) => /\(\d+\)/.test(n))).toEqual([]);
    expectSummaries(wb);

    // Шалгах on the report: nothing about its summaries (they say what the table says).
    await showSheet(page, REPORT);
    await p.getByRole("tab", { name: "Шалгах" }).click();
    const panel = p.getByRole("tabpanel");
    await panel.getByRole("button", { name: "Шалгах", exact: true }).click();
    await expect(p.getByRole("status").innerText()).resolves.toMatch(/^«Биелэлт» хуудас/);
    expect(await findingTexts(page)).not.toContainEqual(expect.stringMatching(/[Нн]эгтгэл/));
    await shot(page, "56-year-reopened-checked");
  });

  it("6. a level typed afresh: Шалгах reports the stale % and the stale товчоо at its cell", async () => {
    const { page } = session;
    const p = pane(page);
    const panel = p.getByRole("tabpanel");
    // 1.3: four trainings, not three. H15 still holds Compute's 37.5 %: Шалгах reports H15,
    // and the figures count the computed 4 ÷ 8 × 100 = 50 already: 1.3 = (50 + 100) ÷ 2 = 75.
    await replaceIn(page, "G15", "4");
    // 2.2 is done after all: the level reached, and its «-» taken out.
    await replaceIn(page, "G21", "3000 баримт");
    await gridCell(page, "H21").click();
    await page.keyboard.press("Delete");
    await bookWhen(page, (wb) => sheetOf(wb, REPORT).cells.H21?.value === undefined);
    await panel.getByRole("button", { name: "Шалгах", exact: true }).click();
    await p.getByText("H15 Гүйцэтгэлийн хувь 37.5% гэж бичсэн, тооцоход 50% байна").waitFor();
    const texts = await findingTexts(page);
    // The товчоо, made before 2.2 had a figure: 2.2 = 3000 ÷ 3000 × 100 = 100, so
    // objective 2 = (97 + 100) ÷ 2 = 98.5 (was 97) and the total, pooled,
    // (98.75 + 88.89 + 75 + 97 + 100 + 100) ÷ 6 = 559.64 ÷ 6 = 93.27… → 93.3 (was 90.7).
    const tovchoo = sheetOf(await workbook(page), TOVCHOO);
    const objective2 = cellUnder(tovchoo, TOVCHOO_ROWS[1][0], "Хэрэгжилт хувь", [3, 4]);
    const total = cellUnder(tovchoo, "Нийт", "Хэрэгжилт хувь", [3, 4]);
    expect(texts).toContainEqual(expect.stringMatching(new RegExp(`^${objective2} .*97.*98[.,]5`)));
    expect(texts).toContainEqual(expect.stringMatching(new RegExp(`^${total} .*90[.,]7.*93[.,]3`)));
    // Its link selects the cell on «Товчоо».
    await panel
      .getByRole("button", { name: new RegExp(`^${objective2} .*98[.,]5`) })
      .first()
      .click();
    await page.waitForFunction(
      (n) => document.querySelector('[role="grid"]')?.getAttribute("aria-label") === n,
      TOVCHOO,
    );
    expect(await selectedCell(page)).toBe(objective2);
    await shot(page, "57-year-stale-tovchoo");
    // H15: 4 ÷ 8 × 100 = 50; the fix is shown as a person types it.
    const h15 = panel.getByRole("listitem").filter({ hasText: /^H15 / });
    await expect(h15.innerText()).resolves.toContain("Засвар: «50%»");
  });

  it("7. the year-end report of the half-year report, its levels typed", async () => {
    const { page } = session;
    const p = pane(page);
    await showSheet(page, REPORT);
    const half = sheetOf(await workbook(page), REPORT);
    await p.getByRole("tab", { name: "Загвар" }).click();
    const yearEndName = await newSheetBy(page, "Жилийн эцсийн биелэлт");
    let yearEnd = sheetOf(await workbook(page), yearEndName);
    expect(yearEnd.cells.A7?.value).toBe(
      "БАЯНЗҮРХ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТЭС 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ",
    );
    // G: the half-year's levels; H, I: the year-end's achieved level and %, empty.
    expect(valuesOf(yearEnd)).toMatchObject({
      G9: "Эхний хагас жилд хүрсэн",
      H9: "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      I9: "Гүйцэтгэлийн хувь",
      G24: "Эхний хагас жилд хүрсэн",
      H24: "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      I24: "Гүйцэтгэлийн хувь",
    });
    for (const r of [12, 13, 14, 15, 16, 17, 19, 20, 21, 27]) {
      expect([`G${r}`, held(yearEnd.cells[`G${r}`])]).toEqual([`G${r}`, held(half.cells[`G${r}`])]);
      expect([`H${r}`, yearEnd.cells[`H${r}`]?.value]).toEqual([`H${r}`, undefined]);
      expect([`I${r}`, yearEnd.cells[`I${r}`]?.value]).toEqual([`I${r}`, undefined]);
    }

    // The year-end levels: some typed, 1.4 not due, 1.3's second criterion and 2.2 not given.
    await typeInto(page, "H12", "251 иргэн");
    await typeInto(page, "H13", "1720");
    await typeInto(page, "H14", "38 сая төгрөг");
    await typeInto(page, "H15", "8");
    await typeInto(page, "H17", "Хугацаа болоогүй");
    await typeInto(page, "H19", "98%");
    await typeInto(page, "H20", "61.2%");
    await typeInto(page, "H27", "20 цаг");
    yearEnd = sheetOf(
      await bookWhen(page, (wb) => sheetOf(wb, yearEndName).cells.H27?.value === "20 цаг"),
      yearEndName,
    );
    await shot(page, "58-year-end-report");
    // Both parts' column numbers run 1 to 11 over the eleven columns.
    const numbers = (row: number) =>
      Array.from({ length: 11 }, (_, c) => yearEnd.cells[cellAddress(row - 1, c)]?.value);
    expect(numbers(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(numbers(26)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("7. next year's plan from the year-end report", async () => {
    const { page } = session;
    const nextName = await newSheetBy(page, "Дараа жилийн төлөвлөгөө");
    const wb = await workbook(page);
    const next = sheetOf(wb, nextName);
    const plan = sheetOf(wb, PLAN);
    expect(next.cells.A7?.value).toBe(
      "БАЯНЗҮРХ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТЭС 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
    );
    // The baselines: the level reached where one was typed, else (not due, not given) the old.
    const baselines: [string, unknown][] = [
      ["E12", "251 иргэн"],
      ["E13", 1720],
      ["E14", "38 сая төгрөг"],
      ["E15", 8],
      ["E16", "-"], // not given: the old baseline
      ["E17", "-"], // «Хугацаа болоогүй»: the old baseline
      ["E19", 0.98],
      ["E20", 0.612],
      ["E21", "-"], // not given: the old baseline
      ["D27", "20 цаг"],
    ];
    for (const [cell, value] of baselines) {
      expect([cell, next.cells[cell]?.value]).toEqual([cell, value]);
    }
    expect(held(next.cells.E20)).toEqual({ value: 0.612, numberFormat: "0.0%" });
    // Targets left for the planner: part one's F, part two's two half-year columns.
    for (const cell of [
      "F12",
      "F13",
      "F14",
      "F15",
      "F16",
      "F17",
      "F19",
      "F20",
      "F21",
      "E27",
      "F27",
    ]) {
      expect([cell, next.cells[cell]?.value]).toEqual([cell, undefined]);
    }
    // Otherwise the plan it all began with, cell for cell: the report's columns are gone.
    const changed = new Set(["A7", ...baselines.map(([c]) => c)]);
    const differ = Object.entries(valuesOf(plan)).filter(
      ([a, v]) =>
        !changed.has(a) && !/^F(1[2-9]|2[01])$|^E27$|^F27$/.test(a) && next.cells[a]?.value !== v,
    );
    expect(differ).toEqual([]);
    const extra = Object.keys(valuesOf(next)).filter((a) => plan.cells[a]?.value === undefined);
    expect(extra.filter((a) => !changed.has(a))).toEqual([]);
    await shot(page, "59-year-next-plan");
  });

  it("8. the anti-corruption programme's report: the example rated 100 and 95", async () => {
    // A new workbook page: the previous one is done.
    expect(session.outside).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.close();
    session = await openPreview(browser);
    const { page } = session;
    const p = pane(page);
    await p.getByLabel("Баримт бичгийн төрөл").selectOption("anticorruption-report");
    await p.getByLabel("Байгууллагын нэр").fill("Нийгмийн даатгалын ерөнхий газар");
    await p.getByLabel("Он").fill("2026");
    await p.getByRole("button", { name: "Жишээ хүснэгт" }).click();
    await p.getByText(`«${ANTI}» хуудас үүслээ.`).waitFor();
    const sheet = sheetOf(await workbook(page), ANTI);
    // Two measures of programme item 1, rated 100 and 95: (100 + 95) ÷ 2 = 97.5.
    expect(valuesOf(sheet)).toMatchObject({ F4: 100, F5: 95, A6: "Дундаж үнэлгээ", F6: 97.5 });

    // 95 is a valid rating under ndeg-anticorruption-2019 (any 0–100), not under gov-206.
    await p.getByRole("tab", { name: "Шалгах" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    await expect(p.getByRole("status").innerText()).resolves.toMatch(/: 0 зөрчил олдлоо\.$/);
    const check = checkGrid({ ...gridOf(sheet), sheet: ANTI }, DEFAULT_SETTINGS);
    expect(check.ok && check.findings.map((f) => f.code)).toEqual([]);

    await p.getByRole("tab", { name: "Нэгтгэл" }).click();
    await p.getByRole("button", { name: "Нэгтгэл үүсгэх" }).click();
    await p.getByText(`Нэгтгэлийг «${TOVCHOO}», «${FULFILMENT}» хуудсанд бичлээ.`).waitFor();
    const tovchoo = sheetOf(await workbook(page), TOVCHOO);
    const headings = ["Зорилтын тоо", "Арга хэмжээний тоо", ...ANTI_BANDS, "Хэрэгжилт хувь"];
    const table = tableByHeadings(tovchoo, [3, 4], headings);
    // Both ratings in «100 /90-100/»; the figure 97.5.
    const item =
      "Зорилт 1: Төрийн үйлчилгээний нээлттэй байдлыг хангаж, хүртээмж, үр ашгийг нэмэгдүүлэх";
    expect([...table.keys()]).toEqual([item, "Нийт"]);
    for (const label of [item, "Нийт"]) {
      expect(headings.map((h) => table.get(label)?.[h])).toEqual([
        1,
        2,
        2,
        null,
        null,
        null,
        null,
        97.5,
      ]);
    }
    const conclusion = await p
      .getByRole("region", { name: "Дүгнэлт" })
      .locator("p")
      .allInnerTexts();
    expect(conclusion[0]).toBe(
      "Уг төлөвлөгөөнд тусгагдсан нийт 1 зорилт бүхий 2 арга хэмжээ байна. Үүнээс:",
    );
    expect(conclusion).toContainEqual(expect.stringMatching(/ \/95,0\/\.$/));
    expect(conclusion).toContain(
      "Төлөвлөгөөнд тусгагдсан зорилт, арга хэмжээний хэрэгжилтийн явц 2026 оны байдлаар 97,5 хувьтай дүгнэгдэв.",
    );
    await showSheet(page, TOVCHOO);
    await shot(page, "60-anticorruption-tovchoo");
  });

  it("8. a programme item rated once over two measures (merged in the file): Compute pools by measure", async () => {
    const { page } = session;
    const p = pane(page);
    await showSheet(page, ANTI);
    // Item 2 (two measures) and item 3 (one), in rows put in above «Дундаж үнэлгээ» by the menu.
    for (let i = 0; i < 3; i++) await insertRowAbove(page, "A6");
    await typeRow(page, 6, {
      A: "2",
      B: "Хээл хахууль, ашиг сонирхлын зөрчлөөс урьдчилан сэргийлэх",
      C: "Албан хаагчдад ёс зүйн сургалт зохион байгуулах",
      D: "Сургалтад бүх албан хаагч хамрагдсан байна",
      E: "2 удаа зохион байгуулж, 312 албан хаагч хамрагдав.",
      F: "80",
    });
    await typeRow(page, 7, {
      C: "Ашиг сонирхлын зөрчлийн мэдүүлгийг хянах",
      D: "Мэдүүлгийг бүрэн хянасан байна",
      E: "1204 мэдүүлгийг хянасан.",
      F: "80",
    });
    await typeRow(page, 8, {
      A: "3",
      B: "Авлигын эсрэг олон нийтийн оролцоог нэмэгдүүлэх",
      C: "Иргэдээс ирсэн гомдол, мэдээллийг шалгах",
      D: "Гомдлыг хугацаанд нь шийдвэрлэсэн байна",
      E: "14 гомдлын 9-ийг шийдвэрлэсэн.",
      F: "60",
    });
    await bookWhen(page, (wb) => sheetOf(wb, ANTI).cells.F8?.value === 60);
    // The grid cannot merge: the person merges item 2's number, text and rating in Excel.
    const saved = await downloaded(page);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(saved.bytes as unknown as ArrayBuffer);
    const ws = file.getWorksheet(ANTI);
    if (!ws) throw new Error(`no sheet ${ANTI} in the saved file`);
    ws.getCell("F7").value = null;
    for (const range of ["A6:A7", "B6:B7", "F6:F7"]) ws.mergeCells(range);
    const merged = Buffer.from(await file.xlsx.writeBuffer());
    await openFile(page, "Авлигын эсрэг 2026.xlsx", merged);
    const opened = sheetOf(await workbook(page), ANTI);
    expect(opened.merges).toContainEqual({ top: 5, left: 5, bottom: 6, right: 5 });
    expect(valuesOf(opened)).toMatchObject({
      F4: 100,
      F5: 95,
      F6: 80,
      F8: 60,
      A9: "Дундаж үнэлгээ",
    });
    expect(opened.cells.F7?.value).toBeUndefined();

    await showSheet(page, ANTI);
    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    const figures = p.getByRole("region", { name: "Тооцоолсон дүн" }).getByRole("listitem");
    await figures.first().waitFor();
    // The merged 80 rates both measures of item 2: pooled over the five measures,
    // (100 + 95 + 80 + 80 + 60) ÷ 5 = 415 ÷ 5 = 83.0 — not 80 counted once,
    // (100 + 95 + 80 + 60) ÷ 4 = 83.75, nor the mean of the items, (97.5 + 80 + 60) ÷ 3 = 79.2.
    const lines = (await figures.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    expect(lines).toEqual([
      "Зорилт 1: 97,5% F4 F5 нүдний дундаж",
      "Зорилт 2: 80,0% F6 нүдний дундаж",
      "Зорилт 3: 60,0% F8 нүдний дундаж",
      "Нийт: 83,0% F4 F5 F6 F8 нүдний дундаж",
    ]);
    await p.getByRole("tab", { name: "Шалгах" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    await p.getByRole("status").waitFor();
    // No rating is refused: 80 over two rows and 60 are valid in this scheme.
    const invalid = /үнэлгээ биш|Үнэлгээ 0-100 хооронд|аргачлалаар үнэлгээ зөвхөн/;
    expect(await findingTexts(page)).not.toContainEqual(expect.stringMatching(invalid));
    const rated = sheetOf(await workbook(page), ANTI);
    const check = checkGrid({ ...gridOf(rated), sheet: ANTI }, DEFAULT_SETTINGS);
    expect(check.ok && check.findings.filter((f) => f.code === "RATING-INVALID")).toEqual([]);
    await shot(page, "61-anticorruption-merged-computed");
    // «Дундаж үнэлгээ» (F9, the add-in's own figure, 97.5 before the rows came) recomputed: 83.0.
    const computed = sheetOf(await workbook(page), ANTI);
    expect(held(computed.cells.F9)).toEqual({ value: 83, numberFormat: "0.0" });
  });

  it("9. consolidates four offices' reports, one of them incomplete", async () => {
    expect(session.outside).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.close();
    session = await openPreview(browser, { view: "summary" });
    const { page } = session;
    const p = pane(page);
    const files = await Promise.all(
      OFFICES.map(async (o) => ({
        name: `${o.name}.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await officeFile(o),
      })),
    );
    const chooser = page.waitForEvent("filechooser");
    await p.getByRole("button", { name: "Файлуудыг нэгтгэх" }).click();
    await (await chooser).setFiles(files);
    await p
      .getByText("4 нэгжийн тайланг нэгтгэж «Нэгтгэл», «Шалгалтын дүн» хуудсанд бичлээ.")
      .waitFor();
    // The pane names the incomplete office, ranked after every complete one.
    const incomplete = p
      .getByRole("tabpanel")
      .locator("div")
      .filter({ hasText: /^Дутуу тайлантай нэгж: 1 / })
      .last();
    await expect(incomplete.innerText()).resolves.toContain(
      "«Говь-Алтай»: Дутуу. Үнэлгээгүй арга хэмжээ: Зорилт 1 (2)",
    );
    const wb = await workbook(page);
    expect(visibleNames(wb)).toEqual(["Sheet1", "Нэгтгэл", "Шалгалтын дүн"]);
    const table = sheetOf(wb, "Нэгтгэл");
    const { lines, ranking } = consolidatedTable(table);
    expect(lines).toEqual(CONSOLIDATED);
    // The band columns and «Үнэлгээгүй» add up to each line's measures.
    for (const [unit, label, measures, , , ...bands] of lines) {
      if (measures === null) continue;
      const banded = bands.reduce((n: number, b) => n + Number(b ?? 0), 0);
      expect([unit, label, banded]).toEqual([unit, label, measures]);
    }
    expect(ranking).toEqual(RANKING);
    await showSheet(page, "Нэгтгэл");
    await shot(page, "62-consolidation");

    // Every office's findings on «Шалгалтын дүн»: Говь-Алтай's missing levels among them.
    const findings = sheetOf(wb, "Шалгалтын дүн");
    const rows = rowsOf(findings);
    expect(rows[0]).toEqual(["Хуудас", "Нүд", "Түвшин", "Код", "Тайлбар", "Засвар"]);
    const codes = rows.slice(1).map((r) => `${r[0]} ${r[1]} ${r[3]}`);
    expect(codes).toEqual(
      expect.arrayContaining(["Говь-Алтай G6 VALUE-MISSING", "Говь-Алтай G7 VALUE-MISSING"]),
    );
    // Хөвсгөл's 2.1 has no % written: 57.3 ÷ 60 × 100 = 95.5, the fix as a person types it.
    const h9 = rows.find((r) => r[0] === "Хөвсгөл" && r[1] === "H9");
    expect(h9?.[3]).toBe("CALC-MISSING");
    expect(h9?.[5]).toBe("95.5%");
  });
});
