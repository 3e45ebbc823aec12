import type { CellValue, Grid } from "../../src/core/grid";
import { detectHeader } from "../../src/core/plan";
import {
  jobTable,
  planFromJobDescription,
} from "../../src/core/transform/plan-from-job-description";

const HEADER = [
  "Зорилт",
  "Албан тушаалын гүйцэтгэх чиг үүрэг",
  "Гүйцэтгэлийн шалгуур үзүүлэлт",
  "Хариуцлага, оролцооны хэлбэр",
];

/** A job description's functions table (rows from seed 004) under the given header. */
function jobGrid(header: string[]): Grid {
  const cells: CellValue[][] = [
    ["АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ"],
    ["Нэгжийн нэр:", "Үйлчилгээ хөгжүүлэлт, олон нийттэй харилцах газар"],
    [],
    header,
    [
      "1 дүгээр зорилтын хүрээнд",
      "1. Нийгмийн даатгалын бүтээгдэхүүн үйлчилгээний чанар, үйл ажиллагааг сайжруулах талаар судалгаа хийх;",
      "Судалгаа хийж, санал боловсруулсан байна.",
      "Х, Ш",
    ],
    [
      "2 дугаар зорилтын хүрээнд",
      "1. Үйлчлүүлэгчийн сэтгэл ханамжийн судалгааны үр дүнд үндэслэн зөвлөмж боловсруулах;",
      "Төв, орон нутгийн нийгмийн даатгалын хэлтсүүдэд зөвлөмж, чиглэл хүргүүлсэн байна.",
      "Х, Ш",
    ],
  ];
  return { origin: { row: 0, col: 0 }, cells };
}

/** The header with one cell changed. */
const variant = (col: number, text: string): string[] =>
  HEADER.map((h, i) => (i === col ? text : h));

describe("plan from job description: the table is found by the checker's finder", () => {
  const seedLayout = planFromJobDescription({ grid: jobGrid(HEADER) });

  it.each([
    // «шaлгуур» with a Latin "a" (U+0061), as a copy from a web page gives it.
    ["a Latin «a» in «шaлгуур»", variant(2, "Гүйцэтгэлийн шaлгуур үзүүлэлт")],
    ["a word split by a space", variant(1, "Албан тушаалын гүйцэтгэх чиг үү рэг")],
    ["an added «(товч)»", variant(2, "Гүйцэтгэлийн шалгуур үзүүлэлт (товч)")],
  ])("accepts a header with %s, reading the same plan as the seed's header", (_, header) => {
    const grid = jobGrid(header);
    expect(jobTable(grid)).toMatchObject({
      headerTop: 3,
      dataTop: 4,
      columns: { objective: 0, function: 1, criterion: 2, responsibility: 3 },
    });
    // The checker reads the same header as a job description.
    expect(detectHeader(grid)?.template).toBe("job-description");
    const made = planFromJobDescription({ grid });
    expect(made.warnings).toEqual([]);
    expect(made.sheet.values).toEqual(seedLayout.sheet.values);
  });

  it("finds no table, and says so, when the header names no functions column", () => {
    const grid = jobGrid(["Зорилт", "Тайлбар", "Огноо", "Гарын үсэг"]);
    expect(jobTable(grid)).toBeUndefined();
    expect(planFromJobDescription({ grid }).warnings).toHaveLength(1);
  });
});
