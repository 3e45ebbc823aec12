import {
  ordinalWordValue,
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
} from "../../src/core/cells/item-numbers";

describe("parseItemNumber", () => {
  it.each([
    ["1.1.", [1, 1], true],
    ["3.2.6", [3, 2, 6], false],
    ["6.1.1.", [6, 1, 1], true],
    ["6.3.1", [6, 3, 1], false],
    ["10.12.", [10, 12], true],
    ["1", [1], false],
    ["1.", [1], true],
    [" 7.9 ", [7, 9], false],
  ])("reads %j as %j (trailing dot %s)", (text, parts, trailingDot) => {
    expect(parseItemNumber(text)).toEqual({ parts, trailingDot });
  });

  it("keeps the words written before the number", () => {
    expect(parseItemNumber("Арга хэмжээ 2.3")).toEqual({
      parts: [2, 3],
      trailingDot: false,
      prefix: "Арга хэмжээ",
    });
    // A Latin A typed inside the prefix still reads, and the prefix is kept as written.
    expect(parseItemNumber("Aрга хэмжээ 1.2.")?.prefix).toBe("Aрга хэмжээ");
  });

  it("reads the number out of leftover HTML", () => {
    expect(parseItemNumber("<u>Арга хэмжээ 1.1</u>")?.parts).toEqual([1, 1]);
  });

  it.each(["", "2026.01.01", "12 удаа", "3.3 тэрбум", "1,081", "Зорилт 3.", "-", "1..2", "a.1"])(
    "does not take %j for an item number",
    (text) => {
      expect(parseItemNumber(text)).toBeNull();
    },
  );
});

describe("splitLeadingNumber", () => {
  it("cuts a numbered activity text into number and text", () => {
    expect(splitLeadingNumber("<u>Арга хэмжээ 1.2.</u> Нийгмийн даатгалд")).toEqual({
      number: { parts: [1, 2], trailingDot: true, prefix: "Арга хэмжээ" },
      written: "Арга хэмжээ 1.2.",
      rest: "Нийгмийн даатгалд",
    });
    expect(splitLeadingNumber("1.Төрийн албан хаагчийн ёс зүйн")).toMatchObject({
      number: { parts: [1], trailingDot: true },
      written: "1.",
      rest: "Төрийн албан хаагчийн ёс зүйн",
    });
  });

  it("does not read amounts and years as numbers", () => {
    expect(splitLeadingNumber("2026 онд 240 иргэн")).toBeNull();
    expect(splitLeadingNumber("3.3 тэрбум төгрөг")).toBeNull();
    expect(splitLeadingNumber("12,5% хувь")).toBeNull();
  });
});

describe("ordinalWordValue", () => {
  it.each([
    ["Нэг", 1],
    ["ХОЁР", 2],
    ["Хоер", 2],
    ["гурав.", 3],
    ["Дөрөв", 4],
    ["ТАВ", 5],
    ["Зургаа", 6],
    ["долоо", 7],
    ["Найм", 8],
    ["Ес", 9],
    ["Арав", 10],
    ["Арван нэг", 11],
    ["АРВАН ХОЁР", 12],
    ["Арван ес", 19],
    ["Хорь", 20],
    ["нэгдүгээр", 1],
    ["Гуравдугаар", 3],
  ])("%s is %i", (word, value) => {
    expect(ordinalWordValue(word)).toBe(value);
  });

  it("knows nothing else", () => {
    expect(ordinalWordValue("Нэгэн")).toBeNull();
    expect(ordinalWordValue("Зорилт")).toBeNull();
    expect(ordinalWordValue("")).toBeNull();
  });

  it("reads Latin look-alikes in the word (Хoёр with Latin o)", () => {
    expect(ordinalWordValue("Хoёр")).toBe(2);
  });
});

describe("parseObjectiveLabel", () => {
  it.each([
    ["Зорилт 3. Нийгмийн даатгалын сангийн", "objective", "Зорилт 3.", "3"],
    ["Зорилт 6.1. Нийгмийн даатгалын багц", "objective", "Зорилт 6.1.", "6.1"],
    ["Зорилт НЭГ. “БОДЛОГЫН БАРИМТ БИЧИГТ", "objective", "Зорилт НЭГ.", "1"],
    ["<u>Зорилт 1:</u> Төрийн үйлчилгээний", "objective", "Зорилт 1:", "1"],
    ["1 дүгээр зорилтын хүрээнд", "objective", "1 дүгээр зорилтын хүрээнд", "1"],
    ["2 дугаар зорилтын хүрээнд", "objective", "2 дугаар зорилтын хүрээнд", "2"],
    ["ХОЁР. “ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ", "ordinal", "ХОЁР.", "2"],
    ["Нэг. Бодлогын баримт бичигт", "ordinal", "Нэг.", "1"],
    ["Гурав. Хуулиар олгосон", "ordinal", "Гурав.", "3"],
    ["Дөрөв. Төрийн үйлчилгээний", "ordinal", "Дөрөв.", "4"],
    ["Тав. Бусад", "ordinal", "Тав.", "5"],
    ["Арван нэг. Бусад", "ordinal", "Арван нэг.", "11"],
    [
      "Стратегийн төлөвлөгөөний зорилго 1: Нийгмийн даатгалын",
      "goal",
      "Стратегийн төлөвлөгөөний зорилго 1:",
      "1",
    ],
    ["1", "number", "1", "1"],
  ])("%j is a %s label %j numbered %s", (text, kind, label, number) => {
    expect(parseObjectiveLabel(text)).toMatchObject({ kind, label, number });
  });

  it("gives the heading text after the label", () => {
    expect(parseObjectiveLabel("Зорилт 7. Нийгмийн даатгалын үйлчилгээг")?.rest).toBe(
      "Нийгмийн даатгалын үйлчилгээг",
    );
    expect(parseObjectiveLabel("Зорилт 6.1.")?.parts).toEqual([6, 1]);
  });

  it.each([
    "Зорилтот түвшин",
    "Нэг удаа",
    "Хоёр сарын дотор",
    "Нийгмийн даатгалын",
    "",
    "Арга хэмжээ 2.3",
  ])("is not fooled by %j", (text) => {
    expect(parseObjectiveLabel(text)).toBeNull();
  });
});
