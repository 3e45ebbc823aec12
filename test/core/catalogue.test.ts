import {
  CATALOGUE,
  finding,
  sortFindings,
  summarizeFindings,
} from "../../src/core/checks/catalogue";
import { FINDING_CODES } from "../../src/core/finding";
import type { Finding } from "../../src/core/finding";
import { bi } from "../../src/core/text";

const MONGOLIAN = /[А-Яа-яЁёӨөҮү]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe("CATALOGUE", () => {
  it("has an entry for every finding code and nothing else", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) expect(CATALOGUE[code].code).toBe(code);
  });

  it.each(FINDING_CODES)("%s has a Mongolian and an English title and description", (code) => {
    const { title, description, severity } = CATALOGUE[code];
    expect(["error", "warning", "note"]).toContain(severity);
    // Titles: Mongolian in Cyrillic (HTML named as such), English without Cyrillic.
    expect(title.mn).toMatch(MONGOLIAN);
    expect(title.mn.replace("HTML", "")).not.toMatch(/[A-Za-z]/);
    expect(title.en).not.toMatch(CYRILLIC);
    // Descriptions: one sentence that says what is found and what to do.
    for (const text of [description.mn, description.en]) {
      expect(text).toMatch(/\.$/);
      expect(text.slice(0, -1)).not.toMatch(/[.!?]\s+[A-ZА-ЯӨҮ]/);
      expect(text).toMatch(/[:;]/);
    }
    expect(description.mn).toMatch(MONGOLIAN);
    // English quotes Mongolian only inside «…» (column names and seed examples).
    expect(description.en.replace(/«[^»]*»/g, "")).not.toMatch(CYRILLIC);
  });

  it("uses the vocabulary of the forms", () => {
    const all = FINDING_CODES.map((c) => CATALOGUE[c].description.mn + CATALOGUE[c].title.mn).join(
      " ",
    );
    for (const word of [
      "Дундаж үнэлгээ",
      "Хэрэгжүүлэх арга хэмжээний тоо",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хүрсэн түвшин",
      "гүйцэтгэлийн хувь",
    ]) {
      expect(all.toLowerCase()).toContain(word.toLowerCase());
    }
  });

  it("gives the severities the domain asks for", () => {
    expect(CATALOGUE["TEXT-SCRIPT"].severity).toBe("warning");
    expect(CATALOGUE["TEXT-DAMAGED"].severity).toBe("error");
    expect(CATALOGUE["TEXT-MARKUP"].severity).toBe("warning");
    expect(CATALOGUE["TEXT-PLACEHOLDER"].severity).toBe("warning");
    expect(CATALOGUE["VALUE-MISSING"].severity).toBe("error");
    expect(CATALOGUE["CALC-MISMATCH"].severity).toBe("error");
    expect(CATALOGUE["VALUE-FORMAT"].severity).toBe("note");
  });
});

describe("finding()", () => {
  const msg = bi("Суурь түвшин бичигдээгүй.", "Baseline missing.");

  it("takes the catalogue's severity unless told otherwise", () => {
    expect(finding("VALUE-MISSING", "E12", msg)).toEqual({
      code: "VALUE-MISSING",
      severity: "error",
      cell: "E12",
      message: msg,
    });
    expect(finding("VALUE-MISSING", "E12", msg, { severity: "note" }).severity).toBe("note");
  });

  it("accepts a position, a sheet and a fix for its own cell or another", () => {
    const f = finding("TEXT-SCRIPT", { row: 47, col: 5 }, msg, { sheet: "Биелэлт", fix: "Дүрэм" });
    expect(f).toMatchObject({
      cell: "F48",
      sheet: "Биелэлт",
      fix: { cell: "F48", value: "Дүрэм" },
    });
    const g = finding("RATING-AGGREGATE", "F20", msg, { fix: { cell: "F21", value: 97.9 } });
    expect(g.fix).toEqual({ cell: "F21", value: 97.9 });
    expect("sheet" in g).toBe(false);
  });
});

describe("sortFindings and summarizeFindings", () => {
  const msg = bi("а", "a");
  const f = (cell: string, code: Finding["code"], sheet?: string): Finding =>
    finding(code, cell, msg, sheet === undefined ? {} : { sheet });

  it("orders by sheet, row, column, then code in catalogue order", () => {
    const input = [
      f("B2", "TEXT-SCRIPT", "Б"),
      f("AA1", "CALC-MISMATCH", "Б"),
      f("A10", "VALUE-MISSING", "А"),
      f("A9", "VALUE-MISSING", "А"),
      f("C9", "TEXT-PLACEHOLDER", "А"),
      f("C9", "STRUCT-EMPTY", "А"),
      f("B2:D4", "RATING-COUNT", "А"),
    ];
    const copy = [...input];
    const sorted = sortFindings(input);
    expect(sorted.map((x) => `${x.sheet} ${x.cell} ${x.code}`)).toEqual([
      "А B2:D4 RATING-COUNT",
      "А A9 VALUE-MISSING",
      "А C9 STRUCT-EMPTY",
      "А C9 TEXT-PLACEHOLDER",
      "А A10 VALUE-MISSING",
      "Б AA1 CALC-MISMATCH",
      "Б B2 TEXT-SCRIPT",
    ]);
    expect(input).toEqual(copy);
  });

  it("counts findings per severity", () => {
    const list = [
      f("A1", "TEXT-DAMAGED"),
      f("A2", "TEXT-SCRIPT"),
      f("A3", "TEXT-MARKUP"),
      finding("VALUE-MISSING", "A4", msg, { severity: "note" }),
    ];
    expect(summarizeFindings(list)).toEqual({ error: 1, warning: 2, note: 1 });
    expect(summarizeFindings([])).toEqual({ error: 0, warning: 0, note: 0 });
  });
});
