import { openXlsx } from "../../src/preview/xlsx-file";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { Journal } from "../../src/taskpane/failure";
import { createMemoryExcel } from "../../src/workbook/memory/excel";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { filledReport } from "../fixtures/filled-report";

describe("Compute in the pane on a report filled with formulas", () => {
  it("shows the figures from the computed fulfilment and the stated cells they replaced", async () => {
    const bytes = await filledReport();
    const opened = await openXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    if (!opened.ok) throw new Error(opened.error.message.en);
    const port = new OfficeWorkbook(createMemoryExcel(opened.workbook));
    const run = await computeActiveSheet(port, new Journal());
    // Every fulfilment cell holds a figure a person typed: nothing is filled.
    expect(run.writes).toEqual([]);
    // Objective 1.1: (90 + 100) / 2 = 95; 1.2: (75 + 91.667 + 91.667) / 3 = 86.1;
    // overall (90 + 100 + 75 + 91.667 + 91.667) / 5 = 89.667 → 89.7.
    expect(run.figures.lines.map((l) => l.value)).toEqual([95, 86.1]);
    expect(run.figures.overall.value).toBe(89.7);
    expect(run.replaced).toEqual(["H7", "H9"]);
  });
});
