import ExcelJS from "exceljs";
import { checkGrid } from "../../src/core/checks";
import {
  cellAddress,
  parseAddress,
  type CellValue,
  type Grid,
  type Merge,
} from "../../src/core/grid";
import { measuresOf, plainText, readPlan, type CellRef, type Plan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed003 } from "../fixtures/seeds/seed003";

/*
 * Tables as offices make them, from the seed documents' rows: written with exceljs, read back
 * through the CLI's reader, they must read to the seed layout's plan with the seed's findings.
 */

/** How an office lays the seed's table out. */
interface OfficeLayout {
  /** Header texts by the seed's header text; a header left out of the map keeps its text. */
  rename: Record<string, string>;
  /** Leave the header cell over the number column blank. */
  blankNumber: boolean;
  /** Insert a «Хэмжих нэгж» column after the criterion. */
  unit: boolean;
  /** Levels typed as numbers (every other row), a percentage as a fraction shown "0%". */
  typedNumbers: boolean;
}

/** Where the office's table sits: the title at C2, a two-row header at C4, no number row. */
const TITLE_ROW = 1;
const HEADER_ROW = 3;
const DATA_ROW = HEADER_ROW + 2;
const LEFT = 2;
const UNIT_HEADER = "Хэмжих нэгж";
/** The level columns a two-row header groups under «Гүйцэтгэлийн түвшин». */
const GROUPED = [
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
];

interface OfficeTable {
  grid: Grid;
  /** The office sheet's position of a seed cell (its rows above the table are not kept). */
  at(row: number, col: number): { row: number; col: number };
}

function officeTable(seed: Grid, layout: OfficeLayout): OfficeTable {
  const header = seed.cells.findIndex((r) => r.includes("Шалгуур үзүүлэлт"));
  const width = seed.cells[header].length;
  const criterion = seed.cells[header].indexOf("Шалгуур үзүүлэлт");
  // The seed's own column-number row ("1" … "8") is left out.
  const firstData = header + 2;
  const shift = DATA_ROW - firstData;
  const col = (c: number) => LEFT + c + (layout.unit && c > criterion ? 1 : 0);
  const at = (row: number, c: number) => ({ row: row + shift, col: col(c) });

  const cells: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const put = (row: number, c: number, v: CellValue, format?: string) => {
    (cells[row] ??= [])[c] = v;
    if (format) (formats[row] ??= [])[c] = format;
  };
  const merges: Merge[] = [];
  const right = col(width - 1);

  // Title above, merged across the table, as the seed's title row.
  put(TITLE_ROW, LEFT, seed.cells[header - 1][0]);
  merges.push({ top: TITLE_ROW, left: LEFT, bottom: TITLE_ROW, right });

  // Two header rows: the level columns under one group cell, the others merged down.
  const texts = seed.cells[header].map((h) => String(h));
  const grouped = texts.map((h) => GROUPED.includes(h));
  texts.forEach((h, c) => {
    const text = layout.rename[h] ?? h;
    if (grouped[c]) {
      put(HEADER_ROW + 1, col(c), text);
      return;
    }
    if (!(c === 0 && layout.blankNumber)) put(HEADER_ROW, col(c), text);
    merges.push({ top: HEADER_ROW, left: col(c), bottom: HEADER_ROW + 1, right: col(c) });
  });
  const firstGrouped = grouped.indexOf(true);
  const lastGrouped = grouped.lastIndexOf(true);
  put(HEADER_ROW, col(firstGrouped), "Гүйцэтгэлийн түвшин");
  merges.push({
    top: HEADER_ROW,
    left: col(firstGrouped),
    bottom: HEADER_ROW,
    right: col(lastGrouped),
  });
  if (layout.unit) {
    put(HEADER_ROW, col(criterion) + 1, UNIT_HEADER);
    merges.push({
      top: HEADER_ROW,
      left: col(criterion) + 1,
      bottom: HEADER_ROW + 1,
      right: col(criterion) + 1,
    });
  }

  const levels = new Set(texts.flatMap((h, c) => (GROUPED.includes(h) ? [c] : [])));
  const percent = texts.findIndex((h) => /хувь$/.test(h));
  for (let r = firstData; r < seed.cells.length; r++) {
    const row = seed.cells[r] ?? [];
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const text = String(v);
      const { row: to, col: where } = at(r, c);
      if (layout.typedNumbers && levels.has(c) && r % 2 === 0 && /^\d+(\.\d+)?$/.test(text)) {
        put(to, where, Number(text));
      } else if (layout.typedNumbers && c === percent && /^\d+(\.\d+)?%$/.test(text)) {
        put(to, where, Number(text.slice(0, -1)) / 100, "0%");
      } else {
        put(to, where, v);
      }
    });
    if (layout.unit && plainText(row[criterion] ?? null) !== "") {
      put(at(r, criterion).row, col(criterion) + 1, "тоо");
    }
  }
  for (const m of seed.merges ?? []) {
    if (m.top < firstData) continue;
    const tl = at(m.top, m.left);
    const br = at(m.bottom, m.right);
    merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
    // A criterion merged down its rows has its unit merged alike.
    if (layout.unit && m.left === criterion && m.right === criterion) {
      merges.push({ top: tl.row, left: tl.col + 1, bottom: br.row, right: tl.col + 1 });
    }
  }
  const dense = (rows: unknown[][]) =>
    Array.from({ length: cells.length }, (_, r) =>
      Array.from({ length: right + 1 }, (_, c) => rows[r]?.[c] ?? null),
    );
  return {
    grid: {
      origin: { row: 0, col: 0 },
      cells: dense(cells) as CellValue[][],
      numberFormats: dense(formats) as (string | null)[][],
      merges,
    },
    at,
  };
}

/** The grid written as a one-sheet .xlsx with exceljs and read back as the CLI reads it. */
async function throughXlsx(grid: Grid): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Гүйцэтгэл");
  grid.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const format = grid.numberFormats?.[r]?.[c];
      if (format) cell.numFmt = format;
    }),
  );
  for (const m of grid.merges ?? [])
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
  if (!read.ok) throw new Error(read.error.message.en);
  return read.sheets[0];
}

/** A cell as shown: a fraction in a percent format as the percentage typed, a number as text. */
function shown(ref: CellRef | undefined): string {
  if (!ref) return "";
  const v = ref.value;
  if (typeof v === "number" && ref.numberFormat?.includes("%")) {
    return `${Number((v * 100).toPrecision(12))}%`;
  }
  return plainText(v);
}

/** What a plan says, without where it says it: measures, criteria and their levels. */
function content(plan: Plan) {
  return measuresOf(plan).map((m) => ({
    number: shown(m.number),
    text: shown(m.text),
    criteria: m.criteria.map((c) => ({
      text: shown(c.text),
      baseline: shown(c.baseline),
      target: shown(c.target),
      achieved: shown(c.achieved),
      fulfilment: shown(c.fulfilment),
    })),
  }));
}

/** Findings as code and cell, those of the seed moved to where the office's table has them. */
function findingsOf(grid: Grid, move?: OfficeTable["at"]): string[] {
  const check = checkGrid(grid, DEFAULT_SETTINGS);
  return check.findings
    .map((f) => {
      const p = parseAddress(f.cell);
      const cell = p && move ? move(p.row, p.col) : p;
      return `${f.code} ${cell ? cellAddress(cell.row, cell.col) : f.cell}`;
    })
    .sort();
}

const VARIANTS: [string, OfficeLayout][] = [
  [
    "the seed's headers, blank «Д/д»",
    { rename: {}, blankNumber: true, unit: false, typedNumbers: false },
  ],
  [
    "renamed headers (Хэрэгжүүлэх үйл ажиллагаа, Гүйцэтгэл үзүүлэлт, Суурь үзүүлэлт, Хүрэх түвшин, Хүрсэн үр дүн, Хувь)",
    {
      rename: {
        "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж":
          "Хэрэгжүүлэх үйл ажиллагаа",
        "Шалгуур үзүүлэлт": "Гүйцэтгэл үзүүлэлт",
        "Суурь түвшин": "Суурь үзүүлэлт",
        "Зорилтот түвшин": "Хүрэх түвшин",
        "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/": "Хүрсэн үр дүн",
        "Гүйцэтгэлийн хувь": "Хувь",
      },
      blankNumber: false,
      unit: false,
      typedNumbers: false,
    },
  ],
  [
    "«Гүйцэтгэл» over the level reached and «%» over its percentage",
    {
      rename: {
        "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/": "Гүйцэтгэл",
        "Гүйцэтгэлийн хувь": "%",
      },
      blankNumber: false,
      unit: false,
      typedNumbers: false,
    },
  ],
  [
    "«Хийгдсэн ажил» over the level reached and «(%)» over its percentage",
    {
      rename: {
        "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/": "Хийгдсэн ажил",
        "Гүйцэтгэлийн хувь": "(%)",
      },
      blankNumber: true,
      unit: false,
      typedNumbers: true,
    },
  ],
  [
    "«Төлөвлөгөө» over the target, «Гүйцэтгэл» over the level reached, «Хувь» over its percentage",
    {
      rename: {
        "Зорилтот түвшин": "Төлөвлөгөө",
        "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/": "Гүйцэтгэл",
        "Гүйцэтгэлийн хувь": "Хувь",
      },
      blankNumber: false,
      unit: false,
      typedNumbers: true,
    },
  ],
  [
    "«Биелэлт /хувиар/» (in percent) over its percentage",
    {
      rename: { "Гүйцэтгэлийн хувь": "Биелэлт /хувиар/" },
      blankNumber: false,
      unit: false,
      typedNumbers: false,
    },
  ],
  [
    "a unit column, levels typed as numbers and percentages",
    { rename: {}, blankNumber: true, unit: true, typedNumbers: true },
  ],
];

describe.each([
  // Seed 000's levels are sentences; seed 003's are figures.
  ["seed 000 (org-report)", seed000, "org-report", false],
  ["seed 003 (org-plan)", seed003, "org-plan", true],
] as const)("an office's table of %s at C4 under a title", (_, seed, template, numericLevels) => {
  const seedPlan = readPlan(seed);
  if (!seedPlan.ok) throw new Error("seed not read");
  const seedFindings = (at: OfficeTable["at"]) =>
    findingsOf(seed, at).filter((f) => {
      // Findings about the seed's rows above its table, left out of the office's sheet.
      const cell = parseAddress(f.split(" ")[1]);
      return !cell || cell.row >= DATA_ROW;
    });

  it.each(VARIANTS)("%s: reads as the seed's plan with the seed's findings", async (_, layout) => {
    const office = officeTable(seed, layout);
    const grid = await throughXlsx(office.grid);
    const read = readPlan(grid);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.template).toBe(template);
    expect(read.plan.header).toMatchObject({
      headerTop: HEADER_ROW,
      headerBottom: HEADER_ROW + 1,
      dataTop: DATA_ROW,
      missing: [],
    });
    expect(read.plan.header.columns.number).toBe(LEFT);
    expect(content(read.plan)).toEqual(content(seedPlan.plan));
    if (layout.unit) {
      // Read beside each criterion of the main table (part two, in seed 003, has none), not
      // taken for a level: «тоо» wherever the criterion is written.
      const partTwo = read.plan.tables?.[1]?.headerTop ?? Infinity;
      const main = measuresOf(read.plan).flatMap((m) => m.criteria.filter((c) => c.row < partTwo));
      for (const c of main) {
        expect(shown(c.unit)).toBe(shown(c.text) === "" ? "" : "тоо");
      }
    }
    if (layout.typedNumbers && numericLevels) {
      expect(grid.cells.flat().filter((v) => typeof v === "number").length).toBeGreaterThan(10);
    }
    const expected = seedFindings(office.at);
    expect(expected.length).toBeGreaterThan(10);
    expect(findingsOf(grid)).toEqual(expected);
  });
});
