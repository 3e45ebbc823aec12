import { checkGrid } from "../../src/core/checks";
import type { CellValue } from "../../src/core/grid";
import { measuresOf, plainText } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { seed002 } from "../fixtures/seeds/seed002";
import { OFFICE_LEAD_HEADER } from "../fixtures/xlsx/office-report";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * Tables pasted from Word, where the header repeats at the top of each page: a page may break
 * between an activity's criteria, and a header whose «Д/д» or «№» cell is blank repeats blank.
 * Typed with exceljs as the command line reads them.
 */

const TITLE = "ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ";
const HEADER = [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", "Гүйцэтгэлийн хувь"];
const NUMBERS = ["1", "2", "3", "4", "5", "6", "7"];

/** Each measure as its number and its criteria's names. */
async function measures(rows: CellValue[][]) {
  const check = checkGrid(await typedSheet("Биелэлт", rows), DEFAULT_SETTINGS);
  if (!check.ok) throw new Error(check.reason.en);
  const read = measuresOf(check.plan).map((m) => [
    plainText(m.number.value),
    m.criteria.map((c) => plainText(c.text.value)),
  ]);
  return { check, read };
}

describe("a header repeated after a page break", () => {
  it("between an activity's criteria: the criterion after it is still the activity's", async () => {
    // 1: 150 of 200 = 75 and 4 of 4 = 100; 2: 10 of 20 = 50. Before, «Сургалтын тоо» after the
    // break belonged to no activity: 1 had one criterion, and 4 of 4 was lost.
    const { check, read } = await measures([
      [TITLE],
      HEADER,
      NUMBERS,
      ["1", "Хамралтыг нэмэгдүүлэх", "Хамрагдсан иргэдийн тоо", 100, 200, 150, "75%"],
      HEADER,
      NUMBERS,
      [null, null, "Сургалтын тоо", 2, 4, 4, "100%"],
      ["2", "Цахим үйлчилгээг нэмэх", "Цахим үйлчилгээний тоо", 10, 20, 10, "50%"],
    ]);
    expect(read).toEqual([
      ["1", ["Хамрагдсан иргэдийн тоо", "Сургалтын тоо"]],
      ["2", ["Цахим үйлчилгээний тоо"]],
    ]);
    // (75 + 100) / 2 = 87.5 for activity 1; (87.5 + 50) / 2 = 68.75 → 68.8 over the two.
    expect(check.evaluation.measures.map((m) => m.value)).toEqual([87.5, 50]);
    expect(check.figures.overall).toBe(68.8);
    expect(check.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([]);
  });

  it("with its «№» cell blank, in seed 002's anti-corruption report: the numbers after it are read", async () => {
    const rows = seed002.cells.map((r) => [...r]);
    rows[1][0] = null;
    // The page breaks before activity 6: the header repeats, «№» blank again.
    rows.splice(11, 0, [...rows[1]]);
    const { read } = await measures(rows);
    // Before, activity 6 had no number («») after the break.
    expect(read.map(([n]) => n)).toEqual(
      measuresOf((await measures(seed002.cells)).check.plan).map((m) => plainText(m.number.value)),
    );
    // Item 6's three activities, its «№» typed once above them.
    expect(read.slice(-3).map(([n]) => n)).toEqual(["6", "6", "6"]);
  });
});
