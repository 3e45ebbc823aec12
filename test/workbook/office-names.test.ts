import fc from "fast-check";
import { MAX_SHEET_NAME, uniqueSheetName, validSheetName } from "../../src/workbook/office/names";

describe("sheet names", () => {
  it("adds (2), (3)… to a taken name, comparing without case", () => {
    expect(uniqueSheetName("Биелэлт", ["Биелэлт"])).toBe("Биелэлт (2)");
    expect(uniqueSheetName("Биелэлт", ["БИЕЛЭЛТ", "биелэлт (2)"])).toBe("Биелэлт (3)");
    expect(uniqueSheetName("Биелэлт", ["Төлөвлөгөө"])).toBe("Биелэлт");
  });

  it("replaces forbidden characters and trims apostrophes at the ends", () => {
    expect(validSheetName("План [2025]: 1/2 *?\\")).toBe("План (2025)- 1-2 ---");
    expect(validSheetName("'Авлига'")).toBe("Авлига");
    expect(validSheetName("  ")).toBe("Хуудас");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });

  it("keeps the suffix within 31 characters", () => {
    const long = "Гүйцэтгэлийн төлөвлөгөөний биелэлт";
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toBe("Гүйцэтгэлийн төлөвлөгөөний (2)");
  });

  it("always gives a name Excel accepts that no existing sheet has", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 })),
        (wanted, existing) => {
          const name = uniqueSheetName(wanted, existing);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
          expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
          expect(existing.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
        },
      ),
      { numRuns: 400 },
    );
  });
});
