import fc from "fast-check";
import { PLACEHOLDER_PROMPTS, checkText, isPlainText } from "../../src/core/checks/text";
import {
  LOOKALIKE_TO_CYRILLIC,
  findMixedWords,
  isMongolianCode,
  isMongolianLetter,
} from "../../src/core/cells/lookalikes";

/*
 * checkText passes over a plain cell without running the checks, and counts the grid's letters
 * code by code. These are the rules written out in full: the short cuts must agree with them.
 */

/** Characters at the edges of the short cut: every ASCII one, look-alikes, marks, damage. */
const PIECES = [
  ...Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)),
  ..."абвгдеёжзийклмноөпрстуүфхцчшщъыьэюяАБЁЖЗОӨҮХЪЯ",
  ...Object.keys(LOOKALIKE_TO_CYRILLIC),
  ..."□\uFFFD…\u00A0\u0301\u04B0\u0400\u0450\u04E7\u04AD",
  "😀",
  "...",
  "___",
  "(огноо)",
  "(3XX)",
  "ба3ар",
  "2024 онд",
  "3.3 тэрбум",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(""));

function holdsPrompt(t: string): boolean {
  return PLACEHOLDER_PROMPTS.some((p) => [...t.matchAll(p.pattern)].length > 0);
}

describe("isPlainText", () => {
  it("takes a lone code unit as plain exactly when it is a Mongolian letter or inert ASCII", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const inertAscii = c < 0x80 && !/[A-Za-z<&({]/.test(ch);
      if (isPlainText(ch) !== (isMongolianCode(c) || inertAscii)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("a plain text meets none of the checks' conditions", () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(isPlainText(t));
        expect(findMixedWords(t, { documentIsCyrillic: true })).toEqual([]);
        expect(findMixedWords(t, { documentIsCyrillic: false })).toEqual([]);
        expect(/[□\uFFFD<&]/.test(t)).toBe(false);
        expect(holdsPrompt(t)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("a plain cell gets no finding, beside cells that do", () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(isPlainText(t));
        const grid = {
          origin: { row: 0, col: 0 },
          cells: [["□□рчл□лтг□й", t, "<p>(огноо)</p>", "(3XX)"]],
        };
        expect(checkText(grid).filter((f) => f.cell === "B1")).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Mongolian letters outnumber the grid's other letters, character by character. */
function cyrillicByRule(texts: string[]): boolean {
  let mongolian = 0;
  let other = 0;
  for (const ch of texts.join("")) {
    if (isMongolianLetter(ch)) mongolian += 1;
    else if (/\p{L}/u.test(ch)) other += 1;
  }
  return mongolian > other;
}

describe("the document's script", () => {
  it("reads a cell of only «(3XX)» as Cyrillic exactly when the rule counts a Mongolian grid", () => {
    const cellText = fc.oneof(text, fc.string({ unit: "binary", maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 6 }), (texts) => {
        const grid = { origin: { row: 0, col: 0 }, cells: [["(3XX)"], texts] };
        const flagged = checkText(grid).some((f) => f.cell === "A1" && f.code === "TEXT-SCRIPT");
        expect(flagged).toBe(cyrillicByRule(["(3XX)", ...texts]));
      }),
      { numRuns: 3000 },
    );
  });
});
