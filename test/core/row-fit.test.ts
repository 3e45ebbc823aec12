import { fitRowHeights } from "../../src/core/templates/row-fit";
import type { SheetModel } from "../../src/core/sheet";

const LONG =
  "Нийгмийн даатгалын багц хууль /шинэчилсэн найруулга/-ийг хэрэгжүүлэхтэй холбоотой шинээр батлагдсан дүрэм, журам, заавар, зөвлөмжийн хэрэгжилтийг зохион байгуулах.";

function model(extra: Partial<SheetModel>): SheetModel {
  return {
    name: "Биелэлт",
    values: [
      ["1.1.", LONG],
      ["1.2.", "Богино"],
    ],
    columnWidths: [8, 30],
    styles: [{ range: { top: 0, left: 0, bottom: 1, right: 1 }, style: { wrap: true } }],
    ...extra,
  };
}

describe("fitRowHeights", () => {
  it("grows a row whose wrapped text needs several lines, leaves a one-line row automatic", () => {
    const heights = fitRowHeights(model({}));
    expect(heights[0]).toBeGreaterThanOrEqual(5 * 15);
    expect(heights[1]).toBeUndefined();
  });

  it("keeps a height the model sets", () => {
    expect(fitRowHeights(model({ rowHeights: [20] }))[0]).toBe(20);
  });

  it("leaves text that is not wrapped alone", () => {
    expect(fitRowHeights(model({ styles: [] }))).toEqual([]);
  });

  it("uses the merged width of a cell spread over several columns", () => {
    const wide = fitRowHeights(
      model({ merges: [{ top: 0, left: 1, bottom: 0, right: 3 }], columnWidths: [8, 30, 30, 30] }),
    );
    const narrow = fitRowHeights(model({}));
    expect(wide[0] ?? 0).toBeLessThan(narrow[0] ?? 0);
  });
});
