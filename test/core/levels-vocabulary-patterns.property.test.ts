import fc from "fast-check";
import {
  COUNTED_NOUNS,
  countedNounAt,
  isBetweenWord,
  isMoneyWord,
  isPercentWord,
  mayBeUnitWord,
  mayStartNoun,
  scaleOf,
} from "../../src/core/levels/vocabulary";
import { joinedText } from "../fixtures/joined-text";
import { expectSame } from "../fixtures/fast-expect";

/*
 * The counted nouns are matched with patterns in which `\p{L}` stands for any character, the
 * word being asked once whether it is of letters (V8 compiles each `\p{L}` anew, at a cost of
 * tens of milliseconds for the nouns' patterns). The oracle here is the vocabulary as written:
 * each noun word's own pattern with `\p{L}`, anchored to the whole word.
 */
const written = (source: string) => new RegExp(`^(?:${source})$`, "u");
const NOUNS = COUNTED_NOUNS.map((n) => ({ words: n.sources.map(written), found: n.found }));
const ANY_FIRST_WORD = new RegExp(NOUNS.map((n) => n.words[0].source).join("|"), "u");

function oracleNounAt(words: string[], from: number) {
  if (from >= words.length || !ANY_FIRST_WORD.test(words[from])) return null;
  const noun = NOUNS.find(
    (n) =>
      n.words.length <= words.length - from && n.words.every((re, i) => re.test(words[from + i])),
  );
  return noun ? noun.found : null;
}

const oracleUnitWord = (word: string): boolean =>
  scaleOf(word) !== null || isPercentWord(word) || isMoneyWord(word) || isBetweenWord(word);

/** Words near the nouns: their openings, endings of letters and of anything else. */
const word = joinedText(
  [
    fc.constantFrom("иргэ", "удаа", "аж", "ахуйн", "нэгж", "хүн", "сум", "бот", "хуудс", "албан"),
    fc.constantFrom("хаагч", "тэтгэвэр", "авагч", "мэдээ", "тайл", "ао", "аанб", "бичг", "сая"),
    fc.constantFrom("д", "ийн", "эд", "аас", "ь", "н", "ууд", "ёс", "гийн", "хувь", "төгрөг"),
    // Letters of other scripts and cases, astral letters, and characters that are no letter.
    fc.constantFrom("e", "a", "Z", "α", "Ӊ", "ǅ", "中", "𝐀", "𐐀", "ß", "İ"),
    fc.constantFrom("1", "٣", ".", "-", " ", "\u0301", "\u200D", "\uD835", "\uDC00", "😀", "_"),
  ],
  4,
);

/** A noun of several words, each word given an ending of any kind (or none). */
const ending = fc.constantFrom("", "ийн", "д", "e", "𝐀", "1", ".", "\u0301", "😀", "-");
const nounWords = fc
  .tuple(
    fc.constantFrom(
      ["аж", "ахуйн", "нэгж"],
      ["албан", "хаагч"],
      ["тэтгэвэр", "авагч"],
      ["ажил", "олгогч"],
      ["арга", "хэмжээ"],
      ["албан", "бичиг"],
    ),
    fc.array(ending, { minLength: 3, maxLength: 3 }),
  )
  .map(([words, endings]) => words.map((w, i) => w + endings[i]));

describe("the counted nouns' patterns", () => {
  it("find the noun the vocabulary as written finds, or none", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(word, { minLength: 1, maxLength: 4 }), nounWords),
        fc.nat(3),
        (words, from) => {
          expectSame(countedNounAt(words, from), oracleNounAt(words, from));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("tell a noun's first word and a unit's word as the vocabulary as written does", () => {
    fc.assert(
      fc.property(word, (w) => {
        expectSame(mayStartNoun(w), ANY_FIRST_WORD.test(w));
        expectSame(mayBeUnitWord(w), oracleUnitWord(w));
      }),
      { numRuns: 20000 },
    );
  });

  it("read the nouns of every kind, with endings and across words", () => {
    expect(countedNounAt(["иргэдийн"])?.unit).toBe("иргэн");
    expect(countedNounAt(["аж", "ахуйн", "нэгжийн"])?.unit).toBe("аж ахуйн нэгж");
    // An ending that holds a letter of another script is still a letter; a digit is not.
    expect(countedNounAt(["удааα"])?.unit).toBe("удаа");
    expect(countedNounAt(["удаа1"])).toBeNull();
    expect(countedNounAt(["аж", "ахуйн", "нэгж."])?.unit).not.toBe("аж ахуйн нэгж");
  });
});
