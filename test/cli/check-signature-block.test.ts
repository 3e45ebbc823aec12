import * as path from "path";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/*
 * The signature block a person types under the table: the unit's name and the head's name, in
 * capitals or not, in the column their pen lands in. Under the example report's part two that is the
 * criterion column (C); they are not criteria, and neither check nor compute touches them.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

/** The example report with `lines` typed in column C from `first` down (row 20 is empty). */
async function signedExample(name: string, lines: string[], first = 21): Promise<string> {
  const file = at(name);
  const made = await run(["scaffold", "org-report", "--example", "-o", name], dir);
  expect(made.code).toBe(0);
  const wb = await loadXlsx(file);
  const ws = wb.getWorksheet("Биелэлт")!;
  lines.forEach((line, i) => (ws.getCell(`C${first + i}`).value = line));
  await wb.xlsx.writeFile(file);
  return file;
}

async function findings(file: string): Promise<string[]> {
  const r = await run(["check", path.basename(file), "--json"], dir);
  return parseCheckJson(r.stdout).sheets.flatMap((s) =>
    s.findings.map((f) => `${f.code} ${f.cell}`),
  );
}

beforeAll(() => {
  dir = makeTmp("signature-block");
});
afterAll(() => removeTmp(dir));

describe("the signature block typed under the table", () => {
  it("is no criterion: the example's own finding and nothing about the names", async () => {
    const file = await signedExample("signed.xlsx", ["ХҮНИЙ НӨӨЦИЙН ХЭЛТЭС", "Б.БАТЖАРГАЛ"]);
    // The example alone has one finding: activity «1» of part two has no timeline (I19).
    expect(await findings(file)).toEqual(["STRUCT-EMPTY I19"]);
  });

  it.each([
    ["a unit and a person, as names are written", "names", ["Хүний нөөцийн хэлтэс", "Б.Батжаргал"]],
    ["a person after their post", "post", ["Ахлах мэргэжилтэн Ц. Эрдэнэ-Очир"]],
    ["the office's name", "office", ["Нийгмийн даатгалын ерөнхий газар"]],
    ["a note", "note", ["Жич: хүрсэн түвшнийг 2024 оны 6 дугаар сарын 30-ны байдлаар тооцов."]],
  ])("is no criterion in lower case either, nor is a note: %s", async (_, name, lines) => {
    const file = await signedExample(`signed-${name}.xlsx`, lines);
    expect(await findings(file)).toEqual(["STRUCT-EMPTY I19"]);
  });

  it("compute writes nothing beside the names and keeps the figures: 80 and 100, overall 90", async () => {
    await signedExample("to-compute.xlsx", ["ХҮНИЙ НӨӨЦИЙН ХЭЛТЭС", "Б.БАТЖАРГАЛ"]);
    const computed = await run(["compute", "to-compute.xlsx", "-o", "computed.xlsx"], dir);
    expect(computed.code).toBe(0);
    const ws = (await loadXlsx(at("computed.xlsx"))).getWorksheet("Биелэлт")!;
    for (const row of [21, 22]) {
      const filled: string[] = [];
      ws.getRow(row).eachCell((cell) => filled.push(cell.address));
      expect(filled).toEqual([`C${row}`]);
    }
    // Part one's criteria: 12 of 20 ААНБ is 60%, 215 of 200 people is capped at 100%; their
    // activity 1.1. is (60 + 100) / 2 = 80. Part two's course: 100 of 100 = 100. Overall
    // (80 + 100) / 2 = 90.
    const r = await run(["check", "computed.xlsx", "--json"], dir);
    const figures = parseCheckJson(r.stdout).sheets[0].figures;
    expect(figures?.overall).toBe(90);
  });

  it("a criterion written below the last activity in the usual case is still a criterion", async () => {
    const criterion = "Сургалтын дараах сорилд тэнцсэн байдал";
    const file = await signedExample("criterion.xlsx", [criterion], 20);
    // Another criterion of activity «1» right under it, nothing else written yet: its baseline
    // (D20), its year's target (F20, the second half), what it reached (G20) and its
    // fulfilment (H20) are missing.
    expect((await findings(file)).filter((f) => f.endsWith("20"))).toEqual([
      "VALUE-MISSING D20",
      "VALUE-MISSING F20",
      "VALUE-MISSING G20",
      "CALC-MISSING H20",
    ]);
  });
});
