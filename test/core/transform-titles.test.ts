import { nextPlanTitle, reportTitle, yearEndTitle } from "../../src/core/transform/titles";

describe("a document's title turned into the next one's", () => {
  it("a plan's into its half-year or year-end report's, the rest as typed", () => {
    const plan =
      "**БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН\n2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ**";
    expect(reportTitle("half")(plan)).toBe(
      "**БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН\n2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ**",
    );
    expect(reportTitle("year")("Хэлтсийн 2026 оны гүйцэтгэлийн төлөвлөгөө")).toBe(
      "Хэлтсийн 2026 оны жилийн эцсийн биелэлт",
    );
  });

  it("an individual's plan into its report, which names no period (seed 001)", () => {
    expect(reportTitle(null)("ХЭЛТСИЙН БАЙЦААГЧ Б.БОЛД 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ")).toBe(
      "ХЭЛТСИЙН БАЙЦААГЧ Б.БОЛД 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ",
    );
  });

  it("a half-year report's into the year-end's, and a report's into next year's plan", () => {
    const half = "ХЭЛТСИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ";
    expect(yearEndTitle(half)).toBe("ХЭЛТСИЙН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ");
    expect(nextPlanTitle("ХЭЛТСИЙН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ**")).toBe(
      "ХЭЛТСИЙН 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ**",
    );
  });

  it("a half-year report's title without «ЭХНИЙ» into the year-end report's", () => {
    expect(yearEndTitle("Хэлтсийн 2026 оны хагас жилийн биелэлт")).toBe(
      "Хэлтсийн 2026 оны жилийн эцсийн биелэлт",
    );
    // Another half is not the first: left to the person (the transform says so).
    expect(yearEndTitle("ХЭЛТСИЙН 2026 ОНЫ ХОЁРДУГААР ХАГАС ЖИЛИЙН БИЕЛЭЛТ")).toBeNull();
  });

  it("says nothing of a title that does not name the document", () => {
    expect(reportTitle("half")("Тайлан")).toBeNull();
    expect(yearEndTitle("ХЭЛТСИЙН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ")).toBeNull();
    expect(nextPlanTitle("Биелэлт")).toBeNull();
  });
});
