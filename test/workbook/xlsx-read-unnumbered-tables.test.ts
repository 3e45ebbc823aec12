import { checkGrid } from "../../src/core/checks";
import { parseAddress, type CellValue, type Merge } from "../../src/core/grid";
import { measuresOf, plainText, type Plan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";
import { UNNUMBERED_REPORT } from "../fixtures/xlsx/unnumbered-report";

/*
 * Tables offices make without a number column («Д/д» left out): the activities are told by
 * their text, an indicator table's criteria are each an activity, and everything the header
 * has is checked and computed, as the STRUCT-HEADER finding says. Written with exceljs as a
 * person types them (numbers typed as numbers, levels typed as text, a percentage typed "100%"),
 * read back as the command line reads them.
 */

type Row = CellValue[];

/** A range as a person selects it to merge ("E3:F3"), 0-based. */
function merged(range: string): Merge {
  const [tl, br] = range.split(":").map((a) => parseAddress(a)!);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** One sheet of `rows` from A1, with number formats and merged ranges, read back. */
const sheetOf = (rows: Row[], formats: Record<string, string> = {}, merges: string[] = []) =>
  typedSheet("Биелэлт", rows, merges.map(merged), formats);

/** Each measure as its text and its criteria's texts, as a person reads the table. */
function measuresIn(plan: Plan): { text: string; criteria: string[] }[] {
  return measuresOf(plan).map((m) => ({
    text: plainText(m.text.value),
    criteria: m.criteria.map((c) => plainText(c.text.value)),
  }));
}

const codesAt = (check: ReturnType<typeof checkGrid>): string[] =>
  check.findings.map((f) => `${f.code} ${f.cell}`).sort();

describe("a report without «Д/д»: activities told by their text", () => {
  const rows = UNNUMBERED_REPORT;

  it("reads each activity with its criteria and leaves the signature out", async () => {
    const check = checkGrid(await sheetOf(rows), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.columns.number).toBeUndefined();
    expect(measuresIn(check.plan)).toEqual([
      {
        text: "Сайн дураар даатгуулагчдыг нэмэгдүүлэх",
        criteria: ["Сайн дураар даатгуулагчийн тоо"],
      },
      {
        text: "Шимтгэлийн орлогыг нэмэгдүүлэх",
        criteria: ["Шимтгэлийн орлогын биелэлт, хувь", "Өр барагдуулалт, хувь"],
      },
      { text: "Сургалт зохион байгуулах", criteria: [""] },
    ]);
  });

  it("checks and computes what the header has, and says «Д/д» is missing", async () => {
    const check = checkGrid(await sheetOf(rows), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(codesAt(check)).toEqual([
      "CALC-MISSING F4",
      "CALC-MISSING F5",
      "CALC-MISSING F6",
      "STRUCT-EMPTY B7",
      "STRUCT-HEADER A3",
    ]);
    const header = check.findings.find((f) => f.code === "STRUCT-HEADER")!;
    expect(header.message.en).toMatch(/lacks the required column «Д\/д»/);
    // What it has, in the sheet's words and as the template's columns.
    expect(header.message.en).toContain(
      "«Хэрэгжүүлэх арга хэмжээ» (as «Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж»), «Шалгуур үзүүлэлт»",
    );
    // 1250 / 1300 = 96.15%; (98.5 + 99/90 capped at 100) / 2 = 99.25%; 6 / 6 = 100%.
    const exact = (96.15384615 + 99.25 + 100) / 3;
    expect(check.figures.measures).toBe(3);
    expect(check.figures.overall).toBe(Math.round(exact * 10) / 10);
    expect(check.figures.overall).toBe(98.5);
  });
});

describe("an indicator table with neither «Д/д» nor an activity column", () => {
  // An objective's heading in a column no template has, then its indicators; the targets of
  // two years under «Хүрэх түвшин», the year reported read from the title.
  const rows: Row[] = [
    ["Нийгмийн даатгалын хэлтсийн 2025 оны гүйцэтгэлийн төлөвлөгөөний биелэлт"],
    [],
    [
      "Стратеги зорилт",
      "Гүйцэтгэл үзүүлэлт",
      "Хэмжих нэгж",
      "Суурь үзүүлэлт",
      "Хүрэх түвшин",
      null,
      "Хүрсэн түвшин",
      "Хувь",
    ],
    [null, null, null, null, "2025", "2026"],
    ["Хамрагдалтыг нэмэгдүүлэх"],
    [null, "Сайн дураар даатгуулагчийн тоо", "хүн", 1200, 1300, 1400, 1250],
    [null, "Өргөдөл, гомдлыг шийдвэрлэх хугацаа", "хоног", 10, 8, 5, 7],
    ["Үйлчилгээг цахимжуулах"],
    [null, "Цахимаар үзүүлсэн үйлчилгээний эзлэх хувь", "%", 0.6, 0.7, 0.75, 0.77],
  ];
  const percent = { D9: "0%", E9: "0%", F9: "0%", G9: "0%" };
  // «Хүрэх түвшин» over its years; every other header cell merged down both rows.
  const merges = ["E3:F3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "G3:G4", "H3:H4"];

  it("reads each indicator as an activity and computes its fulfilment by hand's figures", async () => {
    const grid = await sheetOf(rows, percent, merges);
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.columns).toMatchObject({ criterion: 1, target: 4, achieved: 6 });
    expect(measuresIn(check.plan).map((m) => m.criteria)).toEqual([
      ["Сайн дураар даатгуулагчийн тоо"],
      ["Өргөдөл, гомдлыг шийдвэрлэх хугацаа"],
      ["Цахимаар үзүүлсэн үйлчилгээний эзлэх хувь"],
    ]);
    // 1250 / 1300 = 96.15%; a time that should fall, 8 days planned, 7 taken: 8 / 7 = 114.3%,
    // capped at 100; 77% / 70% = 110%, capped at 100.
    const exact = (96.15384615 + 100 + 100) / 3;
    expect(check.figures.measures).toBe(3);
    expect(check.figures.overall).toBe(Math.round(exact * 10) / 10);
    expect(check.figures.overall).toBe(98.7);
    // Each objective's heading stands alone in the «Стратеги зорилт» column.
    expect(check.figures.objectives.map((o) => [o.measures, o.value])).toEqual([
      [2, Math.round(((96.15384615 + 100) / 2) * 10) / 10],
      [1, 100],
    ]);
    expect(
      check.plan.goals.flatMap((g) => g.objectives.map((o) => plainText(o.text.value))),
    ).toEqual(["Хамрагдалтыг нэмэгдүүлэх", "Үйлчилгээг цахимжуулах"]);
    // The header's first column is the objectives' («Стратеги зорилт», recognised).
    expect(check.plan.header.columns.objective).toBe(0);
    expect(codesAt(check).filter((c) => c.startsWith("STRUCT-HEADER"))).toEqual([
      "STRUCT-HEADER A3",
    ]);
  });

  it("takes an unmerged row of years under the header for no activity", async () => {
    const check = checkGrid(await sheetOf(rows, percent), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(measuresIn(check.plan).map((m) => m.criteria)).toEqual([
      ["Сайн дураар даатгуулагчийн тоо"],
      ["Өргөдөл, гомдлыг шийдвэрлэх хугацаа"],
      ["Цахимаар үзүүлсэн үйлчилгээний эзлэх хувь"],
    ]);
  });
});

describe("a blank «Д/д» left of a «Стратеги зорилт» column", () => {
  // The objective numbered 1, 2 with its heading in its own column, its indicators 1.1, 1.2 …;
  // the number's header cell blank and merged down the header's two rows.
  const rows: Row[] = [
    ["Нийгмийн даатгалын хэлтсийн 2025 оны гүйцэтгэлийн төлөвлөгөөний биелэлт"],
    [],
    [
      null,
      "Стратеги зорилт",
      "Гүйцэтгэл үзүүлэлт",
      "Суурь үзүүлэлт",
      "Хүрэх түвшин",
      "Хүрсэн түвшин",
      "Хувь",
    ],
    [],
    ["1", "Хамрагдалтыг нэмэгдүүлэх"],
    ["1.1", null, "Сайн дураар даатгуулагчийн тоо", 1200, 1300, 1250],
    ["1.2", null, "Шимтгэлийн орлогын биелэлт, хувь", "100", "100", "98.5"],
    ["2", "Үйлчилгээг цахимжуулах"],
    ["2.1", null, "Цахим үйлчилгээний тоо", "4", "6", "6"],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4"];

  it("reads the numbers, each objective with its indicators", async () => {
    const check = checkGrid(await sheetOf(rows, {}, merges), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.columns.number).toBe(0);
    const objectives = check.plan.goals.flatMap((g) => g.objectives);
    expect(objectives.map((o) => [o.number, plainText(o.text.value), o.measures.length])).toEqual([
      ["1", "Хамрагдалтыг нэмэгдүүлэх", 2],
      ["2", "Үйлчилгээг цахимжуулах", 1],
    ]);
    // 1250 / 1300 = 96.15% and 98.5%; 6 / 6 = 100%.
    expect(check.figures.objectives.map((o) => o.value)).toEqual([
      Math.round(((96.15384615 + 98.5) / 2) * 10) / 10,
      100,
    ]);
    expect(check.figures.overall).toBe(Math.round(((96.15384615 + 98.5 + 100) / 3) * 10) / 10);
    // The numbering 1.1, 1.2, 2.1 is whole: no number finding, and no row taken as an
    // activity without a criterion.
    expect(codesAt(check).filter((c) => /^STRUCT-(NUMBER|EMPTY)/.test(c))).toEqual([]);
  });
});

describe("an anti-corruption plan fulfilment without «№»", () => {
  const rows: Row[] = [
    ["Авлигатай тэмцэх үндэсний хөтөлбөрийг хэрэгжүүлэх 2025 оны төлөвлөгөөний биелэлт"],
    [],
    ["Хөтөлбөрийн зорилт", "Хэрэгжүүлэх арга хэмжээ", "Хүрэх түвшин", "Хэрэгжилт", "Үнэлгээ"],
    [
      "Ил тод байдлыг хангах",
      "Худалдан авалтын мэдээллийг цахим хуудсанд байршуулах",
      "100 хувь байршуулсан байна",
      "Бүх мэдээллийг байршуулсан",
      100,
    ],
    // The item's second measure: its programme cell left empty.
    [
      null,
      "Хөрөнгө орлогын мэдүүлгийг хугацаанд нь гаргуулах",
      "Хугацаандаа 100 хувь",
      "95 хувь нь хугацаандаа гаргасан",
      "70",
    ],
    ["Сургалт, сурталчилгаа", "Албан хаагчдад ёс зүйн сургалт хийх", "Жилд 2 удаа", "1 удаа", 30],
    ["Дундаж үнэлгээ", null, null, null, 66.7],
  ];

  it("reads each programme item by its text, with its measures and their ratings", async () => {
    const check = checkGrid(await sheetOf(rows), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.template).toBe("anticorruption-report");
    const objectives = check.plan.goals.flatMap((g) => g.objectives);
    expect(objectives.map((o) => [plainText(o.text.value), o.measures.length])).toEqual([
      ["Ил тод байдлыг хангах", 2],
      ["Сургалт, сурталчилгаа", 1],
    ]);
    // (100 + 70) / 2 = 85; 30; pooled over the three measures, (100 + 70 + 30) / 3 = 66.7, as
    // the total row states.
    expect(check.figures.objectives.map((o) => o.value)).toEqual([85, 30]);
    expect(check.figures.overall).toBe(Math.round(((100 + 70 + 30) / 3) * 10) / 10);
    expect(check.findings.filter((f) => f.code.startsWith("RATING"))).toEqual([]);
  });
});

describe("a numbered table with one activity's number left out", () => {
  // The report without «Д/д»'s title and header, with «Д/д» put back first.
  const [title, blank, header] = UNNUMBERED_REPORT;
  const rows: Row[] = [
    title,
    blank,
    ["Д/д", ...header],
    ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6, 6, "100%"],
    [null, "Иргэдэд зөвлөгөө өгөх", "Зөвлөгөө авсан иргэдийн тоо", 100, 120, 90, "75%"],
    // Another criterion of the activity above: its activity cell empty, as in the seeds.
    [null, null, "Зөвлөгөөний чанарын үнэлгээ, хувь", 80, 90, 90, "100%"],
    ["1.3.", "Хурал зохион байгуулах", "Хурлын тоо", 2, 4, 4, "100%"],
  ];

  it("reads the row as an activity of its own, not a criterion of the one above", async () => {
    const check = checkGrid(await sheetOf(rows), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(measuresIn(check.plan)).toEqual([
      { text: "Сургалт зохион байгуулах", criteria: ["Сургалтын тоо"] },
      {
        text: "Иргэдэд зөвлөгөө өгөх",
        criteria: ["Зөвлөгөө авсан иргэдийн тоо", "Зөвлөгөөний чанарын үнэлгээ, хувь"],
      },
      { text: "Хурал зохион байгуулах", criteria: ["Хурлын тоо"] },
    ]);
    // 100; (75 + 100) / 2 = 87.5; 100: (100 + 87.5 + 100) / 3 = 95.8.
    expect(check.figures.overall).toBe(Math.round(((100 + 87.5 + 100) / 3) * 10) / 10);
    // The numbering says which number is missing, at the activity without one, with the number
    // written as its neighbours write theirs.
    const gaps = check.findings.filter((f) => f.code.startsWith("STRUCT-NUMBER"));
    expect(gaps.map((f) => [f.code, f.cell, f.fix])).toEqual([
      ["STRUCT-NUMBER-GAP", "A5", { cell: "A5", value: "1.2." }],
    ]);
    expect(gaps[0].message.en).toMatch(/«1\.2» is missing .*this row's activity has no number/);
  });
});
