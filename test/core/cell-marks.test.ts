import { isNoFigureMark, saysNotDue } from "../../src/core/cells/marks";
import { readStated } from "../../src/core/evaluate";
import { parseLevel } from "../../src/core/levels";
import { GOV_206_2020, NDEG_ANTICORRUPTION_2019 } from "../../src/core/ratings/scheme";
import { readRating } from "../../src/core/ratings";

/** Every mark a person types for "no figure", with each kind of dash Word and keyboards give. */
const MARKS = ["-", "–", "—", "−", "--", "*", "/-/", "/–/", "/−/", "(-)", "( − )"];

describe("the one set of no-figure and not-due marks", () => {
  it.each(MARKS)("%s is a no-figure mark", (mark) => {
    expect(isNoFigureMark(mark)).toBe(true);
  });

  it.each(["", "0", "-5", "1-2", "---", "**", "н/а", "/ /"])("%s is not a mark", (text) => {
    expect(isNoFigureMark(text)).toBe(false);
  });

  it("the words say not due wherever they stand", () => {
    expect(saysNotDue("Хугацаа болоогүй")).toBe(true);
    expect(saysNotDue("Хэрэгжилт тооцох хугацаа болоогүй.")).toBe(true);
    expect(saysNotDue("Хугацаа хэтэрсэн")).toBe(false);
  });

  // The disagreement: "−" (U+2212) and "/-/" were not due in a rating cell but "other"
  // in a fulfilment cell. Every cell now reads them alike.
  it.each(MARKS)("%s reads alike in a level, a fulfilment and a rating cell", (mark) => {
    expect(parseLevel(mark).kind).toBe("empty");
    expect(readStated({ row: 0, col: 0, value: mark }).kind).toBe("not-due");
    expect(readRating(mark, GOV_206_2020).kind).toBe("not-due");
    expect(readRating(mark, NDEG_ANTICORRUPTION_2019).kind).toBe("not-due");
  });

  it("«ХБ» (хугацаа болоогүй) says not due only as a cell's whole text", () => {
    for (const mark of ["ХБ", "хб", "Х/Б"]) {
      expect(saysNotDue(mark)).toBe(true);
      expect(readStated({ row: 0, col: 0, value: mark }).kind).toBe("not-due");
      expect(readRating(mark, GOV_206_2020).kind).toBe("not-due");
    }
    expect(saysNotDue("ХБ-ын мэдээ")).toBe(false);
    expect(saysNotDue("ХБНГ")).toBe(false);
  });

  it("the not-due words read as not due in a fulfilment and a rating cell", () => {
    const words = "Хугацаа болоогүй";
    expect(readStated({ row: 0, col: 0, value: words }).kind).toBe("not-due");
    expect(readRating(words, GOV_206_2020).kind).toBe("not-due");
  });
});
