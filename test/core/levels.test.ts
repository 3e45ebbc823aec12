import {
  parseLevel,
  primaryQuantity,
  unitsCompatible,
  type LevelReading,
} from "../../src/core/levels";
import { countedNounAt } from "../../src/core/levels/vocabulary";

/** Values, units and kinds of a reading's quantities, in order. */
const quantities = (r: LevelReading) => r.quantities.map((q) => [q.value, q.unit, q.kind]);

describe("parseLevel: numbers as written in the seeds", () => {
  test.each([
    ["53,6", 53.6], // seed 000, 3.2.1 baseline ("53,6 хувийг" inside text)
    ["4525.0", 4525], // seed 003, 6.2.1 baseline
    ["5332,5", 5332.5], // seed 003, 6.2.1 target
    ["127.84", 127.84], // seed 003, 6.2.2 baseline
    ["102.27", 102.27],
    ["1753", 1753], // seed 001, 2.1 baseline
    ["12", 12],
  ])("%s reads as %d, a plain number, certain", (cell, value) => {
    const r = parseLevel(cell);
    expect(r.kind).toBe("number");
    expect(quantities(r)).toEqual([[value, null, "number"]]);
    expect(r.confidence).toBe("certain");
  });

  test.each([
    ["99,94%", 99.94], // seed 003, 8.1
    ["98,8%", 98.8],
    ["95.2%", 95.2],
    ["12,2%", 12.2],
    ["23%", 23],
    ["0%", 0],
    ["100%", 100],
  ])("%s is a percentage of %d", (cell, value) => {
    expect(quantities(parseLevel(cell))).toEqual([[value, "%", "percent"]]);
  });

  test.each([
    ["3.3 тэрбум", 3.3e9, null, "number"], // seed 001, 2.3 baseline
    ["9.7 тэрбум", 9.7e9, null, "number"], // seed 003, 1.2
    ["10.6 тэрбум", 10.6e9, null, "number"],
    ["273.1 сая", 273.1e6, null, "number"], // seed 003, 1.3
    ["273.0 сая", 273e6, null, "number"],
    ["14453,3 мянган төгрөг", 14453300, "төгрөг", "money"], // seed 000
    ["14 453,3 мянган төгрөг", 14453300, "төгрөг", "money"],
    ["5 000 000 төгрөг", 5e6, "төгрөг", "money"],
    ["133.1 мянган даатгуулагч", 133100, "даатгуулагч", "count"], // seed 002
  ])("scale words: %s = %d", (cell, value, unit, kind) => {
    expect(quantities(parseLevel(cell))).toEqual([[value, unit, kind]]);
  });

  test.each([
    ["4 удаа", 4, "удаа"], // seed 001, 2.6 baseline
    ["2 удаа", 2, "удаа"],
    ["1 удаа", 1, "удаа"],
    ["2 боть", 2, "боть"], // seed 001, 3.4 baseline
    ["240 иргэн", 240, "иргэн"],
    ["939 даатгуулагч", 939, "даатгуулагч"],
  ])("counted noun: %s", (cell, value, unit) => {
    const r = parseLevel(cell);
    expect(r.kind).toBe("number");
    expect(quantities(r)).toEqual([[value, unit, "count"]]);
  });

  test("percent words: хувь, хувьтай, хувиар, хувийг", () => {
    expect(quantities(parseLevel("59.5 хувьтай"))).toEqual([[59.5, "%", "percent"]]);
    expect(quantities(parseLevel("20 хувиар"))).toEqual([[20, "%", "percent"]]);
    expect(quantities(parseLevel("80 хувь"))).toEqual([[80, "%", "percent"]]);
    // seed 000, 3.2.1: a filler between the number and "хувийг" keeps the link
    const r = parseLevel("илэрсэн төлбөр, зөрчлийн 70.0 аас доошгүй хувийг барагдуулж ажилана.");
    expect(quantities(r)).toEqual([[70, "%", "percent"]]);
    // "хувиараа" (self-employed) is not a percent
    expect(parseLevel("5 хувиараа хөдөлмөр эрхлэгч").quantities[0].kind).toBe("number");
  });
});

describe("parseLevel: ambiguity of a comma followed by three digits", () => {
  test("seed 003, 1.4: a count criterion reads 1,081 as 1081 and reports it", () => {
    const r = parseLevel("1,081", { criterion: "Албан журмын даатгуулагчдын тоо, хувь" });
    expect(r.quantities[0].value).toBe(1081);
    expect(r.ambiguities).toEqual([{ text: "1,081", readings: [1081, 1.081], chosen: 1081 }]);
    expect(r.confidence).toBe("suggested");
  });

  test("without context 1,081 is still reported, and the reading is a guess", () => {
    const r = parseLevel("1,081");
    expect(r.ambiguities).toHaveLength(1);
    expect(r.confidence).toBe("guess");
  });

  test("a percentage reads the comma as a decimal", () => {
    const r = parseLevel("1,081%");
    expect(r.quantities[0].value).toBe(1.081);
    expect(r.ambiguities[0].chosen).toBe(1.081);
  });

  test("money reads it as thousands (seed 000: сар бүр 20,000 төгрөг)", () => {
    const r = parseLevel("нэг албан хаагч сар бүр 20,000 төгрөг төвлөрүүлж");
    expect(quantities(r)).toEqual([[20000, "төгрөг", "money"]]);
    expect(r.ambiguities[0].readings).toEqual([20000, 20]);
  });

  test("decimals with one, two or four digits are not ambiguous", () => {
    for (const cell of ["53,6", "99,94", "14453,3", "0,125"]) {
      expect(parseLevel(cell).ambiguities).toEqual([]);
    }
  });

  test("a comma and a point together: the last one is the decimal", () => {
    expect(parseLevel("1,234.5").quantities[0].value).toBe(1234.5);
    expect(parseLevel("1.234,5").quantities[0].value).toBe(1234.5);
    expect(parseLevel("1,234,567").quantities[0].value).toBe(1234567);
  });
});

describe("parseLevel: formatting slips", () => {
  test('"100 %" parses and is reported (seed 003, 10.10)', () => {
    const r = parseLevel("100 %");
    expect(quantities(r)).toEqual([[100, "%", "percent"]]);
    expect(r.slips).toEqual([{ kind: "percent-space", text: "100 %", fixed: "100%" }]);
  });

  test('"5%," parses and is reported (seed 003, 7.3 target)', () => {
    const r = parseLevel("5%,");
    expect(quantities(r)).toEqual([[5, "%", "percent"]]);
    expect(r.kind).toBe("number");
    expect(r.slips).toEqual([{ kind: "trailing-punctuation", text: "5%,", fixed: "5%" }]);
  });

  test("a clean cell has no slips", () => {
    expect(parseLevel("100%").slips).toEqual([]);
    expect(parseLevel("4 удаа").slips).toEqual([]);
  });
});

describe("parseLevel: empty marks, keywords, qualitative levels", () => {
  test.each(["-", "–", "—", "", "   ", "<p>-</p>"])("%j is empty", (cell) => {
    const r = parseLevel(cell);
    expect(r.kind).toBe("empty");
    expect(r.quantities).toEqual([]);
  });

  test("null is empty", () => {
    expect(parseLevel(null).kind).toBe("empty");
  });

  test.each(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", " #SPILL! "])(
    "a formula's error %j is no level: empty, not a qualitative level two cells could share",
    (cell) => {
      expect(parseLevel(cell).kind).toBe("empty");
    },
  );

  test("a text opening with # is read as text still", () => {
    expect(parseLevel("#1 байр").kind).not.toBe("empty");
    expect(quantities(parseLevel("#N/A 5 удаа"))).toEqual([[5, "удаа", "count"]]);
  });

  test.each([
    ["Тухай бүр", "as-needed"], // seed 003, 10.1 target
    ["тухай бүр", "as-needed"],
    ["Сар бүр", "monthly"], // seed 003, 5.1 timeline
    ["Улирал бүр", "quarterly"], // seed 003, 5.2
  ])("%s is the keyword %s", (cell, keyword) => {
    const r = parseLevel(cell);
    expect(r.kind).toBe("keyword");
    expect(r.keyword).toBe(keyword);
  });

  test("marks and keywords are read whatever spaces, line breaks and markup stand in them", () => {
    expect(parseLevel(" (\t-\n) ").kind).toBe("empty");
    expect(parseLevel("«Сар\n  бүр»").keyword).toBe("monthly");
    expect(parseLevel("<b>тухай</b>\u00A0 бүр.").keyword).toBe("as-needed");
  });

  test("a stray mark's slip shows the text with plain spaces", () => {
    expect(parseLevel("12,  14\n;").slips).toEqual([
      { kind: "trailing-punctuation", text: "12, 14 ;", fixed: "12, 14 " },
    ]);
  });

  test("a keyword inside a sentence does not make the cell a keyword", () => {
    const r = parseLevel("Ирсэн тухай бүр холбогдох албан тушаалтанд мэдэгдсэн байх"); // seed 001, 3.5
    expect(r.kind).toBe("text");
    expect(r.keyword).toBeUndefined();
  });

  test.each(["“Өөрчлөлтгүй”", '"Сайн"', "Анхан шат", "Шаардлагагүй"])(
    "%s is a qualitative level",
    (cell) => {
      const r = parseLevel(cell);
      expect(r.kind).toBe("qualitative");
      expect(r.damaged).toBeUndefined();
    },
  );

  test("seed 003, 3.6: “□□рчл□лтг□й” is a damaged qualitative level", () => {
    const r = parseLevel("“□□рчл□лтг□й”");
    expect(r.kind).toBe("qualitative");
    expect(r.damaged).toBe(true);
    expect(parseLevel("\uFFFDрчл\uFFFDлт").damaged).toBe(true);
  });
});

describe("parseLevel: several values in one cell", () => {
  test("seed 003, 1.4: 1,081 110,3% is a count and a percentage", () => {
    const r = parseLevel("1,081 110,3%", { criterion: "Албан журмын даатгуулагчдын тоо, хувь" });
    expect(r.kind).toBe("number");
    expect(quantities(r)).toEqual([
      [1081, null, "number"],
      [110.3, "%", "percent"],
    ]);
    expect(r.ambiguities).toHaveLength(1);
  });

  test.each([
    ["78 72,9%", 78, 72.9],
    ["17 68,0%", 17, 68],
    ["1,141 100%", 1141, 100],
    ["120 100%", 120, 100], // not one number 120100
    ["31 100%", 31, 100],
  ])("%s → %d and %d%%", (cell, count, percent) => {
    const r = parseLevel(cell, { criterion: "хамрагдагсдын тоо, хувь" });
    expect(r.quantities.map((q) => q.value)).toEqual([count, percent]);
    expect(r.kind).toBe("number");
  });

  test("seed 003, 7.1: АО – 69 Иргэд, даат-ч - 500 is two labelled counts", () => {
    const r = parseLevel("АО – 69 Иргэд, даат-ч - 500");
    expect(r.kind).toBe("number");
    expect(quantities(r)).toEqual([
      [69, "АО", "count"],
      [500, "Иргэд, даат-ч", "count"],
    ]);
    expect(r.quantities.map((q) => q.source)).toEqual(["АО – 69", "Иргэд, даат-ч - 500"]);
  });

  test("seed 003, 7.2: Иргэд, даат-ч - 300 is one labelled count", () => {
    const r = parseLevel("Иргэд, даат-ч - 300");
    expect(quantities(r)).toEqual([[300, "Иргэд, даат-ч", "count"]]);
    expect(r.confidence).toBe("certain");
  });
});

describe("parseLevel: the words after a number", () => {
  test.each<[string, [number, string | null, string, string][]]>([
    // A closing mark ends the unit and is left out of the quantity.
    ["12 иргэнд.", [[12, "иргэн", "count", "12 иргэнд"]]],
    // A bracket or a quote opens something else: no unit.
    ["15 (тэтгэвэр авагч)", [[15, null, "number", "15"]]],
    ["4 «хүн»", [[4, null, "number", "4"]]],
    // A two-word noun across a line break or a no-break space, a three-word one with its ending.
    ["3 тэтгэвэр\nавагч", [[3, "тэтгэвэр авагч", "count", "3 тэтгэвэр\nавагч"]]],
    ["10 албан\u00a0хаагч", [[10, "албан хаагч", "count", "10 албан\u00a0хаагч"]]],
    ["7 аж ахуйн нэгжид", [[7, "аж ахуйн нэгж", "count", "7 аж ахуйн нэгжид"]]],
    // Spaces to the end: nothing after the number.
    ["5 ", [[5, null, "number", "5"]]],
    // A scale, then its unit; a word between the number and its unit.
    [
      "20 сая төгрөг, 5 хүн",
      [
        [20_000_000, "төгрөг", "money", "20 сая төгрөг"],
        [5, "хүн", "count", "5 хүн"],
      ],
    ],
    ["80 орчим хувь", [[80, "%", "percent", "80 орчим хувь"]]],
    // A noun before a number is not its unit, and a comma ends the number's words.
    [
      "тэтгэвэр 493, өөрчилсөн тэтгэвэр 121",
      [
        [493, null, "number", "493"],
        [121, null, "number", "121"],
      ],
    ],
  ])("%j", (cell, expected) => {
    const r = parseLevel(cell);
    expect(r.quantities.map((q) => [q.value, q.unit, q.kind, q.source])).toEqual(expected);
  });
});

describe("parseLevel: one figure written in falling scale words", () => {
  test.each<[string, number, string | null]>([
    ["1 сая 250 мянга", 1_250_000, null],
    ["1 сая 250 мянган төгрөг", 1_250_000, "төгрөг"],
    ["3 тэрбум 200 сая төгрөг", 3_200_000_000, "төгрөг"],
    ["1 тэрбум 200 сая 500 мянган төгрөг", 1_200_500_000, "төгрөг"],
    ["5 сая 10 мянга иргэн", 5_010_000, "иргэн"],
  ])("%j is %d, one quantity", (cell, value, unit) => {
    const r = parseLevel(cell);
    expect(r.quantities.map((q) => [q.value, q.unit, q.source])).toEqual([[value, unit, cell]]);
    expect([r.kind, r.confidence]).toEqual(["number", "certain"]);
  });

  test.each([
    // A comma lists two figures; a number without a scale, or a rising scale, is one of its own.
    ["1 сая, 250 мянга", [1_000_000, 250_000]],
    ["1 сая 250", [1_000_000, 250]],
    ["250 мянга 1 сая", [250_000, 1_000_000]],
  ])("%j stays two quantities", (cell, values) => {
    expect(parseLevel(cell).quantities.map((q) => q.value)).toEqual(values);
  });
});

describe("parseLevel: free text", () => {
  test("seed 001, 1.2 target: the number in a sentence, suggested", () => {
    const r = parseLevel("Энгийн сайн дурын даатгалд 240 иргэнийг шинээр хамруулах.");
    expect(r.kind).toBe("text");
    expect(quantities(r)).toEqual([[240, "иргэн", "count"]]);
    expect(r.confidence).toBe("suggested");
    expect(r.quantities[0].source).toBe("240 иргэнийг");
  });

  test("seed 001, 2.3: тэрбум төгрөг inside text", () => {
    const t = parseLevel("Эхний хагас жилийн байдлаар 5 тэрбум төгрөгийг орлогыг төвлөрүүлэх.");
    const a = parseLevel("Энгийн сайн дурын даатгалын орлогод 3.2 тэрбум төгрөг төвлөрүүлсэн");
    expect(quantities(t)).toEqual([[5e9, "төгрөг", "money"]]);
    expect(quantities(a)).toEqual([[3.2e9, "төгрөг", "money"]]);
  });

  test("seed 000, 3.1.1: a law article range and a date are not measures", () => {
    const r = parseLevel(
      "Нийтийн ил тод мэдээллийн байдлын тухай хуулийн 8 дугаар зүйлийн 8.2-8.6 дугаар заалтын дагуу 48 мэдээллийг вебсайт хуусанд бүрэн, үнэн, зөв байршуулсан ажлын тайланг ДАМГ-т 2024 оны 07 дугаар сарын 09, 12 дугаар сарын 15-ны өдрийн дотор хүргүүлнэ.",
    );
    expect(quantities(r)).toEqual([[48, "мэдээлэл", "count"]]);
  });

  test("seed 001, 1.3: years and a year range are left out", () => {
    const r = parseLevel(
      "2024 онд 1 удаа 2025 оны төсөл 2026-2028 оны төсөөллийн төслийг боловсруулсан.",
    );
    expect(quantities(r)).toEqual([[1, "удаа", "count"]]);
  });

  test("seed 001, 1.3 achieved: a deadline alone gives no quantity", () => {
    const r = parseLevel(
      "6 сарын 20-ний дотор боловсруулах ерөнхий нягтлан бодогчд гарган хүргүүлсэн.",
    );
    expect(r.kind).toBe("text");
    expect(r.quantities).toEqual([]);
  });

  test("order numbers, standards and numbered list markers are left out", () => {
    expect(parseLevel("НДЕГ-ын 2019 оны А/50 дугаар тушаалаар").quantities).toEqual([]);
    expect(parseLevel("ISO 37001:2016, ISO 9001:2015 стандарт").quantities).toEqual([]);
    expect(parseLevel("4-р байр эзэлсэн").quantities).toEqual([]);
    expect(
      parseLevel(
        "Төрийн албаны тухай хуулийн 37, 39 дүгээр зүйл, Авлигын эсрэг хуулийн 7,8 дугаар зүйл",
      ).quantities,
    ).toEqual([]);
    const listed = parseLevel("Тайлант хугацаанд: 1. Вэбсайтын буланд 694 санал хүсэлт");
    expect(quantities(listed)).toEqual([[694, "санал", "count"]]);
  });

  test("a numbered list of levels, one a line, reads its levels, not the item numbers", () => {
    // A row whose criterion cell lists «1. Сургалтын тоо», «2. Зөвлөгөөний тоо».
    const values = (text: string) => parseLevel(text).quantities.map((q) => q.value);
    expect(values("1. 100\n2. 4")).toEqual([100, 4]);
    expect(values("  1) 80\r\n  2) 3")).toEqual([80, 3]);
    expect(quantities(parseLevel("1. 100%\n2. 4 удаа"))).toEqual([
      [100, "%", "percent"],
      [4, "удаа", "count"],
    ]);
    // One line is no list: «2. 5» may be written so, and stays two numbers.
    expect(values("2. 5")).toEqual([2, 5]);
    // A decimal written without a space is no item number.
    expect(values("1.100\n2.4")).toEqual([1.1, 2.4]);
  });

  test("seed 000 text with the Latin D in Dүрэм: labelled counts", () => {
    const r = parseLevel("Үүнд: Журам-15, Зөвлөмж-6, Dүрэм-2, Заавар-1, Аргачлал-2");
    expect(r.quantities.map((q) => [q.value, q.unit])).toEqual([
      [15, "Журам"],
      [6, "Зөвлөмж"],
      [2, "Dүрэм"],
      [1, "Заавар"],
      [2, "Аргачлал"],
    ]);
  });

  test("a number written with a digit for a letter, (3XX), is not a number", () => {
    expect(parseLevel("(3XX) (Хариуцах тасаг, ажилтан)").quantities).toEqual([]);
  });

  test("HTML left from the conversion is ignored but positions stay true", () => {
    const text = "<p>2024 оны 2 боть баримтыг архивт хүлээлгэн өгсөн.</p>";
    const r = parseLevel(text);
    expect(quantities(r)).toEqual([[2, "боть", "count"]]);
    const q = r.quantities[0];
    expect(text.slice(q.start, q.start + q.source.length)).toBe(q.source);
  });
});

describe("parseLevel: numeric cells", () => {
  test("a fraction under a percent format reads as a percentage", () => {
    const r = parseLevel(0.63, { numberFormat: "0%" });
    expect(quantities(r)).toEqual([[63, "%", "percent"]]);
    expect(r.text).toBe("63%");
    expect(parseLevel(0.9994, { numberFormat: "0.00%" }).quantities[0].value).toBe(99.94);
  });

  test("a quoted % in the format is literal: the value is not scaled", () => {
    expect(quantities(parseLevel(63, { numberFormat: '0"%"' }))).toEqual([[63, "%", "percent"]]);
  });

  test("without a percent format the number is plain", () => {
    expect(quantities(parseLevel(5332.5, { numberFormat: "0.0" }))).toEqual([
      [5332.5, null, "number"],
    ]);
    expect(quantities(parseLevel(1141))).toEqual([[1141, null, "number"]]);
  });

  test("a non-finite number is empty", () => {
    expect(parseLevel(Number.NaN).kind).toBe("empty");
  });
});

describe("primaryQuantity", () => {
  test("seed 001, 1.2 achieved: the one after Нийт", () => {
    const r = parseLevel(
      "1 сард 251 2 сард 72 3 сард 69 4 сард 44 5 сард 55 6 сард 79 8 сард 68 9 сард 78 10 сард 89 11 сард 44\n\nНийт 939 даатгуулагчийг шинээр хамруулсан.",
    );
    expect(r.quantities.map((q) => q.value)).toEqual([
      251, 72, 69, 44, 55, 79, 68, 78, 89, 44, 939,
    ]);
    expect(primaryQuantity(r)?.value).toBe(939);
    expect(r.confidence).toBe("suggested");
  });

  test("seed 001, 2.1 achieved: the number in the target's unit (гэрээ), not the people", () => {
    const r = parseLevel(
      "1-12 сард гэрээний хугацаа дууссан 1445 гэрээг гэрээний хугацаа дууссаны дараагийн төлөлтийг шүүж гэрээг сунгаж ажиллав. Гэрээ сунгах тухай мэдээллийг 296 даатгуулагчдад мессэжээр, 512 даатгуулагчдад утсаар хүргэн ажилласан.",
    );
    expect(primaryQuantity(r, { preferUnit: "гэрээ" })?.value).toBe(1445);
    expect(primaryQuantity(r, { preferUnit: "иргэн" })?.value).toBe(296);
  });

  test("the target's unit outweighs a kind match (seed 001, 1.1: даатгуулагч, not гэрээ)", () => {
    const r = parseLevel("96 гэрээ байгуулж, нийт 2463 даатгуулагчийг хамруулсан.");
    const picked = primaryQuantity(r, { preferUnit: "даатгуулагч", preferKind: "count" });
    expect(picked?.value).toBe(2463);
  });

  test("a percentage is preferred when the target is a percentage", () => {
    const r = parseLevel(
      "Байгууллагын нээлттэй мэдээллийн ил тод байдлын тухай хуулийн дагуу 48 мэдээллийг 2023 оны байдлаар 59.5 хувьтай байршуулсан.",
    );
    expect(primaryQuantity(r, { preferKind: "percent" })?.value).toBe(59.5);
    expect(primaryQuantity(r, { preferUnit: "%" })?.value).toBe(59.5);
  });

  test("a quantity with a unit wins over a bare number", () => {
    expect(primaryQuantity(parseLevel("78 72,9%"))?.value).toBe(72.9);
  });

  test("nothing to pick gives null", () => {
    expect(primaryQuantity(parseLevel("Тухай бүр"))).toBeNull();
  });
});

describe("unitsCompatible", () => {
  const q = (cell: string) => parseLevel(cell).quantities[0];
  test("a percentage against a count is a mismatch", () => {
    expect(unitsCompatible(q("100%"), q("159 гэрээ"))).toBe(false);
  });
  test("money against a scaled bare number agrees", () => {
    expect(unitsCompatible(q("3.3 тэрбум"), q("5 тэрбум төгрөг"))).toBe(true);
  });
  test("people against people agree (иргэн, даатгуулагч)", () => {
    expect(unitsCompatible(q("240 иргэн"), q("939 даатгуулагч"))).toBe(true);
  });
  test("people against contracts do not", () => {
    expect(unitsCompatible(q("240 иргэн"), q("120 гэрээ"))).toBe(false);
  });
  test("money against a percentage does not", () => {
    expect(unitsCompatible(q("5 тэрбум төгрөг"), q("64%"))).toBe(false);
  });
});

describe("a counted noun is found as one shared reading", () => {
  it("gives the same unit, class and length each time, and nothing can change it", () => {
    const a = countedNounAt(["удаа"]);
    expect(a).toStrictEqual({ unit: "удаа", cls: "times", length: 1 });
    expect(countedNounAt(["удаагийн"])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(countedNounAt(["аж", "ахуйн", "нэгж"])).toStrictEqual({
      unit: "аж ахуйн нэгж",
      cls: "organisation",
      length: 3,
    });
  });
});
