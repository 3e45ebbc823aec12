import { checkText } from "../../src/core/checks/text";
import type { Finding, FindingCode } from "../../src/core/finding";
import { parseAddress } from "../../src/core/grid";
import type { CellValue, Grid } from "../../src/core/grid";

/**
 * Seed 000 (Khövsgöl aimag, half-year report 2024): every cell of the seed that holds a look-alike
 * letter or a template prompt, copied exactly from /work/shared/seeds/000_55d334389ea9578b.txt,
 * plus cells full of real Latin words (Sicos, CallPro, page, like, facebook, ANZAAR, admin) that
 * must stay unflagged. The address is the seed line and tab field: "F48" is line 48, field 6.
 */
const SEED000: Record<string, string> = {
  A16: "(гарын үсэг)",
  A20: ".....",
  A21: "(огноо)",
  A46: "1.1.1.",
  H46: "(3XX) (Хариуцах тасаг, ажилтан)",
  F48: "Dүрэм-2, Заавар-1, Аргачлал-2",
  H51: "(XXX) (Хариуцах тасаг, ажилтан)",
  G58: "тэтгэвэр, тэтгэмжийн баримт материалын үндэслэлийг хяналт тавьж, холбогдох хэлтэст шилжүүлж ажилласан байна. 2024 онд дотоодын хяналт шалгалтаар нийт 1 тэтгэвэр авагчтай холбоотой 14453.3 мянган төгрөгийн зөрчилд улсын байцаагчийн акт тогтоож 200,0 мянган төгрөгийг барагдуулж актын биелэлт 1,3 хувьтай байна. 2023 онд зогсоогдсон 519 тэтгэврийн хувийн хэргийг шалгаж газрын архивт шилжүүлсэн. Үүнээс: ΘН-186, ТА-115, ТД-18",
  A59: "3.2.2.",
  F59: "Холбогдох судалгаа, тооцоо, дүгнэлтэд үндэслэн Хилийн цэргийн анги, тусгай салгартай хамтарсан шалгالت хийж үр дүнг тооцож, цаашид авах арга хэмжээний санал боловсруулж ажиллах",
  H59: "(3XX)",
  H65: "(3XX) (Хариуцах тасаг,",
  G78: "(XXX) (Хариуцах масаг, ажилтан)",
  F80: "Газар, хэлтэс хооронд нийгмийн даатгалын шимтгэл төлөлтийн лавлагааг цахимаар солилцох ажлыг зохион байгуулж нийт 5 дүүрэг, 3 аймгийн цахим 33 хүсэлтийг хүлээн авч, лавлагаа гаргаж, тус газраас 5 дүүрэг, 7 аймагт лавлагaa авах 25 хүсэлтийг илгээж холбогдох лавлагааг хүлээн авч ажилласан. Нийгмийн даатгалын дэвтэр засвартай, хаяж үрэгдүүлсэн зэрэг шалтгаанаар тэтгэвэр, тэтгэмж, төлбөр олгохтой холбоотой цаасан суурьтай баримтаас 382 лавлагаа, QR кодтой 314 лавлагаа нийт 754 иргэнд нийгмийн даатгалын шимтгэл төлөлтийн лавлагаа олгож үйлчиллээ. Байцааг ажилтнуудаас хетлех хэргийн нэрийн жагсаалтын дагуу 2023 оны 261 баримтыг хадгаламжийн нэгж үүсгэн архивт хүлээн авсан.",
  G80: "(ЗХХ) (Хариуцах тасаг, ажилтан)",
  G88: "(3XX) (Хариуцах тасаг, ажилттан)",
  D91: 'харилцах журам" батлах тухай A/61 дүгээр тушаал, 2019.12.13-ны өдрийн "Нийгмийн даатгалын хэлтэс (тасаг)-ийн ажлын байр, үйлчилгээний орчны стандарт" батлах тухай A/194 дугаар тушаалын хэрэгжилтийг мөрдөж ажилласан байна',
  F96: 'Албан хаагчдын мэдлэг ур чадвар, хууль эрх зүйн мэдлэгийг дээшлүүлэх зорилгоор сцахимаар болон танхимаар сургалт зохион байгууллаа. Үүнд: НДЕГ-ын шинэ систем (Sicos)-ийн заавар сургалтыг цахимаар 8 удаа, НДГазраас сумдын байцаагч наарт цахим сургалтыг 6 удаа, аймгийн ЗДТГ, Авлигатай тэмцэх газар, Аймгийн Прокурорын газраас 4 удаагийн хууль эрх зүйн сургалтад хамрагдсан. НДГазрын дэргэдэх ёс зүйн дэд хороо нийт албан хаагчдад "Төрийн албан хаагчийн ёс зүйн тухай хууль", "Нийгмийн даатгалын байцаагчийн эрх, үүрэг" сургалтыг 22 байцаагчид танхимаар 2, болон цахимаар 1 удаа зохион байгуулсан. Мөн дуудлагын утасны үйлчилгээг нэвтрүүлж байгаа CallPro компаниас "Дуудлагын',
  G96: "(3XX) (Хариуцах тасаг, ажилтан)",
  C113: "Нийгмийн даатгалын багц хуулийн шинэчлэл, ач холбогдол, нийгмийн даатгалын үйлчилгээ, ажиллагаа, цаг үеийн мэдээллийг сурталчлах зорилгоор орон нутгийн хэвлэл мэдээллийн хэрэгслээр зохион байгуулсан арга хэмжээний тоо, төрөл, Нийгмийн сүлжээний хуудас (фэйсбууک)-д байршуулсан мэдээллийн тоо, хандалтын тоо. Бэлтгэсэн",
  F113: "НДГазрын үйл ажиллагаа, цаг үеийн мэдээ, мэдээллийг Хөвсгөл аймгийн НДГ page хуудсанд 46 удаа байршуулан 468 like, 92 comment, 338 share хийсэн хандалттайгаар иргэд даатуулагчдад сошиалаар хүргэж ажиллаа. Мөн орон нутгийн олон дагагчтай хувийн сайт болох ANZAAR сайттай хамтран мэдээ мэдээллийг олон нийтэд түгээж ажиллаж байна. НДЕГазраас хийсэн шторк, постер, Live, Video мэдээллийг хэлтсийн page хуудсаар болон байцаагч мэргэжилтнүүдийн facebook хуудсаар 338 удаа share хийлгэнээр 34200 иргэний хандалт авсан байна. Мөн 21 сумын байцаагч нар НДЕГ-ын бэлтгэн нийтэлсэн болон аймгийн НДГазрын нийтэлсэн постер, цаг үеийн мэдээ мэдээллийг сумын ЗДТГ-ын фэйж хуудас, сумдын зарын нэгдсэн групп, багийн иргэдийн нэгдсэн группууддэд түгээж ажилласан байна.",
  H120: "(3XX)",
  D125: "Програм хангамжуудыг зөв зохицой ашиглаж, аюулгүй байдлыг хангах MTT-өөс хүргүүлсэн албан бичгийн хариу, судалгааг цаг хугацаанд нь",
  F125: "Програм хангамжуудын эрхийн тохиргоог зөв хийх, байцаагч ажилтнууд програм хангамжуудыг зөв зохицой ашиглаж, аюулгүй байдлыг хангаж ажилласан байна. MTT-өөс зохион байгуулсан ажлын гүйцэтгэл, албан бичгийн хариу, судалгааг цаг",
  G125: "2024 онд Нийгмийн даатгалын үйлчилгээнд шинэ программ нэвтрүүлж системийн шинэчлэл хийгдсэн. Үүнтэй холбогдуулан мэдээллийн технологи хариуцсан мэргэжилтнүүдэд MTT-өөс admin эрхийг олгосны дагуу газрын болон сумын 41 байцаагчид Sicos программд нэвтрэх эрхийн тохиргоог албан үүргийнх нь хүрээнд тохируулж, хүн тус бурийн программд нэвтрэх нэр, нууц үгийг албаны и-мэйлээр нь илгээж баталгаажуулсан. Байцаагч нар",
  F127: "программ хангамжийг зөв зохистой ашиглаж, аюулгүй байдлыг хангахтай холбогдуулан газрын 21 албан хаагчдад арга зүйгээр хангаж ажилласан. МТТ-өөс зохион байгуулсан Sicos программын зааварчилгаатай холбоотой аж ахуйн нэгжийн судалгаа 2, тэтгэврийн 1, тэтгэмжийн 6 ажлын мэдээлэл, судалгааг цаг хугацаанд нь үнэн зөв гарган хүргүүлсэн. Программын шинэчлэлтэй холбоотой 12 заавар, чиглэлийг хэрэгжүүлж, албан хаагчдад тухай бүр мэдээлж ажилласан.",
};

/** A sparse grid holding the cells at their addresses; origin at the first row used. */
function gridOf(cells: Record<string, string>, sheet = "Биелэлт"): Grid {
  const positions = Object.entries(cells).map(([address, text]) => ({
    ...parseAddress(address)!,
    text,
  }));
  const top = Math.min(...positions.map((p) => p.row));
  const rows: CellValue[][] = [];
  for (const p of positions) {
    const r = p.row - top;
    while (rows.length <= r) rows.push([]);
    while (rows[r].length <= p.col) rows[r].push(null);
    rows[r][p.col] = p.text;
  }
  return { sheet, origin: { row: top, col: 0 }, cells: rows };
}

const grid = gridOf(SEED000);
/** The table's data rows start at line 46; the approval block above it may hold prompts. */
const dataCells = (row: number) => row >= 45;
const findings = checkText(grid, { placeholderCells: dataCells });

function byCell(code: FindingCode): Map<string, Finding> {
  return new Map(findings.filter((f) => f.code === code).map((f) => [f.cell, f]));
}

describe("seed 000: look-alike letters (TEXT-SCRIPT)", () => {
  const script = byCell("TEXT-SCRIPT");

  // Every look-alike in the seed, with the Cyrillic spelling the fix must write.
  const expected: [cell: string, wrong: string, right: string][] = [
    ["H46", "(3XX)", "(ЗХХ)"],
    ["F48", "Dүрэм", "Дүрэм"],
    ["G58", "ΘН-186", "ӨН-186"],
    ["F59", "шалгالت", "шалгалт"],
    ["H59", "(3XX)", "(ЗХХ)"],
    ["H65", "(3XX)", "(ЗХХ)"],
    ["F80", "лавлагaa", "лавлагаа"],
    ["G88", "(3XX)", "(ЗХХ)"],
    ["D91", "A/", "А/"],
    ["G96", "(3XX)", "(ЗХХ)"],
    ["C113", "(фэйсбууک)", "(фэйсбуук)"],
    ["H120", "(3XX)", "(ЗХХ)"],
    ["D125", "MTT-өөс", "МТТ-өөс"],
    ["F125", "MTT-өөс", "МТТ-өөс"],
    ["G125", "MTT-өөс", "МТТ-өөс"],
  ];

  it("flags exactly the cells with look-alikes, nothing else", () => {
    expect([...script.keys()].sort()).toEqual(expected.map(([cell]) => cell).sort());
  });

  it.each(expected)("%s: %s is fixed to %s, every other character kept", (cell, wrong, right) => {
    const f = script.get(cell)!;
    const text = SEED000[cell];
    expect(text).toContain(wrong);
    expect(f.severity).toBe("warning");
    expect(f.sheet).toBe("Биелэлт");
    expect(f.fix).toEqual({ cell, value: text.split(wrong).join(right) });
  });

  it("names the word, the letter and its script in both languages", () => {
    expect(script.get("F48")!.message).toEqual({
      mn: "«Dүрэм» үгэнд латин «D» үсэг орсон байна: «Дүрэм» гэж засна.",
      en: "The word «Dүрэм» contains the Latin letter «D»; fix: «Дүрэм».",
    });
    expect(script.get("G58")!.message.mn).toBe(
      "«ΘН» үгэнд грек «Θ» үсэг орсон байна: «ӨН» гэж засна.",
    );
    expect(script.get("F59")!.message.en).toBe(
      "The word «шалгالت» contains the Arabic letters «ا», «ل», «ت»; fix: «шалгалт».",
    );
    expect(script.get("C113")!.message.en).toBe(
      "The word «фэйсбууک» contains the Arabic letter «ک»; fix: «фэйсбуук».",
    );
    expect(script.get("H59")!.message.mn).toBe(
      "«3XX» үгэнд үсгийн оронд «3» тоо, латин «X» үсэг орсон байна: «ЗХХ» гэж засна.",
    );
    // A/61 and A/194 in one cell: named once, counted.
    expect(script.get("D91")!.message.en).toBe(
      "The word «A» contains the Latin letter «A» (2 times); fix: «А».",
    );
  });

  it("leaves the Latin product names and words of the seed alone", () => {
    for (const cell of ["F96", "F113", "F127"]) expect(script.has(cell)).toBe(false);
    expect(SEED000.F96).toContain("(Sicos)");
    expect(SEED000.F96).toContain("CallPro");
    expect(SEED000.F113).toContain("ANZAAR");
    // "МТТ-өөс" written in Cyrillic is correct.
    expect(SEED000.F127).toContain("МТТ-өөс");
  });

  it("does not read the template's Latin «(XXX)» as a Cyrillic word", () => {
    expect(script.has("H51")).toBe(false);
    expect(script.has("G78")).toBe(false);
  });
});

describe("seed 000: unfilled template prompts (TEXT-PLACEHOLDER)", () => {
  const prompts = byCell("TEXT-PLACEHOLDER");

  const expected: [cell: string, prompts: string[]][] = [
    ["H46", ["(Хариуцах тасаг, ажилтан)"]],
    ["H51", ["(Хариуцах тасаг, ажилтан)", "(XXX)"]],
    ["H59", ["(3XX)"]],
    ["H65", ["(Хариуцах тасаг,"]],
    ["G78", ["(Хариуцах масаг, ажилтан)", "(XXX)"]],
    ["G80", ["(Хариуцах тасаг, ажилтан)"]],
    ["G88", ["(Хариуцах тасаг, ажилттан)"]],
    ["G96", ["(Хариуцах тасаг, ажилтан)"]],
    ["H120", ["(3XX)"]],
  ];

  it("flags every prompt left in the data rows, and only there", () => {
    expect([...prompts.keys()].sort()).toEqual(expected.map(([cell]) => cell).sort());
  });

  it.each(expected)("%s names %j and says what to write, with no fix", (cell, named) => {
    const f = prompts.get(cell)!;
    expect(f.severity).toBe("warning");
    expect(f.fix).toBeUndefined();
    for (const p of named) {
      expect(f.message.mn).toContain(`«${p}»`);
      expect(f.message.en).toContain(`«${p}»`);
    }
  });

  it("tells the person to write the responsible unit and staff member", () => {
    expect(prompts.get("H46")!.message).toEqual({
      mn: "«(Хариуцах тасаг, ажилтан)» гэсэн загварын бичвэр бөглөгдөөгүй байна: оронд нь хариуцах нэгж, ажилтны нэрийг бичнэ.",
      en: "The template prompt «(Хариуцах тасаг, ажилтан)» was left unfilled; write the responsible unit and staff member instead.",
    });
  });

  it("keeps «(ЗХХ)» next to a prompt and «(тасаг)» inside a sentence", () => {
    expect(prompts.get("G80")!.message.mn).not.toContain("«(ЗХХ)»");
    expect(SEED000.D91).toContain("(тасаг)-ийн");
    expect(prompts.has("D91")).toBe(false);
  });

  it("allows the approval block's prompts outside the data rows", () => {
    for (const cell of ["A16", "A20", "A21"]) expect(prompts.has(cell)).toBe(false);
    const everywhere = checkText(grid).filter((f) => f.code === "TEXT-PLACEHOLDER");
    const cells = everywhere.map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["A16", "A20", "A21"]));
    expect(everywhere.find((f) => f.cell === "A21")!.message.en).toContain("write the date");
  });
});

describe("seed 000: addresses follow the grid origin", () => {
  it("moves every finding with the grid", () => {
    const shifted: Grid = {
      ...grid,
      origin: { row: grid.origin.row + 3, col: 2 },
    };
    const moved = checkText(shifted, { placeholderCells: dataCells });
    const shift = (cell: string) => {
      const p = parseAddress(cell)!;
      return `${String.fromCharCode(65 + p.col + 2)}${p.row + 1 + 3}`;
    };
    expect(moved.map((f) => `${f.code} ${f.cell}`).sort()).toEqual(
      findings.map((f) => `${f.code} ${shift(f.cell)}`).sort(),
    );
    const durem = moved.find((f) => f.code === "TEXT-SCRIPT" && f.message.en.includes("Dүрэм"))!;
    expect(durem.cell).toBe("H51");
    expect(durem.fix?.cell).toBe("H51");
  });
});
