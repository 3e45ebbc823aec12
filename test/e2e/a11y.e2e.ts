import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/core/text";
import { LANGUAGE_NAMES, STRINGS, VIEW_LABELS, type StringKey } from "../../src/taskpane/strings";
import { guardNetwork } from "../../scripts/e2e-harness";
import { seed000File } from "./fixtures";
import {
  failedLoads,
  launchChromium,
  openFile,
  openPreview,
  origin,
  pane,
  settled,
  type Session,
} from "./preview";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Wait until no transition or finite animation runs: axe reads colours as they are drawn. */
async function still(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * axe-core's serious and critical violations in `include` (CSS selectors; the whole page when
 * empty), each as its rule, impact and the elements it names.
 */
async function serious(page: Page, state: string, include: string[] = []): Promise<string[]> {
  await still(page);
  // Fluent's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> around tab
  // lists and dialogs to steer Tab; they pass focus straight on and are never read. Fluent calls
  // axe's aria-hidden-focus on them by design (microsoft/fluentui#27517, microsoft/tabster#288):
  // only they are left out, every rule still runs on everything else.
  const builder = new AxeBuilder({ page })
    .exclude("[data-tabster-dummy]")
    // Violations in full, every other result by one example: half the time on the grid's cells.
    .options({ resultTypes: ["violations"] });
  for (const selector of include) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.join(" ")).join(", ");
      return `${state}: ${v.id} (${v.impact}) ${v.help} — ${targets}`;
    });
}

/** A pane string as a pattern, its `{placeholders}` matching anything. */
function pattern(key: StringKey, lang: Lang): RegExp {
  const escaped = STRINGS[key][lang].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(escaped.replace(/\\\{\w+\\\}/g, ".*"));
}

describe("accessibility: axe-core on the task pane", () => {
  let session: Session;
  afterEach(async () => {
    expect(session.outside).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.close();
  });

  it.each(["mn", "en"] as const)(
    "finds nothing serious or critical in any view or state of the pane (%s)",
    async (lang) => {
      session = await openPreview(browser);
      const { page } = session;
      const p = pane(page);
      const say = (key: StringKey) => STRINGS[key][lang];
      const problems: string[] = [];
      // The pane is the page's one <aside>: the complementary landmark the helpers drive.
      expect(await p.evaluate((el) => el.tagName)).toBe("ASIDE");
      const checkPane = async (state: string) =>
        problems.push(...(await serious(page, state, ["aside"])));
      const openView = async (id: keyof typeof VIEW_LABELS) => {
        await p.getByRole("tab", { name: VIEW_LABELS[id][lang] }).click();
        await p.getByRole("tabpanel").getByRole("button").first().waitFor();
        await checkPane(VIEW_LABELS[id][lang]);
      };

      await openFile(page, "seed000.xlsx", await seed000File());
      if (lang === "en") {
        await p.getByRole("button", { name: LANGUAGE_NAMES.en }).click();
        await p.getByRole("tab", { name: VIEW_LABELS.template.en, selected: true }).waitFor();
      }

      await openView("template");

      await openView("check");
      await p
        .getByRole("tabpanel")
        .getByRole("button", { name: say("runCheck"), exact: true })
        .click();
      await p.getByRole("status").waitFor();
      await checkPane("findings listed");

      await p
        .getByRole("button", { name: say("fixAll") })
        .first()
        .click();
      const dialog = page.getByRole("alertdialog");
      await settled(dialog.getByRole("button", { name: say("confirm") }));
      // The dialog is drawn over the page, outside the <aside>.
      problems.push(
        ...(await serious(page, "«Бүгдийг засах» confirmation", ["aside", "[role=alertdialog]"])),
      );
      await dialog.getByRole("button", { name: say("cancel") }).click();
      await dialog.waitFor({ state: "hidden" });

      await openView("compute");
      await p
        .getByRole("tabpanel")
        .getByRole("button", { name: say("compute") })
        .click();
      await p.getByText(pattern("filled", lang)).waitFor();
      await checkPane("compute result");

      await openView("summary");
      await p.getByRole("button", { name: say("makeSummary") }).click();
      await p.getByText(pattern("summaryWritten", lang)).waitFor();
      await checkPane("summary written");

      await openView("settings");
      await p.getByRole("radio", { name: say("schemeCustom") }).check();
      await p.getByRole("button", { name: say("addBand") }).waitFor();
      await checkPane("custom scheme's bands");

      expect(problems).toEqual([]);
    },
  );

  it("finds nothing serious or critical on the whole page: workbook side and pane", async () => {
    session = await openPreview(browser, { view: "check" });
    const { page } = session;
    const p = pane(page);
    await openFile(page, "seed000.xlsx", await seed000File());
    await p.getByRole("tabpanel").getByRole("button", { name: "Шалгах", exact: true }).click();
    await p.getByRole("status").waitFor();
    expect(await serious(page, "the whole page, findings listed")).toEqual([]);
  });
});

describe("a cold load", () => {
  it.each(["preview.html", "taskpane.html"])(
    "of /%s makes no request the server answers with 4xx or 5xx, its icon included",
    async (file) => {
      const context = await browser.newContext();
      try {
        const outside = await guardNetwork(context, origin());
        const page = await context.newPage();
        const failed = failedLoads(page);
        const status = new Map<string, number>();
        page.on("response", (r) => status.set(r.url(), r.status()));
        await page.goto(`${origin()}/${file}`, { waitUntil: "networkidle" });
        // Without an icon of its own a page makes the browser ask for /favicon.ico: a 404.
        const icons = await page
          .locator('link[rel="icon"]')
          .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
        expect(icons).toHaveLength(1);
        if (!status.has(icons[0])) await page.waitForResponse(icons[0]);
        expect([icons[0], status.get(icons[0])]).toEqual([icons[0], 200]);
        expect(failed).toEqual([]);
        // Outside Office the task pane's page asks for office.js, which the guard refuses.
        expect(outside).toEqual(file === "taskpane.html" ? [OFFICE_JS] : []);
      } finally {
        await context.close();
      }
    },
  );
});
