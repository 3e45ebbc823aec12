import fc from "fast-check";
import { structureChecks } from "../../src/core/checks/structure";
import { valueChecks } from "../../src/core/checks/values";
import { evaluatePlan } from "../../src/core/evaluate";
import type { Finding } from "../../src/core/finding";
import { parseAddress, type CellValue, type Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan/read";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { expectSame } from "../fixtures/fast-expect";

const LEAD = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
];
const HEADERS = [
  [...LEAD, "Хугацаа /I-IV улирал/", "Хариуцах нэгж"],
  [...LEAD, "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/", "Гүйцэтгэлийн хувь"],
];

const NUMBERS = ["1.1.", "1.2", "1.1.", "3.2.6", "4.2.", "6.1.1.", "1", "2.", "10.12.", "", null];
const SECTIONS = [
  "Зорилт 1. Хамралтыг нэмэгдүүлэх",
  "Зорилт 3.",
  "Зорилт 6.1. Хяналт",
  "Стратегийн төлөвлөгөөний зорилго 2: Сан",
  "Нэг. Бодлогын баримт бичиг",
  "Гурав.",
  "Арга хэмжээ 2.3. Сайн дурын даатгал",
];
const TEXTS = [
  "Сургалтын тоо",
  "Хамралтын хувь",
  "Хэрэгжүүлэх арга хэмжээний тоо",
  "Дуудлага алдалтыг бууруулах",
  "Орлогыг нэмэгдүүлэх",
  "Арга хэмжээ 1.2. Сайн дурын даатгал",
  "<p>Хариуцах</p>",
  "",
  null,
];
const LEVELS: CellValue[] = [
  "1,081 110,3%",
  "100 %",
  "5%,",
  "-",
  "",
  null,
  "9",
  "3",
  "-5%",
  "110%",
  "Тухай бүр",
  "“Өөрчлөлтгүй”",
  "АО – 69 Иргэд, даат-ч - 500",
  "4 удаа",
  "240 иргэн",
  "3.3 тэрбум",
  0.63,
  17,
  -1,
];

const row: fc.Arbitrary<CellValue[]> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...SECTIONS),
      fc.constantFrom<CellValue>(null, "Хэрэгжүүлэх арга хэмжээний тоо"),
      fc.constantFrom(...LEVELS),
      fc.constantFrom(...LEVELS),
    )
    .map(([label, criterion, b, t]) => [label, null, null, criterion, b, t, null, null]),
  fc
    .tuple(
      fc.constantFrom<CellValue>(...NUMBERS),
      fc.constantFrom<CellValue>(...TEXTS),
      fc.constantFrom<CellValue>(...TEXTS),
      fc.constantFrom(...LEVELS),
      fc.constantFrom(...LEVELS),
      fc.constantFrom(...LEVELS),
      fc.constantFrom(...LEVELS),
    )
    .map(([n, activity, criterion, b, t, g, h]) => [n, activity, null, criterion, b, t, g, h]),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    // Drop a column now and then, so that a required one goes missing.
    drop: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
    origin: fc.record({ row: fc.nat(30), col: fc.nat(5) }),
    rows: fc.array(row, { maxLength: 14 }),
    merge: fc.option(fc.record({ top: fc.nat(16), left: fc.nat(7), h: fc.nat(3), w: fc.nat(2) }), {
      nil: undefined,
    }),
  })
  .map(({ header, drop, origin, rows, merge }) => {
    const head = drop === undefined ? header : header.map((h, i) => (i === drop ? "Тайлбар" : h));
    const cells: CellValue[][] = [head, head.map((_, i) => String(i + 1)), ...rows];
    const g: Grid = { sheet: "Хуудас", origin, cells };
    if (merge) {
      const top = origin.row + merge.top;
      const left = origin.col + merge.left;
      // Merges may reach past the grid: the reader clamps them.
      g.merges = [{ top, left, bottom: top + merge.h, right: left + merge.w }];
    }
    return g;
  });

function inside(g: Grid, address: string): boolean {
  const p = parseAddress(address);
  if (!p) return false;
  const r = p.row - g.origin.row;
  const c = p.col - g.origin.col;
  return r >= 0 && r < g.cells.length && c >= 0 && c < Math.max(...g.cells.map((x) => x.length));
}

describe("structure and value checks on random plans", () => {
  it("never throw, and every finding and fix lies inside the grid", () => {
    let checked = 0;
    fc.assert(
      fc.property(grid, (g) => {
        const read = readPlan(g);
        if (!read.ok) return;
        checked += 1;
        const evaluation = evaluatePlan(read.plan, DEFAULT_SETTINGS);
        const ctx = { grid: g, plan: read.plan, evaluation, settings: DEFAULT_SETTINGS };
        const findings: Finding[] = [...structureChecks(ctx), ...valueChecks(ctx)];
        for (const f of findings) {
          expectSame(inside(g, f.cell), true);
          if (f.fix) expectSame(inside(g, f.fix.cell), true);
          // (Jest's matcher only when it fails: thousands of findings.)
          if (!f.message.mn) expect(f.message.mn.length).toBeGreaterThan(0);
          if (!f.message.en) expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
    // Most random sheets must read as plans, or the property says little.
    expect(checked).toBeGreaterThan(200);
  });
});
