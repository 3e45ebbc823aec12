import { checkGrid } from "../../src/core/checks";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/** An anti-corruption plan's fulfilment as a district office types it, with `ratings` in «Үнэлгээ». */
function report(ratings: [CellValue, CellValue, CellValue], average: CellValue): CellValue[][] {
  return [
    [
      "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд 2025 онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
    ],
    [],
    [
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ],
    [
      "1",
      "Ил тод байдлыг хангах",
      "Худалдан авалтын мэдээллийг байршуулах",
      "100 хувь",
      "Бүгдийг байршуулсан",
      ratings[0],
    ],
    [
      "2",
      "Ёс зүйг төлөвшүүлэх",
      "Ёс зүйн сургалт зохион байгуулах",
      "Жилд 2 удаа",
      "1 удаа",
      ratings[1],
    ],
    [
      "3",
      "Мэдүүлэг гаргуулах",
      "Хөрөнгө орлогын мэдүүлэг хүлээн авах",
      "Хугацаандаа",
      "Хугацаа болоогүй",
      ratings[2],
    ],
    ["Дундаж үнэлгээ", null, null, null, null, average],
  ];
}

const GOV_206: Settings = { ...DEFAULT_SETTINGS, scheme: "gov-206-2020", schemeChosen: true };
const ratingFindings = (check: ReturnType<typeof checkGrid>) =>
  check.findings.filter((f) => f.code.startsWith("RATING"));

describe("ratings typed as percentages in Excel (fractions shown «0%»)", () => {
  it("«100%» and «70%» are ratings of 100 and 70, the average «85%» agrees", async () => {
    // As Excel keeps «100%», «70%» and «85%» typed into F4, F5 and F7: 1, 0.7 and 0.85.
    const formats = { F4: "0%", F5: "0%", F7: "0%" };
    const grid = await typedSheet("Биелэлт", report([1, 0.7, "-"], 0.85), [], formats);
    const check = checkGrid(grid, GOV_206);
    if (!check.ok) throw new Error(check.reason.en);
    // (100 + 70) / 2 = 85; the third is not due. Before, 1 and 0.7 were the ratings.
    expect(check.figures.overall).toBe(85);
    expect(ratingFindings(check)).toEqual([]);
  });

  it("«75%» is no level of Resolution 206: invalid, as the typed «75» is", async () => {
    const formats = { F4: "0%", F5: "0%" };
    const grid = await typedSheet("Биелэлт", report([1, 0.75, "-"], null), [], formats);
    const check = checkGrid(grid, GOV_206);
    if (!check.ok) throw new Error(check.reason.en);
    expect(ratingFindings(check).map((f) => [f.code, f.cell])).toEqual([["RATING-INVALID", "F5"]]);
    expect(ratingFindings(check)[0].message.en).toContain("75%");
  });
});

describe("an anti-corruption report rated by «Хэрэгжилтийн хувь»", () => {
  it("reads the percentages implemented as its ratings: (100 + 70) / 2 = 85", async () => {
    const rows = report([1, 0.7, "-"], 0.85);
    rows[2] = rows[2].map((h) => (h === "Үнэлгээ" ? "Хэрэгжилтийн хувь" : h));
    const formats = { F4: "0%", F5: "0%", F7: "0%" };
    const check = checkGrid(await typedSheet("Биелэлт", rows, [], formats), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.template).toBe("anticorruption-report");
    // Before, the column was «missing» (STRUCT-HEADER) and nothing was rated.
    expect(check.plan.header.columns.rating).toBe(5);
    expect(check.figures.overall).toBe(85);
    expect(check.findings).toEqual([]);
  });
});

describe("ratings written with their words", () => {
  it("«100 хувь» and «90 хувиар» are ratings of 100 and 90: the average 95 agrees", async () => {
    const grid = await typedSheet("Биелэлт", report(["100 хувь", "90 хувиар", "/-/"], "95"));
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.template).toBe("anticorruption-report");
    // (100 + 90) / 2 = 95; the third is not yet due, left out.
    expect(check.figures.overall).toBe(95);
    expect(check.figures.rated).toBe(2);
    expect(ratingFindings(check)).toEqual([]);
  });

  it("under Resolution 206's levels, a level's name is its value: (100 + 70) / 2 = 85", async () => {
    const ratings: [CellValue, CellValue, CellValue] = [
      "Бүрэн хэрэгжсэн",
      "Хэрэгжих шатандаа (70)",
      "-",
    ];
    const check = checkGrid(await typedSheet("Биелэлт", report(ratings, 85)), GOV_206);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.figures.overall).toBe(85);
    expect(ratingFindings(check)).toEqual([]);
  });

  it("a name the scheme does not have is still no rating, at its cell", async () => {
    const ratings: [CellValue, CellValue, CellValue] = ["Бүрэн хэрэгжсэн", "Сайн", "-"];
    const check = checkGrid(await typedSheet("Биелэлт", report(ratings, 100)), GOV_206);
    expect(ratingFindings(check).map((f) => [f.code, f.cell])).toContainEqual([
      "RATING-INVALID",
      "F5",
    ]);
  });
});
