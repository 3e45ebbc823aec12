import fc from "fast-check";
import { LOOKALIKE_TO_CYRILLIC, foldLookalikes } from "../../src/core/cells/lookalikes";
import {
  foldForMatch,
  normalizePlain,
  plainHeaderKey,
  plainText,
} from "../../src/core/cells/normalize";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * The normalisers take short cuts for the usual cell (no odd spaces, words without punctuation).
 * These are the rules written out in full, without short cuts: the two must always agree.
 */
const SPACE = /[\s\u00A0\u2007\u202F\u200B]+/g;
const PUNCTUATION = /(?!№)[\p{P}\p{S}]/gu;

function plainByRule(text: string): string {
  let t = text;
  if (t.includes("<")) t = t.replace(/<\/?[a-zA-Z][^<>]*>/g, " ");
  if (t.includes("&")) {
    const entities: Record<string, string> = {
      "&nbsp;": " ",
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&quot;": '"',
    };
    t = t.replace(/&(nbsp|amp|lt|gt|quot);/g, (e) => entities[e] ?? e);
  }
  if (t.includes("**")) t = t.replace(/\*\*/g, "");
  return t.replace(SPACE, " ").trim();
}

function normalizedByRule(plain: string): string {
  const lower = foldLookalikes(plain).toLowerCase().replace(/ё/g, "е");
  return lower.replace(PUNCTUATION, " ").replace(SPACE, " ").trim();
}

function foldedByRule(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = (LOOKALIKE_TO_CYRILLIC[ch] ?? ch).toLowerCase();
    const one = lower.length === ch.length ? lower : ch;
    out += one === "ё" ? "е" : one;
  }
  return out;
}

/** Texts as cells hold them: Mongolian and Latin words, digits, every kind of space, marks. */
const cellText = joinedText(
  [
    fc.constantFrom(
      "Шалгуур",
      "үзүүлэлт",
      "ЁС",
      "Өргөдөл",
      "Шaлгуур",
      "Biелэлт",
      "№",
      "2024",
      "ұзұұлэлт",
      "İ",
      "ႠΣ",
      "є",
    ),
    fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\u200B", "\u3000"),
    fc.constantFrom(",", ".", "/", "(", ")", "«", "»", "-", "%", "*", "**", "<b>", "&amp;", "҂"),
    fc.string({ unit: "grapheme", maxLength: 4 }),
  ],
  12,
);

describe("the normalisers' short cuts change nothing", () => {
  it("plainText agrees with its rule written out in full", () => {
    fc.assert(
      fc.property(cellText, (t) => expectSame(plainText(t), plainByRule(t))),
      {
        numRuns: 3000,
      },
    );
  });

  it("normalizePlain agrees with its rule written out in full", () => {
    fc.assert(
      fc.property(cellText, (t) => {
        const plain = plainText(t);
        expectSame(normalizePlain(plain), normalizedByRule(plain));
      }),
      { numRuns: 3000 },
    );
  });

  it("plainHeaderKey is the rule's normalised text with every space removed", () => {
    fc.assert(
      fc.property(cellText, (t) => {
        const plain = plainText(t);
        expectSame(plainHeaderKey(plain), normalizedByRule(plain).replace(/ /g, ""));
      }),
      { numRuns: 3000 },
    );
  });

  it("foldForMatch agrees with its rule written out in full", () => {
    fc.assert(
      fc.property(cellText, (t) => expectSame(foldForMatch(t), foldedByRule(t))),
      {
        numRuns: 3000,
      },
    );
  });
});

/**
 * Texts of Cyrillic letters (the look-alikes Є Ї Ѳ Ѵ Ұ and the marks ҂–҉ among them), digits,
 * spaces and ASCII marks, now and then a Latin or other letter: the mix where the normalisers
 * tell a plain Cyrillic text by two small classes instead of the look-alike test.
 */
const cyrillicText = joinedText(
  [
    {
      weight: 8,
      arbitrary: fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCharCode(c)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(" ", "  ", "\t", "\u00A0", "\u3000", "\u1680", "\uFEFF"),
    },
    { weight: 2, arbitrary: fc.constantFrom(..."0123456789!/:-@[`{~.,()%") },
    { weight: 1, arbitrary: fc.constantFrom("a", "H", "İ", "Σ", "№", "«", "ё", "Ё", "Є", "ұ") },
  ],
  16,
);

describe("the plain-Cyrillic short cut changes nothing", () => {
  it("plainHeaderKey, normalizePlain and foldForMatch agree with their rules", () => {
    fc.assert(
      fc.property(cyrillicText, (t) => {
        const plain = plainText(t);
        expectSame(normalizePlain(plain), normalizedByRule(plain));
        expectSame(plainHeaderKey(plain), normalizedByRule(plain).replace(/ /g, ""));
        expectSame(foldForMatch(t), foldedByRule(t));
      }),
      { numRuns: 5000 },
    );
  });
});
