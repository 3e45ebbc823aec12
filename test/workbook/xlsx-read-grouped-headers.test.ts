import { checkGrid } from "../../src/core/checks";
import type { CellValue, Merge } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  OFFICE_ACTIVITIES,
  OFFICE_LEAD_HEADER,
  OFFICE_YEAR_END_TITLE,
} from "../fixtures/xlsx/office-report";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * A two-row header whose group names the column and whose sub-columns only say what each holds:
 * «Гүйцэтгэл» merged over «Тоо» | «Хувь», as offices head the level reached and its percentage.
 * Typed with exceljs, percentages as Excel keeps them (fractions shown «0%»). By hand: 150 of
 * 200 = 75% (stated 75%), 4 of 4 = 100% (stated 90%: a mismatch at G6).
 */
function report(group: string, count: string, percent: string): CellValue[][] {
  return [
    [OFFICE_YEAR_END_TITLE],
    [],
    [...OFFICE_LEAD_HEADER, group, null],
    [null, null, null, null, null, count, percent],
    [...OFFICE_ACTIVITIES[0], 0.75],
    [...OFFICE_ACTIVITIES[1], 0.9],
  ];
}

/** The group over F:G; every other header cell merged down both rows. */
const MERGES: Merge[] = [
  { top: 2, left: 5, bottom: 2, right: 6 },
  ...[0, 1, 2, 3, 4].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
];

describe.each([
  ["Гүйцэтгэл", "Тоо", "Хувь"],
  ["Биелэлт", "Тоо", "%"],
  ["Хүрсэн түвшин", "Тоо", "Хувь"],
])("«%s» over «%s» | «%s»", (group, count, percent) => {
  it("reads the level reached under the group and its percentage beside it", async () => {
    const grid = await typedSheet("Биелэлт", report(group, count, percent), MERGES, {
      G5: "0%",
      G6: "0%",
    });
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header).toMatchObject({ headerTop: 2, headerBottom: 3, dataTop: 4 });
    expect(check.plan.header.columns).toMatchObject({ achieved: 5, fulfilment: 6 });
    expect(check.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["CALC-MISMATCH G6"]);
    // (75 + 100) / 2 = 87.5: the levels' figures, the stated 90% replaced.
    expect(check.figures.overall).toBe(87.5);
  });
});
