import { runSafely } from "../../src/core/checks";
import type { CheckContext } from "../../src/core/checks/context";
import { evaluatePlan } from "../../src/core/evaluate";
import { readPlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { scaffold } from "../../src/core/templates/scaffold";
import { bi } from "../../src/core/text";

const made = scaffold("org-plan", { year: 2026 }, true);
const grid = { origin: { row: 0, col: 0 }, cells: made.sheet.values };
const read = readPlan(grid);
if (!read.ok) throw new Error(read.reason.en);
const ctx: CheckContext = {
  grid,
  plan: read.plan,
  evaluation: evaluatePlan(read.plan, DEFAULT_SETTINGS),
  settings: DEFAULT_SETTINGS,
};

describe("a group of checks that fails on a table", () => {
  const failing = {
    name: bi("Тооцоо", "Calculation"),
    check: () => {
      throw new Error("index out of range");
    },
  };
  const [reported, ...more] = runSafely(failing, ctx);

  it("is reported as one CHECK-FAILED warning at the header's first cell, not passed over", () => {
    expect(more).toEqual([]);
    expect(reported.code).toBe("CHECK-FAILED");
    expect(reported.severity).toBe("warning");
    // The org plan's header starts in column A on the row scaffold placed it.
    expect(reported.cell).toBe(`A${made.headerRows.top + 1}`);
  });

  it("names the group and the reason in both languages", () => {
    expect(reported.message.mn).toContain("«Тооцоо»");
    expect(reported.message.mn).toContain("index out of range");
    expect(reported.message.en).toContain("calculation checks could not finish");
    expect(reported.message.en).toContain("index out of range");
  });

  it("lets a group that works return its findings unchanged", () => {
    const none = { name: bi("Бүтэц", "Structure"), check: () => [] };
    expect(runSafely(none, ctx)).toEqual([]);
  });
});
