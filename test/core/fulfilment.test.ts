import {
  computeFulfilment,
  directionOf,
  type FulfilmentOptions,
} from "../../src/core/evaluate/fulfilment";
import { parseLevel } from "../../src/core/levels";
import type { CellValue } from "../../src/core/grid";

const RATIO: FulfilmentOptions = { method: "ratio", cap: true };

function fulfil(
  texts: string[],
  baseline: CellValue,
  target: CellValue,
  achieved: CellValue,
  options: FulfilmentOptions = RATIO,
) {
  const criterion = texts[0];
  return computeFulfilment(
    {
      texts,
      baseline: parseLevel(baseline, { criterion }),
      target: parseLevel(target, { criterion }),
      achieved: parseLevel(achieved, { criterion }),
    },
    options,
  );
}

const valueOf = (r: ReturnType<typeof fulfil>) => (r.status === "computed" ? r.value : null);

describe("directionOf", () => {
  test("seed 003, 6.2.2: 'авлагыг 20 хувиар бууруулах' is decreasing by words", () => {
    const d = directionOf(
      ["НДШ-ийн авлага барагдуулалт", "Нийгмийн даатгалын шимтгэлийн авлагыг 20 хувиар бууруулах"],
      127.84,
      102.27,
    );
    expect(d).toEqual({ direction: "decreasing", source: "words", conflict: false });
  });

  test("seed 003, 7.3: 'Дуудлага алдалтын хувь' 10% → 5% is decreasing by words", () => {
    expect(directionOf(["Дуудлага алдалтын хувь"], 10, 5).direction).toBe("decreasing");
  });

  test("seed 003, 11.1: 'Сургалтын тоо' 9 → 3 reads as decreasing from the numbers, a conflict", () => {
    expect(directionOf(["Сургалтын тоо"], 9, 3)).toEqual({
      direction: "decreasing",
      source: "numbers",
      conflict: true,
    });
  });

  test("a target below its baseline without a count word is decreasing, no conflict", () => {
    // seed 003, 1.3: "Батлагдсан төлөвлөгөө" 273.1 сая → 273.0 сая
    expect(directionOf(["Батлагдсан төлөвлөгөө"], 273.1e6, 273e6)).toEqual({
      direction: "decreasing",
      source: "numbers",
      conflict: false,
    });
  });

  test("raising words against falling numbers is a conflict", () => {
    const d = directionOf(["Хамрагдалтыг нэмэгдүүлэх"], 100, 80);
    expect(d).toEqual({ direction: "increasing", source: "words", conflict: true });
  });

  test("the criterion's words weigh before the activity's", () => {
    const d = directionOf(
      ["Хандалтын тоо (одоо байгаагаас нэмэгдүүлэх тоо)", "алдалтыг бууруулах"],
      216,
      500,
    );
    expect(d.direction).toBe("increasing");
  });

  test("equal or missing numbers and no words: increasing by default", () => {
    expect(directionOf(["Мэдээлсэн тоо"], 12, 12)).toEqual({
      direction: "increasing",
      source: "default",
      conflict: false,
    });
    expect(directionOf([], null, 5).source).toBe("default");
    expect(directionOf(["Шалгасан ААНБ-ын тоо"], 1, 10)).toEqual({
      direction: "increasing",
      source: "numbers",
      conflict: false,
    });
  });
});

describe("computeFulfilment on seed 001 (individual report)", () => {
  test("2.3: 3.2 тэрбум of 5 тэрбум is 64% (the report states 63%)", () => {
    const r = fulfil(
      ["Орлогын төлөвлөгөө биелсэн байх"],
      "3.3 тэрбум",
      "Эхний хагас жилийн байдлаар 5 тэрбум төгрөгийг орлогыг төвлөрүүлэх.",
      "Энгийн сайн дурын даатгалын орлогод 3.2 тэрбум төгрөг төвлөрүүлсэн",
    );
    expect(r.status).toBe("computed");
    expect(valueOf(r)).toBe(64);
    expect(r.status === "computed" && r.suggested).toBe(true);
  });

  test("1.2: 939 against a target of 240 is 100 when capped, 391.25 uncapped", () => {
    const args = [
      ["Шинээр хамрагдсан даатгуулагчийн тоо"],
      "2024 онд нийт шинээр 1141 хүнийн сайн дурын даатгалд даатгуулсан.",
      "Энгийн сайн дурын даатгалд 240 иргэнийг шинээр хамруулах.",
      "1 сард 251 2 сард 72 3 сард 69 4 сард 44 5 сард 55 6 сард 79 8 сард 68 9 сард 78 10 сард 89 11 сард 44\n\nНийт 939 даатгуулагчийг шинээр хамруулсан.",
    ] as const;
    const capped = fulfil([...args[0]], args[1], args[2], args[3]);
    expect(capped).toMatchObject({ status: "computed", value: 100, uncapped: 391.25 });
    const over = fulfil([...args[0]], args[1], args[2], args[3], { method: "ratio", cap: false });
    expect(valueOf(over)).toBe(391.25);
  });

  test("2.1: 1445 contracts extended against 650 → 100 (the people counts are not taken)", () => {
    const r = fulfil(
      ["Сунгалт хийсэн гэрээний тоо"],
      1753,
      "Гэрээний хугацаа дуусаж байгаа даатгуулагчдын гэрээг төлөлтийг нь үндэслэн сунгах./ 650 гэрээг сунгах/",
      "1-12 сард гэрээний хугацаа дууссан 1445 гэрээг гэрээний хугацаа дууссаны дараагийн төлөлтийг шүүж гэрээг сунгаж ажиллав. Гэрээ сунгах тухай мэдээллийг 296 даатгуулагчдад мессэжээр, 512 даатгуулагчдад утсаар хүргэн ажилласан.",
    );
    expect(r).toMatchObject({ status: "computed", value: 100 });
    expect(r.status === "computed" && r.uncapped).toBeCloseTo((1445 / 650) * 100, 10);
  });

  test("2.6: 3 reports of 2 → 100; the year in the text is not taken", () => {
    const r = fulfil(
      ["Хуулийн хугацаанд гаргасан байх"],
      "4 удаа",
      "2 удаа",
      "Тайланг 3 удаа хуулийн хугацаанд гаргасан ба жилийн эцсийн тайланг 2026 оны 01 дүгээр сард багтаан гаргана.",
    );
    expect(r).toMatchObject({ status: "computed", value: 100, uncapped: 150 });
  });

  test("2.8: 3.6 тэрбум of 5 тэрбум is 72% (the report states 100%)", () => {
    const r = fulfil(
      ["Ногдуулалтын мөнгөн дүн."],
      "3.2 тэрбум төгрөгийг ногдуулалт хийж 1141",
      "5 тэрбум төгрөгийн ногдуулалт хийх.",
      "3.6 тэрбум төгрөгийн ногдуулалт хийж А хэсгийн буруу үүсгэсэн 288, цахимаар буруу үүсгэсэн 163 хүсэлтийг хянаж буруу үүсгэсэн байцаагчаар засуулав.",
    );
    expect(valueOf(r)).toBe(72);
  });

  test("2.4: a target in money and an achieved text with no number: the evaluator rates", () => {
    const r = fulfil(
      ["Тооцсон алданги болон ДТ гүйлгээний тоо"],
      "Шинэ системд нэвтэрсэнтэй холбоотой 2024 онд алданги салгаж тооцоогүй",
      "24.0 сая төгрөгийн алданги тооцож мэдээллийн баазад бүртгэх",
      "Шинэ систем дээр алдангийг салгаж бүртгэх, алдангийн тооцоолол системд нэвтрээгүй тул алдангийн дүнг харах боломжгүй.",
    );
    expect(r).toEqual({ status: "none", reason: "qualitative" });
  });

  test("2.5: an empty target ('-') gives no value", () => {
    const r = fulfil(
      ["КТ үлдэгдэл 30% бууруулсан байх."],
      "2024 онд КТ үлдэгдэл буураагүй.",
      "-",
      "Илүү төлсөн болон идэвхигүй КТ үлдэгдэл 42.0 сая төгрөгийн КТ үлдэгдлийг даатгуулагчдад олгов.",
    );
    expect(r).toEqual({ status: "none", reason: "missing-target" });
  });

  test("2.2: a percent target against a count of contracts is a unit mismatch", () => {
    const r = fulfil(["Цуцласан гэрээний тоо"], null, "100%", "159 гэрээг хянаж цуцлав.");
    expect(r).toEqual({ status: "none", reason: "unit-mismatch" });
  });
});

describe("computeFulfilment on seed 003 levels (as if achieved)", () => {
  test("6.2.2: receivables 127.84 → 102.27 are decreasing: achieving 110 is 92.97%", () => {
    const texts = [
      "НДШ-ийн авлага барагдуулалт",
      "Нийгмийн даатгалын шимтгэлийн авлагыг 20 хувиар бууруулах",
    ];
    const r = fulfil(texts, "127.84", "102.27", "110");
    expect(r.status === "computed" && r.direction.direction).toBe("decreasing");
    expect(valueOf(r)).toBeCloseTo((102.27 / 110) * 100, 10);
    expect(valueOf(fulfil(texts, "127.84", "102.27", "100.5"))).toBe(100);
  });

  test("6.2.1: 5332,5 planned, 4525.0 baseline: progress from the baseline", () => {
    const progress = { method: "progress", cap: true } as const;
    const r = fulfil(["НДШ-ийн орлогын төлөвлөгөө"], "4525.0", "5332,5", "4929", progress);
    expect(r).toMatchObject({ status: "computed", method: "progress" });
    expect(valueOf(r)).toBeCloseTo(((4929 - 4525) / (5332.5 - 4525)) * 100, 10);
    expect(valueOf(fulfil(["НДШ-ийн орлогын төлөвлөгөө"], "4525.0", "5332,5", "4929"))).toBeCloseTo(
      (4929 / 5332.5) * 100,
      10,
    );
  });

  test("progress with baseline equal to target falls back to the ratio", () => {
    const r = fulfil(["Мэдээлсэн тоо"], "12", "12", "9", { method: "progress", cap: true });
    expect(r).toMatchObject({ status: "computed", method: "ratio", value: 75 });
  });

  test("progress below the baseline is held at 0 when capped", () => {
    const r = fulfil(["Сургалтын тоо"], "2", "4", "1", { method: "progress", cap: true });
    expect(r).toMatchObject({ status: "computed", value: 0, uncapped: -50 });
  });

  test("3.6: a qualitative target met word for word is 100", () => {
    expect(fulfil(["Дүгнэлтийн хувь"], "“□□рчл□лтг□й”", "“Өөрчлөлтгүй”", "Өөрчлөлтгүй")).toEqual({
      status: "met",
      value: 100,
    });
    expect(fulfil(["Гэрээний хэрэгжилтийн үнэлгээ"], "-", '"Сайн"', "Дунд")).toEqual({
      status: "none",
      reason: "qualitative",
    });
  });

  test("10.1: a keyword target ('Тухай бүр') gives no value", () => {
    expect(fulfil(["Тогтоол, шийдвэрийн тоо"], "50", "Тухай бүр", "48")).toEqual({
      status: "none",
      reason: "keyword",
    });
  });

  test("1.2: тэрбум levels compare after scaling", () => {
    const r = fulfil(
      ["Батлагдсан төлөвлөгөө"],
      "9.7 тэрбум",
      "10.6 тэрбум",
      "10 600 000 000 төгрөг",
    );
    expect(valueOf(r)).toBe(100);
    expect(
      valueOf(fulfil(["Батлагдсан төлөвлөгөө"], "9.7 тэрбум", "10.6 тэрбум", "5.3 тэрбум")),
    ).toBe(50);
  });

  test("a fraction under a percent format compares with a typed percentage", () => {
    const r = computeFulfilment(
      {
        texts: ["Хэрэгжилтийн хувь"],
        baseline: parseLevel("100%"),
        target: parseLevel("100%"),
        achieved: parseLevel(0.95, { numberFormat: "0%" }),
      },
      RATIO,
    );
    expect(r).toMatchObject({ status: "computed", value: 95, suggested: false });
  });
});

describe("computeFulfilment: no value", () => {
  test("missing achieved", () => {
    expect(fulfil(["Мэдээлсэн тоо"], "12", "12", "")).toEqual({
      status: "none",
      reason: "missing-achieved",
    });
  });
  test("zero target on an increasing criterion", () => {
    expect(fulfil(["Шалгасан ААНБ-ын тоо"], "0", "0", "3")).toEqual({
      status: "none",
      reason: "zero-target",
    });
  });
  test("a level too large for the ratio is out of range, not a zero target", () => {
    expect(fulfil(["Шалгасан ААНБ-ын тоо"], 1, 1, 1.7e308)).toEqual({
      status: "none",
      reason: "out-of-range",
    });
  });
  test("zero target met on a decreasing criterion", () => {
    expect(valueOf(fulfil(["Зөрчлийг бууруулах"], "2", "0", "0"))).toBe(100);
  });
  test("not yet due (seed 000, 3.2.2)", () => {
    const r = fulfil(
      ["Хамтран ажиллах санамж бичгийн хүрээнд …"],
      null,
      "5 удаа",
      "Актын барагдуулалтын хугацаа болоогүй 1 актын 14453,3 мянган төгрөгийн үлдэгдэлтэй байна.",
    );
    expect(r).toEqual({ status: "none", reason: "not-due" });
  });
});

describe("computeFulfilment: counts with a target below the baseline", () => {
  test("seed 001, 1.2: the numbers fall (1141 → 240) but a count is computed as increasing", () => {
    const r = fulfil(
      ["Шинээр хамрагдсан даатгуулагчийн тоо"],
      "2024 онд нийт шинээр 1141 хүнийн сайн дурын даатгалд даатгуулсан.",
      "Энгийн сайн дурын даатгалд 240 иргэнийг шинээр хамруулах.",
      "Нийт 939 даатгуулагчийг шинээр хамруулсан.",
    );
    expect(r).toMatchObject({
      status: "computed",
      applied: "increasing",
      direction: { direction: "decreasing", source: "numbers", conflict: true },
    });
  });

  test("a counted noun in the target ('2 удаа' after '4 удаа') is a count too", () => {
    expect(directionOf(["Хуулийн хугацаанд гаргасан байх"], 4, 2, true).conflict).toBe(true);
    expect(directionOf(["Хуулийн хугацаанд гаргасан байх"], 4, 2).conflict).toBe(false);
  });

  test("seed 003, 1.3: an amount below its baseline stays decreasing", () => {
    const r = fulfil(["Батлагдсан төлөвлөгөө"], "273.1 сая", "273.0 сая", "280 сая");
    expect(r).toMatchObject({ status: "computed", applied: "decreasing" });
    expect(valueOf(r)).toBeCloseTo((273 / 280) * 100, 10);
  });
});

describe("computeFulfilment: a duration, and a target that says which way", () => {
  test("a duration below its baseline ('10 хоног' → '7 хоног') is a decrease: done faster", () => {
    const r = fulfil(["Шийдвэрлэсэн хугацаа (хоногоор)"], "10 хоног", "7 хоног", "8 хоног");
    expect(r).toMatchObject({
      status: "computed",
      applied: "decreasing",
      direction: { direction: "decreasing", source: "numbers", conflict: false },
    });
    // 8 days taken for 7 planned: 7 / 8 = 87.5%.
    expect(valueOf(r)).toBe(87.5);
  });

  test("the target's own reducing word decides where the criterion names a count", () => {
    // «Гомдлын тоо» names a count: the numbers alone (25 → 20) would be read as increasing.
    const r = fulfil(["Гомдлын тоо"], "25", "20-оос бууруулах", "18");
    expect(r).toMatchObject({
      status: "computed",
      applied: "decreasing",
      direction: { direction: "decreasing", source: "words", conflict: false },
    });
    // 18 complaints, at most 20 planned: met.
    expect(valueOf(r)).toBe(100);
  });

  test("the criterion's words come before the target's", () => {
    const r = fulfil(["Хамрагдалтыг нэмэгдүүлэх"], "25", "20-оос бууруулах", "18");
    expect(r).toMatchObject({ direction: { direction: "increasing", source: "words" } });
  });
});

describe("computeFulfilment: a floor or a ceiling written with the target", () => {
  test.each<[string, number]>([
    ["≥95%", 95],
    ["> 95%", 95],
    ["95%-иас дээш", 95],
    ["95% буюу түүнээс дээш", 95],
    ["95%-иас багагүй", 95],
    ["70-аас доошгүй хувь", 70],
  ])("%j is the level %d to reach or pass: a level, not free text", (target, value) => {
    const r = parseLevel(target, { criterion: "Сэтгэл ханамжийн түвшин" });
    expect([r.kind, r.confidence, r.quantities.map((q) => [q.value, q.kind])]).toEqual([
      "number",
      "certain",
      [[value, "percent"]],
    ]);
  });

  test("a floor below the baseline is still higher-is-better: 4 of «3-аас доошгүй» is met", () => {
    // The numbers alone (5 → 3) would read a decrease, and 4 against 3 would give 3 / 4 = 75%.
    const r = fulfil(["Сургалтын тоо"], "5", "3-аас доошгүй", "4");
    expect(r).toMatchObject({
      status: "computed",
      suggested: false,
      applied: "increasing",
      direction: { direction: "increasing", source: "words" },
    });
    expect(valueOf(r)).toBe(100);
  });

  test("a ceiling is lower-is-better: 3 under «5-аас дээшгүй» is met, 6 is 5 / 6", () => {
    const met = fulfil(["Гомдлын тоо"], "8", "5-аас дээшгүй", "3");
    expect(met).toMatchObject({ applied: "decreasing", suggested: false });
    expect(valueOf(met)).toBe(100);
    // 6 complaints where at most 5 were allowed: 5 / 6 × 100 = 83.33….
    expect(valueOf(fulfil(["Гомдлын тоо"], "8", "≤5", "6"))).toBeCloseTo((5 / 6) * 100, 9);
  });

  test("«орчим» (about) is no bound: the figure stays a number picked from words", () => {
    expect(parseLevel("5 орчим").kind).toBe("text");
  });
});
