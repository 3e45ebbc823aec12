import { checkGrid, type SheetCheck } from "../../src/core/checks";
import { percentOfScale } from "../../src/core/ratings";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { ratedReportWorkbook } from "../fixtures/xlsx/rated-report";

/** The 0–30 rated table built with exceljs, read back as the add-in reads a file, and checked. */
async function checked(
  changes: Record<string, string | number> = {},
  settings: Settings = DEFAULT_SETTINGS,
): Promise<Extract<SheetCheck, { ok: true }>> {
  const read = await readXlsx(await ratedReportWorkbook(changes));
  if (!read.ok) throw new Error("the workbook does not read");
  const result = checkGrid(read.sheets[0], settings);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

const brief = (r: Extract<SheetCheck, { ok: true }>) =>
  r.findings.map((f) => `${f.cell} ${f.code} ${f.severity}`);

describe("an older rated plan fulfilment on a 0–30 scale", () => {
  it("is recognised by its columns and rated by the 0–30 scheme nobody had to choose", async () => {
    const r = await checked();
    expect(r.template).toBe("rated-report");
    expect(r.evaluation.scheme.id).toBe("governor-0-30");
    // № over the header and the column-number row; the three numbered columns B, C, D.
    expect(r.plan.header.columns).toEqual({ number: 0, activity: 1, achieved: 2, rating: 3 });
    expect(r.plan.header.numberRow).toBe(3);
  });

  it("flags the rating above 30, and takes the rest out of 30", async () => {
    const r = await checked();
    // D8 holds 35: above the scale. Nothing else: the stated average 27.5 is right (below).
    expect(brief(r)).toEqual(["D8 RATING-INVALID error"]);
    expect(r.findings[0].message).toEqual({
      mn: "Үнэлгээ 0-30 хооронд байх ёстой: 35.",
      en: "A rating must lie between 0 and 30: 35.",
    });
    // Five measures: 1.1 27, 1.2 "25,5", 1.3 35 (not a rating), 2.1 30, 2.2 "-" (not due).
    expect(r.figures.measures).toBe(5);
    // Rated: 27, 25.5 and 30.
    expect(r.figures.rated).toBe(3);
    // (27 + 25.5 + 30) / 3 = 82.5 / 3 = 27.5, as «Дундаж үнэлгээ» states.
    expect(r.figures.overall).toBe(27.5);
    // Зорилт 1: (27 + 25.5) / 2 = 26.25 → 26.3 (half up); Зорилт 2: 30 alone.
    expect(r.figures.objectives.map((o) => [o.measures, o.value])).toEqual([
      [3, 26.3],
      [2, 30],
    ]);
    // As a percentage of the scale: 27.5 / 30 × 100 = 91.666…
    expect(percentOfScale(27.5, r.evaluation.scheme)).toBeCloseTo(91.6667, 4);
  });

  it("reads «ХБ» (хугацаа болоогүй) in a rating cell as not due, as it reads «-»", async () => {
    for (const mark of ["ХБ", "х/б"]) {
      const r = await checked({ D11: mark });
      // The same as with «-»: only D8's 35 is flagged, and 2.2 stays out of the figures.
      expect(brief(r)).toEqual(["D8 RATING-INVALID error"]);
      expect([r.figures.measures, r.figures.rated, r.figures.overall]).toEqual([5, 3, 27.5]);
    }
  });

  it("flags a rating below 0, and the average it then leaves wrong", async () => {
    // D10: -3 in place of 30. Rated are then 27 and 25.5: (27 + 25.5) / 2 = 26.25 → 26.3,
    // while D12 still states 27.5.
    const r = await checked({ D10: -3 });
    expect(brief(r)).toEqual([
      "D8 RATING-INVALID error",
      "D10 RATING-INVALID error",
      "D12 RATING-AGGREGATE error",
    ]);
    expect(r.figures.overall).toBe(26.3);
    const average = r.findings[2];
    expect(average.fix).toEqual({ cell: "D12", value: 26.3 });
  });

  it("keeps its 0–30 scheme when the workbook carries a scheme that is not one", async () => {
    const broken = { ...DEFAULT_SETTINGS, scheme: "custom", customScheme: { bands: "none" } };
    const r = await checked({}, broken);
    // Rated by the template's governor-0-30, so 35 is still the only rating out of range, and
    // the RATING-SCHEME finding says which scheme rated the table.
    expect(r.evaluation.scheme.id).toBe("governor-0-30");
    expect(brief(r)).toContain("D8 RATING-INVALID error");
    const scheme = r.findings.find((f) => f.code === "RATING-SCHEME");
    expect(scheme?.message.en).toContain("rated by «");
    expect(r.figures.overall).toBe(27.5);
  });
});
