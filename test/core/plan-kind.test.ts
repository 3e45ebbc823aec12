import type { CellValue, Grid } from "../../src/core/grid";
import { readPlan } from "../../src/core/plan";
import { titleKinds } from "../../src/core/plan/kind";

/** A sheet with a title row (when given), a header row and two measures, as an office types them. */
function sheet(title: string | null, header: string[], rows: CellValue[][]): Grid {
  const cells: CellValue[][] = [];
  if (title) cells.push([title], []);
  cells.push(header, ...rows);
  return { origin: { row: 0, col: 0 }, cells };
}

function read(grid: Grid) {
  const r = readPlan(grid);
  if (!r.ok) throw new Error(r.reason.en);
  return r.plan;
}

/** An organisation's report as offices publish it: no budget, no timeline, no responsible unit. */
const REPORT_HEADER = [
  "Д/д",
  "Хэрэгжүүлэх арга хэмжээ",
  "Шалгуур үзүүлэлт",
  "Суурь түвшин",
  "Зорилтот түвшин",
  "Хүрсэн түвшин",
  "Гүйцэтгэлийн хувь",
];
const REPORT_ROWS: CellValue[][] = [
  ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6, 6, "100%"],
  ["1.2.", "Даатгуулагчийн тоог нэмэгдүүлэх", "Даатгуулагчийн тоо", 6801, 6900, 6950, "100%"],
];

/** An organisation's indicator plan: the columns an individual plan has too. */
const INDICATOR_HEADER = [
  "Д/д",
  "Хэрэгжүүлэх үйл ажиллагаа",
  "Гүйцэтгэл үзүүлэлт",
  "Суурь үзүүлэлт",
  "Хүрэх түвшин",
  "Хугацаа",
];
const INDICATOR_ROWS: CellValue[][] = [
  ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 4, 6, "I-IV улирал"],
  ["1.2.", "Даатгуулагчийн тоог нэмэгдүүлэх", "Даатгуулагчийн тоо", 6801, 6900, "IV улирал"],
];

describe("the document kind, from the title and the columns", () => {
  it("an office's report under its title is an org-report, saying a person's form fits too", () => {
    const title =
      "ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2023 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ";
    const plan = read(sheet(title, REPORT_HEADER, REPORT_ROWS));
    expect(plan.template).toBe("org-report");
    expect(plan.header.alternatives).toEqual(["individual-report"]);
    expect(plan.header.why?.mn).toMatch(
      /^«Гүйцэтгэлийн төлөвлөгөөний биелэлт» гэж уншив: гарчигт «биелэлт» гэж бичсэн, толгойд «Д\/д»/,
    );
    expect(plan.header.why?.en).toMatch(
      /^Read as “Performance plan fulfilment report”: the title says «биелэлт» and the header has the columns «Д\/д»/,
    );
  });

  it("an office's indicator plan is an org-plan, not an individual's", () => {
    const title = "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2024 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ";
    const plan = read(sheet(title, INDICATOR_HEADER, INDICATOR_ROWS));
    expect(plan.template).toBe("org-plan");
    expect(plan.header.why?.en).toMatch(/the title says «төлөвлөгөө»/);
  });

  it("an office's plan without an activity column but with «Хариуцах нэгж» is an org-plan", () => {
    // Every column of a person's plan is there, a unit column, remarks, and one column only an
    // office's form has.
    const header = [
      "Д/д",
      "Шалгуур үзүүлэлт",
      "Хэмжих нэгж",
      "Суурь түвшин",
      "Хүрэх түвшин",
      "Тайлбар",
      "Хариуцах нэгж",
    ];
    const rows = [
      ["1", "Сургалтын тоо", "тоо", 4, 6, "", "Хамралтын хэлтэс"],
      ["2", "Даатгуулагчийн тоо", "хүн", 6801, 6900, "", "Хамралтын хэлтэс"],
    ];
    const title =
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ";
    const plan = read(sheet(title, header, rows));
    expect(plan.template).toBe("org-plan");
    expect(plan.header.alternatives).toEqual(["individual-plan"]);
    expect(plan.header.columns).toMatchObject({ unit: 2, responsible: 6 });
  });

  it("a person's report reads «Гүйцэтгэл» over the level reached as an office's does", () => {
    const title = "ХЭЛТСИЙН БАЙЦААГЧ Б.БОЛДЫН 2023 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ";
    const header = REPORT_HEADER.map((h) => (h === "Хүрсэн түвшин" ? "Гүйцэтгэл" : h));
    const plan = read(sheet(title, header, REPORT_ROWS));
    expect(plan.template).toBe("individual-report");
    expect(plan.header.columns.achieved).toBe(5);
    expect(plan.header.missing).toEqual([]);
  });

  it("a person's report (a position in the title) is an individual-report", () => {
    const title = "ХЭЛТСИЙН БАЙЦААГЧ Б.БОЛДЫН 2023 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ";
    expect(read(sheet(title, REPORT_HEADER, REPORT_ROWS)).template).toBe("individual-report");
  });

  it("a unit's plan fulfilment with a rating column is an anti-corruption report only when its title names the programme", () => {
    const header = [
      "Д/д",
      "Хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Хүрэх түвшин",
      "Биелэлт",
      "Үнэлгээ",
    ];
    const rows: CellValue[][] = [
      ["1.1.", "Сургалт зохион байгуулах", "Сургалтын тоо", 6, "6 удаа сургалт хийсэн", 100],
      ["1.2.", "Мэдээлэл түгээх", "Мэдээллийн тоо", 10, "8 мэдээлэл түгээсэн", 70],
    ];
    const unit = "ЗАХИРГАА, ХЭЛТСИЙН 2023 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ";
    expect(read(sheet(unit, header, rows)).template).toBe("org-report");
    const programme = "АВЛИГАТАЙ ТЭМЦЭХ ҮНДЭСНИЙ ХӨТӨЛБӨРИЙН 2023 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ";
    expect(read(sheet(programme, header, rows)).template).toBe("anticorruption-report");
  });

  it("without a title the columns decide: when two kinds fit, it says so and reads the more general", () => {
    const plan = read(sheet(null, REPORT_HEADER, REPORT_ROWS));
    expect(plan.template).toBe("org-report");
    expect(plan.header.alternatives).toEqual(["individual-report"]);
    expect(plan.header.why?.en).toMatch(
      /^Read as “Performance plan fulfilment report”: the header has/,
    );
    expect(plan.header.why?.en).toMatch(
      /fits “Individual performance plan fulfilment report” as well, so it is read as the more general/,
    );
    expect(plan.header.why?.mn).toMatch(
      /илүү ерөнхий нь болох «Гүйцэтгэлийн төлөвлөгөөний биелэлт»/,
    );
  });

  it("a title's report word decides over the plan it names; a position over the unit", () => {
    expect(titleKinds("… 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ")?.kinds).toEqual([
      "org-report",
      "individual-report",
    ]);
    expect(titleKinds("2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ")?.kinds).toEqual([
      "org-plan",
      "individual-plan",
    ]);
    // Seed 000: a unit head's report names the unit as a person's does; seed 001: an
    // inspector's names the position.
    expect(
      titleKinds("ЗАХИРГАА,ХЯНАЛТЫН ХЭЛТСИЙН ДАРГЫН 2024 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ")?.kinds,
    ).toEqual(["org-report", "individual-report"]);
    expect(
      titleKinds("ХЭЛТСИЙН САЙН ДУРЫН ДААТГАЛ ХАРИУЦСАН БАЙЦААГЧ 2025 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ")
        ?.kinds,
    ).toEqual(["individual-report"]);
    expect(titleKinds("АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ")?.kinds).toEqual(["job-description"]);
    expect(titleKinds("Хүснэгт 1")).toBeNull();
  });
});
