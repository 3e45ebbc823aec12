import fc from "fast-check";
import { RULES, RULE_MARKS } from "../../src/core/levels/mask";
import { digitRunsWithin, replaceAtDigitRuns } from "../../src/core/levels/mask-digits.accelerator";
import { digitRuns } from "../fixtures/digit-runs";
import { joinedText } from "../fixtures/joined-text";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * A rule with `atDigits` is tried only where a run of digits starts, as long as its matches start
 * with: the result must be the rule's replace over the whole text.
 */

/** Dates, years, months, days, phone numbers and list markers, and what stands around them. */
const digitText = joinedText(
  [
    fc.constantFrom(
      "2024.04.23",
      "2024.02.22-02.23",
      "23.04.2024",
      "2024-2025",
      "1-12",
      "7777-1289",
    ),
    fc.constantFrom(
      "онд",
      "ОНЫ",
      "он",
      "сард",
      "сарын",
      "САРААС",
      "-ний",
      "-нд",
      "ны",
      "нөөс",
      "(976-11)",
    ),
    // The words a rule looks back at from the digits, in other cases and forms.
    fc.constantFrom(
      "Зорилт",
      "зорилᲄ",
      "арга хэмжээ",
      "АРГА ХЭМЖЭЭ",
      "зүйлийн",
      "Заалт",
      "хавсралтад",
      "бүлэг",
      "№",
      "ISO",
      "iſo",
      "Дэдзорилт",
    ),
    // The words and spaces before a day, as many as the rule takes and one more.
    fc
      .tuple(
        fc.constantFrom("сарын", "САРЫН", "сарын\u00A0", "Зорилт", "№"),
        fc.array(fc.constantFrom(" ", "\t", "\n", "\u00A0"), { maxLength: 4 }),
        fc.constantFrom("5", "09", "20", "123", "1.1."),
      )
      .map(([word, spaces, digits]) => word + spaces.join("") + digits),
    fc.constantFrom("1.", "2)", "12.", "9001:2015", "13:1", "45,5", "1,081", "8.2.9", "19", "20"),
    fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\n",
      "\u00A0",
      ".",
      ",",
      ";",
      ":",
      "-",
      "–",
      "(",
      ")",
      "/",
      "•",
    ),
    fc.constantFrom("Нийгмийн", "«", '"', "“", "А", "x", "𝐀", "\uD835", "٣", "½"),
    fc.integer({ min: 0, max: 30000 }).map(String),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  12,
);

const blankDigits = (m: string) => m.replace(/\d/gu, " ");
const blanks = [blankDigits, (m: string) => `<${m}>`];

describe("mask rules tried where runs of digits start", () => {
  const atDigits = RULES.filter((r) => r.atDigits);

  it("some rule is tried at digits", () => expect(atDigits.length).toBeGreaterThan(0));

  it("some rule looks back at words from the digits", () =>
    expect(atDigits.some((r) => r.atDigits!.lookBack)).toBe(true));

  it("agree with the rule over the whole text", () => {
    fc.assert(
      fc.property(digitText, fc.constantFrom(...blanks), (t, blank) => {
        const runs = digitRuns(t);
        for (const r of atDigits) {
          // A rule that looks back at words replaces from the digits on: the same where it blanks digits.
          const b = r.atDigits!.lookBack ? blankDigits : blank;
          expectSame(replaceAtDigitRuns(t, r.atDigits!, runs, b), t.replace(r.re, b));
        }
      }),
      { numRuns: 20000 },
    );
  });

  it("find the runs of a masked text within the runs of the text it masks", () => {
    fc.assert(
      fc.property(digitText, fc.array(fc.nat()), (t, picks) => {
        // Some characters made spaces, as a mask rule does.
        const chars = t.split("");
        for (const p of picks) if (chars.length > 0) chars[p % chars.length] = " ";
        const masked = chars.join("");
        expectEqual(digitRunsWithin(masked, digitRuns(t)), digitRuns(masked));
      }),
      { numRuns: 20000 },
    );
  });

  it("find the runs of digits", () => {
    expect(RULE_MARKS.scan("").runs).toEqual([]);
    expect(RULE_MARKS.scan("2024 онд 5-12, ٣ 7").runs).toEqual([0, 4, 9, 10, 11, 13, 17, 18]);
  });
});
