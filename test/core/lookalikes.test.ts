import {
  DIGIT_TO_CYRILLIC,
  LOOKALIKE_TO_CYRILLIC,
  findMixedWords,
  foldLookalikes,
  isCyrillic,
  isMongolianLetter,
  lookalikeScript,
  replaceLookalikes,
} from "../../src/core/cells/lookalikes";
import fc from "fast-check";

describe("look-alike map", () => {
  it("points only to Mongolian Cyrillic letters, never from one", () => {
    for (const [from, to] of Object.entries({ ...LOOKALIKE_TO_CYRILLIC, ...DIGIT_TO_CYRILLIC })) {
      expect(isMongolianLetter(to)).toBe(true);
      expect(isMongolianLetter(from)).toBe(false);
    }
  });

  it("covers the substitutes for Ө and Ү named in the engineering notes", () => {
    for (const ch of ["Θ", "θ", "Ɵ", "ɵ", "Ѳ", "ѳ", "Є", "є"]) {
      expect(LOOKALIKE_TO_CYRILLIC[ch].toLowerCase()).toBe("ө");
    }
    for (const ch of ["Y", "Ї", "ї", "V", "v"]) {
      expect(LOOKALIKE_TO_CYRILLIC[ch].toLowerCase()).toBe("ү");
    }
    expect(DIGIT_TO_CYRILLIC["3"]).toBe("З");
    expect(DIGIT_TO_CYRILLIC["0"]).toBe("О");
  });

  it("tells the scripts apart", () => {
    expect(lookalikeScript("D")).toBe("latin");
    expect(lookalikeScript("Ɵ")).toBe("latin");
    expect(lookalikeScript("Θ")).toBe("greek");
    expect(lookalikeScript("ک")).toBe("arabic");
    expect(lookalikeScript("Є")).toBe("cyrillic");
    expect(lookalikeScript("3")).toBe("digit");
    expect(lookalikeScript("Д")).toBeNull();
    expect(lookalikeScript("S")).toBeNull();
    // Names every object has are no look-alikes either.
    expect(lookalikeScript("constructor")).toBeNull();
    expect(lookalikeScript("toString")).toBeNull();
  });

  it("knows the 35 Mongolian letters from other Cyrillic ones", () => {
    const alphabet = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ";
    expect(Array.from(alphabet).length).toBe(35);
    for (const ch of alphabet + alphabet.toLowerCase()) expect(isMongolianLetter(ch)).toBe(true);
    for (const ch of ["Є", "Ї", "Ѳ", "І", "D", "Θ", "3"]) expect(isMongolianLetter(ch)).toBe(false);
    expect(isCyrillic("Є")).toBe(true);
  });

  it("folds header text to Cyrillic, digits untouched", () => {
    expect(foldLookalikes("Cуурь түвшин 3")).toBe("Суурь түвшин 3");
  });
});

describe("findMixedWords", () => {
  it("gives each look-alike's position, script and replacement", () => {
    const text = "Үүнээс: ΘН-186, лавлагaa";
    const words = findMixedWords(text);
    expect(words).toEqual([
      {
        start: 8,
        word: "ΘН",
        fixed: "ӨН",
        letters: [{ index: 8, char: "Θ", replacement: "Ө", script: "greek" }],
      },
      {
        start: 16,
        word: "лавлагaa",
        fixed: "лавлагаа",
        letters: [
          { index: 22, char: "a", replacement: "а", script: "latin" },
          { index: 23, char: "a", replacement: "а", script: "latin" },
        ],
      },
    ]);
    expect(replaceLookalikes(text, words)).toBe("Үүнээс: ӨН-186, лавлагаа");
  });

  it("counts positions in code points, so astral characters do not shift them", () => {
    const text = "😀 Dүрэм";
    const [w] = findMixedWords(text);
    expect(w.start).toBe(2);
    expect(replaceLookalikes(text, [w])).toBe("😀 Дүрэм");
  });

  it("finds and replaces at the code points Array.from counts, lone surrogates and pairs alike", () => {
    const piece = fc.constantFrom(
      "Dүрэм",
      "A/61",
      "хэ3ээ",
      "😀",
      "\ud83d",
      "\ude00",
      " ",
      "ab",
      "Оp",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const words = findMixedWords(text, { documentIsCyrillic: true });
        const chars = Array.from(text);
        for (const w of words) {
          const at = chars.slice(w.start, w.start + Array.from(w.word).length).join("");
          expect(at).toBe(w.word);
        }
        for (const w of words) for (const l of w.letters) chars[l.index] = l.replacement;
        expect(replaceLookalikes(text, words)).toBe(chars.join(""));
      }),
    );
  });

  it("keeps a digit's case from its neighbours", () => {
    expect(findMixedWords("хэ3ээ")[0].fixed).toBe("хэзээ");
    expect(findMixedWords("ХЭ3ЭЭ")[0].fixed).toBe("ХЭЗЭЭ");
    expect(findMixedWords("Т0вч")[0].fixed).toBe("Товч");
  });

  it("reads numbers as numbers", () => {
    for (const text of ["2024онд", "30-аас", "3удаа", "м3", "0257-р", "А3", "1000төгрөг"]) {
      expect(findMixedWords(text)).toEqual([]);
    }
    // Words of figures alone are passed over; a digit inside a word is still read.
    const words = findMixedWords("2030 онд 3 удаа 0 ба3ар 300", { documentIsCyrillic: true });
    expect(words.map((w) => [w.start, w.fixed])).toEqual([[18, "базар"]]);
  });

  it("needs a Cyrillic context for a word made only of look-alikes", () => {
    expect(findMixedWords("(3XX)")).toEqual([]);
    expect(findMixedWords("(3XX)", { documentIsCyrillic: true })[0].fixed).toBe("ЗХХ");
    expect(findMixedWords("(3XX) SICOS", { documentIsCyrillic: true })).toEqual([]);
    expect(findMixedWords("Хариуцах (3XX)")[0].fixed).toBe("ЗХХ");
  });

  it("takes a capital abbreviation as Cyrillic only when glued to Cyrillic or a number", () => {
    expect(findMixedWords("MTT-өөс")[0].fixed).toBe("МТТ");
    expect(findMixedWords("тухай A/61 тушаал")[0].fixed).toBe("А");
    expect(findMixedWords("MTT нэгж")).toEqual([]);
    expect(findMixedWords("CM-ийн")).toEqual([]);
    expect(findMixedWords("TV-ээр")).toEqual([]);
    // Fixed in one go, so that re-checking the fix finds nothing more.
    for (const [text, fixed] of [
      ["MTT-Dүрэм", "МТТ-Дүрэм"],
      ["MTT-MTT-өөс", "МТТ-МТТ-өөс"],
      ["MTT-3ΜΘ", "МТТ-ЗМӨ"],
    ]) {
      expect(replaceLookalikes(text, findMixedWords(text, { documentIsCyrillic: true }))).toBe(
        fixed,
      );
    }
  });
});

describe("the look-alike lists", () => {
  it("every look-alike letter is one UTF-16 unit, so their class needs no «u» flag", () => {
    for (const ch of Object.keys(LOOKALIKE_TO_CYRILLIC)) expect([ch, ch.length]).toEqual([ch, 1]);
  });

  it("every Mongolian letter is a word character and no look-alike", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!isMongolianLetter(ch)) continue;
      expect(/^\p{L}$/u.test(ch)).toBe(true);
      expect(ch in LOOKALIKE_TO_CYRILLIC).toBe(false);
    }
  });
});
