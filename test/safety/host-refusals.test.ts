/**
 * When Excel refuses — a protected sheet, a cell being edited, an operation it calls invalid —
 * every task pane action says so in Mongolian and in English, names what was and was not
 * written, and leaves the person's sheet as it was. Each refusal is injected at every sync the
 * action makes.
 */
import { applyFixes, checkSheet, fixesOf, writeFindings } from "../../src/taskpane/actions/check";
import { computeActiveSheet } from "../../src/taskpane/actions/compute";
import { writeSummaries } from "../../src/taskpane/actions/summary";
import { createTemplateSheet } from "../../src/taskpane/actions/template";
import { Journal, failureMessage } from "../../src/taskpane/failure";
import { undoAction } from "../../src/taskpane/actions/undo";
import { TEMPLATES } from "../../src/core/templates";
import { STRINGS } from "../../src/taskpane/strings";
import {
  createMemoryExcel,
  memoryWorkbookFromGrids,
  sheetNamed,
  type MemoryExcelOptions,
  type MemoryWorkbook,
} from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { WorkbookError, type WorkbookErrorKind } from "../../src/workbook/port";
import { defaultState } from "../../src/workbook/state";
import { reportGrid } from "../taskpane/workbook";

type Action = (port: OfficeWorkbook, journal: Journal) => Promise<unknown>;

const ACTIONS: Record<string, Action> = {
  compute: (port, journal) => computeActiveSheet(port, journal),
  "fix all": async (port, journal) => {
    const run = await checkSheet(port, defaultState(), "Биелэлт");
    return applyFixes(port, run, fixesOf(run, "TEXT-SCRIPT"), journal);
  },
  summaries: (port, journal) => writeSummaries(port, journal),
  "findings sheet": async (port, journal) =>
    writeFindings(port, await checkSheet(port, defaultState(), "Биелэлт"), journal),
  template: (port, journal) =>
    createTemplateSheet(
      port,
      {
        template: "org-plan",
        org: "НДЕГ",
        unit: "",
        year: "2026",
        period: "year",
        approver: "",
        drafter: "",
      },
      true,
      journal,
    ),
};

/** What each refusal must say, in both languages. */
const REFUSALS: { code: string; kind: WorkbookErrorKind; mn: RegExp; en: RegExp }[] = [
  { code: "AccessDenied", kind: "protected", mn: /хамгаалалттай/, en: /protected/ },
  {
    code: "InvalidOperationInCellEditMode",
    kind: "cell-edit",
    mn: /нүд засварлаж байна.*Enter эсвэл Esc/,
    en: /cell-edit mode.*Enter or Esc/,
  },
  {
    code: "InvalidOperation",
    kind: "host",
    mn: /\(InvalidOperation\)/,
    en: /\(InvalidOperation\)/,
  },
];

function book(options: MemoryExcelOptions = {}) {
  const wb: MemoryWorkbook = memoryWorkbookFromGrids([reportGrid()]);
  const excel = createMemoryExcel(wb, options);
  return { wb, excel, port: new OfficeWorkbook(excel) };
}

/** How many syncs an action makes when nothing goes wrong. */
async function syncsOf(action: Action): Promise<number> {
  const { excel, port } = book();
  await action(port, new Journal());
  return excel.stats.syncs;
}

/** The message must say what was and was not written: the write's own words, or the journal's. */
function saysWhatWasWritten(error: WorkbookError, journal: Journal, en: string): boolean {
  if (error.progress) return /written|were not/.test(en);
  if (journal.done.length > 0)
    return en.includes("Already written") && en.includes(STRINGS.notWritten.en);
  return en.includes(STRINGS.nothingWritten.en);
}

describe.each(REFUSALS)("Excel refuses with $code", ({ code, kind, mn, en }) => {
  it.each(Object.keys(ACTIONS))(
    "%s says so in both languages at whatever sync it happens",
    async (name) => {
      const action = ACTIONS[name];
      const syncs = await syncsOf(action);
      for (let at = 1; at <= syncs; at++) {
        const { wb, port } = book({ failSync: { at, code } });
        const before = JSON.stringify(wb.sheets[0].cells);
        const journal = new Journal();
        const error = await action(port, journal).then(
          () => null,
          (e: unknown) => e,
        );
        expect([name, at, error instanceof WorkbookError && error.kind]).toEqual([name, at, kind]);
        const text = failureMessage(error, journal);
        expect([name, at, mn.test(text.mn), en.test(text.en)]).toEqual([name, at, true, true]);
        expect(saysWhatWasWritten(error as WorkbookError, journal, text.en)).toBe(true);
        // Compute and fixes write into the person's sheet only when the refused sync comes later.
        if (name === "summaries" || name === "findings sheet" || name === "template") {
          expect(JSON.stringify(wb.sheets[0].cells)).toBe(before);
        }
      }
    },
  );
});

describe("a protected sheet", () => {
  it.each(["compute", "fix all"])("%s writes nothing into it and says so", async (name) => {
    const { wb, port } = book();
    wb.sheets[0].protected = true;
    const before = JSON.stringify(wb.sheets[0].cells);
    const journal = new Journal();
    const error = (await ACTIONS[name](port, journal).catch((e: unknown) => e)) as WorkbookError;
    expect(error.kind).toBe("protected");
    const text = failureMessage(error, journal);
    expect(text.mn).toMatch(
      /Хуудас эсвэл ажлын ном хамгаалалттай.*“Биелэлт” хуудасны \d+ нүднээс 0-д нь бичсэн/,
    );
    expect(text.en).toMatch(
      /The sheet or workbook is protected.*0 of \d+ cells on “Биелэлт” were written/,
    );
    expect(JSON.stringify(wb.sheets[0].cells)).toBe(before);
  });
});

describe("a protected sheet whose fulfilment column a person unlocked", () => {
  it("compute types its figures there, is refused their percent format, says how many went in, and Undo takes them back", async () => {
    const { wb, port } = book();
    const fulfilment = TEMPLATES["org-report"].columns.findIndex((c) => c.role === "fulfilment");
    wb.sheets[0].protected = true;
    wb.sheets[0].unlocked = [{ top: 0, left: fulfilment, bottom: 99, right: fulfilment }];
    const before = JSON.stringify(wb.sheets[0].cells);
    const journal = new Journal();
    const error = (await computeActiveSheet(port, journal).catch(
      (e: unknown) => e,
    )) as WorkbookError;
    expect(error.kind).toBe("protected");
    // The first cell's value went in before its percent format was refused: read back, it
    // counts as written, the other three were never reached.
    expect(error.progress).toMatchObject({ rowsWritten: 1, rowsTotal: 4 });
    expect(JSON.stringify(wb.sheets[0].cells)).not.toBe(before);
    const text = failureMessage(error, journal);
    expect(text.en).toMatch(/1 of 4 cells on “Биелэлт” were written; 3 were not/);
    expect(text.mn).toMatch(/4 нүднээс 1-д нь бичсэн, 3-д нь бичээгүй/);
    await undoAction(port, journal);
    expect(JSON.stringify(wb.sheets[0].cells)).toBe(before);
    // The state it had saved to claim the cells claims nothing any more.
    expect((await port.loadState()).state.sheets).toEqual({});
  });
});

describe("Excel refuses a merged undo group (UndoNotSupported)", () => {
  // The Excel of office-js #6491: a format write has no undo inside a merged group.
  const refusing = () => book({ undoless: ["Range.numberFormat"], host: "windows" });
  const fulfilment = TEMPLATES["org-report"].columns.findIndex((c) => c.role === "fulfilment");
  const column = String.fromCharCode(65 + fulfilment);

  it("compute's cells are written again without the group, at once", async () => {
    const { wb, excel, port } = refusing();
    await computeActiveSheet(port, new Journal());
    // The report's four criteria: 150/200, 4/4, 10/20, 100/100.
    expect([5, 6, 8, 9].map((r) => wb.sheets[0].cells[`${column}${r}`]?.value)).toEqual([
      0.75, 1, 0.5, 1,
    ]);
    // The write that was refused ran in a merged group; the one after it in none.
    const groups = excel.stats.runOptions.map((o) => !!o.mergeUndoGroup);
    expect(groups.lastIndexOf(true)).toBeLessThan(groups.length - 1);
    expect(groups[groups.length - 1]).toBe(false);
  });

  it("a new sheet is not written twice on its own: the message says to try again, and that goes through", async () => {
    const { wb, excel, port } = refusing();
    const first = new Journal();
    const error = (await writeSummaries(port, first).catch((e: unknown) => e)) as WorkbookError;
    const text = failureMessage(error, first);
    expect(text.en).toMatch(/UndoNotSupported.*several steps.*try again/);
    expect(text.mn).toMatch(/UndoNotSupported.*дахин оролдоно уу/);
    await undoAction(port, first);
    const runsBefore = excel.stats.runs;
    const again = await writeSummaries(port, new Journal());
    expect(again.written.length).toBeGreaterThan(0);
    for (const name of again.written) expect(sheetNamed(wb, name)).toBeDefined();
    // Undo took the first try's sheets away: no «Товчоо (2)» beside a half-written «Товчоо».
    expect(wb.sheets.map((sh) => sh.name).filter((n) => / \(\d+\)$/u.test(n))).toEqual([]);
    expect(excel.stats.runOptions.slice(runsBefore).some((o) => o.mergeUndoGroup)).toBe(false);
  });
});
