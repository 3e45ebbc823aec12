/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { evaluatePlan } from "../../src/core/evaluate";
import { readPlan } from "../../src/core/plan/read";
import { validateScheme } from "../../src/core/ratings";
import { NDEG_ANTICORRUPTION_2019 } from "../../src/core/ratings/scheme";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { evaluationSummary } from "../../src/core/summary/evaluation";
import { scaffold } from "../../src/core/templates/scaffold";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";
import { App } from "../../src/taskpane/App";
import { toWorkbookError } from "../../src/workbook/office/errors";
import { fakeWorkbook, gridOfModel, reportGrid, type FakeWorkbook } from "./workbook";

function start(book: FakeWorkbook, initialView?: "template" | "check" | "compute") {
  const user = userEvent.setup();
  render(<App port={book.port} initialView={initialView} />);
  return user;
}

/** The list item of the finding about a cell. */
async function findingAt(cell: string): Promise<HTMLElement> {
  const link = await screen.findByRole("button", { name: new RegExp(`^${cell} `) });
  return link.closest("li") as HTMLElement;
}

describe("Загвар", () => {
  it("creates tables, a report from a plan and a plan from a job description", async () => {
    const job = gridOfModel(scaffold("job-description", {}, true).sheet);
    const book = fakeWorkbook([reportGrid(), job]);
    const user = start(book);

    const create = await screen.findByRole("button", { name: "Хүснэгт үүсгэх" });
    await user.selectOptions(screen.getByLabelText("Баримт бичгийн төрөл"), "org-plan");
    await user.type(screen.getByLabelText("Байгууллагын нэр"), "Сонгинохайрхан дүүргийн НДХ");
    await user.type(screen.getByLabelText("Он"), "2026");
    await user.click(create);
    await screen.findByText("«Төлөвлөгөө» хуудас үүслээ.");
    const values = (sheet: string) =>
      Object.values(book.excel.workbook.sheets.find((s) => s.name === sheet)?.cells ?? {}).map(
        (c) => c.value,
      );
    expect(values("Төлөвлөгөө")).toContain(
      "СОНГИНОХАЙРХАН ДҮҮРГИЙН НДХ 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
    );
    expect(book.state().sheets["Төлөвлөгөө"]).toEqual({ template: "org-plan", computed: [] });

    // The new plan is the active sheet: its report goes on a sheet of its own.
    await user.click(screen.getByRole("button", { name: "Биелэлт үүсгэх" }));
    await screen.findByText("«Биелэлт (2)» хуудас үүслээ.");
    expect(book.state().sheets["Биелэлт (2)"].template).toBe("org-report");
    expect(values("Биелэлт (2)")).toContain("Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/");

    // A report is not a plan: nothing is written and the pane says so.
    const sheets = book.sheetNames();
    await user.click(screen.getByRole("button", { name: "Биелэлт үүсгэх" }));
    const refusal = await screen.findByText(/хуудас гүйцэтгэлийн төлөвлөгөө биш/);
    expect(refusal.textContent).toContain("Ажлын номд юу ч бичээгүй.");
    expect(book.sheetNames()).toEqual(sheets);

    book.activate(job.sheet as string);
    await user.click(screen.getByRole("button", { name: "Тодорхойлолтоос төлөвлөгөө" }));
    await screen.findByText("«Хувийн төлөвлөгөө» хуудас үүслээ.");
    expect(book.state().sheets["Хувийн төлөвлөгөө"].template).toBe("individual-plan");

    await user.selectOptions(
      screen.getByLabelText("Баримт бичгийн төрөл"),
      "anticorruption-report",
    );
    await user.click(screen.getByRole("button", { name: "Жишээ хүснэгт" }));
    await screen.findByText("«Авлигын эсрэг биелэлт» хуудас үүслээ.");
    const options = { org: "Сонгинохайрхан дүүргийн НДХ", year: 2026, period: "half" as const };
    const example = scaffold("anticorruption-report", options, true).sheet.values;
    const exampleTexts = example.flat().filter((v) => typeof v === "string");
    expect(values("Авлигын эсрэг биелэлт")).toEqual(expect.arrayContaining(exampleTexts));
  });
});

describe("Шалгах", () => {
  it("is run from the keyboard, shows findings by severity, selects cells and fixes them", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const user = start(book);
    await screen.findByRole("button", { name: "Хүснэгт үүсгэх" });

    // Keyboard only: the language button, then the tabs; arrows move, Enter opens.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Загвар" }));
    await user.keyboard("{ArrowRight}{Enter}");
    expect(screen.getByRole("tab", { name: "Шалгах" }).getAttribute("aria-selected")).toBe("true");
    const run = await screen.findByRole("button", { name: "Шалгах" });
    await user.tab();
    expect(document.activeElement).toBe(run);
    await user.keyboard("{Enter}");

    expect(await screen.findByText("Анхааруулга: 6")).toBeTruthy();
    expect(screen.queryByText(/^Алдаа:/)).toBeNull();

    await user.click(await screen.findByRole("button", { name: /^H8 / }));
    await waitFor(() => expect(book.excel.workbook.selection).toBe("H8"));

    // Two look-alike letters: fix all of that code, after saying how many cells change.
    const groups = screen.getByText("Бүгдийг нэг дор засах").closest("section") as HTMLElement;
    const scriptGroup = within(groups).getByText(/^Өөр цагаан толгойн үсэг: 2 нүд/);
    await user.click(
      within(scriptGroup.closest("li") as HTMLElement).getByRole("button", {
        name: "Бүгдийг засах",
      }),
    );
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("«Биелэлт» хуудасны 2 нүд өөрчлөгдөнө");
    await user.click(within(dialog).getByRole("button", { name: "Өөрчлөх" }));
    await screen.findByText("Анхааруулга: 4");
    expect(book.value("Биелэлт", "B6")).toBe("Дүрэм журмыг шинэчлэх");
    expect(book.value("Биелэлт", "B9")).toBe("Дугаарын систем нэвтрүүлэх");

    // One certain fix, shown before it is applied; the list is checked again.
    const item = await findingAt("H5");
    const preview = within(item).getByText(/^Засвар: «.+»$/).textContent ?? "";
    await user.click(within(item).getByRole("button", { name: "Засах" }));
    await screen.findByText("Анхааруулга: 3");
    // The preview shows the percentage as typed; the cell holds it as Excel does.
    expect(preview).toBe("Засвар: «75%»");
    expect(book.value("Биелэлт", "H5")).toBe(0.75);
    expect(screen.queryByRole("button", { name: /^H5 / })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Үр дүнг хуудсанд гаргах" }));
    await screen.findByText("Шалгалтын үр дүнг «Шалгалтын дүн» хуудсанд гаргалаа.");
    const findings = book.excel.workbook.sheets.find((s) => s.name === "Шалгалтын дүн");
    const links = Object.values(findings?.cells ?? {}).flatMap((c) =>
      c.hyperlink?.documentReference ? [c.hyperlink.documentReference] : [],
    );
    expect(links).toHaveLength(3);
    expect(links.every((l) => /Биелэлт.*!H(6|8|9)$/.test(l))).toBe(true);
  });
});

describe("Тооцоолох", () => {
  it("fills fulfilment and keeps a value a person typed over a computed cell", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const user = start(book, "compute");
    await user.click(await screen.findByRole("button", { name: "Тооцоолох" }));
    await screen.findByText("«Биелэлт» хуудасны 4 нүдийг бөглөлөө.");
    expect(["H5", "H6", "H8", "H9"].map((c) => book.value("Биелэлт", c))).toEqual([
      0.75, 1, 0.5, 1,
    ]);
    expect(book.state().sheets["Биелэлт"].computed).toEqual(["H5", "H6", "H8", "H9"]);

    book.type("Биелэлт", "H5", 0.8); // the person's own figure
    book.type("Биелэлт", "G8", 15); // a new achieved level: the add-in's figure follows
    await user.click(screen.getByRole("button", { name: "Тооцоолох" }));
    await screen.findByText("«Биелэлт» хуудасны 3 нүдийг бөглөлөө.");
    expect(book.value("Биелэлт", "H5")).toBe(0.8);
    expect(book.value("Биелэлт", "H8")).toBe(0.75);
    expect(screen.getByText("H5: «80%» (тооцоолсон нь 75%)")).toBeTruthy();
    // The figures count 150 of 200 = 75 for 1.1, not the stated 80, and say so.
    expect(
      screen.getByText(
        "Гүйцэтгэлийн хувь бичсэн 1 нүдний утга (H5) түвшнээс тооцсон хувиас зөрж байгаа тул дүнд тооцсон хувийг авав.",
      ),
    ).toBeTruthy();
    expect(book.state().sheets["Биелэлт"].computed).not.toContain("H5");
  });

  it("says what happened and how far the write got when the sheet is protected", async () => {
    const book = fakeWorkbook([reportGrid()]);
    book.excel.workbook.sheets[0].protected = true;
    const user = start(book, "compute");
    await user.click(await screen.findByRole("button", { name: "Тооцоолох" }));
    const why = toWorkbookError({ code: "AccessDenied" }).text.mn;
    const bar = await screen.findByRole("group", { name: "Гүйцэтгэж чадсангүй" });
    // What happened in the workbook's words, then how far the write got.
    expect(bar.textContent).toContain(`Гүйцэтгэж чадсангүй ${why}`);
    expect(bar.textContent).toMatch(/“Биелэлт” хуудасны 4 нүднээс 0-д нь бичсэн/);
    expect(book.value("Биелэлт", "H5")).toBeUndefined();
    expect(book.state().sheets["Биелэлт"]).toBeUndefined();
  });
});

describe("Нэгтгэл", () => {
  it("writes the summaries with the conclusion, then consolidates files", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const user = start(book);
    await user.click(await screen.findByRole("tab", { name: "Нэгтгэл" }));
    await user.click(await screen.findByRole("button", { name: "Нэгтгэл үүсгэх" }));
    await screen.findByText("Нэгтгэлийг «Товчоо», «Биелэлтийн нэгтгэл» хуудсанд бичлээ.");
    const read = readPlan(reportGrid());
    if (!read.ok) throw new Error("the report reads");
    const expected = evaluationSummary(evaluatePlan(read.plan, DEFAULT_SETTINGS)).conclusion;
    const conclusion = screen.getByRole("region", { name: "Дүгнэлт" });
    for (const p of expected) expect(conclusion.textContent).toContain(p.text.mn);
    const chartSheet = book.excel.workbook.sheets.find((s) => s.name === "Биелэлтийн нэгтгэл");
    expect(chartSheet?.charts).toHaveLength(1);

    const unit = async (name: string) =>
      new File(
        [new Uint8Array(await sheetsToXlsx([{ name: "Биелэлт", values: reportGrid().cells }]))],
        name,
      );
    const files = [await unit("Баянзүрх.xlsx"), await unit("Сүхбаатар.xlsx")];
    files.push(new File([new Uint8Array([1, 2, 3])], "Хуучин.xlsx"));
    await user.upload(screen.getByLabelText("Нэгтгэх файлууд (.xlsx)"), files);
    await screen.findByText(
      "2 нэгжийн тайланг нэгтгэж «Нэгтгэл», «Шалгалтын дүн» хуудсанд бичлээ.",
      undefined,
      {
        timeout: 20000,
      },
    );
    expect(screen.getByText("Нэгтгэлд ороогүй: 1")).toBeTruthy();
    expect(screen.getByText(/^«Хуучин»: Энэ файл Excel-ийн \.xlsx файл биш/)).toBeTruthy();
    const sheet = book.excel.workbook.sheets.find((s) => s.name === "Нэгтгэл");
    const texts = Object.values(sheet?.cells ?? {}).map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["Баянзүрх", "Сүхбаатар", "Хуучин"]));
  });
});

describe("Тохиргоо", () => {
  it("edits a custom scheme, shows its gaps, saves in the workbook and switches to English", async () => {
    const book = fakeWorkbook([reportGrid()]);
    const user = start(book);
    await user.click(await screen.findByRole("tab", { name: "Тохиргоо" }));
    await user.click(await screen.findByRole("radio", { name: NDEG_ANTICORRUPTION_2019.name.mn }));
    await user.click(screen.getByRole("radio", { name: "Тусгай аргачлал" }));
    await screen.findByText("Бүлгүүд 0-100-г завсар, давхцалгүй хамарч байна.");
    const min = screen.getByRole("textbox", { name: "2-р бүлэг: Доод" });
    await user.clear(min);
    await user.type(min, "70");
    const bands = NDEG_ANTICORRUPTION_2019.bands.map((b, i) => (i === 1 ? { ...b, min: 70 } : b));
    const [gap] = validateScheme({ ...NDEG_ANTICORRUPTION_2019, bands });
    expect(screen.getByText(gap.message.mn)).toBeTruthy();

    await user.click(screen.getByRole("radio", { name: /^Таслах/ }));
    // The pane speaks English; the documents it writes stay Mongolian (a setting of their own).
    const language = screen.getByRole("radiogroup", { name: "Хэл" });
    await user.click(within(language).getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Хадгалах" }));
    await screen.findByText("The settings were saved in the workbook.");
    const saved = book.state().settings;
    expect(saved).toMatchObject({ scheme: "custom", rounding: "truncate", language: "en" });
    expect(saved.documentLanguage).toBe("mn");
    expect(saved.customScheme).toMatchObject({
      bands: [
        { min: 90, max: 100 },
        { min: 70, max: 89 },
        { min: 31, max: 59 },
        { min: 0, max: 30 },
      ],
    });

    expect(screen.getByRole("button", { name: "Save" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(await screen.findByRole("button", { name: "Check" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Template" }));
    expect(screen.getByRole("button", { name: "Create table" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Plan from job description" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Хүснэгт үүсгэх" })).toBeNull();
  });
});
