import fc from "fast-check";
import { PLACEHOLDER_PROMPTS, checkText, isPlainText } from "../../src/core/checks/text";
import { plainTextTest } from "../../src/core/checks/text-prefilter.accelerator";
import {
  LOOKALIKE_TO_CYRILLIC,
  findMixedWords,
  isMongolianCode,
} from "../../src/core/cells/lookalikes";
import { cellAddress, type Grid } from "../../src/core/grid";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { seed004 } from "../fixtures/seeds/seed004";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * checkText passes over a cell the accelerator's pattern takes as plain. The pattern is built
 * from what each check needs: it must never pass over a cell a check finds something in.
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
  "(Хариуцах тасаг",
  "{year}",
  "…",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(""));

function holdsPrompt(t: string): boolean {
  return PLACEHOLDER_PROMPTS.some((p) => [...t.matchAll(p.pattern)].length > 0);
}

describe("each check's needs", () => {
  it("every match of a prompt's pattern holds one of the prompt's needs", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const p of PLACEHOLDER_PROMPTS) {
          for (const m of t.matchAll(p.pattern)) {
            expectEqual([p.id, p.needs.some((n) => m[0].includes(n))], [p.id, true]);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a need of a Mongolian letter, of ASCII, or of several characters is let through", () => {
    const test = plainTextTest(["ж", "q", "шш"]);
    const texts = ["ж", "q", "шш", "ш", "z"];
    // "ш" alone is no need; "z" is an ASCII letter no look-alike stands for.
    expect(texts.map(test)).toEqual([false, false, false, true, true]);
  });
});

describe("isPlainText", () => {
  it("takes a lone code unit as plain exactly when it is a Mongolian letter or inert ASCII", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // The ASCII look-alike letters, and the openers of markup and prompts.
      const inertAscii = c < 0x80 && !/[ABCDEHKMOPTVXYacepovxy<&({]/.test(ch);
      if (isPlainText(ch) !== (isMongolianCode(c) || inertAscii)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("a plain text meets none of the checks' conditions", () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(isPlainText(t));
        expectEqual(findMixedWords(t, { documentIsCyrillic: true }), []);
        expectEqual(findMixedWords(t, { documentIsCyrillic: false }), []);
        expectSame(/[□\uFFFD<&]/.test(t), false);
        expectEqual(checkText({ origin: { row: 0, col: 0 }, cells: [[t]] }), []);
        expectSame(holdsPrompt(t), false);
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
        expectEqual(
          checkText(grid).filter((f) => f.cell === "B1"),
          [],
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("on the seeds", () => {
  const seeds: Grid[] = [seed000, seed001, seed002, seed003, seed004];

  it("no cell taken as plain gets a finding, and most cells are taken as plain", () => {
    let texts = 0;
    let plain = 0;
    for (const grid of seeds) {
      const found = new Set(checkText(grid).map((f) => f.cell));
      grid.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== "string") return;
          texts += 1;
          if (!isPlainText(v)) return;
          plain += 1;
          expectEqual(checkText({ origin: { row: 0, col: 0 }, cells: [[v]] }), []);
          const address = cellAddress(grid.origin.row + r, grid.origin.col + c);
          expectEqual([address, found.has(address)], [address, false]);
        }),
      );
    }
    expect(plain * 2).toBeGreaterThan(texts);
  });
});
