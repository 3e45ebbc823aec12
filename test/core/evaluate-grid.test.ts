import { checkGrid, evaluateGrid } from "../../src/core/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { expectEqual } from "../fixtures/fast-expect";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { seed004 } from "../fixtures/seeds/seed004";

/** Computing evaluates a sheet without the checks: the same table, figures and ratings. */
describe("evaluateGrid", () => {
  const seeds = { seed000, seed001, seed002, seed003, seed004 };
  it.each(Object.entries(seeds))("%s: reads and evaluates as checkGrid does", (_name, grid) => {
    const evaluated = evaluateGrid(grid, DEFAULT_SETTINGS);
    const checked = checkGrid(grid, DEFAULT_SETTINGS);
    if (!evaluated.ok || !checked.ok) throw new Error("seed not recognised");
    expect(evaluated).not.toHaveProperty("findings");
    expectEqual({ ...evaluated, findings: checked.findings }, checked);
  });

  it("a sheet with no known table gives the reason, in both languages", () => {
    const grid = {
      origin: { row: 0, col: 0 },
      cells: [
        ["Жагсаалт", "Тоо"],
        ["алим", 3],
      ],
    };
    const evaluated = evaluateGrid(grid, DEFAULT_SETTINGS);
    const checked = checkGrid(grid, DEFAULT_SETTINGS);
    if (evaluated.ok || checked.ok) throw new Error("a list with no table was read as one");
    expect(evaluated.reason).toEqual(checked.reason);
    expect(evaluated.reason.mn).toMatch(/хүснэгт олдсонгүй/);
  });
});
