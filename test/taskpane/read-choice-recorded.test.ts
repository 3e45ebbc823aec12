/**
 * The period chosen in the Check view is how the sheet is read from then on: by Compute, the
 * summaries, the next check, and in the file saved and opened again. Every figure is worked out
 * by hand below.
 */
import { openXlsx, saveXlsx } from "../../src/preview/xlsx-file";
import { checkActiveSheet, checkSheetAsChosen } from "../../src/taskpane/actions/check";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { Journal } from "../../src/taskpane/failure";
import { createMemoryExcel } from "../../src/workbook/memory/excel";
import { sheetNamed } from "../../src/workbook/memory/model";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import {
  PERIOD_TARGET_MERGES,
  PERIOD_TITLE,
  periodTargetReport,
} from "../fixtures/xlsx/period-targets";
import { fakeWorkbook } from "./workbook";

/*
 * The half-year report of test/fixtures/xlsx/period-targets.ts, levels reached 3, 1 and 500:
 * - read as the half-year's (its title): 3 of 3 = 100, the trainings' half-year «-» so the
 *   year's 4: 1 of 4 = 25, 500 of 550 = 90.909…: (100 + 25 + 90.909) / 3 = 71.97 → 72.0;
 * - read as the year's: 3 of 6 = 50, 1 of 4 = 25, 500 of 1100 = 45.454…:
 *   (50 + 25 + 45.455) / 3 = 40.15 → 40.2.
 */
const SHEET = "Биелэлт";
const title = PERIOD_TITLE.replace("{period}", "ЭХНИЙ ХАГАС ЖИЛИЙН");

function halfYearReport() {
  return fakeWorkbook([
    {
      sheet: SHEET,
      origin: { row: 0, col: 0 },
      cells: periodTargetReport(title),
      merges: PERIOD_TARGET_MERGES,
    },
  ]);
}

describe("a period chosen in the Check view", () => {
  it("is recorded for the sheet, and Compute, the next check and the summaries read by it", async () => {
    const book = halfYearReport();
    const first = await checkActiveSheet(book.port);
    expect(first.result.ok && first.result.plan.header.targetPeriod).toBe("half");
    expect(first.result.ok && first.result.figures.overall).toBe(72);

    const chosen = await checkSheetAsChosen(book.port, { period: "year" });
    expect(chosen.run.result.ok && chosen.run.result.plan.header.targetPeriod).toBe("year");
    expect(book.state().sheets[SHEET]).toMatchObject({ template: "org-report", period: "year" });
    expect(chosen.state?.sheets[SHEET].period).toBe("year");

    const computed = await computeActiveSheet(book.port, new Journal());
    const written = Object.fromEntries(computed.writes.map((w) => [w.cell, w.value]));
    expect(Object.keys(written)).toEqual(["H5", "H6", "H7"]);
    expect(written.H5).toBeCloseTo(0.5, 10);
    expect(written.H6).toBeCloseTo(0.25, 10);
    expect(written.H7).toBeCloseTo(500 / 1100, 3);
    expect(computed.figures.overall.value).toBe(40.2);
    // Compute keeps the choice beside the cells it now owns.
    expect(book.state().sheets[SHEET]).toMatchObject({
      period: "year",
      computed: ["H5", "H6", "H7"],
    });

    const again = await checkActiveSheet(book.port);
    expect(again.result.ok && again.result.plan.header.targetPeriod).toBe("year");
    expect(again.result.findings.filter((f) => f.code === "CALC-MISMATCH")).toEqual([]);

    const summary = await writeSummaries(book.port, new Journal());
    const sheet = sheetNamed(book.excel.workbook, summary.written[0]);
    const figures = Object.values(sheet?.cells ?? {}).map((c) => c.value);
    expect(figures).toContain(40.2);
    expect(figures).not.toContain(72);
  });

  it("travels with the file: saved and opened again, the sheet is still read as the year's", async () => {
    const book = halfYearReport();
    await checkSheetAsChosen(book.port, { period: "year" });
    const bytes = await saveXlsx(book.excel.workbook);
    const opened = await openXlsx(bytes.slice().buffer);
    if (!opened.ok) throw new Error(opened.error.message.en);
    const port = new OfficeWorkbook(createMemoryExcel(opened.workbook));
    const run = await checkActiveSheet(port);
    expect(run.result.ok && run.result.plan.header.targetPeriod).toBe("year");
    expect(run.result.ok && run.result.figures.overall).toBe(40.2);
  });

  it("a check without a choice records nothing; choosing the half-year again records that", async () => {
    const book = halfYearReport();
    await checkActiveSheet(book.port);
    expect(book.state().sheets[SHEET]).toBeUndefined();
    await checkSheetAsChosen(book.port, { period: "year" });
    await checkSheetAsChosen(book.port, { period: "half" });
    expect(book.state().sheets[SHEET].period).toBe("half");
    const run = await checkActiveSheet(book.port);
    expect(run.result.ok && run.result.figures.overall).toBe(72);
  });
});
