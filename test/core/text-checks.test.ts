import { checkText, stripMarkup, PLACEHOLDER_PROMPTS } from "../../src/core/checks/text";
import type { Finding, FindingCode } from "../../src/core/finding";
import { cellAddress } from "../../src/core/grid";
import type { CellValue, Grid } from "../../src/core/grid";
import { seed002 } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";

/** A one-row grid from A1, a cell per text. */
function row(...texts: CellValue[]): Grid {
  return { sheet: "Хуудас1", origin: { row: 0, col: 0 }, cells: [texts] };
}

function only(code: FindingCode, grid: Grid, options?: Parameters<typeof checkText>[1]): Finding[] {
  return checkText(grid, options).filter((f) => f.code === code);
}

/** The TEXT-SCRIPT fix of a single text, or null when the text is not flagged. */
function scriptFix(text: string): string | null {
  const [f] = only("TEXT-SCRIPT", row(text));
  return f ? String(f.fix?.value) : null;
}

describe("TEXT-SCRIPT: look-alikes inside Mongolian words", () => {
  it.each([
    ["Dүрэм", "Дүрэм"],
    ["лавлагaa авах", "лавлагаа авах"],
    ["ΘН-186", "ӨН-186"],
    ["шалгالت хийж", "шалгалт хийж"],
    ["хуудас (фэйсбууک)", "хуудас (фэйсбуук)"],
    ["Ɵмнөх оны", "Өмнөх оны"],
    ["Ѳргөдөл гомдол", "Өргөдөл гомдол"],
    ["Єөрчлөлтгүй", "Өөрчлөлтгүй"],
    ["Yнэлгээ", "Үнэлгээ"],
    ["Їлдэгдэл", "Үлдэгдэл"],
    ["Vйлчилгээ", "Үйлчилгээ"],
    ["төлөвлөгöө", "төлөвлөгөө"],
    ["HДЕГ-ын", "НДЕГ-ын"],
    ["хэ3ээ", "хэзээ"],
    ["Т0ВЧ", "ТОВЧ"],
    ["3ХХ", "ЗХХ"],
    ["мэдээ (3XX) хүргүүлнэ", "мэдээ (ЗХХ) хүргүүлнэ"],
    ["MTT-өөс хүргүүлсэн", "МТТ-өөс хүргүүлсэн"],
    ["тухай A/61 дүгээр тушаал", "тухай А/61 дүгээр тушаал"],
  ])("%s → %s", (text, fixed) => {
    expect(scriptFix(text)).toBe(fixed);
  });

  it.each([
    "Нийгмийн даатгалын сангийн бүртгэлийг SICOS системээр тухай бүр үнэн зөв хөтлөх;",
    "Нийгмийн даатгалын байгууллагын бүртгэлийг GREENFINANCE системээр хөтлөх;",
    "Иргэд, даатгуулагчдад утсаар (CallPro) мэдээлэл зөвлөгөө өгөх",
    "FB хуудсаар мэдээлэл түгээсэн",
    "E-mail: undeg@ndaatgal.mn",
    "Вэб хуудас: http://www.ndaatgal.mn",
    "АО – 69 Иргэд, даат-ч - 500",
    "I-IV улирал",
    "II улирал",
    "II-IV улирал",
    "V. АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТЫН БАТАЛГААЖУУЛАЛТ",
    "III.АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА",
    "X-р анги",
    "TV-ээр сурталчилсан",
    "Wechat-аар 303, Viber-аар 716",
    "Zangia.mn-ний зар",
    "QR кодтой 314 лавлагаа",
    "3 удаа, 2024 онд 0257-р анги, 30 м3 талбай",
    "(МТТ) (НД-ын байцаагч нар)",
    "468 like, 92 comment, 338 share",
  ])("leaves %s alone", (text) => {
    expect(only("TEXT-SCRIPT", row(text))).toEqual([]);
  });

  it("takes a cell holding only «(3XX)» as Cyrillic in a Mongolian sheet, not in a Latin one", () => {
    const mongolian: Grid = {
      origin: { row: 0, col: 0 },
      cells: [
        ["Хариуцах нэгж", "Ахлах нягтлан бодогч"],
        ["(3XX)", null],
      ],
    };
    expect(only("TEXT-SCRIPT", mongolian).map((f) => f.fix?.value)).toEqual(["(ЗХХ)"]);
    const latin: Grid = {
      origin: { row: 0, col: 0 },
      cells: [
        ["Responsible unit", "Chief accountant"],
        ["(3XX)", null],
      ],
    };
    expect(only("TEXT-SCRIPT", latin)).toEqual([]);
  });

  it("makes one finding per cell naming each word, with one fix for the whole text", () => {
    const [f] = only("TEXT-SCRIPT", row("Dүрэм-2, Заавар-1, ΘН-186, лавлагaa"));
    expect(f.fix).toEqual({ cell: "A1", value: "Дүрэм-2, Заавар-1, ӨН-186, лавлагаа" });
    expect(f.message.mn).toBe(
      "«Dүрэм» үгэнд латин «D» үсэг орсон байна: «Дүрэм» гэж засна. " +
        "«ΘН» үгэнд грек «Θ» үсэг орсон байна: «ӨН» гэж засна. " +
        "«лавлагaa» үгэнд латин «a» үсэг орсон байна: «лавлагаа» гэж засна.",
    );
    expect(f.message.en).toContain(
      "The word «лавлагaa» contains the Latin letter «a»; fix: «лавлагаа».",
    );
  });

  it("does not touch HTML tag names while fixing the words around them", () => {
    const [f] = only("TEXT-SCRIPT", row('<p style="x">Dүрэм</p>&nbsp;<b>лавлагaa</b>'));
    expect(f.fix?.value).toBe('<p style="x">Дүрэм</p>&nbsp;<b>лавлагаа</b>');
  });
});

describe("TEXT-DAMAGED: seed 003's “□□рчл□лтг□й”", () => {
  const damagedCells: string[] = [];
  seed003.cells.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (typeof v === "string" && v.includes("□")) {
        damagedCells.push(cellAddress(seed003.origin.row + r, seed003.origin.col + c));
      }
    }),
  );

  it("flags every damaged cell of the seed as an error without a fix", () => {
    expect(damagedCells.length).toBe(2);
    const found = only("TEXT-DAMAGED", seed003);
    expect(found.map((f) => f.cell)).toEqual(damagedCells);
    for (const f of found) {
      expect(f.severity).toBe("error");
      expect(f.fix).toBeUndefined();
      expect(f.sheet).toBe(seed003.sheet);
    }
  });

  it("suggests the undamaged word printed next to it, in the message only", () => {
    const [f] = only("TEXT-DAMAGED", seed003);
    expect(f.message.mn).toContain("«□□рчл□лтг□й» → «Өөрчлөлтгүй»");
    expect(f.message.en).toBe(
      "«□□рчл□лтг□й» has 4 damaged characters from a conversion with the wrong encoding; type the " +
        "correct word. A neighbouring cell in the row has «Өөрчлөлтгүй»: probably «□□рчл□лтг□й» → «Өөрчлөлтгүй».",
    );
  });

  it("makes no suggestion when no neighbour has a word of that shape", () => {
    const [f] = only("TEXT-DAMAGED", row("Дүгнэлтийн хувь", "“□□рчл□лтг□й”", "“Сайн”"));
    expect(f.cell).toBe("B1");
    expect(f.message.en).not.toContain("probably");
    expect(f.message.mn).not.toContain("магадлалтай");
  });

  it("names a word repeated through a full cell once, and still finds it beside a full cell", () => {
    // Cells as long as Excel holds (32,767 characters); the fuzz test found this case slow.
    const damaged = "□□рчл□лтг□й Зорилт 1. ".repeat(1489).slice(0, 32_767);
    const intact = `${"Зорилт 1. ".repeat(3270)}Өөрчлөлтгүй`;
    const [f] = only("TEXT-DAMAGED", row(intact, damaged));
    const times = damaged.split("□□рчл□лтг□й").length - 1;
    expect(f.message.en).toBe(
      `«□□рчл□лтг□й» has ${4 * times} damaged characters from a conversion with the wrong ` +
        "encoding; type the correct word. A neighbouring cell in the row has «Өөрчлөлтгүй»: " +
        "probably «□□рчл□лтг□й» → «Өөрчлөлтгүй».",
    );
  });

  it("flags the replacement character U+FFFD and ignores a lone check box", () => {
    expect(only("TEXT-DAMAGED", row("заавар, зөвлөмжийн сан\uFFFD")).length).toBe(1);
    expect(only("TEXT-DAMAGED", row("\uFFFD")).length).toBe(1);
    expect(only("TEXT-DAMAGED", row("□ Тийм □ Үгүй"))).toEqual([]);
  });
});

describe("TEXT-MARKUP: HTML left from the conversion", () => {
  it("fixes paragraphs into lines and removes inline tags", () => {
    const text = "<p>Богино хэмжээний бичлэг хийж</p> <p><u>1 удаагийн</u> шууд бичлэг</p>";
    const [f] = only("TEXT-MARKUP", row(text));
    expect(f.severity).toBe("warning");
    expect(f.fix).toEqual({
      cell: "A1",
      value: "Богино хэмжээний бичлэг хийж\n1 удаагийн шууд бичлэг",
    });
    expect(f.message.en).toBe(
      "HTML markup left over from a conversion («<p>», «</p>», «<u>», «</u>»); fix: tags removed, paragraphs as line breaks.",
    );
  });

  it.each([
    ["мөр<br>мөр<br/>мөр", "мөр\nмөр\nмөр"],
    ["А&nbsp;Б &amp; В &lt;5&gt; &#1256;", "А Б & В <5> Ө"],
    ['<ul style="list-style-type: none"><li>1. Нэг</li><li>2. Хоёр</li></ul>', "1. Нэг\n2. Хоёр"],
    [
      "<table><tr><th>№</th><th>Нийт</th></tr><tr><td></td><td>20</td></tr></table>",
      "№\tНийт\n\t20",
    ],
    ["<i>Тайлбар</i>", "Тайлбар"],
  ])("%j → %j", (text, plain) => {
    expect(stripMarkup(text)).toBe(plain);
    expect(only("TEXT-MARKUP", row(text))[0].fix?.value).toBe(plain);
  });

  it.each(["x < 5 ба y > 3", "<Хариуцах нэгж>", "Нийт 5 < 10", "А & Б"])(
    "does not take %j for markup",
    (text) => {
      expect(only("TEXT-MARKUP", row(text))).toEqual([]);
    },
  );
});

describe("TEXT-PLACEHOLDER: template prompts left unfilled", () => {
  it.each([
    ["(Хариуцах тасаг, ажилтан)", "the responsible unit and staff member"],
    ["(ЗХХ)", "the responsible unit and staff member in full"],
    ["(XXX)", "the responsible unit"],
    ["(огноо)", "the date"],
    ["(гарын үсэг)", "the name of the person who signs"],
    ["(Байгууллагын нэр)", "the name of the organisation or unit"],
    ["(Нэгжийн нэр)", "the name of the organisation or unit"],
    ["(Овог, нэр)", "the person's name"],
    ["(Албан тушаал)", "the position"],
    ["(Батлах албан тушаалтны албан тушаал)", "the position"],
    ["(Он)", "the year"],
    ["(ЭХНИЙ ХАГАС ЖИЛИЙН / ЖИЛИЙН ЭЦСИЙН)", "the report period"],
    ["{org}", "the value the template asks for"],
    ["…", "the missing value"],
    [".....", "the missing value"],
    ["___", "the missing value"],
    ["2024 оны ..... сарын", "the missing value"],
    ["(...)", "the missing value"],
  ])("%s asks for %s", (text, what) => {
    const [f] = only("TEXT-PLACEHOLDER", row(text));
    expect(f.severity).toBe("warning");
    expect(f.fix).toBeUndefined();
    expect(f.message.en).toContain(`write ${what}`);
    expect(f.message.mn).toContain("загварын бичвэр бөглөгдөөгүй");
  });

  it.each([
    "(ЗХХ) Ахлах нягтлан бодогч",
    "(НД-ын байцаагч нар)",
    "байцаагч (ажилтан)-ийн үйлчилүүлэгчтэй",
    "Хандалтын тоо / фэйсбүүк/ (одоо байгаагаас нэмэгдүүлэх тоо)",
    "хүргүүлнэ...",
    "ямар юуны,,,,, арга зүйн",
    "1.1.1.",
    "Хугацаа /I-IV улирал/",
  ])("leaves %s alone", (text) => {
    expect(only("TEXT-PLACEHOLDER", row(text))).toEqual([]);
  });

  it("checks prompts only in the cells the predicate calls data", () => {
    const grid: Grid = {
      origin: { row: 10, col: 1 },
      cells: [
        ["(огноо)", "(гарын үсэг)"],
        ["3.1.", "(огноо)"],
      ],
    };
    const dataRows = (r: number) => r >= 11;
    expect(
      only("TEXT-PLACEHOLDER", grid, { placeholderCells: dataRows }).map((f) => f.cell),
    ).toEqual(["C12"]);
    expect(only("TEXT-PLACEHOLDER", grid).map((f) => f.cell)).toEqual(["B11", "C11", "C12"]);
  });

  it("has a description for every prompt pattern", () => {
    for (const p of PLACEHOLDER_PROMPTS) {
      expect(p.write.mn).toMatch(/[А-Яа-яӨөҮү]/);
      expect(p.write.en).toMatch(/^the /);
    }
  });
});

describe("checkText over a grid", () => {
  it("reports real sheet addresses and the sheet name", () => {
    const grid: Grid = {
      sheet: "Тайлан",
      origin: { row: 4, col: 2 },
      cells: [
        [null, "Зорилт"],
        [null, null, null, "Dүрэм"],
      ],
    };
    const [f] = checkText(grid);
    expect(f).toMatchObject({ code: "TEXT-SCRIPT", cell: "F6", sheet: "Тайлан" });
    expect(f.fix).toEqual({ cell: "F6", value: "Дүрэм" });
  });

  it("reads only text cells, and only those the cell predicate allows", () => {
    const grid: Grid = {
      origin: { row: 0, col: 0 },
      cells: [[42, true, null, "Dүрэм", "<p>Нэг</p>"]],
    };
    expect(checkText(grid).map((f) => `${f.code} ${f.cell}`)).toEqual([
      "TEXT-SCRIPT D1",
      "TEXT-MARKUP E1",
    ]);
    const onlyE = (_r: number, c: number) => c === 4;
    expect(checkText(grid, { cells: onlyE }).map((f) => f.cell)).toEqual(["E1"]);
  });

  it("finds no look-alikes in the transcribed seeds 002 and 003", () => {
    expect(only("TEXT-SCRIPT", seed002)).toEqual([]);
    expect(only("TEXT-SCRIPT", seed003)).toEqual([]);
  });

  it("returns nothing for a grid without rows", () => {
    expect(checkText({ origin: { row: 0, col: 0 }, cells: [] })).toEqual([]);
    expect(checkText({ origin: { row: 0, col: 0 }, cells: null } as unknown as Grid)).toEqual([]);
  });
});
