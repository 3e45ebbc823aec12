import { ALL_TEMPLATES } from "../../src/core/templates";
import {
  activeSheet,
  gridTexts,
  previewPerTest,
  pane,
  sheetTab,
  shot,
  waitForMoreSheets,
  workbook,
} from "./preview";
import type { Session } from "./preview";

let session: Session;
const openSession = previewPerTest();

describe("Загвар in the preview", () => {
  it("creates every template and shows its header row in the grid", async () => {
    session = await openSession();
    const { page } = session;
    const p = pane(page);
    await shot(page, "01-start");
    for (const spec of ALL_TEMPLATES) {
      const before = (await workbook(page)).sheets.length;
      await p.getByLabel("Баримт бичгийн төрөл").selectOption(spec.id);
      await p.getByRole("button", { name: "Хүснэгт үүсгэх" }).click();
      await waitForMoreSheets(page, before);
      const notice = await p.getByText(/хуудас үүслээ\.$/).innerText();
      const sheet = /«(.+)» хуудас үүслээ/.exec(notice)?.[1] as string;
      expect(sheet).toBeTruthy();

      // The new sheet is shown: its tab is selected and the grid draws its header row.
      await expect(sheetTab(page, sheet).getAttribute("aria-selected")).resolves.toBe("true");
      const texts = await gridTexts(page);
      const where = (header: string) =>
        [...texts].filter(([, t]) => t.trim() === header).map(([cell]) => cell);
      const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
      const headers = [...spec.columns, ...(spec.partTwo?.columns ?? [])];
      for (const col of headers) {
        expect([spec.id, col.header, where(col.header).length > 0]).toEqual([
          spec.id,
          col.header,
          true,
        ]);
        if (col.group)
          expect([spec.id, col.group, where(col.group).length > 0]).toEqual([
            spec.id,
            col.group,
            true,
          ]);
      }
      // The first part's ungrouped headers stand side by side in one row.
      const flat = spec.columns.filter((c) => !c.group).map((c) => rowOf(where(c.header)[0]));
      expect(new Set(flat).size).toBe(1);

      // And the workbook holds them, on the sheet the pane made active.
      const wb = await workbook(page);
      expect(activeSheet(wb).name).toBe(sheet);
      const values = Object.values(activeSheet(wb).cells).map((c) => c.value);
      expect(values).toEqual(expect.arrayContaining(headers.map((c) => c.header)));
      await shot(page, `02-template-${spec.id}`);
    }
  });
});
