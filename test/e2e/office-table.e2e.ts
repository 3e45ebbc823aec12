import ExcelJS from "exceljs";
import { INDICATOR_PLAN_TITLE, indicatorPlanXlsx } from "../fixtures/xlsx/indicator-plan";
import { DATE_FORMAT, datedPlanXlsx } from "../fixtures/xlsx/dated-plan";
import { numberedCriteriaReport } from "../fixtures/xlsx/numbered-criteria";
import { quarterTargetMerges, quarterTargetRows } from "../fixtures/xlsx/quarter-targets";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { UNNUMBERED_REPORT } from "../fixtures/xlsx/unnumbered-report";
import {
  PERIOD_TARGET_MERGES,
  PERIOD_TITLE,
  periodTargetReport,
} from "../fixtures/xlsx/period-targets";
import { yearNamedReportXlsx } from "../fixtures/xlsx/year-named-report";
import { TEMPLATES } from "../../src/core/templates";
import { rowByRole } from "../../src/core/templates/samples";
import { scaffold } from "../../src/core/templates/scaffold";
import {
  openFile,
  pane,
  previewPerTest,
  sheetOf,
  sheetTab,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

/*
 * A fulfilment table as an office publishes it, typed as a person would: the office's name above
 * (no document title), the table at C4 with a blank «Д/д», «Хэрэгжүүлэх үйл ажиллагаа» for the
 * activity, no column-number row; a Latin «C» in «Cургалт» (D5) for the check to find.
 */
async function officeTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Биелэлт");
  ws.getCell("C1").value = "Хөвсгөл аймгийн Нийгмийн даатгалын газар";
  const header = [
    null,
    "Хэрэгжүүлэх үйл ажиллагаа",
    "Шалгуур үзүүлэлт",
    "Суурь түвшин",
    "Зорилтот түвшин",
    "Хүрсэн түвшин",
    "Гүйцэтгэлийн хувь",
  ];
  const rows = [
    ["1.1.", "Cургалт зохион байгуулах", "Сургалтын тоо", 4, 6, 6, 1],
    ["1.2.", "Иргэдэд мэдээлэл хүргэх", "Мэдээллийн тоо", 10, 12, 9, 0.75],
  ];
  header.forEach((v, c) => {
    if (v !== null) ws.getCell(4, 3 + c).value = v;
  });
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(5 + r, 3 + c);
      cell.value = v;
      if (c === 6) cell.numFmt = "0%";
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A half-year report, read by its title as the first half-year's, then chosen as the year-end. */
const HALF_YEAR_READ_AS_YEAR_END = {
  label: "Тайлант хугацаа",
  read: "Эхний хагас жил",
  hint: /хагас жилийн тайланг эхний хагас жилийн зорилтоор/,
  other: "Жилийн эцэс",
};

/**
 * Checks the open sheet: the choice `label` («Тайлагнах он», «Тайлант хугацаа») shows the title's
 * `read` with the pane's `hint` and nothing found at `cell`; with `other` chosen, the finding at
 * `cell` appears.
 */
async function checkThenChooseOther(
  page: Session["page"],
  {
    label = "Тайлагнах он",
    read,
    hint,
    cell,
    other,
  }: { label?: string; read: string; hint: RegExp; cell: string; other: string },
): Promise<void> {
  const p = pane(page);
  const atCell = p.getByRole("button", { name: new RegExp(`^${cell} `) });
  await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
  const box = p.getByRole("combobox", { name: label });
  await box.waitFor();
  await expect(box.innerText()).resolves.toBe(read);
  await p.getByText(hint).waitFor();
  await expect(atCell.count()).resolves.toBe(0);

  await box.click();
  await page.getByRole("option", { name: other }).click();
  await atCell.first().waitFor();
  await expect(box.innerText()).resolves.toBe(other);
}

describe("an office's own table in the preview", () => {
  it("is read where it stands, says which kind it is read as and why, and checks as the kind chosen", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "office.xlsx", await officeTable());

    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    // No title names the kind: an office's and a person's report both fit its columns, and the
    // more general one, the office's, is read; the pane says why and offers the other.
    const kind = p.getByRole("combobox", { name: "Баримтын төрөл" });
    await kind.waitFor();
    await expect(kind.innerText()).resolves.toBe("Гүйцэтгэлийн төлөвлөгөөний биелэлт");
    await p.getByText(/илүү ерөнхий нь болох/).waitFor();
    // The blank «Д/д» did not stop the table: the Latin «C» of D5 is found at its cell.
    await p.getByRole("button", { name: /^D5 / }).first().waitFor();

    await kind.click();
    await page
      .getByRole("option", { name: "Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт" })
      .click();
    await p
      .getByText(/«Биелэлт» хуудас \(Албан хаагчийн гүйцэтгэлийн төлөвлөгөөний биелэлт\)/)
      .waitFor();
    await p.getByRole("button", { name: /^D5 / }).first().waitFor();
  });
});

describe("an indicator plan with targets per year in the preview", () => {
  it("says which year's targets it checks, and checks another year's when the person chooses it", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const title = INDICATOR_PLAN_TITLE.replace("{year}", "2024");
    await openFile(page, "indicators.xlsx", await indicatorPlanXlsx(title));
    // The title's year is read: 2024's 6900 does not fall below the baseline 6801; 2023's 6664
    // does, and its cell E5 is found.
    await checkThenChooseOther(page, {
      read: "2024",
      hint: /энэ оных шалгагдана/,
      cell: "E5",
      other: "2023",
    });
  });
});

describe("a report naming its levels by year in the preview", () => {
  it("reads this year's level as reached and last year's as the baseline, and another year when chosen", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    await openFile(page, "years.xlsx", await yearNamedReportXlsx());
    // The title's 2024: 3 of 6 = 50%, as the sheet states at G4. Read as 2023's report, 4 is the
    // level reached: 4 of 6 is 66.7%, not the stated 50%.
    await checkThenChooseOther(page, {
      read: "2024",
      hint: /хүрсэн түвшин оноор/,
      cell: "G4",
      other: "2023",
    });
  });
});

describe("a half-year report with targets for the half-year and the year in the preview", () => {
  it("is measured against the half-year's targets, against the year's when chosen, and Тооцоолох reads it so", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    const rows = periodTargetReport(PERIOD_TITLE.replace("{period}", "ЭХНИЙ ХАГАС ЖИЛИЙН"));
    // The person's stated %: 3 of the half-year's 3 = 100% (H5), 500 of 550 = 90.9% (H7).
    rows[4][7] = 1;
    rows[6][7] = 0.909;
    const formats = { H5: "0%", H7: "0.0%" };
    await openFile(
      page,
      "periods.xlsx",
      await typedSheetXlsx("Биелэлт", rows, PERIOD_TARGET_MERGES, formats),
    );
    // Read as the year-end report, H5's 100% is 3 of the year's 6 = 50%: a mismatch at H5.
    await checkThenChooseOther(page, {
      ...HALF_YEAR_READ_AS_YEAR_END,
      cell: "H5",
    });
    await p.getByText(/«Биелэлт» хуудсыг цаашид ингэж уншина/).waitFor();

    // Тооцоолох reads the year's targets too: the trainings' 1 of 4 = 25% goes into H6; the
    // person's 100% and 90.9% stay, beside 3 of 6 = 50% and 500 of 1100 = 45.5%; the figure is
    // (50 + 25 + 45.45) / 3 = 40.15 → 40.2%, not the half-year's 72.0%.
    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText("«Биелэлт» хуудасны 1 нүдийг бөглөлөө.").waitFor();
    await p.getByText(/H5: «100%» \(тооцоолсон нь 50%\)/).waitFor();
    // (The table's one group and the overall figure: 40,2% both.)
    await p.getByText("40,2%").first().waitFor();
    await expect(p.getByText("72,0%").count()).resolves.toBe(0);
    expect(sheetOf(await workbook(page), "Биелэлт").cells.H6.value).toBe(0.25);

    // Checked again, the sheet is still read as the year-end report.
    await p.getByRole("tab", { name: "Шалгах" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    const box = p.getByRole("combobox", { name: "Тайлант хугацаа" });
    await box.waitFor();
    await expect(box.innerText()).resolves.toBe("Жилийн эцэс");
  });
});

describe("a half-year report with targets given quarter by quarter in the preview", () => {
  it("is measured against the second quarter's targets, and against the fourth's when chosen as the year-end", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    // The person's stated %: 45 of II's 60 = 75% (J6), 2 of II's 2 = 100% (J7).
    const rows = quarterTargetRows(
      "НИЙГМИЙН ДААТГАЛЫН ХЭЛТСИЙН 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ",
      ["Хүрсэн түвшин", "Гүйцэтгэлийн хувь"],
      [
        [45, 0.75],
        [2, 1],
      ],
    );
    const merges = quarterTargetMerges(2);
    await openFile(
      page,
      "quarters.xlsx",
      await typedSheetXlsx("Биелэлт", rows, merges, { J6: "0%", J7: "0%" }),
    );
    // Read as the year-end report, 45 is of IV's 120: 37.5%, not the stated 75% at J6.
    await checkThenChooseOther(page, {
      ...HALF_YEAR_READ_AS_YEAR_END,
      cell: "J6",
    });
  });
});

describe("a report without «Д/д» in the preview", () => {
  it("is checked for what its header has, and Тооцоолох fills each criterion's %", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "unnumbered.xlsx", await typedSheetXlsx("Биелэлт", UNNUMBERED_REPORT));

    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    // One finding names what the header lacks and, in the sheet's words, what it has.
    await p
      .getByText(/«Д\/д» багана алга/)
      .first()
      .waitFor();
    await p
      .getByText(/«Хэрэгжүүлэх арга хэмжээ» \(«Стратеги төлөвлөгөө/)
      .first()
      .waitFor();
    // Each criterion's % is missing, and can be computed: F4, F5 and F6 are named.
    for (const cell of ["F4", "F5", "F6"]) {
      await p
        .getByRole("button", { name: new RegExp(`^${cell} `) })
        .first()
        .waitFor();
    }

    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText("«Биелэлт» хуудасны 3 нүдийг бөглөлөө.").waitFor();
    // By hand: 1250 / 1300 = 96.15… → 96.2%; 98.5 / 100 = 98.5%; 99 / 90 = 110%, capped at 100%.
    const sheet = sheetOf(await workbook(page), "Биелэлт");
    expect(["F4", "F5", "F6"].map((c) => sheet.cells[c].value)).toEqual([0.962, 0.985, 1]);
  });
});

describe("a report listing numbered criteria in one cell in the preview", () => {
  it("is checked and computed criterion by criterion: 90 of 100 and 4 of 4 give 95%", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    await openFile(
      page,
      "numbered.xlsx",
      await typedSheetXlsx("Биелэлт", numberedCriteriaReport(null)),
    );

    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    // G4's % is missing: (90 / 100 + 4 / 4) / 2 = 95%, said to be the two criteria's mean.
    await p
      .getByText(/тооцоход 95% \(дугаарласан 2 шалгуур үзүүлэлтийн гүйцэтгэлийн дундаж\)/)
      .first()
      .waitFor();

    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText("«Биелэлт» хуудасны 1 нүдийг бөглөлөө.").waitFor();
    expect(sheetOf(await workbook(page), "Биелэлт").cells.G4.value).toBe(0.95);
  });
});

describe("a plan whose dates are Excel dates, carried through the year in the preview", () => {
  it("has next year's days in next year's plan, as dates in the person's format", async () => {
    session = await openSession({ view: "template" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "dated.xlsx", await datedPlanXlsx());
    // Each step makes the year's next sheet from the one it leaves active.
    for (const [button, made] of [
      ["Биелэлт үүсгэх", "Биелэлт"],
      ["Жилийн эцсийн биелэлт", "Жилийн эцсийн биелэлт"],
      ["Дараа жилийн төлөвлөгөө", "Төлөвлөгөө 2027"],
    ]) {
      await p.getByRole("button", { name: button }).click();
      await p.getByText(`«${made}» хуудас үүслээ.`).waitFor();
      await sheetTab(page, made).waitFor();
    }
    const next = sheetOf(await workbook(page), "Төлөвлөгөө 2027");
    // Part two's start and end (G140:H141), 2026-01-01 and 2026-12-31 in the plan: as serials
    // counted by hand from 1899-12-30, 2027-01-01 is 46388 and 2027-12-31 is 46388 + 364.
    expect(["G140", "H140", "G141", "H141"].map((a) => next.cells[a]?.value)).toEqual([
      46388, 46752, 46388, 46752,
    ]);
    expect(next.cells.G140?.numberFormat).toBe(DATE_FORMAT);
  });
});

describe("a report with its objectives in a «Зорилт» column in the preview", () => {
  it("is checked and computed objective by objective, its mean row held to the mean", async () => {
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    const rows = [
      ["ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ"],
      [],
      [
        "Д/д",
        "Зорилт",
        "Арга хэмжээ",
        "Шалгуур үзүүлэлт",
        "Суурь түвшин",
        "Төлөвлөгөө",
        "Гүйцэтгэл",
        "Хувь",
      ],
      [
        "1",
        "Нийгмийн даатгалын хамралтыг нэмэгдүүлэх",
        "Сайн дурын даатгалд иргэдийг хамруулах",
        "Хамрагдсан иргэдийн тоо",
        100,
        200,
        150,
      ],
      ["2", null, "Сургалт зохион байгуулах", "Сургалтын тоо", 2, 4, 4],
      [
        "3",
        "Үйлчилгээг цахимжуулах",
        "Цахим үйлчилгээг нэмэх",
        "Цахим үйлчилгээний тоо",
        10,
        20,
        10,
      ],
      [null, "Дундаж хувь", null, null, null, null, null, 0.8],
    ];
    const merges = [{ top: 3, left: 1, bottom: 4, right: 1 }];
    await openFile(
      page,
      "objectives.xlsx",
      await typedSheetXlsx("Биелэлт", rows, merges, { H7: "0%" }),
    );

    // By hand: 150 of 200 = 75%, 4 of 4 = 100%, 10 of 20 = 50%; the mean (75 + 100 + 50) / 3 =
    // 75%, not the 80% stated at H7.
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    for (const cell of ["H4", "H5", "H6", "H7"]) {
      await p
        .getByRole("button", { name: new RegExp(`^${cell} `) })
        .first()
        .waitFor();
    }
    await p.getByText(/«Дундаж хувь» 80 гэж бичсэн, арга хэмжээнүүдээс тооцоход 75/).waitFor();

    // Objective 1: (75 + 100) / 2 = 87.5%; objective 2: 50%; the person's 80% at H7 is kept.
    await p.getByRole("tab", { name: "Тооцоолох" }).click();
    await p.getByRole("tabpanel").getByRole("button", { name: "Тооцоолох" }).click();
    await p.getByText("«Биелэлт» хуудасны 3 нүдийг бөглөлөө.").waitFor();
    await p.getByText("87,5%").waitFor();
    await p.getByText("50,0%").waitFor();
    await p.getByText("75,0%").waitFor();
    await p.getByText(/H7: «80%» \(тооцоолсон нь 75%\)/).waitFor();
    const sheet = sheetOf(await workbook(page), "Биелэлт");
    expect(["H4", "H5", "H6", "H7"].map((c) => sheet.cells[c].value)).toEqual([0.75, 1, 0.5, 0.8]);
  });
});

/** An office's report of one measure met (100%), under the title its year and period give. */
async function officeReport(unit: string, year: number, period: "half" | "year"): Promise<Buffer> {
  const made = scaffold("org-report", { unit, year, period });
  const measure = rowByRole(TEMPLATES["org-report"].columns, {
    number: "1.1.",
    activity: "Сайн дурын даатгалд иргэдийг хамруулах",
    criterion: "Хамрагдалтын хувь",
    baseline: "50%",
    target: "100%",
    achieved: "100%",
    fulfilment: "100%",
  });
  const rows = [
    ...made.sheet.values.slice(0, made.dataTop),
    ["Зорилт 1. Сайн дурын даатгалын хамрагдалтыг нэмэгдүүлэх"],
    measure,
  ];
  return typedSheetXlsx("Биелэлт", rows);
}

describe("consolidating a report of another year among the others in the preview", () => {
  it("names the office that sent it and what the others sent", async () => {
    session = await openSession({ view: "summary" });
    const { page } = session;
    const p = pane(page);
    const sent: [string, number, "half" | "year"][] = [
      ["Архангай", 2026, "half"],
      ["Булган", 2026, "half"],
      ["Говь-Алтай", 2025, "year"],
    ];
    const files = await Promise.all(
      sent.map(async ([unit, year, period]) => ({
        name: `${unit}.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await officeReport(unit, year, period),
      })),
    );
    const chooser = page.waitForEvent("filechooser");
    await p.getByRole("button", { name: "Файлуудыг нэгтгэх" }).click();
    await (await chooser).setFiles(files);
    await p
      .getByText("3 нэгжийн тайланг нэгтгэж «Нэгтгэл», «Шалгалтын дүн» хуудсанд бичлээ.")
      .waitFor();
    const other = p
      .getByRole("tabpanel")
      .locator("div")
      .filter({ hasText: /^Өөр он, үеийн тайлан ирүүлсэн нэгж: 1 / })
      .last();
    await expect(other.innerText()).resolves.toContain(
      "бусад нь 2026 оны эхний хагас жилийн тайлан",
    );
    await expect(other.innerText()).resolves.toContain(
      "«Говь-Алтай»: 2025 оны жилийн эцсийн тайлан",
    );
    // The consolidated table lists it too, under its heading.
    const table = sheetOf(await workbook(page), "Нэгтгэл");
    const texts = Object.values(table.cells).map((c) => c?.value);
    expect(texts).toContain("2025 оны жилийн эцсийн тайлан");
  });
});
