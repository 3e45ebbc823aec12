import fc from "fast-check";
import { foldForMatch, plainText } from "../../src/core/cells/normalize";
import {
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
} from "../../src/core/cells/item-numbers";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/*
 * The number readers take short cuts: numbers read digit by digit, and a label is looked for
 * only when the text's first character, folded alone, opens one. These are the rules written
 * out in full: the two must always agree.
 */

/** A dotted number as typed: one to five parts of one to three digits, leading zeros too. */
const dotted = fc
  .array(fc.stringMatching(/^\d{1,3}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join("."));

const partsByRule = (digits: string): number[] => digits.split(".").map(Number);

describe("the number readers' short cuts change nothing", () => {
  it("item numbers read digit by digit agree with the split written out in full", () => {
    fc.assert(
      fc.property(dotted, fc.constantFrom("", ".", "Арга хэмжээ "), (digits, around) => {
        const text = around === "." ? `${digits}.` : `${around}${digits}`;
        expectEqual(parseItemNumber(text)?.parts, partsByRule(digits));
        expectEqual(splitLeadingNumber(`${digits}. Текст`)?.number.parts, partsByRule(digits));
        expectEqual(parseObjectiveLabel(`Зорилт ${digits}. Текст`)?.parts, partsByRule(digits));
      }),
      { numRuns: 2000 },
    );
  });

  it("a text's first character folded alone is its folded text's first", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme", minLength: 1 }), fc.string({ minLength: 1 })),
        (t) => {
          const first = String.fromCodePoint(t.codePointAt(0) as number);
          expectSame(foldForMatch(first)[0], foldForMatch(t)[0]);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("labels open with any numeral, in any case and with look-alikes", () => {
  const words = [
    "Нэг",
    "Хоёр",
    "Гурав",
    "Дөрөв",
    "Тав",
    "Зургаа",
    "Долоо",
    "Найм",
    "Ес",
    "Арав",
    "Арван нэг",
    "Хорь",
    "НЭГДҮГЭЭР",
    "Aрав",
    "Oрос",
  ];
  it.each(words)("%s", (word) => {
    const ordinal = parseObjectiveLabel(`${word}. Текст`);
    const objective = parseObjectiveLabel(`${word} зорилт`);
    if (word === "Oрос") {
      expect(ordinal).toBeNull();
    } else {
      expect(ordinal?.kind ?? objective?.kind).toBeDefined();
    }
  });

  it.each([
    ["Стратегийн төлөвлөгөөний зорилго 1:", "goal"],
    ["Cтратегийн зорилго 2.", "goal"],
    ["Зорилт 3.", "objective"],
    ["3орилт 3.", null],
    ["1 дүгээр зорилтын хүрээнд", "objective"],
    ["12", "number"],
    ["Шалгуур үзүүлэлт 1: тоо", null],
  ])("%s", (text, kind) => {
    expect(parseObjectiveLabel(text)?.kind ?? null).toBe(kind);
  });
});

/** splitLeadingNumber written out in full: the pattern run on every text, folded whole. */
function leadingNumberByRule(
  text: string,
): { parts: number[]; written: string; rest: string } | null {
  const original = plainText(text);
  const m = /^(?:(арга\s*хэмжээ)\s*)?(\d{1,3}(?:\.\d{1,3}){0,4})(\.)?(?=\s|$|[^\d.,])/.exec(
    foldForMatch(original.slice(0, 80)),
  );
  if (!m || (!m[1] && m[3] !== ".")) return null;
  return {
    parts: partsByRule(m[2]),
    written: original.slice(0, m[0].length),
    rest: original.slice(m[0].length).trim(),
  };
}

describe("a leading number is looked for only where a text's first letter can open one", () => {
  const opening = fc.constantFrom(
    "",
    " ",
    "Арга хэмжээ ",
    "АРГА ХЭМЖЭЭ",
    "Aрга хэмжээ",
    "арга",
    "а",
    "A",
    "1",
    "12.3.",
    "5)",
    "Нэг.",
    "«",
  );
  const rest = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 6 }),
    fc.constantFrom("", ". Текст", "2.3. Сайн", ".", " удаа"),
  );
  it("splitLeadingNumber agrees with its rule written out in full", () => {
    fc.assert(
      fc.property(opening, dotted, rest, fc.boolean(), (before, digits, after, withNumber) => {
        const text = `${before}${withNumber ? digits : ""}${after}`;
        const found = splitLeadingNumber(text);
        const expected = leadingNumberByRule(text);
        expect(
          found && { parts: found.number.parts, written: found.written, rest: found.rest },
        ).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
