import fc from "fast-check";
import { FIGURES_AND_MARKS, RULES, RULE_MARKS } from "../../src/core/levels/mask";
import { digitRuns } from "../fixtures/digit-runs";
import { isSpaceCode } from "../../src/core/levels/numbers";
import { ODD_SPACE } from "../../src/core/levels/parse";
import { markScanner } from "../../src/core/levels/text-marks.accelerator";
import { joinedText } from "../fixtures/joined-text";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * One walk over a level text finds what the searches it stands for find: the runs of digits
 * (digitRuns), each mark a rule needs (String.includes), FIGURES_AND_MARKS and ODD_SPACE.
 */

/** The marks the rules need, as RULE_MARKS scans for them. */
const marks = [
  ...new Set(RULES.flatMap(({ needs }) => (typeof needs === "string" ? [needs] : []))),
];

const levelText = joinedText(
  [
    fc.constantFrom(...marks),
    fc.constantFrom("2024", "45,5", "1 250", "0", "٣", "½", "９"),
    fc.constantFrom("онд", "Нийт", "ISO", "x", "Z", "№", "«", "𝐀", "\uD835"),
    fc.constantFrom(" ", "  ", "\u00A0", "\n", "\t", "\r", "\u2009", "\u3000", "\uFEFF", "\u200B"),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  12,
);

describe("the walk for a level text's digits and marks", () => {
  it("scans for every mark a rule needs", () => {
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].sort()).toEqual(["&", "(", "-", "/", ":", "<", "@"]);
  });

  it("finds what digitRuns, includes, FIGURES_AND_MARKS and ODD_SPACE find", () => {
    fc.assert(
      fc.property(levelText, (t) => {
        const found = RULE_MARKS.scan(t);
        expectEqual(found.runs, digitRuns(t));
        for (const mark of marks) expectSame(RULE_MARKS.holds(found, mark), t.includes(mark));
        expectSame(found.wordy, !FIGURES_AND_MARKS.test(t));
        expectSame(found.oddSpace, ODD_SPACE.test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("tells a space by its code as \\s does, for every code", () => {
    for (let c = 0; c < 0x10000; c++)
      expectSame(isSpaceCode(c), /\s/u.test(String.fromCharCode(c)));
  });

  it("reads a paragraph's numbers and marks", () => {
    const found = RULE_MARKS.scan("2024 онд 5-12 (А/50)");
    expect(found.runs).toEqual([0, 4, 9, 10, 11, 13, 17, 19]);
    expect(marks.filter((m) => RULE_MARKS.holds(found, m)).sort()).toEqual(["(", "-", "/"]);
    expect(found.wordy).toBe(true);
    expect(found.oddSpace).toBe(false);
    expect(RULE_MARKS.scan("5  удаа").oddSpace).toBe(true);
    expect(RULE_MARKS.scan("45,5% - 3").wordy).toBe(false);
  });

  it("takes only ASCII marks, and answers only for them", () => {
    expect(() => markScanner(["a"])).toThrow();
    expect(() => markScanner(["5"])).toThrow();
    expect(() => markScanner(["№"])).toThrow();
    expect(() => markScanner(["<>"])).toThrow();
    expect(() => RULE_MARKS.holds(RULE_MARKS.scan("x"), "%")).toThrow();
  });
});
