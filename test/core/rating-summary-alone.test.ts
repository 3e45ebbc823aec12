import { checkGrid, evaluateGrid, type SheetCheck } from "../../src/core/checks";
import * as alone from "../../src/core/checks/rating-summary-alone";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { fixAsTyped } from "../../src/core/finding";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { summaryWorkbook } from "../fixtures/xlsx/standalone-summary";

/** The summary built with exceljs, read back as the add-in reads a file, and checked. */
async function checked(
  changes: Record<string, string | number> = {},
  settings: Partial<Settings> = {},
): Promise<Extract<SheetCheck, { ok: true }>> {
  const read = await readXlsx(await summaryWorkbook(changes));
  if (!read.ok) throw new Error("the workbook does not read");
  const result = checkGrid(read.sheets[0], { ...DEFAULT_SETTINGS, ...settings });
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

const brief = (r: Extract<SheetCheck, { ok: true }>) =>
  r.findings.map((f) => `${f.cell} ${f.code} ${f.severity}`);

describe("an evaluation summary (товчоо) on its own", () => {
  it("is read as a summary: its areas, counts and the pooled means of its counts", async () => {
    const r = await checked();
    // Not read as a plan: no measures, and no RATING-COUNT against a table of 3 "measures".
    expect(r.plan.goals).toEqual([]);
    const rows = r.summary?.rows ?? [];
    expect(rows.map((x) => [x.label, x.total, x.measures, x.counted])).toEqual([
      // 23 measures, 2 of them ХБ: 21 counted at a level.
      ["Нийгмийн даатгалын үйлчилгээ", false, 23, 21],
      // Counts typed as text: 19 measures, 1 ХБ: 18 counted.
      ["Санхүү, төсөв", false, 19, 18],
      // Empty count cells read as 0: 11 measures, all counted.
      ["Хүний нөөц, сургалт", false, 11, 11],
      // «Нийт» merged across № and Чиглэл: 53 measures, 3 ХБ, 50 counted.
      ["Нийт", true, 53, 50],
    ]);
    // (15×100 + 5×70 + 0×30 + 1×0) / 21 = 1850 / 21 = 88.095…
    expect(rows[0].exact).toBeCloseTo(1850 / 21, 9);
    // (16×100 + 0×70 + 1×30 + 1×0) / 18 = 1630 / 18 = 90.555…
    expect(rows[1].exact).toBeCloseTo(1630 / 18, 9);
    // (7×100 + 4×70) / 11 = 980 / 11 = 89.0909…
    expect(rows[2].exact).toBeCloseTo(980 / 11, 9);
    // (38×100 + 9×70 + 1×30 + 2×0) / 50 = 4460 / 50 = 89.2: the pooled mean, not the mean of
    // the three areas' means ((88.095 + 90.556 + 89.091) / 3 = 89.247).
    expect(rows[3].exact).toBeCloseTo(89.2, 9);
    expect(r.summary?.overallExact).toBeCloseTo(89.2, 9);
    // The sheet's figures are the summary's: 53 measures, 50 at a level, 89.2 overall; each area
    // to one decimal, rounded half up (88.095 → 88.1, 90.556 → 90.6, 89.091 → 89.1).
    expect(r.figures.measures).toBe(53);
    expect(r.figures.rated).toBe(50);
    expect(r.figures.overall).toBe(89.2);
    expect(r.figures.objectives.map((o) => [o.measures, o.value])).toEqual([
      [23, 88.1],
      [19, 90.6],
      [11, 89.1],
    ]);
    expect(r.figures.objectives[0].bands).toEqual({ "100": 15, "70": 5, "30": 0, "0": 1, ХБ: 2 });
  });

  it("notes the truncated 88 and 90.5 and accepts the rest (rounding half up)", async () => {
    const r = await checked();
    // Row 5: 88.095 rounds to 88.1 and truncates to 88.0, written "88": the other habit, a note.
    // Row 6: 90.556 rounds to 90.6 and truncates to 90.5: a note.
    // Row 7: 0.891 in a "0.0%" cell is 89.1 = 980/11 rounded: right. Row 8: 89.2: right.
    // Every row's counts add up (15+5+0+1+2 = 23, 16+0+1+1+1 = 19, 7+4 = 11, 38+9+1+2+3 = 53)
    // and the total is the sum of the areas (23+19+11 = 53, 15+16+7 = 38, 5+0+4 = 9, 0+1+0 = 1,
    // 1+1+0 = 2, 2+1+0 = 3): no RATING-COUNT.
    expect(brief(r)).toEqual(["I5 RATING-AGGREGATE note", "I6 RATING-AGGREGATE note"]);
    const [first, second] = r.findings;
    expect(first.message.en).toBe(
      "Нийгмийн даатгалын үйлчилгээ: the stated 88 is (15×100 + 5×70 + 1×0) / 21 ≈ 88.09 truncated; rounded half up as the settings say, it is 88.1.",
    );
    // The exact mean is shown cut at two decimals: the digit the two habits part on shows.
    expect(first.message.mn).toBe(
      "Нийгмийн даатгалын үйлчилгээ: хэрэгжилтийн хувь 88 нь (15×100 + 5×70 + 1×0) / 21 ≈ 88.09-ийг таслан бичсэн утга; тохиргооны дагуу тоймлоход 88.1.",
    );
    expect(first.fix).toEqual({ cell: "I5", value: "88.1" });
    // The decimal comma the person typed is kept in the fix.
    expect(second.message.en).toContain("(16×100 + 1×30 + 1×0) / 18 ≈ 90,55 truncated");
    expect(second.fix).toEqual({ cell: "I6", value: "90,6" });
    expect(first.sheet).toBe("Товчоо");
  });

  it("with truncation chosen, the truncated figures are right and 89.1 is the note", async () => {
    const r = await checked({}, { rounding: "truncate" });
    // 980 / 11 = 89.0909: truncated 89.0, rounded 89.1, which the sheet states.
    expect(brief(r)).toEqual(["I7 RATING-AGGREGATE note"]);
    // The cell holds a fraction in a percent format: the fix is the fraction 0.89 under that
    // format, offered as «89%».
    expect(r.findings[0].fix).toEqual({ cell: "I7", value: 0.89, numberFormat: "0.0%" });
    expect(fixAsTyped(r.findings[0].fix!)).toBe("89%");
  });

  it("reports counts that do not add up, a total that is not the sum, and a wrong %", async () => {
    // C6: 20 measures while its counts add up to 16+0+1+1+1 = 19.
    // E8: 8 at level 70 while the areas have 5+0+4 = 9.
    // I7: "85%" typed over the fraction, where (7×100 + 4×70) / 11 = 89.0909 gives 89.1.
    const r = await checked({ C6: "20", E8: 8, I7: "85%" });
    // In sheet order, row by row.
    expect(brief(r)).toEqual([
      "I5 RATING-AGGREGATE note",
      // C6: the row's own counts: 16+0+1+1+1 = 19 ≠ 20.
      "C6 RATING-COUNT error",
      "I6 RATING-AGGREGATE note",
      // I7: 85 is neither 89.1 nor 89.0: an error, fixed as the person wrote it, "89.1%".
      "I7 RATING-AGGREGATE error",
      // C8: the total's counts add up to 38+8+1+2+3 = 52 ≠ 53; and the areas' measures now add
      // up to 23+20+11 = 54 ≠ 53.
      "C8 RATING-COUNT error",
      "C8 RATING-COUNT error",
      // E8: 8 where the areas add up to 5+0+4 = 9 (fix 9). The total's % is the areas' pooled
      // mean, 4460 / 50 = 89.2, as stated.
      "E8 RATING-COUNT error",
    ]);
    const at = (cell: string) => r.findings.filter((f) => f.cell === cell);
    expect(at("C6")[0].message.en).toBe(
      "Санхүү, төсөв: the row states 20 measures; its counts per level add up to 16 («100») + 0 («70») + 1 («30») + 1 («0») + 1 («ХБ») = 19.",
    );
    expect(at("C8").map((f) => f.fix?.value)).toEqual([undefined, 54]);
    expect(at("E8")[0].fix).toEqual({ cell: "E8", value: 9 });
    expect(at("E8")[0].message.mn).toBe(
      "Нийт мөрөнд «70» түвшний арга хэмжээний тоо 8 гэж бичсэн, 3 мөрийн нийлбэр 9.",
    );
    expect(at("I7")[0].fix).toEqual({ cell: "I7", value: "89.1%" });
    expect(at("I7")[0].message.en).toBe(
      "Хүний нөөц, сургалт: the row states 85; from its counts per level, (7×100 + 4×70) / 11 = 89.1.",
    );
  });

  it("reads the same table with other words for its headers and levels", async () => {
    const r = await checked({
      B3: "Үйл ажиллагааны чиглэл",
      C3: "Нийт арга хэмжээ",
      I3: "Хувь",
      D4: "100%",
      E4: "70%",
      F4: "30%",
      G4: "0%",
      H4: "Хэрэгжих боломжгүй",
      I5: "88%",
    });
    // The same figures: 88% and 90,5 are the truncated 88.1 and 90.6, the rest right.
    expect(brief(r)).toEqual(["I5 RATING-AGGREGATE note", "I6 RATING-AGGREGATE note"]);
    // The fix keeps the person's "%".
    expect(r.findings[0].fix).toEqual({ cell: "I5", value: "88.1%" });
    expect(r.figures.overall).toBe(89.2);
    // «Хэрэгжих боломжгүй» is left out of the mean as «ХБ» is: 53 − 3 = 50 counted.
    expect(r.figures.rated).toBe(50);
  });

  it("reads «Хэрэгжилтийн хувь» over the levels as their group, the stated % under «Дундаж хувь»", async () => {
    const r = await checked({ D3: "Хэрэгжилтийн хувь", I3: "Дундаж хувь" });
    // The same figures as the seed layout: the levels' counts from D to H, the stated % in I.
    expect(r.summary?.rows.map((x) => [x.measures, x.counted])).toEqual([
      [23, 21],
      [19, 18],
      [11, 11],
      [53, 50],
    ]);
    expect(brief(r)).toEqual(["I5 RATING-AGGREGATE note", "I6 RATING-AGGREGATE note"]);
    expect(r.figures.overall).toBe(89.2);
  });

  it("has nothing to compute: evaluating it, to compute, says why and reads no plan", async () => {
    const read = await readXlsx(await summaryWorkbook());
    if (!read.ok) throw new Error("the workbook does not read");
    const evaluated = evaluateGrid(read.sheets[0], DEFAULT_SETTINGS);
    expect(evaluated.ok).toBe(false);
    if (!evaluated.ok) {
      expect(evaluated.reason.mn).toMatch(/^Энэ хуудас үнэлгээний товчоо/);
      expect(evaluated.reason.en).toMatch(/^This sheet is an evaluation summary/);
    }
  });

  it("is reported as CHECK-FAILED, not passed for clean, when its check fails", async () => {
    const spy = jest.spyOn(alone, "checkSummaryAlone").mockImplementation(() => {
      throw new Error("odd cell");
    });
    try {
      const r = await checked();
      // At the summary's header, row 3, in the sheet's first column.
      expect(brief(r)).toEqual(["A3 CHECK-FAILED warning"]);
      expect(r.findings[0].message.en).toContain("odd cell");
    } finally {
      spy.mockRestore();
    }
  });
});
