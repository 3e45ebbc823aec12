import { checkGrid } from "../../src/core/checks";
import { parseAddress, type CellValue, type Merge } from "../../src/core/grid";
import { plainText } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { consolidate } from "../../src/core/summary/consolidate";
import { evaluationSummary } from "../../src/core/summary/evaluation";
import { readUnitFile, storedSettings } from "../../src/workbook/xlsx/units";
import {
  OFFICE_ACTIVITIES,
  OFFICE_LEAD_HEADER,
  OFFICE_YEAR_END_TITLE,
} from "../fixtures/xlsx/office-report";
import { typedSheet, typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";

/*
 * Offices' own reports give each activity's objective in a column of its own, «Зорилт», beside
 * the activities, where the forms head each objective's activities with a row of its own. Typed
 * with exceljs as people type them (merged over its activities, typed again on each row, or
 * left empty below), read back as the command line reads them, and read to the same objectives
 * and figures as the form's layout.
 *
 * By hand: objective 1, 150 of 200 = 75% and 4 of 4 = 100%: (75 + 100) / 2 = 87.5; objective 2,
 * 10 of 20 = 50%; overall (75 + 100 + 50) / 3 = 75.
 */

type Row = CellValue[];

const TITLE = OFFICE_YEAR_END_TITLE;
/** The form's header, and the office's with «Зорилт» after «Д/д». */
const FORM_HEADER = [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", "Гүйцэтгэлийн хувь"];
const HEADER = [FORM_HEADER[0], "Зорилт", ...FORM_HEADER.slice(1)];
const COVERAGE = "Нийгмийн даатгалын хамралтыг нэмэгдүүлэх";
const ONLINE = "Үйлчилгээг цахимжуулах";

/** The table, its three activities' objective cells (B4, B5, B6) as `objectives` gives them. */
function table(objectives: [CellValue, CellValue, CellValue]): Row[] {
  return [
    [TITLE],
    [],
    HEADER,
    ...OFFICE_ACTIVITIES.map(([number, ...rest], i) => [number, objectives[i], ...rest]),
  ];
}

/** A range as a person selects it to merge ("B4:B5"), 0-based. */
function merged(range: string): Merge {
  const [tl, br] = range.split(":").map((a) => parseAddress(a)!);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

async function read(rows: Row[], merges: string[] = []) {
  const check = checkGrid(await typedSheet("Биелэлт", rows, merges.map(merged)), DEFAULT_SETTINGS);
  if (!check.ok) throw new Error(check.reason.en);
  return check;
}

/** Each objective as its number, its text and how many activities it has. */
function objectivesOf(check: Awaited<ReturnType<typeof read>>) {
  return check.plan.goals.flatMap((g) =>
    g.objectives.map((o) => [o.number, plainText(o.text.value), o.measures.length]),
  );
}

describe("a report giving each activity's objective in a «Зорилт» column", () => {
  it("merged over its activities: two objectives, 87.5 and 50, overall 75", async () => {
    const check = await read(table([COVERAGE, null, ONLINE]), ["B4:B5"]);
    expect(check.plan.template).toBe("org-report");
    expect(check.plan.header.columns.objective).toBe(1);
    expect(objectivesOf(check)).toEqual([
      ["1", COVERAGE, 2],
      ["2", ONLINE, 1],
    ]);
    expect(check.figures.objectives.map((o) => o.value)).toEqual([87.5, 50]);
    expect(check.figures.overall).toBe(75);
    // Nothing else is found in it but the three fulfilment cells left empty.
    expect(check.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      "CALC-MISSING H4",
      "CALC-MISSING H5",
      "CALC-MISSING H6",
    ]);
  });

  it("typed again on each activity's row, or left empty below: the same", async () => {
    for (const rows of [table([COVERAGE, COVERAGE, ONLINE]), table([COVERAGE, null, ONLINE])]) {
      const check = await read(rows);
      expect(objectivesOf(check)).toEqual([
        ["1", COVERAGE, 2],
        ["2", ONLINE, 1],
      ]);
      expect(check.figures.objectives.map((o) => o.value)).toEqual([87.5, 50]);
    }
  });

  it("numbered in its cell («Зорилт 2. …»): read with its own number", async () => {
    const check = await read(table([`Зорилт 3. ${COVERAGE}`, null, `Зорилт 4. ${ONLINE}`]));
    expect(objectivesOf(check).map(([number, , measures]) => [number, measures])).toEqual([
      ["3", 2],
      ["4", 1],
    ]);
  });

  it("reads as the form's layout does, each objective a row above its activities", async () => {
    const form: Row[] = [
      [TITLE],
      [],
      FORM_HEADER,
      [`Зорилт 1. ${COVERAGE}`],
      ...OFFICE_ACTIVITIES.slice(0, 2),
      [`Зорилт 2. ${ONLINE}`],
      OFFICE_ACTIVITIES[2],
    ];
    const asForm = await read(form);
    const inColumn = await read(table([COVERAGE, null, ONLINE]), ["B4:B5"]);
    const figures = (c: typeof asForm) => [
      c.figures.objectives.map((o) => [o.measures, o.value]),
      c.figures.overall,
    ];
    expect(figures(inColumn)).toEqual(figures(asForm));
  });

  it("«Зорилт, арга хэмжээ» over the objectives' rows and the activities is the activity column, an office's report", async () => {
    // Before, «Зорилт» at the header's start made it an objective column: the office's form
    // then had no activity column, and the table was read as a person's report.
    const header = [FORM_HEADER[0], "Зорилт, арга хэмжээ", ...FORM_HEADER.slice(2)];
    const check = await read([
      [TITLE],
      [],
      header,
      [null, `Зорилт 1. ${COVERAGE}`],
      ...OFFICE_ACTIVITIES.slice(0, 2),
      [null, `Зорилт 2. ${ONLINE}`],
      OFFICE_ACTIVITIES[2],
    ]);
    expect(check.plan.template).toBe("org-report");
    expect(check.plan.header.columns).toMatchObject({ activity: 1 });
    expect(check.plan.header.columns.objective).toBeUndefined();
    expect(objectivesOf(check)).toEqual([
      ["1", `Зорилт 1. ${COVERAGE}`, 2],
      ["2", `Зорилт 2. ${ONLINE}`, 1],
    ]);
    expect(check.figures.objectives.map((o) => o.value)).toEqual([87.5, 50]);
    expect(check.figures.overall).toBe(75);
  });

  it("a numbered row holding only «Зорилт 1. …» heads the activities numbered 1.1 and 1.2 under it", async () => {
    // Before, «1» made it an activity with no criterion, timeline or levels: three STRUCT-EMPTY
    // warnings, and one objective of five activities.
    const check = await read([
      [TITLE],
      [],
      FORM_HEADER,
      ["1", `Зорилт 1. ${COVERAGE}`],
      ["1.1", ...OFFICE_ACTIVITIES[0].slice(1)],
      ["1.2", ...OFFICE_ACTIVITIES[1].slice(1)],
      ["2", `Зорилт 2. ${ONLINE}`],
      ["2.1", ...OFFICE_ACTIVITIES[2].slice(1)],
    ]);
    expect(objectivesOf(check)).toEqual([
      ["1", `Зорилт 1. ${COVERAGE}`, 2],
      ["2", `Зорилт 2. ${ONLINE}`, 1],
    ]);
    expect(check.figures.objectives.map((o) => o.value)).toEqual([87.5, 50]);
    expect(check.figures.overall).toBe(75);
    expect(check.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      "CALC-MISSING G5",
      "CALC-MISSING G6",
      "CALC-MISSING G8",
    ]);
  });

  it("its товчоо names each activity by its own number, not as another objective", async () => {
    const check = await read(table([COVERAGE, null, ONLINE]), ["B4:B5"]);
    const items = evaluationSummary(check.evaluation)
      .conclusion.filter((p) => p.kind === "item")
      .map((p) => p.text.mn)
      .filter((t) => t.startsWith("- Арга хэмжээ") || t.startsWith("- Зорилт"));
    // Activity 2 is objective 1's: «Зорилт 2.» would name «Үйлчилгээг цахимжуулах».
    expect(items).toEqual([
      "- Арга хэмжээ 2. Сургалт зохион байгуулах.",
      "- Арга хэмжээ 1. Сайн дурын даатгалд иргэдийг хамруулах /75,0/.",
      "- Арга хэмжээ 3. Цахим үйлчилгээг нэмэх /50,0/.",
    ]);
  });

  it("consolidated with an office's report in the form's layout, objectives match by number", async () => {
    // The other office met both: 200 of 200 and 20 of 20. Objective 1: (100 + 75 + 100) / 3
    // = 91.7 over the two offices' three measures; objective 2: (50 + 100) / 2 = 75.
    const form: Row[] = [
      [TITLE],
      [],
      FORM_HEADER,
      [`Зорилт 1. ${COVERAGE}`],
      ["1.1", ...OFFICE_ACTIVITIES[0].slice(1, 5), 200],
      [`Зорилт 2. ${ONLINE}`],
      ["2.1", ...OFFICE_ACTIVITIES[2].slice(1, 5), 20],
    ];
    const files = [
      [
        "Хөвсгөл",
        await typedSheetXlsx("Биелэлт", table([COVERAGE, null, ONLINE]), [merged("B4:B5")]),
      ],
      ["Архангай", await typedSheetXlsx("Биелэлт", form)],
    ] as const;
    const units = [];
    for (const [unit, bytes] of files) {
      const read = await readUnitFile(bytes, storedSettings(DEFAULT_SETTINGS));
      if (!read.ok) throw new Error(read.reason.en);
      units.push({ unit, figures: read.sheets[0].figures });
    }
    const c = consolidate(units);
    expect(c.objectives.map((o) => [o.key, o.measures, o.value])).toEqual([
      ["1", 3, 91.7],
      ["2", 2, 75],
    ]);
  });
});
