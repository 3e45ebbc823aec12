import { checkGrid, type SheetCheck } from "../../src/core/checks";
import { CATALOGUE } from "../../src/core/checks/catalogue";
import type { Finding } from "../../src/core/finding";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { seed000Lookalikes } from "../fixtures/seeds/facts000";
import ExcelJS from "exceljs";
import { seed000File, smallReportFile } from "./fixtures";
import {
  book,
  gridCell,
  openFile,
  previewPerTest,
  pane,
  saveFile,
  selectedCell,
  settled,
  sheetOf,
  sheetTab,
  shot,
  workbook,
  type Session,
} from "./preview";

let session: Session;
const openSession = previewPerTest();

const SEVERITY_LABELS = { error: "Алдаа", warning: "Анхааруулга", note: "Тэмдэглэл" } as const;

function counts(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}

async function coreCheck(bytes: Buffer, sheet: string): Promise<SheetCheck> {
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(read.error.message.en);
  const grid = read.sheets.find((s) => s.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return checkGrid(grid, DEFAULT_SETTINGS);
}

describe("Шалгах in the preview", () => {
  it("checks a real report, shows a finding's cell, fixes all look-alike letters, checks again", async () => {
    const bytes = await seed000File();
    const expected = await coreCheck(bytes, "Биелэлт");
    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);

    await openFile(page, "seed000.xlsx", bytes);
    await expect(sheetTab(page, "Биелэлт").getAttribute("aria-selected")).resolves.toBe("true");
    // The file's mistakes are there to see: "Dүрэм" with a Latin D in G16 (facts000).
    await expect(gridCell(page, "G16").innerText()).resolves.toContain("Dүрэм");

    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    const status = p.getByRole("status");
    await status.waitFor();
    await expect(status.innerText()).resolves.toContain(
      `${expected.findings.length} зөрчил олдлоо`,
    );
    // Each severity heading shows its count.
    for (const [severity, n] of Object.entries(counts(expected.findings))) {
      const label = SEVERITY_LABELS[severity as keyof typeof SEVERITY_LABELS];
      await p.getByRole("heading", { name: `${label}: ${n}` }).waitFor();
    }
    // Every look-alike letter a reader found has its finding, named by its cell.
    for (const cell of new Set(seed000Lookalikes.map((f) => f.cell))) {
      await expect(
        p.getByRole("button", { name: new RegExp(`^${cell} `) }).count(),
      ).resolves.toBeGreaterThan(0);
    }
    await shot(page, "03-check-findings");

    // A finding's link selects its cell in the grid, in view.
    await p.getByRole("button", { name: /^G16 / }).first().click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[role="grid"] [aria-selected="true"]')
          ?.getAttribute("data-cell") === "G16",
    );
    expect(await selectedCell(page)).toBe("G16");
    await expect(book(page).getByLabel("Нүдний хаяг").inputValue()).resolves.toBe("G16");
    expect((await workbook(page)).selection).toBe("G16");
    const box = await gridCell(page, "G16").boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.y < 768).toBe(true);
    await shot(page, "04-check-finding-selected");

    // Fix every certain TEXT-SCRIPT fix at once, after confirming.
    const scriptFixes = new Map<string, string | number>();
    for (const f of expected.findings) {
      if (f.code === "TEXT-SCRIPT" && f.fix && !scriptFixes.has(f.fix.cell)) {
        scriptFixes.set(f.fix.cell, f.fix.value);
      }
    }
    expect(scriptFixes.size).toBeGreaterThan(1);
    const title = CATALOGUE["TEXT-SCRIPT"].title.mn;
    const group = p.getByRole("listitem").filter({ hasText: `${title}: ${scriptFixes.size} нүд` });
    await group.getByRole("button", { name: "Бүгдийг засах" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.innerText()).resolves.toContain(`${scriptFixes.size} нүд өөрчлөгдөнө`);
    await settled(dialog.getByRole("button", { name: "Өөрчлөх" }));
    await shot(page, "05-check-fix-all-confirm");
    await dialog.getByRole("button", { name: "Өөрчлөх" }).click();
    await p.getByText(`${scriptFixes.size} нүдийг заслаа; дахин шалгалаа.`).waitFor();
    await expect(group.count()).resolves.toBe(0);

    // The workbook holds the corrected words, and the grid shows them.
    const sheet = sheetOf(await workbook(page), "Биелэлт");
    for (const [cell, value] of scriptFixes)
      expect([cell, sheet.cells[cell]?.value]).toEqual([cell, value]);
    for (const fact of seed000Lookalikes.filter((f) => scriptFixes.has(f.cell))) {
      const shown = await gridCell(page, fact.cell).innerText();
      expect([fact.cell, shown.includes(fact.correct)]).toEqual([fact.cell, true]);
    }
    await expect(gridCell(page, "G16").innerText()).resolves.toContain("Дүрэм");

    // Checked again by hand: no look-alike letter is left, and the count is the core's on the saved file.
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    const saved = await saveFile(page);
    expect(saved.name).toBe("seed000.xlsx");
    const again = checkGrid(
      saved.sheets.find((s) => s.sheet === "Биелэлт") ?? saved.sheets[0],
      DEFAULT_SETTINGS,
    );
    expect(again.findings.filter((f) => f.code === "TEXT-SCRIPT" && f.fix)).toEqual([]);
    await expect(status.innerText()).resolves.toContain(`${again.findings.length} зөрчил олдлоо`);
    expect(again.findings.length).toBeLessThan(expected.findings.length);
    await shot(page, "06-check-after-fix");
  });

  it("asks before a fix writes over a person's formula, then writes it; Undo brings the formula back", async () => {
    // The small report's 1.1: 150 of 200 (G5, F5) is 75%. The person's formula divides by the
    // next row's target (F6 = 4): =G5/F6 = 37.5, shown as 3750.0%.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await smallReportFile()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Биелэлт")!;
    ws.getCell("H5").value = { formula: "G5/F6", result: 37.5 } as ExcelJS.CellFormulaValue;
    ws.getCell("H5").numFmt = "0.0%";
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    session = await openSession({ view: "check" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "formula.xlsx", bytes);
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    const item = p
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /^H5 / }) });
    await item.getByText("Засвар: «75%»").waitFor();
    await item.getByRole("button", { name: "Засах" }).click();

    const dialog = page.getByRole("alertdialog");
    await expect(dialog.innerText()).resolves.toContain("Томъёотой нүд: H5 (=G5/F6).");
    await settled(dialog.getByRole("button", { name: "Өөрчлөх" }));
    await shot(page, "06b-check-fix-over-formula");
    await dialog.getByRole("button", { name: "Өөрчлөх" }).click();
    await p.getByText("«Биелэлт» хуудасны 1 нүдийг заслаа; дахин шалгалаа.").waitFor();
    const fixed = sheetOf(await workbook(page), "Биелэлт").cells.H5;
    expect([fixed.value, fixed.formula]).toEqual([0.75, undefined]);
    const saved = await saveFile(page);
    const grid = saved.sheets.find((s) => s.sheet === "Биелэлт")!;
    expect(grid.cells[4][7]).toBe(0.75);

    await p.getByRole("button", { name: "Буцаах" }).click();
    await p.getByText("«Засвар» буцаагдлаа.").waitFor();
    expect(sheetOf(await workbook(page), "Биелэлт").cells.H5.formula).toBe("=G5/F6");
  });
});
