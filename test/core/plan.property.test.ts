import fc from "fast-check";
import { gridSize, type CellValue, type Grid } from "../../src/core/grid";
import type { CellRef } from "../../src/core/plan/model";
import { detectTables } from "../../src/core/plan/header";
import { readPlan } from "../../src/core/plan/read";
import { ALL_TEMPLATES } from "../../src/core/templates";

/** Texts a real sheet holds, so that random grids often contain tables, sections and totals. */
const WORDS = [
  "Зорилт 3. Нийгмийн даатгал",
  "Зорилт 6.1.",
  "Зорилт НЭГ.",
  "ХОЁР. “ТӨРИЙН ҮЙЛЧИЛГЭЭ”",
  "Нэг. Бодлогын баримт бичиг",
  "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ",
  "Стратегийн төлөвлөгөөний зорилго 1: Бодлого",
  "1 дүгээр зорилтын хүрээнд",
  "1.1.",
  "3.2.6",
  "1",
  "№",
  "Арга хэмжээ 2.3 Сургалт",
  "Хэрэгжүүлэх арга хэмжээний тоо",
  "Дундаж үнэлгээ",
  "ТАЙЛАН БИЧСЭН:",
  "III. АЛБАН ТУШААЛД",
  "хөнгөлөлт, чөлөөлөлт",
  "100%",
  "-",
  "Тухай бүр",
  "<p>Архивын газар</p>",
  "I-IV улирал",
];

const HEADER_ROWS: CellValue[][] = ALL_TEMPLATES.flatMap((t) => [
  t.columns.map((c) => c.header),
  ...(t.partTwo ? [t.partTwo.columns.map((c) => c.group ?? c.header)] : []),
]);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
);

const row: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 6, arbitrary: fc.array(cell, { maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADER_ROWS) },
);

const merge = fc.record({
  top: fc.integer({ min: -3, max: 40 }),
  left: fc.integer({ min: -3, max: 12 }),
  bottom: fc.integer({ min: -3, max: 40 }),
  right: fc.integer({ min: -3, max: 12 }),
});

const grid: fc.Arbitrary<Grid> = fc.record({
  origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
  cells: fc.array(row, { maxLength: 30 }),
  merges: fc.array(merge, { maxLength: 6 }),
  numberFormats: fc.array(fc.array(fc.constantFrom("0%", "General", null), { maxLength: 8 }), {
    maxLength: 30,
  }),
});

/** Every CellRef anywhere inside a value: an object with a row, a column and a value. */
function cellRefs(value: unknown, out: CellRef[] = []): CellRef[] {
  if (value === null || typeof value !== "object") return out;
  const o = value as Record<string, unknown>;
  if (typeof o.row === "number" && typeof o.col === "number" && "value" in o) {
    out.push(o as unknown as CellRef);
  }
  for (const v of Object.values(o)) cellRefs(v, out);
  return out;
}

describe("readPlan on any grid", () => {
  it("never throws, and every cell it points to lies inside the grid", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const result = readPlan(g);
        if (!result.ok) {
          return result.reason.mn.length > 0 && result.reason.en.length > 0;
        }
        const { rows, cols } = gridSize(g);
        const inside = (r: CellRef) =>
          r.row >= g.origin.row &&
          r.row < g.origin.row + rows &&
          r.col >= g.origin.col &&
          r.col < g.origin.col + cols;
        const refs = cellRefs(result.plan);
        const columns = Object.values(result.plan.header.columns) as number[];
        return (
          refs.every(inside) &&
          columns.every((c) => c >= g.origin.col && c < g.origin.col + cols) &&
          result.plan.stray.every((r) => r >= g.origin.row && r < g.origin.row + rows)
        );
      }),
      { numRuns: 400 },
    );
  });

  it("finds headers only inside the grid, in order, without overlap", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const tables = detectTables(g);
        const { rows } = gridSize(g);
        return tables.every(
          (t, i) =>
            t.headerTop >= g.origin.row &&
            t.headerBottom < g.origin.row + rows &&
            t.dataTop > t.headerBottom &&
            t.score >= 0 &&
            t.score <= 1 &&
            (i === 0 || t.headerTop >= tables[i - 1].dataTop),
        );
      }),
      { numRuns: 300 },
    );
  });
});
