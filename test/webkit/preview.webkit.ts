import { seed000Lookalikes } from "../fixtures/seeds/facts000";
import { seed000File, smallReportFile } from "../e2e/fixtures";
import {
  CATCHER_PATH,
  cellText,
  openFile,
  paneButton,
  previewPerTest,
  shot,
  tabNames,
  textOf,
  visiblePanel,
  waitForText,
  type Session,
} from "./webkit";

let session: Session;
const openSession = previewPerTest();

describe("the built preview in WebKit (WebKitGTK through WebKitWebDriver)", () => {
  it("loads with no script error, in WebKit, and the pane shows its views by their Mongolian names", async () => {
    session = await openSession();
    const { driver } = session;
    const agent = await driver.executeScript<string>("return navigator.userAgent");
    expect(agent).toContain("AppleWebKit");
    expect(agent).not.toMatch(/Chrome|Chromium/);
    expect(await tabNames(driver)).toEqual([
      "Загвар",
      "Шалгах",
      "Тооцоолох",
      "Нэгтгэл",
      "Тохиргоо",
    ]);
    // The error catcher ran before any of the page's own scripts, and saw nothing.
    await expect(
      driver.executeScript<string>("return new URL(document.scripts[0].src).pathname"),
    ).resolves.toBe(CATCHER_PATH);
    expect(await session.errors()).toEqual([]);
    // The catcher does catch: an error thrown later, outside any handler, is recorded.
    await driver.executeScript("setTimeout(() => { throw new Error('probe'); })");
    await driver.wait(async () => (await session.errors()).length > 0, 5_000);
    expect((await session.errors()).join("\n")).toContain("probe");
    await driver.executeScript("window.__webkitErrors.length = 0");
    await shot(driver, "01-loaded");
  });

  it("opens a real report and lists its look-alike letters under Шалгах", async () => {
    session = await openSession({ view: "check" });
    const { driver } = session;
    await openFile(driver, "seed000.xlsx", await seed000File());
    // Seed 000 prints "Dүрэм" with a Latin D in G16 (facts000, line 48).
    expect(await cellText(driver, "G16")).toContain("Dүрэм");

    await (await paneButton(driver, "Шалгах")).click();
    const status = await waitForText(driver, "зөрчил олдлоо");
    const count = Number(/(\d+) зөрчил олдлоо/.exec(await textOf(driver, status))?.[1]);
    // The cells where a careful reader found letters of another script (facts000), each of
    // which must be among the findings listed: a finding's link (titled "show the cell") starts
    // with its cell.
    const cells = [...new Set(seed000Lookalikes.map((f) => f.cell))];
    expect(count).toBeGreaterThanOrEqual(cells.length);
    const panel = await visiblePanel(driver);
    const listed = await driver.executeScript<string[]>(
      "return [...arguments[0].querySelectorAll('li button[title]')].map((b) => b.textContent)",
      panel,
    );
    const named = new Set(listed.map((t) => t.split(" ")[0]));
    expect(cells.filter((c) => !named.has(c))).toEqual([]);
    await shot(driver, "02-check-findings");
  });

  it("computes the fulfilment % of a small report under Тооцоолох", async () => {
    session = await openSession({ view: "compute" });
    const { driver } = session;
    await openFile(driver, "report.xlsx", await smallReportFile());
    await (await paneButton(driver, "Тооцоолох")).click();
    // Four measures, each achieved ÷ target × 100: 150/200, 4/4, 10/20, 100/100.
    await waitForText(driver, "«Биелэлт» хуудасны 4 нүдийг бөглөлөө.");
    const shown = Object.fromEntries(
      await Promise.all(
        ["H5", "H6", "H8", "H9"].map(async (c) => [c, await cellText(driver, c)] as const),
      ),
    );
    expect(shown).toEqual({ H5: "75%", H6: "100%", H8: "50%", H9: "100%" });
    await shot(driver, "03-compute");
  });
});
