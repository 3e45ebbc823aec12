import { stripMarkup } from "../../src/core/checks/text";
import { evaluatePlan } from "../../src/core/evaluate";
import { cellText, parseAddress, type Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  evaluationSummary,
  evaluationSummarySheet,
  sheetModelProblems,
  type EvaluationSummary,
} from "../../src/core/summary";
import {
  average002,
  bands002,
  conclusion002,
  measures002,
  objectives002,
  summaryHeader002,
} from "../fixtures/seeds/facts002";
import { seed002, seed002Summary } from "../fixtures/seeds/seed002";

const SETTINGS = { ...DEFAULT_SETTINGS, scheme: "ndeg-anticorruption-2019" };

function summaryOf002(): EvaluationSummary {
  const read = readPlan(seed002);
  if (!read.ok) throw new Error("seed 002 did not read");
  return evaluationSummary(evaluatePlan(read.plan, SETTINGS));
}

/** A cell of the seed's товчоо sheet as plain one-line text. */
function seedSummaryText(address: string): string {
  const pos = parseAddress(address);
  if (!pos) throw new Error(address);
  return stripMarkup(cellText(valueOf(seed002Summary, pos.row, pos.col)))
    .replace(/\s+/g, " ")
    .trim();
}

function valueOf(grid: Grid, row: number, col: number) {
  return grid.cells[row]?.[col] ?? null;
}

const s = summaryOf002();
const mn = s.conclusion.map((p) => p.text.mn);
const ratingOf = (number: string) => {
  const m = measures002.find((x) => x.number === number);
  if (!m) throw new Error(number);
  return m.rating.value;
};

describe("товчоо of seed 002", () => {
  test("one row per programme item with its measures, band counts and figure", () => {
    expect(s.rows).toHaveLength(objectives002.length);
    s.rows.forEach((row, i) => {
      const o = objectives002[i];
      expect(row.key).toBe(String(o.number));
      expect(row.objectives).toBe(o.summary.objectives.value);
      expect(row.measures).toBe(o.counted.measures);
      expect(row.bands[0]).toBe(o.counted.band100);
      expect(row.bands.slice(1).reduce((a, b) => a + b, 0)).toBe(o.counted.otherBands);
      expect(row.value).toBe(o.summary.percent.value);
    });
  });

  test("the first column reads as the seed's товчоо prints it", () => {
    s.rows.forEach((row, i) => {
      expect(row.caption.mn).toBe(seedSummaryText(objectives002[i].summary.text.cell));
      expect(row.caption.mn).not.toMatch(/[<>]/);
    });
  });

  test("the total row: 6 objectives, 12 measures, the band sums and the pooled 98.2", () => {
    expect(s.total.objectives).toBe(conclusion002.objectives.counted);
    expect(s.total.measures).toBe(conclusion002.measures.counted);
    expect(s.total.bands).toEqual([
      bands002.counted.band100,
      bands002.counted.band70,
      bands002.counted.band40,
      bands002.counted.band0,
      bands002.counted.notDue,
    ]);
    expect(s.total.value).toBe(average002.stated.value);
    expect(s.total.exact).toBeCloseTo(average002.pooledTable.mean, 3);
  });

  test("the conclusion opens with the seed's sentence", () => {
    expect(mn[0]).toBe(seedSummaryText("A20"));
    expect(mn[0]).toContain("нийт 6 зорилт бүхий 12 арга хэмжээ");
  });

  test("measures at 100 are listed without a figure, the others with their table rating", () => {
    const at100 = conclusion002.at100.countedInTable;
    const below = conclusion002.at90to95.belowHundredInTable;
    expect(mn).toContain(`100 хувийн биелэлттэй ${at100.length} арга хэмжээ:`);
    for (const n of at100) {
      const line = mn.find((t) => t.startsWith(`- Зорилт ${n}. `));
      expect(line).toBeDefined();
      expect(line).not.toMatch(/\/[\d.]+\/[;.]$/);
    }
    // The seed names the group by its figures ("90-95"); the add-in by the scheme's band, whose
    // bounds are 90 and 100, and writes each figure with one decimal and a comma ("/93,9/").
    expect(mn).toContain(`90–100 хувийн биелэлттэй ${below.length} арга хэмжээ:`);
    below.forEach((n, i) => {
      const end = i === below.length - 1 ? "." : ";";
      const line = mn.find((t) => t.startsWith(`- Зорилт ${n}. `));
      const figure = ratingOf(n).toFixed(1).replace(".", ",");
      expect(line?.endsWith(` /${figure}/${end}`)).toBe(true);
    });
  });

  test("items are written as the seed writes them, without markup", () => {
    // The transcription keeps the seed's markdown italics ("*Зорилт 1.1.*"): drop the stars.
    for (const [number, cell] of [
      ["1.1", "A23"],
      ["1.3", "A25"],
      ["2.1", "A26"],
      ["4.1", "A33"],
    ]) {
      const row = parseAddress(cell)?.row ?? -1;
      // The seed's "/95/" is written with the staff's one decimal: "/95,0/".
      const expected = cellText(valueOf(seed002Summary, row, 0))
        .replace(/\*/g, "")
        .replace("/95/", "/95,0/");
      expect(mn.find((t) => t.startsWith(`- Зорилт ${number}. `))).toBe(expected);
    }
    expect(mn.join("\n")).not.toMatch(/<\/?[a-z]+>/);
  });

  test("the overall sentence names the year of the title and the pooled figure", () => {
    const overall = s.conclusion.find((p) => p.kind === "overall");
    expect(overall?.text.mn).toMatch(
      /хэрэгжилтийн явц 2019 оны байдлаар 98,2 хувьтай дүгнэгдэв\.$/,
    );
    expect(overall?.text.en).toContain("as of 2019 is assessed at 98.2 percent");
    expect(mn[mn.length - 1]).toMatch(/арга хэмжээ байна\.$/);
  });

  test("every paragraph exists in English too", () => {
    for (const p of s.conclusion) {
      expect(p.text.en).not.toBe("");
      // Measure texts stay as written; the words around them are English.
      const words = p.kind === "item" ? p.text.en.split(". ")[0] : p.text.en;
      expect(words).not.toMatch(/[А-Яа-яӨөҮүЁё]/);
    }
    expect(s.conclusion[0].text.en).toBe(
      "The plan contains 12 measures under 6 objectives. Of these:",
    );
  });
});

describe("товчоо sheet of seed 002", () => {
  const sheet = evaluationSummarySheet(s, "mn");
  const headerRow = sheet.values.findIndex((r) => r[0] === "Зорилт" && r[1] === "Зорилтын тоо");
  const last = sheet.values[0].length - 1;

  test("is a sound sheet model", () => {
    expect(sheetModelProblems(sheet)).toEqual([]);
    expect(sheet.name).toBe("Товчоо");
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape" });
  });

  test("has the two header rows of the seed", () => {
    expect(headerRow).toBeGreaterThanOrEqual(0);
    const top = sheet.values[headerRow];
    const printed = summaryHeader002.cells.map((c) => c.text);
    expect([top[0], top[1], top[2], top[3], top[last]]).toEqual(printed);
    const sub = sheet.values[headerRow + 1].slice(3, last);
    expect(sub).toEqual(s.bandLabels);
    // The built-in scheme prints the second band 60-89 where the seed leaves 70-89 out.
    const seedBands = [...summaryHeader002.bands.map((b) => b.text)];
    expect(sub.filter((b, i) => b === seedBands[i])).toHaveLength(seedBands.length - 1);
    expect(sheet.merges).toContainEqual({
      top: headerRow,
      left: 3,
      bottom: headerRow,
      right: last - 1,
    });
    for (const col of [0, 1, 2, last]) {
      expect(sheet.merges).toContainEqual({
        top: headerRow,
        left: col,
        bottom: headerRow + 1,
        right: col,
      });
    }
    expect(sheet.print?.repeatRows).toEqual({ top: headerRow, bottom: headerRow + 1 });
  });

  test("objective rows, the total row and the conclusion below", () => {
    const first = headerRow + 2;
    objectives02Rows(first);
    const total = sheet.values[first + objectives002.length];
    expect(total[0]).toBe("Нийт");
    expect(total[2]).toBe(12);
    expect(total[last]).toBe(98.2);
    const lead = sheet.values.findIndex((r) => r[0] === mn[0]);
    expect(lead).toBeGreaterThan(first + objectives002.length);
    expect(sheet.merges).toContainEqual({ top: lead, left: 0, bottom: lead, right: last });
    // The merged paragraph wraps: its top-left cell, whose style the merged area shows, says so.
    const wrapped = (sheet.styles ?? []).some(
      (st) => st.range.top === lead && st.range.left === 0 && st.style.wrap,
    );
    expect(wrapped).toBe(true);
  });

  function objectives02Rows(first: number) {
    objectives002.forEach((o, i) => {
      const r = sheet.values[first + i];
      expect(r[1]).toBe(1);
      expect(r[2]).toBe(o.counted.measures);
      expect(r[3]).toBe(o.counted.band100);
      // Empty band cells stay empty, as the seed prints them.
      expect(r.slice(4, last)).toEqual([null, null, null, null]);
      expect(r[last]).toBe(o.summary.percent.value);
    });
  }

  test("in English", () => {
    const en = evaluationSummarySheet(s, "en");
    expect(sheetModelProblems(en)).toEqual([]);
    const h = en.values.findIndex((r) => r[0] === "Objective");
    expect(en.values[h][1]).toBe("Number of objectives");
    expect(en.values.some((r) => r[0] === s.conclusion[0].text.en)).toBe(true);
    expect(en.values[h + 2][0]).toMatch(/^Objective 1: Төрийн үйлчилгээний/);
  });
});
