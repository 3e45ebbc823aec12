import fc from "fast-check";
import { FIGURES_AND_MARKS, RULES } from "../../src/core/levels/mask";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * The level reader's rules say what a text must hold for each to apply: a mask rule its `needs`,
 * a total its letters. A text without it is passed over; these check the rules never apply
 * there.
 */

/** Every character /\s/ knows, and some it does not (U+200B, U+2007 is one). */
const SPACES = [" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00A0", "\u1680", "\u2000", "\u2007"];
SPACES.push("\u200A", "\u200B", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF");

/** Texts as level cells hold them: figures, marks, words, quotes, spaces of every kind. */
const levelText = joinedText(
  [
    fc.constantFrom("45,5", "2024.04.23", "23.04.2024", "1.", "2)", "7777-1289", "9001:2015"),
    fc.constantFrom("сая", "хувь", "онд", "сарын", "дугаар", "-р", "-ний", "Зорилт", "№", "ISO"),
    fc.constantFrom("www.x.mn", "a@b.mn", "<p>", "&nbsp;", "А/50", "(976-11)", "Нийт", "бүгд"),
    fc.constantFrom(...SPACES),
    fc.constantFrom('"', "“", "”", "«", "»", "„", "'", "‘", "’", ".", ",", ";", ":", "!", "%"),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  ],
  12,
);

describe("what the level reader's rules need", () => {
  it("a rule never matches where its `needs` is missing", () => {
    fc.assert(
      fc.property(levelText, (t) => {
        for (const { re, needs } of RULES) {
          if (!new RegExp(re.source, re.flags.replace("g", "")).test(t) || needs === undefined) {
            continue;
          }
          expectSame(typeof needs === "string" ? t.includes(needs) : needs.test(t), true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a rule for words never matches a text of figures and marks alone", () => {
    const figures = fc
      .array(fc.constantFrom(..."0123456789 .,-/:;()%<>&@\"'\n\t".split("")), { maxLength: 30 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(figures, (t) => {
        expectSame(FIGURES_AND_MARKS.test(t), true);
        for (const { re, wordy } of RULES) if (wordy) expectSame(t.match(re), null);
      }),
      { numRuns: 3000 },
    );
  });

  it("a total word (нийт, бүгд) in lower case comes from those letters alone, in either case", () => {
    // TOTAL_MARK in parse.ts looks for them letter by letter: no other character lowers to one.
    const letters = "нийтбүгд";
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if ([...letters].some((l) => lower.includes(l))) {
        expectSame(letters.includes(lower) && lower.length === 1, true);
        expectSame(letters.toUpperCase().includes(ch) || letters.includes(ch), true);
      }
    }
  });
});
