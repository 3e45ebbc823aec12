import fc from "fast-check";
import { foldForMatch } from "../../src/core/cells/normalize";
import { Openers } from "../../src/core/cells/item-numbers";
import { expectSame } from "../fixtures/fast-expect";

/*
 * The numbering reader looks at a row's first character before folding its text: most rows
 * open with a letter no label opens with. The first character it reads must be that of the
 * text folded whole.
 */

/** Texts as a row's first cell opens: any character first, then words, marks and spaces. */
const opening = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 0x52f }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 2 }),
      fc.constantFrom("Ё", "ё", "Ө", "ү", "Ѳ", "Є", "A", "İ", "«", " ", "<b>", "&amp;", "**"),
    ),
    fc.constantFrom("", "ийт дундаж", "айлан бичсэн:", " 1.", ". Текст", "\u00A0x", "ΣΣ"),
  )
  .map(([first, rest]) => first + rest);

describe("Openers, the numbering reader's first-character short cut, changes nothing", () => {
  it("a text opens with one of a set of folded letters as its folded text does", () => {
    const firsts = new Set(["а", "с", "з", "н", "х", "0", "1", "ı"]);
    const openers = new Openers(firsts);
    fc.assert(
      fc.property(fc.oneof(opening, fc.string()), (t) => {
        expectSame(openers.opens(t), t.length > 0 && firsts.has(foldForMatch(t)[0]));
      }),
      { numRuns: 10000 },
    );
    for (let code = 0; code < 0x600; code++) {
      const t = `${String.fromCharCode(code)}рга`;
      expectSame(openers.opens(t), firsts.has(foldForMatch(t)[0]));
    }
  });
});
