import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { bi } from "../../src/core/text";
import { fixesOf, type CheckRun } from "../../src/taskpane/actions/check";
import { readUnits, type PickedFile } from "../../src/taskpane/actions/consolidate";
import { checkDraft, chooseScheme, draftOf } from "../../src/taskpane/actions/settings";
import { scaffoldOptions } from "../../src/taskpane/actions/template";
import { viewFromQuery } from "../../src/taskpane/App";
import { Journal, Refusal, failureMessage } from "../../src/taskpane/failure";
import { STRINGS } from "../../src/taskpane/strings";
import { WorkbookError } from "../../src/workbook/port";
import { applyFixes, checkSheet } from "../../src/taskpane/actions/check";
import { defaultState } from "../../src/workbook/state";
import { fakeWorkbook, reportGrid } from "./workbook";

describe("failure messages", () => {
  const protectedSheet = new WorkbookError("protected", bi("Хуудас хамгаалалттай.", "Protected."));

  it("say what happened and that nothing was written", () => {
    expect(failureMessage(protectedSheet, new Journal())).toEqual({
      mn: `Хуудас хамгаалалттай. ${STRINGS.nothingWritten.mn}`,
      en: `Protected. ${STRINGS.nothingWritten.en}`,
    });
  });

  it("list what an action wrote before it failed", () => {
    const journal = new Journal();
    journal.record(bi("«Товчоо» хуудас", "sheet «Товчоо»"));
    const text = failureMessage(protectedSheet, journal);
    expect(text.en).toBe(`Protected. Already written: sheet «Товчоо». ${STRINGS.notWritten.en}`);
    expect(text.mn).toBe(
      `Хуудас хамгаалалттай. Бичигдсэн нь: «Товчоо» хуудас. ${STRINGS.notWritten.mn}`,
    );
  });

  it("leave a partial write to the workbook's own words, and name unexpected errors", () => {
    const partial = new WorkbookError("too-large", bi("10 мөрөөс 4-ийг бичсэн.", "4 of 10 rows."), {
      progress: { sheet: "S", unit: "rows", rowsWritten: 4, rowsTotal: 10, formatsDone: false },
    });
    expect(failureMessage(partial, new Journal()).en).toBe("4 of 10 rows.");
    const refusal = new Refusal(bi("Төлөвлөгөө биш.", "Not a plan."));
    expect(failureMessage(refusal, new Journal()).mn).toBe(
      `Төлөвлөгөө биш. ${STRINGS.nothingWritten.mn}`,
    );
    expect(failureMessage(new TypeError("boom"), new Journal()).en).toContain("(boom)");
  });
});

describe("consolidation reading", () => {
  it("yields between files, reports progress and stops when cancelled, reading nothing more", async () => {
    const controller = new AbortController();
    const opened: string[] = [];
    const file = (name: string): PickedFile => ({
      name,
      arrayBuffer: async () => {
        opened.push(name);
        return new Uint8Array([0x50, 0x4b, 0, 0]).buffer;
      },
    });
    const progress: number[][] = [];
    const units = await readUnits([file("А.xlsx"), file("Б.xlsx")], DEFAULT_SETTINGS, {
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.push([done, total]);
        if (done === 1) controller.abort();
      },
    });
    expect(units).toBeNull();
    expect(opened).toEqual(["А.xlsx"]);
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});

describe("settings form", () => {
  it("turns percentages into weights and warns when they do not add up to 100", () => {
    const draft = { ...draftOf(DEFAULT_SETTINGS), partOne: "60", partTwo: "15" };
    const checked = checkDraft(draft, DEFAULT_SETTINGS);
    expect(checked.settings?.weights).toEqual({ partOne: 0.6, partTwo: 0.15, maxPoints: 15 });
    expect(checked.warnings.map((w) => w.en)).toEqual([
      "The weights add up to 90; they should add up to 100.",
    ]);
    expect(checkDraft({ ...draft, maxPoints: "150" }, DEFAULT_SETTINGS).settings).toBeUndefined();
  });

  it("keeps a custom scheme's levels, reports its gaps and refuses bounds that are not numbers", () => {
    const custom = chooseScheme(draftOf(DEFAULT_SETTINGS), "custom");
    const bands = custom.bands.map((b, i) => (i === 1 ? { ...b, min: "80" } : b));
    const checked = checkDraft({ ...custom, bands }, DEFAULT_SETTINGS);
    expect(checked.settings?.customScheme).toMatchObject({ allowed: [100, 70, 30, 0] });
    expect(checked.schemeProblems.map((p) => p.kind)).toEqual(["gap"]);
    const typo = custom.bands.map((b, i) => (i === 0 ? { ...b, max: "1OO" } : b));
    const refused = checkDraft({ ...custom, bands: typo }, DEFAULT_SETTINGS);
    expect(refused.settings).toBeUndefined();
    expect(refused.errors.map((e) => e.en)).toEqual(["Enter numbers for both bounds of band 1."]);
  });
});

describe("small helpers", () => {
  it("opens the view the ribbon asks for, else the first", () => {
    expect(viewFromQuery("?view=check")).toBe("check");
    expect(viewFromQuery("?view=summary&x=1")).toBe("summary");
    expect(viewFromQuery("?view=nothing")).toBe("template");
  });

  it("passes only the fields a person filled to the template", () => {
    const form = {
      template: "org-plan" as const,
      org: " НДЕГ ",
      unit: "",
      year: "20x6",
      period: "year" as const,
      approver: "Б. Бат",
      drafter: " ",
    };
    expect(scaffoldOptions(form)).toEqual({
      period: "year",
      org: "НДЕГ",
      approver: { name: "Б. Бат" },
    });
  });

  it("applies one fix per cell of a code", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const run: CheckRun = await checkSheet(book.port, defaultState(), "Биелэлт");
    const doubled: CheckRun = {
      ...run,
      result: { ...run.result, findings: [...run.result.findings, ...run.result.findings] },
    };
    expect(fixesOf(doubled, "TEXT-SCRIPT").map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "Биелэлт!B6",
      "Биелэлт!B9",
    ]);
  });

  it("checks again after a fix as the kind the person chose", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const chosen = { template: "individual-report" as const };
    const run = await checkSheet(book.port, defaultState(), "Биелэлт", chosen);
    expect(run.result.ok && run.result.template).toBe("individual-report");
    const again = await applyFixes(book.port, run, fixesOf(run, "TEXT-SCRIPT"), new Journal());
    expect(again.chosen).toEqual(chosen);
    expect(again.result.ok && again.result.template).toBe("individual-report");
  });
});
