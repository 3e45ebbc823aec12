import type { CellValue, Grid, Merge } from "../../src/core/grid";
import { detectHeader, detectTables } from "../../src/core/plan/header";
import { headerKey, normalizeHeader } from "../../src/core/cells/normalize";

function sheet(cells: CellValue[][], merges: Merge[] = []): Grid {
  return { origin: { row: 0, col: 0 }, cells, merges };
}

const ORG_POLICY =
  "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж";
const ORG_PLAN_HEADER = [
  "Д/д",
  ORG_POLICY,
  "Төсөв",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хугацаа /I-IV улирал/",
  "Хариуцах нэгж",
];
const APPROVAL: CellValue[][] = [
  [null, "Төлөвлөгөө баталсан:", null, null, null, "Төлөвлөгөөг боловсруулсан:"],
  [null, "ДАРГА", null, null, null, "ДАРГА"],
  [null, "Тэмдэг"],
  [null, "Б.БАТЖАРГАЛ", null, null, null, "Б.БАЯРТУЯА"],
  [null, "(огноо)", null, null, null, "(огноо)"],
  ["БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"],
];

describe("normalizeHeader", () => {
  it("folds case, look-alikes, line breaks, NBSP and punctuation", () => {
    expect(normalizeHeader("Шaлгуур\nүзүүлэлт")).toBe("шалгуур үзүүлэлт"); // Latin a
    expect(normalizeHeader("ШАЛГУУР  ҮЗҮҮЛЭЛТ")).toBe("шалгуур үзүүлэлт");
    expect(normalizeHeader("Суурь\u00A0түвшин\r\n")).toBe("суурь түвшин");
    expect(normalizeHeader("Хугацаа /I-IV улирал/")).toBe(normalizeHeader("Хугацаа (I-IV улирал)"));
    expect(normalizeHeader("Хүрэх түвшин, үр дүнгийн үзүүлэлт")).toBe(
      "хүрэх түвшин үр дүнгийн үзүүлэлт",
    );
    expect(normalizeHeader("Θ")).toBe("ө"); // Greek theta for Ө
    // Cyrillic letters Mongolian does not use fold too, alone as beside Latin ones.
    expect(normalizeHeader("Шалгуур ұзұұлэлт")).toBe("шалгуур үзүүлэлт"); // Kazakh ұ for ү
    expect(normalizeHeader("єргєдєл")).toBe("өргөдөл"); // Ukrainian є for ө
  });

  it("reads ё as е and keeps №", () => {
    expect(normalizeHeader("ХОЁР")).toBe("хоер");
    expect(normalizeHeader("№")).toBe("№");
  });

  it("drops HTML left over from a conversion", () => {
    expect(normalizeHeader("<b>Дундаж үнэлгээ</b>")).toBe("дундаж үнэлгээ");
  });

  it("lets a word broken by a space match in header keys", () => {
    expect(headerKey("Биелэл тийн хувь")).toBe(headerKey("Биелэлтийн хувь"));
    expect(headerKey("Д/д")).toBe(headerKey("Д.д"));
  });
});

describe("detectHeader", () => {
  it("finds an organisation plan header on row 7 after the approval block", () => {
    const grid = sheet([
      ...APPROVAL,
      ORG_PLAN_HEADER,
      [1, 2, 3, 4, 5, 6, 7, 8],
      ["Зорилт 1. Нийгмийн даатгалын хууль тогтоомж"],
    ]);
    const header = detectHeader(grid);
    expect(header).toMatchObject({
      template: "org-plan",
      headerTop: 6,
      headerBottom: 6,
      numberRow: 7,
      dataTop: 8,
      missing: [],
      score: 1,
      columns: {
        number: 0,
        activity: 1,
        budget: 2,
        criterion: 3,
        baseline: 4,
        target: 5,
        timeline: 6,
        responsible: 7,
      },
    });
  });

  it("tolerates reordered and extra columns, look-alikes and line breaks", () => {
    const grid = sheet([
      [
        "Тайлбар",
        "№",
        "Шaлгуур\nүзүүлэлт", // Latin a
        "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг",
        "Санхүүжилтийн эх үүсвэр",
        "Зорилтот\nтүвшин",
        "Cуурь түвшин", // Latin C
        "Хариуцах\u00A0нэгж",
        "Төсөв",
      ],
      [null, "1.1.", "Сургалтын тоо", "Сургалт зохион байгуулах", null, 4, 2, "НДГ", "-"],
    ]);
    const header = detectHeader(grid);
    expect(header?.template).toBe("org-plan");
    expect(header?.columns).toEqual({
      number: 1,
      criterion: 2,
      activity: 3,
      target: 5,
      baseline: 6,
      responsible: 7,
      budget: 8,
    });
    expect(header?.numberRow).toBeUndefined();
    expect(header?.dataTop).toBe(1);
    expect(header?.missing).toEqual([]);
    // The extra column inside the table and the missing timeline lower the score.
    expect(header?.score).toBeLessThan(1);
    expect(header?.score).toBeGreaterThan(0.6);
  });

  it("tells a report from a plan by the achieved and fulfilment columns", () => {
    const report = [
      ...ORG_PLAN_HEADER.slice(0, 6),
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ];
    expect(detectHeader(sheet([report]))?.template).toBe("org-report");
    expect(detectHeader(sheet([ORG_PLAN_HEADER]))?.template).toBe("org-plan");
  });

  it("reads an individual report's two-row header under a merged group", () => {
    const grid = sheet(
      [
        ["Нэг. Гүйцэтгэлийн зорилт, арга хэмжээний биелэлт"],
        [
          "Д/д",
          "Зорилтыг хэрэгжүүлэх арга хэмжээ",
          "Шалгуур үзүүлэлт",
          "Гүйцэтгэлийн түвшин",
          null,
          null,
          null,
          null,
        ],
        [
          null,
          null,
          null,
          "Суурь түвшин",
          "Хүрэх түвшин",
          "Хүрсэн түвшин (биелэлт)",
          "Эхэлсэн, дууссан хугацаа",
          "Биелэл тийн хувь",
        ],
        [null, null, null, 1, 2, 3, 4, 5],
        ["Зорилт НЭГ. “БОДЛОГЫН БАРИМТ БИЧИГТ ТУСГАГДСАН ЗОРИЛТ”"],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 7 },
      ],
    );
    expect(detectHeader(grid)).toMatchObject({
      template: "individual-report",
      headerTop: 1,
      headerBottom: 2,
      numberRow: 3,
      dataTop: 4,
      missing: [],
      columns: {
        number: 0,
        activity: 1,
        criterion: 2,
        baseline: 3,
        target: 4,
        achieved: 5,
        timeline: 6,
        fulfilment: 7,
      },
    });
  });

  it("takes an individual sheet without (3) and (5) for a plan", () => {
    const grid = sheet([
      ["Д/д", "Зорилтыг хэрэгжүүлэх арга хэмжээ", "Шалгуур үзүүлэлт", "Гүйцэтгэлийн түвшин"],
      [null, null, null, "Суурь түвшин", "Хүрэх түвшин", "Эхэлсэн, дууссан хугацаа"],
    ]);
    expect(detectHeader(grid)?.template).toBe("individual-plan");
  });

  it("names the required columns a header lacks", () => {
    const noBaseline = ORG_PLAN_HEADER.filter((h) => h !== "Суурь түвшин");
    const header = detectHeader(sheet([noBaseline]));
    expect(header?.template).toBe("org-plan");
    expect(header?.missing).toEqual(["baseline"]);
    expect(header?.columns.baseline).toBeUndefined();
  });

  it("recognises the anti-corruption report and the job description", () => {
    const anticorruption = [
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ];
    expect(detectHeader(sheet([anticorruption]))).toMatchObject({
      template: "anticorruption-report",
      columns: { number: 0, programme: 1, activity: 2, criterion: 3, achieved: 4, rating: 5 },
    });
    const job = [
      "Зорилт",
      "Албан тушаалын гүйцэтгэх чиг үүрэг",
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Хариуцлага, оролцооны хэлбэр\nТуслах-Т, Гүйцэтгэх-Г\nХянах-Х\nШийдвэрлэх-Ш",
    ];
    expect(detectHeader(sheet([job]))).toMatchObject({
      template: "job-description",
      columns: { objective: 0, function: 1, criterion: 2, responsibility: 3 },
    });
  });

  it("finds nothing on a sheet without a table", () => {
    expect(detectHeader(sheet([]))).toBeNull();
    expect(detectHeader(sheet(APPROVAL))).toBeNull();
    // Data rows that merely start with header words are not a header.
    const data = sheet([
      [
        "Зорилт 4. Нийгмийн даатгалын сангийн чөлөөт үлдэгдлийг санхүүгийн хэрэгсэлд хөрөнгө оруулж",
        null,
        null,
        "Хэрэгжүүлэх арга хэмжээний тоо",
        "5",
        "5",
      ],
      ["4.1.", "Төрийн өмчийг эзэмшүүлэх гэрээ", null, "Хэрэгжилтийн хувь", "100%", "100%"],
    ]);
    expect(detectHeader(data)).toBeNull();
  });

  it("looks only for the template asked for", () => {
    const grid = sheet([ORG_PLAN_HEADER]);
    expect(detectHeader(grid, { template: "org-plan" })?.template).toBe("org-plan");
    expect(detectHeader(grid, { template: "job-description" })).toBeNull();
  });
});

describe("detectTables", () => {
  it("finds part one and the part-two table with its half-year sub-columns", () => {
    const grid = sheet(
      [
        ORG_PLAN_HEADER,
        [1, 2, 3, 4, 5, 6, 7, 8],
        [
          "1.1.",
          "Хууль хэрэгжүүлэх",
          "-",
          "Хэрэгжилтийн хувь",
          "100%",
          "100%",
          "I-IV улирал",
          "НДГ",
        ],
        [],
        ["Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ"],
        [],
        [
          "Д/д",
          "Зорилтыг хэрэгжүүлэх арга хэмжээ",
          "Шалгуур үзүүлэлт",
          "Суурь түвшин",
          "Хүрэх түвшин",
          null,
          "Эхлэх хугацаа",
          "Дуусах хугацаа",
        ],
        [null, null, null, null, "Эхний хагас жил", "Сүүлийн хагас жил", null, null],
        [null, 1, 2, 3, 4, 5, 6, 7],
        ["1", "Жендэрийн цахим сургалт", "Сургалт хамрагдсан байдал", "-", "-", 100],
      ],
      [{ top: 6, left: 4, bottom: 6, right: 5 }],
    );
    const tables = detectTables(grid);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({ template: "org-plan", part: 1, headerTop: 0, dataTop: 2 });
    expect(tables[1]).toMatchObject({
      template: "org-plan",
      part: 2,
      headerTop: 6,
      headerBottom: 7,
      numberRow: 8,
      dataTop: 9,
      missing: [],
      columns: {
        number: 0,
        activity: 1,
        criterion: 2,
        baseline: 3,
        "target-h1": 4,
        "target-h2": 5,
        start: 6,
        end: 7,
      },
    });
  });
});

describe("a timeline given quarter by quarter, or month by month", () => {
  /** The organisation plan's header with «Хугацаа» merged over `quarters`, a column number row below. */
  function quarterHeader(quarters: string[]): Grid {
    const upper = [...ORG_PLAN_HEADER.slice(0, 6), "Хугацаа", ...quarters.slice(1).map(() => null)];
    const cells: CellValue[][] = [
      [...upper, "Хариуцах нэгж"],
      [null, null, null, null, null, null, ...quarters, null],
      upper.map((_, i) => i + 1).concat(upper.length + 1),
      ["1.1", "Бүртгэх", "Бүртгэсэн тоо", 100, 120, ...quarters.map(() => "+"), "Тасаг"],
    ];
    const merges: Merge[] = [
      { top: 0, left: 6, bottom: 0, right: 5 + quarters.length },
      ...[0, 1, 2, 3, 4, 5, 6 + quarters.length].map((c) => ({
        top: 0,
        left: c,
        bottom: 1,
        right: c,
      })),
    ];
    return sheet(cells, merges);
  }

  it.each([
    [["I", "II", "III", "IV"]],
    [["I улирал", "II улирал", "III улирал", "IV улирал"]],
    [["1-р улирал", "2-р улирал", "3-р улирал", "4-р улирал"]],
    [["1", "2", "3", "4"]],
    [["II", "IV"]],
    [["I улиралд", "II улиралд", "III улиралд", "IV улиралд"]],
    [Array.from({ length: 12 }, (_, i) => String(i + 1))],
    [Array.from({ length: 12 }, (_, i) => `${i + 1} сар`)],
    [["1-р сар", "2-р сар", "3-р сар"]],
  ])("%j: the quarters' columns, the data after the column numbers", (quarters) => {
    const [table] = detectTables(quarterHeader(quarters));
    expect(table).toMatchObject({
      template: "org-plan",
      headerBottom: 1,
      numberRow: 2,
      dataTop: 3,
      timelinePeriods: quarters.map((_, i) => 6 + i),
    });
  });

  it.each([[["Эхлэх", "Дуусах"]], [["1", "2", "13"]], [["V", "VI"]]])(
    "%j under «Хугацаа» are no quarters or months",
    (periods) => {
      const [table] = detectTables(quarterHeader(periods));
      expect(table.timelinePeriods).toBeUndefined();
    },
  );
});
