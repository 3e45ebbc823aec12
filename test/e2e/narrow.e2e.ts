import type { Page } from "playwright-core";
import { seed000File } from "./fixtures";
import { openFile, pane, previewPerTest, shot, type Session } from "./preview";

let session: Session;
const openSession = previewPerTest();

/** Elements of the pane that reach past its right edge (cut off from the person's view). */
async function overflowing(page: Page): Promise<string[]> {
  return pane(page).evaluate((aside) => {
    const edge = aside.getBoundingClientRect().right;
    const out: string[] = [];
    for (const el of aside.querySelectorAll<HTMLElement>("main *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest("[hidden]")) continue;
      if (box.right > edge + 0.5) {
        const label = el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40) ?? "";
        out.push(
          `${el.tagName.toLowerCase()} «${label.trim()}» ends at ${Math.round(box.right)} > ${Math.round(edge)}`,
        );
      }
    }
    return out;
  });
}

describe("the task pane at Excel's narrowest width", () => {
  it.each([320, 400])("fits every view into %i px, Mongolian text whole", async (width) => {
    session = await openSession({ pane: width });
    const { page } = session;
    const p = pane(page);
    expect(Math.round((await p.boundingBox())?.width ?? 0)).toBe(width);
    await openFile(page, "seed000.xlsx", await seed000File());
    for (const view of ["Загвар", "Шалгах", "Тооцоолох", "Нэгтгэл", "Тохиргоо"]) {
      await p.getByRole("tab", { name: view }).click();
      const panel = p.getByRole("tabpanel").filter({ visible: true });
      await panel.getByRole("button").first().waitFor();
      if (view === "Шалгах") {
        await panel.getByRole("button", { name: "Шалгах", exact: true }).click();
        await p.getByRole("status").waitFor();
      }
      if (view === "Тооцоолох") {
        await panel.getByRole("button", { name: "Тооцоолох" }).click();
        await panel
          .getByRole("alert")
          .or(panel.getByText(/нүдийг бөглөлөө/))
          .first()
          .waitFor();
      }
      expect([view, await overflowing(page)]).toEqual([view, []]);
      await shot(page, `17-pane-${width}-${view}`);
    }
  });
});
