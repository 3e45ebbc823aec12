import { checkGrid } from "../../src/core/checks";
import type { Grid } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { INDICATOR_REPORT_HEADER } from "../fixtures/xlsx/indicator-plan";
import { PERCENT_BESIDE_LEVEL } from "../fixtures/xlsx/percent-beside-level";
import { YEAR_END_HEAD } from "../fixtures/xlsx/year-end-head";
import { typedSheet } from "../fixtures/xlsx/typed-sheet";

/*
 * An office's report whose one column «Хүрсэн түвшин буюу гүйцэтгэлийн хувь» holds the level
 * reached and, as some rows write it, its percentage: "950 (95,0%)", a percentage alone, or the
 * level alone typed as a number. Written with exceljs and read as the CLI reads it.
 */
async function combinedReport(): Promise<Grid> {
  return typedSheet("Биелэлт", [
    ["ДАРХАН-УУЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2024 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ"],
    [],
    INDICATOR_REPORT_HEADER,
    ["1", "Тэтгэвэр тогтоолгосон иргэн", "хүн", 900, 1000, "950 (95,0%)"],
    ["2", "Шалгасан байгууллага", "тоо", 40, 50, "45 (92%)"],
    ["3", "Зохион байгуулсан сургалт", "удаа", 2, 4, "100%"],
    ["4", "Шинээр бүртгэсэн ажил олгогч", "тоо", 1100, 1250, 1200],
  ]);
}

describe("a report whose achieved column holds the percentage too", () => {
  it("compares the percentage written beside the level, and fixes only the percentage", async () => {
    const check = checkGrid(await combinedReport(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    expect(check.plan.header.achievedHoldsPercent).toBe(true);
    const calc = check.findings.filter((f) => f.code.startsWith("CALC-"));
    // F4: 950 ÷ 1000 × 100 = 95, written 95,0%: equal. F5: 45 ÷ 50 × 100 = 90, written 92%.
    // No fulfilment column: nothing is "missing".
    expect(calc.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["CALC-MISMATCH", "F5", "error"],
    ]);
    expect(calc[0].message.en).toMatch(/92%.*90/);
    // The level 45 and the brackets stay as the person wrote them.
    expect(calc[0].fix).toEqual({ cell: "F5", value: "45 (90%)" });
  });

  it("reads the level apart from its percentage, and a percentage alone as the stated figure", async () => {
    const check = checkGrid(await combinedReport(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const [first, second, third, fourth] = check.evaluation.criteria;
    expect(first.achieved?.quantities.map((q) => q.value)).toEqual([950]);
    expect(first.achieved?.confidence).toBe("certain");
    expect([first.value, first.source]).toEqual([95, "computed"]);
    // The computed 90 counts, not the stated 92.
    expect([second.stated, second.value, second.source]).toEqual([
      { kind: "percent", value: 92 },
      90,
      "computed",
    ]);
    // "100%" for a target of 4 (the unit column says «удаа»): the fulfilment, nothing to compute from.
    expect([third.stated, third.value, third.source]).toEqual([
      { kind: "percent", value: 100 },
      100,
      "stated",
    ]);
    // 1200 ÷ 1250 × 100 = 96, the level alone as a number.
    expect(fourth.value).toBeCloseTo(96, 9);
    expect(fourth.stated).toEqual({ kind: "empty" });
  });

  it("the overall figure takes the computed percentages, and says which stated one it replaced", async () => {
    const check = checkGrid(await combinedReport(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    // (95 + 90 + 100 + 96) ÷ 4 = 381 ÷ 4 = 95.25: the 92 written in F5 replaced by 90.
    expect(check.evaluation.overallExact).toBeCloseTo(95.25, 9);
    expect(check.evaluation.replaced.map((c) => [c.row, c.col])).toEqual([[4, 5]]);
  });
});

describe("the percentage written before the level", () => {
  async function percentFirst(): Promise<Grid> {
    return typedSheet("Биелэлт", [
      ["ДАРХАН-УУЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2024 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ"],
      [],
      INDICATOR_REPORT_HEADER,
      ["1", "Орлогын төлөвлөгөө", "сая төгрөг", 500, 600, "96,0% (576)"],
      ["2", "Шалгасан байгууллага", "тоо", 40, 50, "92% (45)"],
      // A target that is a percentage: the first percentage is the level reached.
      ["3", "Цахим үйлчилгээний эзлэх хувь", "%", 60, "70%", "72% (360 иргэн)"],
    ]);
  }

  it("reads it as the stated figure and the figure after it as the level", async () => {
    const check = checkGrid(await percentFirst(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const [income, inspected] = check.evaluation.criteria;
    // 576 ÷ 600 × 100 = 96, written 96,0%: equal, no VALUE-MULTI.
    expect(income.achieved?.quantities.map((q) => q.value)).toEqual([576]);
    expect([income.stated, income.value]).toEqual([{ kind: "percent", value: 96 }, 96]);
    // 45 ÷ 50 × 100 = 90, written 92%: the fix rewrites the percentage only.
    const calc = check.findings.filter(
      (f) => (f.code.startsWith("CALC-") || f.code === "VALUE-MULTI") && f.cell !== "F6",
    );
    expect(calc.map((f) => [f.code, f.cell])).toEqual([["CALC-MISMATCH", "F5"]]);
    expect(inspected.value).toBe(90);
    expect(calc[0].fix).toEqual({ cell: "F5", value: "90% (45)" });
  });

  it("keeps a percentage first as the level where the target is a percentage", async () => {
    const check = checkGrid(await percentFirst(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const share = check.evaluation.criteria[2];
    expect(share.stated).toEqual({ kind: "empty" });
    expect(share.achieved?.quantities[0]).toMatchObject({ value: 72, kind: "percent" });
  });
});

/*
 * The report with the percentage beside the level (rows 4-6), and two rows where it is no
 * fulfilment:
 *   7  a percentage target: "93% (97,9%)" is two percentages, left as the person wrote it
 *   8  a count and a percentage, each in the target too: two measures in one cell
 */
async function reportWithPercentBeside(): Promise<Grid> {
  return typedSheet("Биелэлт", [
    ...PERCENT_BESIDE_LEVEL,
    ["4.", "Хамрагдалтыг нэмэгдүүлэх", "Хамрагдалтын хувь", "90%", "95%", "93% (97,9%)", "97,9%"],
    [
      "5.",
      "Сайн дурын даатгал",
      "Хамрагдагсдын тоо, хувь",
      "78 72,9%",
      "120 100%",
      "118 98%",
      "98%",
    ],
  ]);
}

describe("a percentage written beside the level reached in any report", () => {
  it("reads the level apart: the percentage is the figure stated where the fulfilment cell is empty", async () => {
    const check = checkGrid(await reportWithPercentBeside(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const [first, second, third] = check.evaluation.criteria;
    // 12 ÷ 12 × 100 = 100, written (100%): they agree.
    expect(first.achieved?.quantities.map((q) => q.value)).toEqual([12]);
    expect([first.stated, first.value, first.source]).toEqual([
      { kind: "percent", value: 100 },
      100,
      "computed",
    ]);
    // 9 ÷ 12 × 100 = 75, written 80%: the computed 75 counts.
    expect([second.stated, second.value]).toEqual([{ kind: "percent", value: 80 }, 75]);
    // The fulfilment cell's 90% is the figure stated; 12 of 12 is 100.
    expect([third.stated, third.value]).toEqual([{ kind: "percent", value: 90 }, 100]);
  });

  it("finds the wrong percentage where it is written, and leaves two measures in one cell as they were", async () => {
    const check = checkGrid(await reportWithPercentBeside(), DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const at = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.cell);
    // F5's 80% against 75, fixed inside the cell; G6's 90% against 100, in its own cell.
    expect(at("CALC-MISMATCH")).toEqual(["F5", "G6"]);
    const f5 = check.findings.find((f) => f.code === "CALC-MISMATCH" && f.cell === "F5")!;
    expect(f5.fix).toEqual({ cell: "F5", value: "9 буюу 75%" });
    // The target is a percentage (row 7) or two measures (row 8): the achieved cell holds two.
    expect(at("VALUE-MULTI")).toEqual(expect.arrayContaining(["F7", "F8"]));
    expect(at("VALUE-MULTI")).not.toContain("F4");
    // Nothing is missing: F4 and F5 state their figures beside the level.
    expect(at("CALC-MISSING")).toEqual([]);
  });
});

describe("an achieved level written as done of planned", () => {
  it("«12/15», «4/4 буюу 100%» against targets of 15 and 4 are 12 and 4 done", async () => {
    const grid = await typedSheet("Биелэлт", [
      ...YEAR_END_HEAD,
      ["1.", "Хяналт шалгалт хийх", "Шалгалтын тоо", 10, 15, "12/15"],
      ["2.", "Сургалт зохион байгуулах", "Сургалтын тоо", 2, 4, "4/4 буюу 100%"],
      // Another figure than the target's after the slash: an order number, left alone.
      ["3.", "Тушаал гаргах", "Тушаалын тоо", 1, 2, "А/12"],
    ]);
    const check = checkGrid(grid, DEFAULT_SETTINGS);
    if (!check.ok) throw new Error(check.reason.en);
    const [first, second, third] = check.evaluation.criteria;
    // 12 ÷ 15 × 100 = 80; 4 ÷ 4 = 100, as the 100% after it states.
    expect([first.achieved?.quantities.map((q) => q.value), first.value]).toEqual([[12], 80]);
    expect([second.value, second.stated]).toEqual([100, { kind: "percent", value: 100 }]);
    expect(third.achieved?.quantities).toEqual([]);
    const codes = check.findings.map((f) => `${f.code} ${f.cell}`);
    // G4's % is missing (computed 80%); row 5 states its 100% beside the level: nothing to say.
    expect(codes).toContain("CALC-MISSING G4");
    expect(codes.filter((c) => / [A-Z]5$/.test(c))).toEqual([]);
  });
});
