import fc from "fast-check";
import { maskByRules, maskNonMeasures } from "../../src/core/levels/mask";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * maskNonMeasures first searches once for anything a rule needs (or an ordinal word) and leaves
 * a text without any of them as it is. maskByRules applies every rule: the two must agree.
 */

/** Texts as level cells hold them, with what each rule needs and the ordinal words. */
const levelText = joinedText(
  [
    fc.constantFrom("45,5", "2024.04.23", "23.04.2024", "1.", "2)", "7777-1289", "9001:2015"),
    fc.constantFrom("2024", "2026-2028", "1-12", "06", "29-нд", "(976-11)", "А/50", "13/1"),
    fc.constantFrom("онд", "ОНЫ", "он", "сард", "САРЫН", "дугаар", "ДҮГЭЭР", "дахь", "дэх"),
    fc.constantFrom("тоот", "-р", "- р", "-ний", "Зорилт", "арга хэмжээ", "зүйл", "№", "ISO"),
    fc.constantFrom("www.x.mn", "https://x", "a@b.mn", "<p>", "&nbsp;", "&#12;", "сая", "удаа"),
    fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", ".", ",", ";", ":", "-", "–", "(", ")", "/"),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  12,
);

describe("the masking's first search changes nothing", () => {
  it("maskNonMeasures agrees with every rule applied", () => {
    fc.assert(
      fc.property(levelText, (t) => expectSame(maskNonMeasures(t), maskByRules(t))),
      { numRuns: 20000 },
    );
  });

  it("still masks what the rules mask", () => {
    expect(maskNonMeasures("2024 онд 5 удаа")).toBe("     онд 5 удаа");
    expect(maskNonMeasures("8 дугаар зүйл")).toBe("  дугаар зүйл");
    expect(maskNonMeasures("3.3 тэрбум")).toBe("3.3 тэрбум");
  });
});
