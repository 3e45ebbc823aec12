/**
 * Random sheets for the safety tests: any shape, merges anywhere, empty rows, any Unicode,
 * numbers typed as text, cells of Excel's full 32,767 characters, formula-looking text, HTML —
 * and often a real template header above rows that look like plan rows, so that the checks go
 * deep rather than stop at "no table".
 */
import fc from "fast-check";
import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { parseAddress } from "../../src/core/grid";
import { TEMPLATES } from "../../src/core/templates";
import { TEMPLATE_IDS } from "../../src/core/templates/spec";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL = 32767;

/** Text people put in plan tables: labels, numbers, levels, marks. */
const DOMAIN_TEXTS = [
  "Зорилт 1.",
  "Зорилт 2. Нийгмийн даатгалын хамралтыг нэмэгдүүлэх",
  "Стратегийн төлөвлөгөөний зорилго 1: Үйлчилгээг сайжруулах",
  "Нэг.",
  "ХОЁР. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ",
  "1.",
  "1.1.",
  "1.1",
  "2.3.1.",
  "Арга хэмжээ 2.3",
  "999.999.999",
  "Хэрэгжүүлэх арга хэмжээний тоо",
  "Дундаж үнэлгээ",
  "Үнэлгээг баталгаажуулсан:",
  "ТАЙЛАН БИЧСЭН:",
  "Шалгуур үзүүлэлт",
  "хамрагдсан даатгуулагчийн тоо",
  "эзлэх хувь",
  "12",
  "78 72,9%",
  "273.1 сая",
  "93,5%",
  "4 удаа",
  "Тайлант хугацаанд нийт 5 удаа сургалт зохион байгуулсан.",
  "Тухай бүр",
  "Хугацаа болоогүй",
  "3.3 тэрбум",
  "14453,3 мянган төгрөг",
  "“Өөрчлөлтгүй”",
  "-",
  "–",
  "*",
  "/-/",
  "Шаардлагагүй",
  "100",
  "70",
  "0",
  "100 /90-100/",
  "I-IV улирал",
  "(Хариуцах тасаг, ажилтан)",
  "(огноо)",
  "(3XX)",
];

const NUMBERS_AS_TEXT = [
  "1,081",
  "53,6",
  "127.84",
  " 12 ",
  "1e5",
  "100 %",
  "5%,",
  "-5%",
  "120%",
  "1 234 567,89",
  "0,5",
  "99,94%",
  "2024.04.23",
  "8 дугаар зүйл",
  "9".repeat(400),
  "1.2.3.4.5.6.7.8.9",
];

/** Text Excel (or a careless program) would take as a formula or a command. */
export const FORMULA_LIKE = [
  "=SUM(A1)",
  '=HYPERLINK("http://evil.example","клик")',
  "+7",
  "-5+3",
  "@x",
  "=1/0",
  "=",
  "+",
  "@",
  "=cmd|' /C calc'!A0",
];

const HOSTILE = [
  "<p>Нийгмийн даатгал</p>",
  "<img src=x onerror=alert(1)>",
  "&nbsp;&amp;&lt;b&gt;",
  "<script>alert(1)</script>",
  "□□рчл□лтг□й",
  "\uFFFD\uFFFD",
  "Dүрэм журам",
  "лавлагaa",
  "ΘН",
  "шалгالت",
  "ба3ар",
  "MTT-өөс",
  "A/61",
  "\uD800",
  "\u0000\u0007\u001b",
  "\u202Eтекст",
  "İstanbul ǅ ß ﬁ",
  "😀 👩🏽‍💻",
  "{org}",
  "...",
  "___",
];

const pieces = fc.constantFrom(...DOMAIN_TEXTS, ...NUMBERS_AS_TEXT, ...FORMULA_LIKE, ...HOSTILE);

/** A cell's text: from the domain, numbers as text, formula-looking, hostile or any Unicode. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: pieces },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join(" ")),
  },
);

/** A cell of exactly 32,767 characters made of repeated pieces. */
export const fullCell: fc.Arbitrary<string> = fc
  .array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 10 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => {
    const unit = `${parts.join(" ")} ` || "x";
    return unit.repeat(Math.ceil(MAX_CELL / unit.length)).slice(0, MAX_CELL);
  });

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: cellText },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(0.64, 1, 0.999, 1.2, -0.1, 100, 64) },
);

/** A cell value, now and then a full 32,767-character one. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 60, arbitrary: cellValue },
  { weight: 1, arbitrary: fullCell },
);

const FORMATS = ["0%", "0.0%", "General", "@", "#,##0 ₮", '0"%"', "yyyy-mm-dd", "0.00"];

function withFormats(cells: CellValue[][]): fc.Arbitrary<(string | null)[][] | undefined> {
  return fc.option(
    fc.tuple(
      ...cells.map((row) =>
        fc.array(fc.option(fc.constantFrom(...FORMATS), { nil: null, freq: 3 }), {
          minLength: row.length,
          maxLength: row.length,
        }),
      ),
    ),
    { nil: undefined },
  );
}

/** Merged areas around the grid: inside, overlapping each other, or partly outside it. */
function mergesAround(rows: number, cols: number, origin: Grid["origin"]): fc.Arbitrary<Merge[]> {
  const area = fc
    .record({
      top: fc.integer({ min: origin.row - 1, max: origin.row + rows + 1 }),
      left: fc.integer({ min: Math.max(0, origin.col - 1), max: origin.col + cols + 1 }),
      height: fc.integer({ min: 0, max: 6 }),
      width: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ top, left, height, width }) => ({
      top: Math.max(0, top),
      left,
      bottom: Math.max(0, top) + height,
      right: left + width,
    }));
  return fc.array(area, { maxLength: 6 });
}

const origin = fc.record({
  row: fc.integer({ min: 0, max: 6 }),
  col: fc.integer({ min: 0, max: 3 }),
});

function assemble(cells: CellValue[][], at: Grid["origin"], sheet = "Биелэлт"): fc.Arbitrary<Grid> {
  const cols = Math.max(0, ...cells.map((r) => r.length));
  return fc
    .tuple(mergesAround(cells.length, cols, at), withFormats(cells))
    .map(([merges, numberFormats]) => {
      const grid: Grid = { sheet, origin: at, cells, merges };
      if (numberFormats) grid.numberFormats = numberFormats;
      return grid;
    });
}

/** Any shape: ragged rows of any cells, empty rows included. */
const randomGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 25 }), origin)
  .chain(([cells, at]) => assemble(cells, at));

const TEMPLATE = fc.constantFrom(...TEMPLATE_IDS);

/** What level and rating cells hold, so that fulfilment gets computed on random rows too. */
const levelCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    "12",
    "93,5%",
    "4 удаа",
    "3.3 тэрбум",
    "5 тэрбум",
    "-",
    "Тухай бүр",
    "",
  ),
  fc.integer({ min: 0, max: 300 }),
  fc.constantFrom<CellValue>(0.64, 1, 100, 70, 30, 0, null),
);

/** Any cells, the first often a label or an item number. */
const looseRow: fc.Arbitrary<CellValue[]> = fc
  .tuple(
    fc.oneof(fc.constantFrom(...DOMAIN_TEXTS.slice(0, 12)), cellValue),
    fc.array(fc.oneof({ weight: 2, arbitrary: anyCell }, { weight: 3, arbitrary: levelCell }), {
      minLength: 4,
      maxLength: 10,
    }),
  )
  .map(([first, rest]) => [first, ...rest]);

/** A report row as the org-report lays it out: number, texts, levels, a fulfilment often empty. */
const reportRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  fc.constantFrom<CellValue>("1.1.", "1.2.", "2.1.", "1.", "2.", null),
  cellText,
  fc.constantFrom<CellValue>("-", "Шаардлагагүй", null),
  fc.oneof(fc.constantFrom("Хамрагдсан иргэдийн тоо", "Биелэлтийн хувь"), cellText),
  levelCell,
  levelCell,
  levelCell,
  fc.constantFrom<CellValue>(null, null, null, "", "*", 0.5, "64%"),
);

/** A template's header (and often its column numbers) above rows that look like plan rows. */
const tableGrid: fc.Arbitrary<Grid> = fc
  .record({
    template: TEMPLATE,
    above: fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 3 }),
    numbers: fc.boolean(),
    rows: fc.array(fc.oneof(looseRow, reportRow), { maxLength: 30 }),
    at: origin,
  })
  .chain(({ template, above, numbers, rows, at }) => {
    const headers = TEMPLATES[template].columns.map((c) => c.header);
    const cells: CellValue[][] = [
      ...above,
      headers,
      ...(numbers ? [headers.map((_, i) => String(i + 1))] : []),
      ...rows,
    ];
    return assemble(cells, at);
  });

const SEEDS: Grid[] = [seed000, seed001, seed002, seed003];

/** A transcribed seed with cells replaced, rows dropped or repeated, and a new origin. */
const mutatedSeed: fc.Arbitrary<Grid> = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    edits: fc.array(
      fc.record({ row: fc.nat(), col: fc.nat(), value: anyCell, op: fc.nat({ max: 9 }) }),
      { maxLength: 25 },
    ),
    at: origin,
  })
  .chain(({ seed, edits, at }) => {
    let cells = SEEDS[seed].cells.map((r) => [...r]);
    for (const e of edits) {
      if (cells.length === 0) break;
      const r = e.row % cells.length;
      if (e.op === 0) cells = [...cells.slice(0, r), ...cells.slice(r + 1)];
      else if (e.op === 1) cells = [...cells.slice(0, r), cells[r], ...cells.slice(r)];
      else if (cells[r].length > 0) cells[r][e.col % cells[r].length] = e.value;
    }
    return assemble(cells, at, SEEDS[seed].sheet);
  });

/** Any sheet the add-in might be asked to read. */
export const anyGrid: fc.Arbitrary<Grid> = fc.oneof(
  { weight: 2, arbitrary: randomGrid },
  { weight: 4, arbitrary: tableGrid },
  { weight: 3, arbitrary: mutatedSeed },
);

/**
 * Whether an A1 address (or range) lies on the grid's used area: inside its rows and its widest
 * row. An empty grid's only cell is its origin.
 */
export function insideGrid(grid: Grid, address: string): boolean {
  const rows = Math.max(1, grid.cells.length);
  const cols = Math.max(1, ...grid.cells.map((r) => r.length));
  return address.split(":").every((part) => {
    const pos = parseAddress(part);
    return (
      pos !== null &&
      pos.row >= grid.origin.row &&
      pos.row < grid.origin.row + rows &&
      pos.col >= grid.origin.col &&
      pos.col < grid.origin.col + cols
    );
  });
}
