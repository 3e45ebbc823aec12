import { checkGrid, type SheetCheck } from "../../src/core/checks";
import { cellText, parseAddress, valueAt, type CellValue, type Grid } from "../../src/core/grid";
import { objectivesOf, type CellRef } from "../../src/core/plan/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readDocx } from "../../src/workbook/docx/read";
import { SEED_LAYOUTS, seedDocx } from "../fixtures/docx/seed-documents";

/*
 * The five source documents built as Word documents (test/fixtures/docx/seed-documents.ts),
 * read back, and checked: the same plan and the same findings as their .xlsx transcriptions.
 * Rows shift (Word has no empty rows, layout tables sit elsewhere), so plans and findings are
 * compared through what they hold: a cell by its text, a finding by its code, severity,
 * message (its cell addresses masked) and the text of the cell it is about.
 */

const text = (ref: CellRef | undefined) => (ref ? cellText(ref.value) : undefined);

/** The plan as a person reads it: title, kind, and every objective, measure and criterion. */
function planContent(check: SheetCheck) {
  if (!check.ok) return { reason: check.reason.en };
  const { plan, figures } = check;
  return {
    template: plan.template,
    title: text(plan.title),
    objectives: objectivesOf(plan).map((o) => ({
      label: o.label,
      text: text(o.text),
      measures: o.measures.map((m) => ({
        number: text(m.number),
        text: text(m.text),
        rating: text(m.rating),
        achieved: text(m.achieved),
        criteria: m.criteria.map((c) => [
          text(c.text),
          text(c.baseline),
          text(c.target),
          text(c.achieved),
          text(c.fulfilment),
        ]),
      })),
    })),
    totals: plan.totals.map((t) => [text(t.label), text(t.value)]),
    figures,
  };
}

const ADDRESS = /\b\$?[A-Z]{1,3}\$?\d{1,7}\b/g;

/** A finding as a person reads it, wherever its cell is. */
function findingContent(grid: Grid, check: SheetCheck) {
  return check.findings
    .map((f) => {
      const at = parseAddress(f.cell);
      const value: CellValue = at ? valueAt(grid, at.row, at.col) : null;
      return [
        f.code,
        f.severity,
        cellText(value),
        f.message.en.replace(ADDRESS, "@"),
        f.message.mn.replace(ADDRESS, "@"),
        f.fix ? String(f.fix.value) : "",
      ].join(" | ");
    })
    .sort();
}

describe.each(Object.keys(SEED_LAYOUTS))("%s built in Word and read back", (name) => {
  const layout = SEED_LAYOUTS[name];
  let read: Awaited<ReturnType<typeof readDocx>>;

  beforeAll(async () => {
    read = await readDocx(await seedDocx(layout));
  }, 30_000);

  it("reads without errors or warnings", () => {
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.warnings).toEqual([]);
  });

  it("gives the plan of the .xlsx transcription", () => {
    if (!read.ok) throw new Error(read.error.message.en);
    const fromXlsx = checkGrid(layout.grid, DEFAULT_SETTINGS);
    const fromDocx = checkGrid(read.grid, DEFAULT_SETTINGS);
    expect(fromXlsx.ok).toBe(true);
    expect(planContent(fromDocx)).toEqual(planContent(fromXlsx));
  });

  it("gives the findings of the .xlsx transcription", () => {
    if (!read.ok) throw new Error(read.error.message.en);
    const fromXlsx = checkGrid(layout.grid, DEFAULT_SETTINGS);
    const fromDocx = checkGrid(read.grid, DEFAULT_SETTINGS);
    expect(findingContent(read.grid, fromDocx)).toEqual(findingContent(layout.grid, fromXlsx));
  });
});
