import fc from "fast-check";
import { foldForMatch } from "../../src/core/plan/normalize";
import {
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
} from "../../src/core/plan/numbering";

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
        expect(parseItemNumber(text)?.parts).toEqual(partsByRule(digits));
        expect(splitLeadingNumber(`${digits}. Текст`)?.number.parts).toEqual(partsByRule(digits));
        expect(parseObjectiveLabel(`Зорилт ${digits}. Текст`)?.parts).toEqual(partsByRule(digits));
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
          expect(foldForMatch(first)[0]).toBe(foldForMatch(t)[0]);
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
