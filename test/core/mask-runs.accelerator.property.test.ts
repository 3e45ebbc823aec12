import fc from "fast-check";
import { RULES } from "../../src/core/levels/mask";
import { replaceInRuns } from "../../src/core/levels/mask-runs.accelerator";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * A rule with `runs` is applied to the runs of its characters that hold what it needs: the
 * result must be the rule's replace over the whole text.
 */

/** Order numbers and their neighbours: letters (an astral one too), digits, marks, spaces. */
const orderText = joinedText(
  [
    fc.constantFrom("А/50", "03/НД-22/23", "13/1", "эх/эцэг", "1/", "/2", "//", "-/-", "а-/б"),
    fc.constantFrom("А", "нд", "x", "Z", "𝐀", "𝐀1/2", "\uD835", "\uDC00", "é", "ǅ", "٣", "½"),
    fc.constantFrom(" ", "\t", "\n", ".", ",", ":", "-", "–", "(", ")", "/", "_", "'", "\u00A0"),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  12,
);

const blanks = [(m: string) => m.replace(/\d/gu, " "), (m: string) => `<${m}>`];

describe("mask rules applied to runs", () => {
  const withRuns = RULES.filter((r) => r.runs);

  it("some rule has runs", () => expect(withRuns.length).toBeGreaterThan(0));

  it("agree with the rule over the whole text", () => {
    for (const r of withRuns) {
      const needs = r.needs as string;
      fc.assert(
        fc.property(orderText, fc.constantFrom(...blanks), (t, blank) =>
          expectSame(replaceInRuns(t, r.re, r.runs!, needs, blank), t.replace(r.re, blank)),
        ),
        { numRuns: 20000 },
      );
    }
  });

  it("mask order numbers", () => {
    const r = withRuns[0];
    const blank = blanks[0];
    expect(replaceInRuns("тушаал А/50, 03/НД-22/23 дугаар", r.re, r.runs!, "/", blank)).toBe(
      "тушаал А/  ,   /НД-  /   дугаар",
    );
  });
});
