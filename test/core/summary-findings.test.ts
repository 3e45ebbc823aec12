import type { Finding } from "../../src/core/finding";
import type { SheetModel } from "../../src/core/sheet";
import { findingsSheet, sheetModelProblems } from "../../src/core/summary";

const f = (
  cell: string,
  severity: Finding["severity"],
  code: Finding["code"],
  mn: string,
  extra: Partial<Finding> = {},
): Finding => ({ cell, severity, code, message: { mn, en: `EN ${mn}` }, ...extra });

const results = [
  {
    sheet: "Биелэлт",
    findings: [
      f("E12", "note", "TEXT-MARKUP", "HTML үлдсэн", { fix: { cell: "E12", value: "цэвэр" } }),
      f("B3", "error", "CALC-MISMATCH", "63 биш 64", { fix: { cell: "H3", value: 64 } }),
      f("E12", "error", "VALUE-MISSING", "Хүрсэн түвшин хоосон"),
      f("AA2", "warning", "VALUE-FORMAT", "100 %"),
    ],
  },
  {
    sheet: "Товчоо",
    findings: [
      f("A1", "warning", "RATING-COUNT", "тоо зөрүүтэй"),
      // A finding that names its own sheet is listed under that sheet.
      f("C2", "note", "TEXT-SCRIPT", "латин үсэг", { sheet: "Биелэлт" }),
    ],
  },
];

describe("findings sheet", () => {
  const sheet = findingsSheet(results, "mn");

  test("header row and one sorted row per finding: sheet, then cell, then severity", () => {
    expect(sheet.values[0]).toEqual(["Хуудас", "Нүд", "Түвшин", "Код", "Тайлбар", "Засвар"]);
    expect(sheet.values.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["Биелэлт", "C2", "Тэмдэглэл", "TEXT-SCRIPT"],
      ["Биелэлт", "AA2", "Анхааруулга", "VALUE-FORMAT"],
      ["Биелэлт", "B3", "Алдаа", "CALC-MISMATCH"],
      ["Биелэлт", "E12", "Алдаа", "VALUE-MISSING"],
      ["Биелэлт", "E12", "Тэмдэглэл", "TEXT-MARKUP"],
      ["Товчоо", "A1", "Анхааруулга", "RATING-COUNT"],
    ]);
  });

  test("messages in the language asked for, and the fix with its cell when it is another", () => {
    const byCode = (s: SheetModel, code: string) => s.values.find((r) => r[3] === code);
    expect(byCode(sheet, "CALC-MISMATCH")?.slice(4)).toEqual(["63 биш 64", "H3: 64"]);
    expect(byCode(sheet, "TEXT-MARKUP")?.[5]).toBe("цэвэр");
    expect(byCode(sheet, "VALUE-MISSING")?.[5]).toBeNull();
    const en = findingsSheet(results, "en");
    expect(en.values[0]).toEqual(["Sheet", "Cell", "Severity", "Code", "Description", "Fix"]);
    expect(byCode(en, "CALC-MISMATCH")?.slice(2, 5)).toEqual([
      "Error",
      "CALC-MISMATCH",
      "EN 63 биш 64",
    ]);
    expect(en.name).toBe("Findings");
  });

  test("each row links to its finding's cell; the header is bold; the model is sound", () => {
    expect(sheet.links).toHaveLength(6);
    sheet.links?.forEach((l) => {
      expect(l.col).toBe(1);
      expect(l.cell).toBe(sheet.values[l.row][1]);
      expect(l.sheet).toBe(sheet.values[l.row][0]);
    });
    const header = sheet.styles?.find((s) => s.range.top === 0 && s.range.bottom === 0);
    expect(header?.style.bold).toBe(true);
    expect(sheetModelProblems(sheet)).toEqual([]);
  });

  test("no findings: one line that says so", () => {
    const none = findingsSheet([{ sheet: "Биелэлт", findings: [] }], "mn");
    expect(none.values[1][0]).toBe("Алдаа, анхааруулга олдсонгүй.");
    expect(none.links).toEqual([]);
    expect(sheetModelProblems(none)).toEqual([]);
  });
});

describe("sheetModelProblems", () => {
  const base: SheetModel = {
    name: "Товчоо",
    values: [
      ["a", null, null],
      [null, null, "b"],
    ],
  };

  test("a sound model has none", () => {
    expect(
      sheetModelProblems({ ...base, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }),
    ).toEqual([]);
  });

  test("finds overlapping merges, merges outside the values and values hidden under a merge", () => {
    const problems = sheetModelProblems({
      ...base,
      merges: [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 2, left: 0, bottom: 2, right: 0 },
      ],
    });
    expect(problems).toEqual([
      "merges A1:B2 and B2:C2 overlap",
      "C2 holds a value hidden under merge B2:C2",
      "merge A3:A3 lies outside the values",
    ]);
  });

  test("finds a name Excel refuses and chart ranges that are not one column", () => {
    const problems = sheetModelProblems({
      ...base,
      name: "Нэгтгэл: 2024/I",
      chart: {
        kind: "bar",
        title: "",
        labels: { top: 0, left: 0, bottom: 1, right: 1 },
        values: { top: 0, left: 2, bottom: 1, right: 2 },
        at: { row: 0, col: 4 },
      },
    });
    expect(problems).toEqual([
      'sheet name "Нэгтгэл: 2024/I" is not one Excel accepts',
      "chart range A1:B2 is not one column inside the values",
    ]);
  });
});
