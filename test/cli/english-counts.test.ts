import { msg } from "../../src/cli/messages";

describe("English counts in the command line's lines", () => {
  it("counts one of a kind in the singular in English, the same word in Mongolian", () => {
    expect(msg.totalLine(1, 0, 2)).toEqual({
      mn: "Нийт: 1 алдаа, 0 анхааруулга, 2 тэмдэглэл.",
      en: "Total: 1 error, 0 warnings, 2 notes.",
    });
    expect(msg.totalLine(3, 1, 1).en).toBe("Total: 3 errors, 1 warning, 1 note.");
  });

  it("says one measure, one cell, one office sheet, one file in the singular", () => {
    expect(msg.objectiveFigure("Зорилт 1", 1, 80).en).toBe("Зорилт 1: 1 measure, average 80");
    expect(msg.objectiveFigure("Хоёр", 3, 100).en).toBe("Хоёр: 3 measures, average 100");
    expect(msg.computedSheet("Биелэлт", 1, 0).en).toBe(
      "«Биелэлт»: filled 1 cell; kept 0 cells a person typed.",
    );
    expect(msg.consolidated("Нэгтгэл.xlsx", 1, 1, []).en).toMatch(
      /with 1 office sheet and .*; 1 file could not be read\.$/,
    );
  });
});
