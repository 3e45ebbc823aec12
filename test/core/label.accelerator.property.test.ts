import fc from "fast-check";
import { labelStartBound } from "../../src/core/levels/label.accelerator";
import { LABEL, LABEL_SHAPE } from "../../src/core/levels/parse";
import { joinedText } from "../fixtures/joined-text";
import { expectEqual } from "../fixtures/fast-expect";

/*
 * The label is searched for from where the walk back from the number ends: the match found
 * there must be the one a search over the whole stretch finds, at the same place.
 */

/** Labels and their neighbours: letters (an astral one too), dashes, commas, spaces, marks. */
const beforeNumber = joinedText(
  [
    fc.constantFrom("АО", "Журам", "даат-ч", "Иргэд", "Алаг-Эрдэнэ", "нийт", "x", "𝐀", "é", "ǅ"),
    fc.constantFrom("-", "–", "—", "−", ",", ".", " ", "\t", "\u00A0", "\n", "\u2003", ":", ";"),
    fc.constantFrom("\uD835", "\uDC00", "😀", "٣", "½", "(", "/", '"'),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.string({ unit: "grapheme", maxLength: 3 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  ],
  14,
);

/** A text ending as a label does: words, commas and spaces, then a dash and spaces. */
const endingInDash = fc
  .tuple(
    beforeNumber,
    joinedText(
      [
        fc.constantFrom("АО", "даат-ч", "Иргэд", "Алаг-Эрдэнэ", "нийт", "x", "𝐀", "😀", "."),
        fc.constantFrom(",", ", ", " ", "\t", "\u00A0", "\n", "-", "–"),
      ],
      6,
    ),
    fc.constantFrom("-", " – ", "—\t", "−", " -"),
  )
  .map((parts) => parts.join(""));

describe("the label's search start", () => {
  const searchStart = labelStartBound(LABEL_SHAPE);
  /** The match's label and where it starts in `text`, or null. */
  const found = (text: string, from: number, end: number) => {
    const m = LABEL.exec(text.slice(from, end));
    return m && { label: m[1], at: from + m.index + m[0].indexOf(m[1]), length: m[0].length };
  };

  it("finds what a search over the whole stretch finds", () => {
    fc.assert(
      fc.property(fc.oneof(beforeNumber, endingInDash), fc.nat(), fc.nat(), (text, a, b) => {
        // The stretch ends at the text's end (after its dash) or anywhere in it.
        const end = b % 2 === 0 ? text.length : b % (text.length + 1);
        const from = end === 0 ? 0 : a % (end + 1);
        const start = searchStart(text, from, end);
        // (Jest's matcher only when it fails: 30,000 runs.)
        if (start < from) expect(start).toBeGreaterThanOrEqual(from);
        expectEqual(found(text, start, end), found(text, from, end));
      }),
      { numRuns: 30000 },
    );
  });

  it("starts at the label's words", () => {
    const text = "Тайлант хугацаанд нийт 26 дүрэм, журам. Үнд: Журам-15, Dүрэм-";
    expect(text.slice(searchStart(text, 0, text.length))).toBe("5, Dүрэм-");
    const two = "ба Иргэд, даат-ч – ";
    expect(two.slice(searchStart(two, 0, two.length))).toBe(" Иргэд, даат-ч – ");
  });
});
