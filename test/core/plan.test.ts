import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { measuresOf, objectivesOf, type Plan } from "../../src/core/plan/model";
import { readPlan } from "../../src/core/plan/read";

function sheet(cells: CellValue[][], merges: Merge[] = [], extra: Partial<Grid> = {}): Grid {
  return { sheet: "Хуудас1", origin: { row: 0, col: 0 }, cells, merges, ...extra };
}

function read(grid: Grid): Plan {
  const result = readPlan(grid);
  if (!result.ok) throw new Error(result.reason.en);
  return result.plan;
}

/** A row merged across columns A..right (a section heading spanning the table). */
const across = (row: number, right = 7): Merge => ({ top: row, left: 0, bottom: row, right });

const ORG_HEADER = [
  "Д/д",
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хугацаа I-IV улирал/",
  "Хариуцах нэгж",
];

describe("readPlan: organisation plan (shaped like seed 003)", () => {
  const cells: CellValue[][] = [
    /* 0 */ [null, "Төлөвлөгөө баталсан:", null, null, null, "Төлөвлөгөөг боловсруулсан:"],
    /* 1 */ [null, "Б.БАТЖАРГАЛ", null, null, null, "Б.БАЯРТУЯА"],
    /* 2 */ ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН\n2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
    /* 3 */ ORG_HEADER,
    /* 4 */ ["1", "2", "3", "4", "5", "6", "7", "8"],
    /* 5 */ ["Стратегийн төлөвлөгөөний зорилго 1: Бодлогын хэрэгжилтийг зохион байгуулах;"],
    /* 6 */ ["Зорилт 1. Нийгмийн даатгалын хууль тогтоомжийн хэрэгжилтийг хангуулах,"],
    /* 7 */ [
      "1.1.",
      "Багц хуулийн хэрэгжилтийг зохион байгуулах;",
      "-",
      "Хэрэгжүүлэх арга хэмжээний тоо",
      6,
      6,
      "I-IV улирал",
      "Байгууллага",
    ],
    /* 8 */ [
      "1.4.",
      "Хамралтын төлөвлөгөөг хэрэгжүүлэх;",
      "-",
      "Албан журмын даатгуулагчдын тоо, хувь",
      "1,081 110,3%",
      "1,141 100%",
      "I-IV улирал",
      "Байцаагч",
    ],
    /* 9 */ [
      null,
      null,
      null,
      "Сайн дурын даатгалд хамрагдагсдын тоо, хувь",
      "78 72,9%",
      "120 100%",
      null,
      null,
    ],
    /* 10 */ [null, null, null, "Малчдын хамралтын тоо, хувь", "17 68,0%", "31 100%", null, null],
    /* 11 */ [
      "Стратегийн төлөвлөгөөний зорилго 2: Сангийн зарлагын гүйцэтгэлийг хангах, тэтгэвэр, тэтгэмж,",
    ],
    /* 12 */ [],
    /* 13 */ ["хөнгөлөлт, чөлөөлөлтийг хуулиар тогтоосон хугацаанд олгох;"],
    /* 14 */ [
      "Зорилт 3. Сангийн орлогыг бүрдүүлэх;",
      null,
      null,
      "Хэрэгжүүлэх арга хэмжээний тоо",
      2,
      2,
      "I-IV улирал",
      "НДГ",
    ],
    /* 15 */ [
      "3.1.",
      "Төсвийн зардлыг хянах",
      "-",
      "Төсвийн зардлыг хэтрүүлээгүй байна.",
      "9.7 тэрбум",
      "10.6 тэрбум",
      "I-IV улирал",
      "Нягтлан бодогч",
    ],
    /* 16 */ [
      "3.2.",
      "Мэдээ гаргах",
      "-",
      "Мэдээлсэн тоо",
      12,
      12,
      "I-IV улирал",
      "Нягтлан бодогч",
    ],
    /* 17 */ [
      "Зорилт 6. Хяналт шалгалтыг сайжруулах;",
      null,
      null,
      "Хэрэгжүүлэх арга хэмжээний тоо",
      17,
      17,
      "I-IV улирал",
      "НДГ",
    ],
    /* 18 */ ["Зорилт 6.1. Багц хуулийн хэрэгжилтэд хяналт тавих;"],
    /* 19 */ [
      "6.1.1.",
      "Хяналт шалгалт хийх",
      null,
      "Шалгасан ААНБ-ын тоо",
      1,
      10,
      "I-IV улирал",
      "Байцаагч",
    ],
    /* 20 */ [null, null, null, "Сайн дураар даатгуулагчийн тоо", "-", 1, null, null],
    /* 21 */ [
      "6.3.1",
      "Шимтгэлийн хуримтлалыг бууруулах",
      null,
      "ААНБ-ын тоо",
      18,
      18,
      "I-IV улирал",
      "Байцаагч",
    ],
    /* 22 */ ["Стратегийн төлөвлөгөөний зорилго 3: Үйлчилгээг боловсронгуй болгох;"],
    /* 23 */ ["Зорилт 7. Үйлчилгээг чанартай үзүүлэх, нийгмийн даатгалын"],
    /* 24 */ [null, null, null, "Хэрэгжүүлэх арга хэмжээний тоо", 23, 23, "I-IV улирал", "НДГ"],
    /* 25 */ ["маркетингийг боловсронгуй болгох;"],
    /* 26 */ [
      "7.1.",
      "Сэтгэл ханамжийн судалгаа авах;",
      null,
      "Судалгааны тоо",
      "-",
      4,
      "I-IV улирал",
      "Байцаагч",
    ],
    /* 27 */ [null, null, null, "Саналын тоо", "-", 4, null, null],
    /* 28 */ [],
    /* 29 */ ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ"],
    /* 30 */ [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      null,
      "Эхлэх хугацаа",
      "Дуусах хугацаа",
    ],
    /* 31 */ [null, null, null, null, "Эхний хагас жил", "Сүүлийн хагас жил", null, null],
    /* 32 */ [null, 1, 2, 3, 4, 5, 6, 7],
    /* 33 */ [
      "1",
      "Жендэрийн цахим сургалтад хамрагдах",
      "Сургалт хамрагдсан байдал",
      "-",
      "-",
      100,
      "2026.01.01",
      "2026.12.31",
    ],
    /* 34 */ [
      "2",
      "Хүний эрхийн сургалтад хамрагдах",
      "Сургалтад хамрагдсан байдал",
      "-",
      "-",
      100,
      "2026.01.01",
      "2026.12.31",
    ],
  ];
  const merges = [
    across(5),
    across(6),
    across(11),
    across(13),
    { top: 14, left: 0, bottom: 14, right: 2 },
    { top: 17, left: 0, bottom: 17, right: 2 },
    across(18),
    across(22),
    { top: 23, left: 0, bottom: 23, right: 2 },
    // 1.4's timeline and responsible unit are merged over its three criterion rows.
    { top: 8, left: 6, bottom: 10, right: 6 },
    { top: 8, left: 7, bottom: 10, right: 7 },
    { top: 30, left: 4, bottom: 30, right: 5 },
  ];
  const numberFormats: (string | null)[][] = [];
  numberFormats[16] = [null, null, null, null, "0", "0"];
  const plan = read(sheet(cells, merges, { numberFormats }));

  it("reads the strategic goals and their objectives", () => {
    expect(plan.template).toBe("org-plan");
    expect(plan.sheet).toBe("Хуудас1");
    expect(plan.title?.row).toBe(2);
    expect(plan.goals.map((g) => g.label)).toEqual([
      "Стратегийн төлөвлөгөөний зорилго 1:",
      "Стратегийн төлөвлөгөөний зорилго 2:",
      "Стратегийн төлөвлөгөөний зорилго 3:",
      "",
    ]);
    expect(plan.goals.map((g) => g.objectives.map((o) => o.label))).toEqual([
      ["Зорилт 1."],
      ["Зорилт 3.", "Зорилт 6.", "Зорилт 6.1."],
      ["Зорилт 7."],
      ["Хоёр."],
    ]);
    expect(objectivesOf(plan).map((o) => o.number)).toEqual(["1", "3", "6", "6.1", "7", undefined]);
  });

  it("reads activities with their continuation criterion rows", () => {
    const measures = measuresOf(plan);
    expect(measures.map((m) => m.number.value)).toEqual([
      "1.1.",
      "1.4.",
      "3.1.",
      "3.2.",
      "6.1.1.",
      "6.3.1",
      "7.1.",
      "1",
      "2",
    ]);
    const m14 = measures[1];
    expect(m14.criteria.map((c) => c.text.value)).toEqual([
      "Албан журмын даатгуулагчдын тоо, хувь",
      "Сайн дурын даатгалд хамрагдагсдын тоо, хувь",
      "Малчдын хамралтын тоо, хувь",
    ]);
    expect(m14.criteria.map((c) => c.baseline.value)).toEqual([
      "1,081 110,3%",
      "78 72,9%",
      "17 68,0%",
    ]);
    expect(m14.rows).toEqual({ top: 8, bottom: 10 });
    expect(m14.budget?.value).toBe("-");
  });

  it("points criterion rows under a merged cell to the merged value", () => {
    const [, second] = measuresOf(plan)[1].criteria;
    expect(second.responsible).toEqual({
      row: 8,
      col: 7,
      value: "Байцаагч",
      mergedRows: { top: 8, bottom: 10 },
    });
    expect(second.timeline?.value).toBe("I-IV улирал");
  });

  it("keeps number formats on the cells", () => {
    const m32 = measuresOf(plan)[3];
    expect(m32.criteria[0].target).toMatchObject({ row: 16, col: 5, value: 12, numberFormat: "0" });
    expect(m32.criteria[0].text.numberFormat).toBeNull();
  });

  it("takes 'Хэрэгжүүлэх арга хэмжээний тоо' as the objective's declared count, not a measure", () => {
    const [o1, o3, o6, o61, o7] = objectivesOf(plan);
    expect(o1.declaredCount).toBeUndefined(); // 1.1 carries it on an activity row: a measure
    expect(o3.declaredCount).toMatchObject({
      row: 14,
      baseline: { value: 2 },
      target: { value: 2 },
    });
    expect(o6.declaredCount?.target.value).toBe(17);
    expect(o6.measures).toHaveLength(0);
    expect(o61.declaredCount).toBeUndefined();
    // Зорилт 7 prints its count on the row under its heading.
    expect(o7.declaredCount).toMatchObject({ row: 24, text: { col: 3 }, target: { value: 23 } });
    expect(o7.measures.map((m) => m.criteria.length)).toEqual([2]);
  });

  it("attaches page-break continuations to the row above without new entries", () => {
    expect(plan.stray).toEqual([]);
    expect(plan.goals[1].objectives[0].label).toBe("Зорилт 3.");
    expect(
      objectivesOf(plan).every((o) => o.text.value !== "маркетингийг боловсронгуй болгох;"),
    ).toBe(true);
  });

  it("reads part two with its half-year targets", () => {
    const partTwo = objectivesOf(plan).filter((o) => o.part === 2);
    expect(partTwo).toHaveLength(1);
    expect(partTwo[0].text).toMatchObject({ row: 29, col: 0 });
    expect(objectivesOf(plan).filter((o) => o.part === 1)).toHaveLength(5);
    const [first] = partTwo[0].measures;
    expect(first.criteria[0]).toMatchObject({
      text: { value: "Сургалт хамрагдсан байдал" },
      baseline: { value: "-" },
      targetH1: { value: "-" },
      targetH2: { value: 100 },
      target: { col: 5, value: 100 },
      start: { value: "2026.01.01" },
      end: { value: "2026.12.31" },
    });
    expect(plan.tables?.map((t) => t.part)).toEqual([1, 2]);
  });
});

describe("readPlan: organisation report (shaped like seed 000)", () => {
  const header = [
    ...ORG_HEADER.slice(0, 6),
    "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
    "Гүйцэтгэлийн хувь",
  ];
  const cells: CellValue[][] = [
    /* 0 */ ["ХЭЛТСИЙН ДАРГЫН 2024 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ"],
    /* 1 */ header,
    /* 2 */ [1, 2, 3, 4, 5, 6, 7, 8],
    /* 3 */ ["Нэг. Бодлогын баримт бичигт тусгагдсан зорилт."],
    /* 4 */ ["Нийгмийн даатгалын талаар төрөөс баримтлах бодлогын хэрэгжилтийг хангуулах"],
    /* 5 */ [
      "1.1.1.",
      "Багц хуулийн хэрэгжилтийг зохион байгуулах",
      "Шаардлагагүй",
      "Хэрэгжүүлсэн дүрэм, журам",
      "Хуулийн хүрээнд",
      "Дээд газраас ирүүлсэн",
      "Дүрэм-2, Заавар-1,",
      1,
    ],
    /* 6 */ [],
    /* 7 */ [null, null, null, null, null, null, "аргачлал-3 хэрэгжүүлсэн.", null],
    /* 8 */ ["Гурав. Хуулиар олгосон нийтлэг чиг үүргийг хэрэгжүүлэх зорилт"],
    /* 9 */ ["Нийгмийн даатгалын бодлогын баримт бичиг, хууль тогтоомжийн биелэлтэд хяналт хийх"],
    /* 10 */ [
      "3.1.1.",
      "Нээлттэй байдлыг хангах",
      "-",
      "Нийтийн ил тод мэдээлэл",
      "Хуулийн дагуу",
      "Мэдээлэл байршуулах",
      "Байршуулсан",
      1,
    ],
    /* 11 */ [
      "3.1.2.",
      "Шилэн дансны хуулийг хэрэгжүүлэх",
      "-",
      "Шилэн данс",
      "5 сая",
      "Байршуулах",
      "Байршуулсан",
      1,
    ],
    /* 12 */ ["Нийгмийн даатгалын тухай хууль тогтоомжийн хэрэгжилтэд хяналт шалгалт хийх"],
    /* 13 */ [
      "3.2.1.",
      "Хяналт шалгалт хийх",
      "Шаардлагагүй",
      "Илэрсэн зөрчил",
      "Тухай бүр",
      "Барагдуулах",
      "Барагдуулсан",
      0.9,
    ],
    /* 14 */ ["№", "Зохион байгуулсан газар", "Сургалтын тоо", "Байцаагчийн тоо"],
    /* 15 */ ["1", "НДЕГазар", 8, 144],
    /* 16 */ ["2", "НДГ", 7, 104],
    /* 17 */ [null, "Нийт", 15, 248],
    /* 18 */ ["3.2.6", "Дотоодын хяналт шалгалт", null, "Шалгалтын тоо", 2, 2, "2 удаа", 1],
    /* 19 */ [],
    /* 20 */ [null, "ЗАХИРГАА, ХЯНАЛТЫН ХЭЛТЭС"],
  ];
  const plan = read(sheet(cells, [across(3), across(4), across(8), across(9), across(12)]));

  it("reads ordinal headings as goals and the text rows under them as objectives", () => {
    expect(plan.template).toBe("org-report");
    expect(plan.goals.map((g) => g.label)).toEqual(["Нэг.", "Гурав."]);
    const objectives = objectivesOf(plan);
    expect(objectives.map((o) => [o.row, o.label, o.number])).toEqual([
      [4, "", "1.1"],
      [9, "", "3.1"],
      [12, "", "3.2"],
    ]);
    expect(objectives[0].text.value).toBe(cells[4][0]);
  });

  it("reads each activity once: pasted tables and continued cells add nothing", () => {
    expect(measuresOf(plan).map((m) => m.number.value)).toEqual([
      "1.1.1.",
      "3.1.1.",
      "3.1.2.",
      "3.2.1.",
      "3.2.6",
    ]);
    const [first] = measuresOf(plan);
    expect(first.criteria).toHaveLength(1);
    expect(first.rows).toEqual({ top: 5, bottom: 7 });
    expect(first.criteria[0]).toMatchObject({
      achieved: { col: 6, value: "Дүрэм-2, Заавар-1," },
      fulfilment: { col: 7, value: 1 },
    });
    expect(measuresOf(plan)[3].rows).toEqual({ top: 13, bottom: 17 });
  });

  it("finds the report's title", () => {
    expect(plan.title?.value).toBe(cells[0][0]);
  });
});

describe("readPlan: individual report (shaped like seed 001)", () => {
  const top = [
    "Д/д",
    "Зорилтыг хэрэгжүүлэх арга хэмжээ",
    "Шалгуур үзүүлэлт",
    "Гүйцэтгэлийн түвшин",
    null,
    null,
    null,
    null,
  ];
  const sub = [
    null,
    null,
    null,
    "Суурь түвшин",
    "Хүрэх түвшин",
    "Хүрсэн түвшин (биелэлт)",
    "Эхэлсэн, дууссан хугацаа",
    "Биелэл тийн хувь",
  ];
  const numbers = [null, null, null, 1, 2, 3, 4, 5];
  const cells: CellValue[][] = [
    /* 0 */ ["ХАМРАЛТ ОРЛОГЫН ХЭЛТСИЙН БАЙЦААГЧИЙН 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ"],
    /* 1 */ ["Нэг. Гүйцэтгэлийн зорилт, арга хэмжээний биелэлт"],
    /* 2 */ top,
    /* 3 */ sub,
    /* 4 */ numbers,
    /* 5 */ ["Зорилт НЭГ. “БОДЛОГЫН БАРИМТ БИЧИГТ ТУСГАГДСАН ЗОРИЛТ”"],
    /* 6 */ [
      "1.",
      "<u>Арга хэмжээ 1.1</u> Сайн дурын даатгалд хамруулах",
      "Хамрагдсан даатгуулагчийн тоо",
      "3798 даатгуулагч",
      "240 иргэн",
      "Нийт 939 даатгуулагч",
      12,
      "100%",
    ],
    /* 7 */ [
      "2.",
      "<u>Арга хэмжээ 1.2.</u> Гэрээ сунгах",
      "Сунгасан гэрээний тоо",
      1753,
      "Гэрээг сунгах",
      "1820 гэрээ",
      12,
      "100%",
    ],
    /* 8 */ ["ХОЁР. “ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР, ХҮРТЭЭМЖИЙГ САЙЖРУУЛАХ ЗОРИЛТ”"],
    /* 9 */ [
      "3.",
      "Арга хэмжээ 2.3. Орлогын төлөвлөгөө биелүүлэх",
      "Орлогын төлөвлөгөө",
      "3.3 тэрбум",
      "5 тэрбум",
      "3.2 тэрбум",
      12,
      "63%",
    ],
    /* 10 */ [],
    /* 11 */ [null, null, "тавьж засуулсан гэрээ", null, null, "үүсгэсэн хүсэлт", null, null],
    /* 12 */ [],
    /* 13 */ ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт"],
    /* 14 */ top,
    /* 15 */ sub,
    /* 16 */ numbers,
    /* 17 */ [
      "1.",
      "Монгол бичгээр унших, бичих",
      "Сургалтад хамрагдсан байдал",
      "Анхан шат",
      "Дунд шат",
      "Хамрагдсан",
      12,
      "100%",
    ],
    /* 18 */ [
      "2.",
      "Бүтээмжтэй ажиллах нь сургалт",
      "Сургалтад хамрагдсан байдал",
      "-",
      "Сертификат",
      "Сертификат авсан",
      12,
      "100%",
    ],
    /* 19 */ [],
    /* 20 */ ["ТАЙЛАН БИЧСЭН:"],
    /* 21 */ ["Сайн дурын даатгал хариуцсан байцаагч /Ч.Очирбат/"],
    /* 22 */ ["3.", "Арга хэмжээ 9.9 Гарын үсгийн доор бичсэн мөр", "Шалгуур", 1, 2, 3, 12, "100%"],
    /* 23 */ ["ХЯНАН БАТАЛГААЖУУЛСАН:"],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 7 },
    { top: 14, left: 3, bottom: 14, right: 7 },
  ];
  const plan = read(sheet(cells, merges));

  it("reads 'Зорилт НЭГ.' and 'ХОЁР.' as objectives of part one", () => {
    expect(plan.template).toBe("individual-report");
    const objectives = objectivesOf(plan);
    expect(objectives.map((o) => [o.label, o.number, o.part])).toEqual([
      ["Зорилт НЭГ.", "1", 1],
      ["ХОЁР.", "2", 1],
      ["Хоёр.", undefined, 2],
    ]);
  });

  it("keeps the 'Арга хэмжээ 2.3' label written in the activity text", () => {
    const measures = measuresOf(plan);
    expect(measures.map((m) => m.label)).toEqual([
      "Арга хэмжээ 1.1",
      "Арга хэмжээ 1.2.",
      "Арга хэмжээ 2.3.",
      undefined,
      undefined,
    ]);
    expect(measures[2].criteria).toHaveLength(1);
    expect(measures[2].criteria[0].fulfilment?.value).toBe("63%");
    expect(measures[2].rows.bottom).toBe(11);
  });

  it("puts part two's activities under the part heading", () => {
    const partTwo = objectivesOf(plan).filter((o) => o.part === 2);
    expect(partTwo[0].text).toMatchObject({ row: 13, col: 0 });
    expect(partTwo[0].measures.map((m) => m.number.value)).toEqual(["1.", "2."]);
  });

  it("stops the table at the signature block", () => {
    expect(plan.stray).toEqual([20, 21, 22, 23]);
    expect(measuresOf(plan)).toHaveLength(5);
  });
});

describe("readPlan: anti-corruption report (shaped like seed 002)", () => {
  const cells: CellValue[][] = [
    /* 0 */ [
      "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд НДЕГ-ын 2019 онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
    ],
    /* 1 */ [
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ],
    /* 2 */ [
      "1",
      "Төрийн үйлчилгээний нээлттэй байдлыг хангах",
      "<p>Сэтгэл ханамжийг үнэлэх</p>",
      "<p>Санал боловсруулсан байна</p>",
      "<p>3 удаа судалгаа авсан</p>",
      "100",
    ],
    /* 3 */ [
      null,
      null,
      "<p>Архивын ерөнхий газартай мэдээлэл солилцох</p>",
      "<p>Хамтран ажилласан байна</p>",
      "<p>Хамтран ажилласан</p>",
      null,
    ],
    /* 4 */ [
      null,
      null,
      "<p>Лавлагааг цахимаар олгох</p>",
      "<p>Цахимжсан байна</p>",
      "<p>Олгосон</p>",
      null,
    ],
    /* 5 */ [
      "2",
      "Өргөдөл, гомдлыг ил тод шийдвэрлэх",
      "Цахим үйлчилгээг сайжруулах",
      "Сайжирсан байна",
      "Иргэд хандсан",
      "100",
    ],
    /* 6 */ [
      "5",
      "Төрийн үйлчилгээг иргэнд цахим хэлбэрээр хүргэх",
      "Тайланг тоон гарын үсгээр хүлээн авах",
      "Ирүүлэх боломж бүрдэнэ",
      "Хүлээн авч байна",
      "97.9",
    ],
    /* 7 */ [
      null,
      "<p>тогтолцоог бүрдүүлэн бэхжүүлэх</p>",
      "<p>хүлээн авах ажлыг өргөжүүлэх</p>",
      null,
      "<p>өргөтгөл хийсэн</p>",
      null,
    ],
    /* 8 */ [
      null,
      null,
      "<p>Өгөгдлийн санг нэгтгэх</p>",
      "<p>Мэдээллээр хангасан байна</p>",
      "<p>Нэгтгэсэн</p>",
      null,
    ],
    /* 9 */ ["<b>Дундаж үнэлгээ</b>", null, null, null, null, "<b>98.2</b>"],
    /* 10 */ [],
    /* 11 */ ["Үнэлгээг баталгаажуулсан: Дотоод аудит, мониторингийн газрын дарга"],
    /* 12 */ ["Ц.Алтангэрэл"],
    /* 13 */ ["Биелэлт нэгтгэсэн: Тамгын газрын ахлах мэргэжилтэн"],
  ];
  const merges = [
    { top: 2, left: 5, bottom: 4, right: 5 },
    { top: 2, left: 1, bottom: 4, right: 1 },
    { top: 6, left: 5, bottom: 8, right: 5 },
  ];
  const plan = read(sheet(cells, merges));
  const objectives = objectivesOf(plan);

  it("reads each numbered programme item as an objective and each measure text as a measure", () => {
    expect(plan.template).toBe("anticorruption-report");
    expect(objectives.map((o) => [o.number, o.measures.length])).toEqual([
      ["1", 3],
      ["2", 1],
      ["5", 2],
    ]);
    expect(measuresOf(plan).map((m) => m.assignedNumber)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "5.1",
      "5.2",
    ]);
    expect(objectives[2].measures[0].rows).toEqual({ top: 6, bottom: 7 });
  });

  it("gives a rating merged over an item's rows to the item and every measure in it", () => {
    const [item1, item2] = objectives;
    expect(item1.rating).toMatchObject({
      row: 2,
      col: 5,
      value: "100",
      mergedRows: { top: 2, bottom: 4 },
    });
    expect(item1.measures.map((m) => m.rating?.row)).toEqual([2, 2, 2]);
    expect(item2.rating).toBeUndefined();
    expect(item2.measures[0].rating).toMatchObject({ row: 5, col: 5, value: "100" });
    expect(objectives[2].rating?.value).toBe("97.9");
  });

  it("reads the measure's Биелэлт and target statement", () => {
    const measure = objectives[0].measures[1];
    expect(measure.achieved?.value).toBe("<p>Хамтран ажилласан</p>");
    expect(measure.criteria[0].target.value).toBe("<p>Хамтран ажилласан байна</p>");
    expect(measure.criteria[0].baseline).toMatchObject({ value: null, absent: true });
  });

  it("reads the average rating row and leaves the sign-off out of the table", () => {
    expect(plan.totals).toEqual([
      {
        row: 9,
        label: { row: 9, col: 0, value: "<b>Дундаж үнэлгээ</b>" },
        value: { row: 9, col: 5, value: "<b>98.2</b>" },
      },
    ]);
    expect(plan.stray).toEqual([11, 12, 13]);
  });
});

describe("readPlan: job description (shaped like seed 004)", () => {
  const cells: CellValue[][] = [
    /* 0 */ ["АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ"],
    /* 1 */ ["Албан тушаалын зорилт:"],
    /* 2 */ [
      "Зорилт",
      "Албан тушаалын гүйцэтгэх чиг үүрэг",
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Хариуцлага, оролцооны хэлбэр",
    ],
    /* 3 */ [
      "1 дүгээр зорилтын хүрээнд",
      "1. Бүтээгдэхүүний стандартыг боловсруулах;",
      "Судалгаа хийж, санал боловсруулсан байх",
      "Х, Ш",
    ],
    /* 4 */ [null, "2. Стандартыг мөрдүүлэх;", "Шинээр батлагдсан стандарт", "Х, Ш"],
    /* 5 */ [
      "2 дугаар зорилтын хүрээнд",
      "1. Сэтгэл ханамжийн судалгааг зохион байгуулах",
      "Санал боловсруулсан байх",
      "Х, Ш",
    ],
    /* 6 */ [
      null,
      "2. Маркетингийн шинэ аргыг нэвтрүүлж,",
      "Шинэ үйлчилгээ нэвтэрсэн байх",
      "Г,Х,Ш",
    ],
    /* 7 */ [null, "шийдвэрлүүлэх;", null, null],
    /* 8 */ ["III.АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА"],
    /* 9 */ ["Боловсрол", "Бакалавр"],
  ];
  const plan = read(sheet(cells, [{ top: 3, left: 0, bottom: 4, right: 0 }]));

  it("reads objectives and their functions", () => {
    expect(plan.template).toBe("job-description");
    expect(objectivesOf(plan).map((o) => [o.label, o.number, o.measures.length])).toEqual([
      ["1 дүгээр зорилтын хүрээнд", "1", 2],
      ["2 дугаар зорилтын хүрээнд", "2", 2],
    ]);
    const fn = measuresOf(plan)[3];
    expect(fn.label).toBe("2.");
    expect(fn.responsibility?.value).toBe("Г,Х,Ш");
    expect(fn.criteria[0].text.value).toBe("Шинэ үйлчилгээ нэвтэрсэн байх");
    expect(fn.rows).toEqual({ top: 6, bottom: 7 });
    expect(plan.stray).toEqual([8, 9]);
    expect(plan.title?.value).toBe("АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ");
  });
});

describe("readPlan: a typed sheet", () => {
  it("reads the columns where they are, header on row 7, columns reordered", () => {
    const cells: CellValue[][] = [
      [null, "Төлөвлөгөө баталсан:"],
      [null, "ДАРГА"],
      [null, "Тэмдэг"],
      [null, "Б.БАТЖАРГАЛ"],
      [null, "(огноо)"],
      ["2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
      [
        "Д/д",
        "Шaлгуур\nүзүүлэлт",
        "Зорилтот түвшин",
        "Суурь түвшин",
        "Тайлбар",
        "Арга хэмжээ",
        "Хариуцах нэгж",
        "Төсөв",
      ],
      ["Зорилт 1. Үйлчилгээг сайжруулах"],
      ["1.1.", "Сургалтын тоо", 4, 2, "шинэ", "Сургалт зохион байгуулах", "НДГ", "-"],
    ];
    const plan = read(sheet(cells));
    const [measure] = measuresOf(plan);
    expect(measure.text.value).toBe("Сургалт зохион байгуулах");
    expect(measure.criteria[0]).toMatchObject({
      text: { col: 1, value: "Сургалтын тоо" },
      target: { col: 2, value: 4 },
      baseline: { col: 3, value: 2 },
      responsible: { col: 6, value: "НДГ" },
    });
    expect(measure.criteria[0].timeline).toBeUndefined();
    expect(plan.header.headerTop).toBe(6);
  });

  it("makes an objective for activities under no heading", () => {
    const plan = read(
      sheet([
        ORG_HEADER,
        ["1.1.", "Сургалт", "-", "Сургалтын тоо", 1, 2, "I улирал", "НДГ"],
        ["1.2.", "Судалгаа", "-", "Судалгааны тоо", 1, 1, "II улирал", "НДГ"],
      ]),
    );
    const [objective] = objectivesOf(plan);
    expect(objective).toMatchObject({ implicit: true, label: "", number: "1", part: 1 });
    expect(objective.text).toMatchObject({ value: null, absent: true });
    expect(objective.measures).toHaveLength(2);
  });
});

describe("readPlan: the signature block under a table whose criterion comes first", () => {
  const header = ["Д/д", "Гүйцэтгэл үзүүлэлт", "Хэмжих нэгж", "Суурь үзүүлэлт", "Хүрэх түвшин"];
  const rows: CellValue[][] = [
    header,
    ["1", "Сайн дурын даатгуулагчийн тоо", "хүн", 6801, 6900],
    ["2", "Ажил олгогчийн тоо", "тоо", 1200, 1250],
  ];

  it("ends the table at the unit's name in capitals: the names are no criteria", () => {
    const plan = read(
      sheet([...rows, [], [null, "ХАМРАЛТ, ОРЛОГЫН ХЭЛТЭС"], [null, "Б.БАТЖАРГАЛ"]]),
    );
    const criteria = measuresOf(plan).flatMap((m) => m.criteria.map((c) => c.text.value));
    expect(criteria).toEqual(["Сайн дурын даатгуулагчийн тоо", "Ажил олгогчийн тоо"]);
    expect(plan.stray).toEqual([4, 5]);
  });

  it("a line in capitals with an activity below it is inside the table: the table goes on", () => {
    const plan = read(
      sheet([
        ...rows,
        [null, "НИЙГМИЙН ДААТГАЛЫН САН"],
        ["3", "Тэтгэвэр авагчийн тоо", "хүн", 10, 11],
      ]),
    );
    expect(measuresOf(plan).map((m) => m.number.value)).toEqual(["1", "2", "3"]);
    expect(plan.stray).toEqual([]);
  });

  it("so is one with a criterion giving its levels below it", () => {
    const plan = read(
      sheet([...rows, [null, "АЖИЛ ОЛГОГЧ"], [null, "Шинэ ажил олгогчийн тоо", "тоо", 10, 12]]),
    );
    const last = measuresOf(plan)[1].criteria.map((c) => [c.text.value, c.target.value]);
    expect(last[last.length - 1]).toEqual(["Шинэ ажил олгогчийн тоо", 12]);
    expect(plan.stray).toEqual([]);
  });

  it("a criterion below the last activity, written as criteria are, is another criterion", () => {
    const plan = read(sheet([...rows, [null, "Шинээр бүртгэсэн ажил олгогчийн тоо"]]));
    expect(measuresOf(plan)[1].criteria.map((c) => c.text.value)).toEqual([
      "Ажил олгогчийн тоо",
      "Шинээр бүртгэсэн ажил олгогчийн тоо",
    ]);
  });
});

describe("readPlan: no known table", () => {
  it("says why in Mongolian and English", () => {
    const result = readPlan(sheet([["Сайн байна уу"], [1, 2, 3]]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.mn).toMatch(/хүснэгт олдсонгүй/);
    expect(result.reason.en).toMatch(/No known table/);
  });

  it("names the template asked for", () => {
    const result = readPlan(sheet([ORG_HEADER]), { template: "job-description" });
    expect(result).toEqual({
      ok: false,
      reason: {
        mn: expect.stringContaining("Албан тушаалын тодорхойлолт"),
        en: expect.stringContaining("Job description"),
      },
    });
  });

  it("reads an empty grid without throwing", () => {
    expect(readPlan({ origin: { row: 0, col: 0 }, cells: [] }).ok).toBe(false);
  });
});
