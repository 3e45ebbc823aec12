/**
 * WebKitGTK driven over WebDriver: Debian's WebKitWebDriver (package webkit2gtk-driver) starts
 * WebKitGTK's MiniBrowser for each session. WebDriver has no roles or accessible names to find
 * things by, so the helpers here find them by the markup the pane renders (tabs, tab panels,
 * buttons by their text).
 */
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { Builder, By, until, type WebDriver, type WebElement } from "selenium-webdriver";
import { DriverService } from "selenium-webdriver/remote";

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
/**
 * The browser WebKitWebDriver starts: by default its own WebKitGTK's MiniBrowser (Debian:
 * /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser, in libwebkit2gtk-4.1-0); another with this set.
 */
const BROWSER = process.env.WEBKIT_BROWSER_PATH;

/** Where the page's error catcher is served; preview.html is given it as its first script. */
export const CATCHER_PATH = "/__webkit-errors.js";

const SHOTS = path.resolve(__dirname, "../../test-results/webkit");

export function origin(): string {
  const o = process.env.WEBKIT_ORIGIN;
  if (!o) throw new Error("WEBKIT_ORIGIN is not set: run through npm run test:webkit");
  return o;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Session {
  driver: WebDriver;
  /** What the page's error catcher recorded (uncaught errors, rejections, console errors, CSP). */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * One WebKitWebDriver for a test file and a fresh MiniBrowser (a cold load) for each test that
 * opens one. Each session is checked as its test ends (no page error) and quit, and the driver
 * is stopped after the file, whether the tests pass or not.
 */
export function previewPerTest(): (options?: { view?: string }) => Promise<Session> {
  let service: DriverService | undefined;
  let server: string | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    // WebKitGTK has no headless mode: without a display MiniBrowser waits for ever.
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      throw new Error("no display: run under xvfb-run -a (npm run test:webkit does)");
    }
    if (!fs.existsSync(WEBKIT_DRIVER)) {
      throw new Error(`no ${WEBKIT_DRIVER}: apt-get install webkit2gtk-driver`);
    }
    const port = await freePort();
    service = new DriverService.Builder(WEBKIT_DRIVER)
      .setLoopback(true)
      .setPort(port)
      .addArguments(`--port=${port}`)
      .build();
    server = await service.start(10_000);
  });
  afterAll(async () => {
    await session?.close().catch(() => undefined);
    await service?.kill();
  });
  afterEach(async () => {
    const ended = session;
    session = undefined;
    if (!ended) return;
    try {
      expect(await ended.errors()).toEqual([]);
    } finally {
      await ended.close();
    }
  });
  return async (options = {}) => {
    if (!server) throw new Error("the driver is not up: open a session inside a test");
    session = await openPreview(server, options);
    return session;
  };
}

async function openPreview(server: string, options: { view?: string }): Promise<Session> {
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities(
      BROWSER
        ? {
            // WebKitWebDriver matches the name against the binary's.
            browserName: path.basename(BROWSER),
            "webkitgtk:browserOptions": { binary: BROWSER, args: ["--automation"] },
          }
        : { browserName: "MiniBrowser" },
    )
    .build();
  const session: Session = {
    driver,
    errors: () => driver.executeScript<string[]>("return window.__webkitErrors || ['no catcher']"),
    close: async () => {
      await driver.quit();
    },
  };
  try {
    await driver.manage().window().setRect({ width: 1366, height: 768 });
    const query = options.view ? `?view=${encodeURIComponent(options.view)}` : "";
    await driver.get(`${origin()}/preview.html${query}`);
    // Ready when the first view has loaded its chunk and shows its buttons.
    await driver.wait(until.elementLocated(By.css("aside [role=tabpanel] button")), 20_000);
  } catch (error) {
    await driver.quit().catch(() => undefined);
    throw error;
  }
  return session;
}

/** XPath string literal for any text (the texts here hold no double quote). */
function lit(text: string): string {
  if (text.includes('"')) throw new Error(`no XPath literal for ${text}`);
  return `"${text}"`;
}

/**
 * The text an element shows (its innerText, as the e2e tests read it). WebDriver's own Get
 * Element Text answers "" here for the pane's tabs and the grid's cells in WebKitWebDriver 2.50,
 * though both show their text on screen.
 */
export function textOf(driver: WebDriver, element: WebElement): Promise<string> {
  return driver.executeScript<string>("return arguments[0].innerText", element);
}

/** The task pane's view tabs, in order: their texts. */
export async function tabNames(driver: WebDriver): Promise<string[]> {
  const tabs = await driver.findElements(By.css("aside [role=tablist] [role=tab]"));
  return Promise.all(tabs.map(async (t) => (await textOf(driver, t)).trim()));
}

/** The tab panel on show (the others stay mounted, hidden). */
export function visiblePanel(driver: WebDriver): Promise<WebElement> {
  return driver.findElement(By.css("aside [role=tabpanel]:not([hidden])"));
}

/** A button of the view on show, by its whole text. */
export async function paneButton(driver: WebDriver, text: string): Promise<WebElement> {
  const panel = await visiblePanel(driver);
  return panel.findElement(By.xpath(`.//button[normalize-space(.)=${lit(text)}]`));
}

/** Wait until an element holding the text (among its descendants' texts) shows; returns it. */
export async function waitForText(
  driver: WebDriver,
  text: string,
  timeout = 20_000,
): Promise<WebElement> {
  const found = await driver.wait(
    until.elementLocated(
      By.xpath(
        `//*[contains(normalize-space(.), ${lit(text)})][not(*[contains(normalize-space(.), ${lit(text)})])]`,
      ),
    ),
    timeout,
    `no «${text}» on the page`,
  );
  await driver.wait(until.elementIsVisible(found), timeout);
  return found;
}

/**
 * Load a file through "Файл нээх (.xlsx)" as a person picks it: WebDriver types the file's path
 * into the page's file input (hidden behind the button; WebKitWebDriver lets a hidden file input
 * take keys, its strictFileInteractability being false).
 */
export async function openFile(driver: WebDriver, name: string, bytes: Buffer): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guitsetgel-webkit-"));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const input = await driver.findElement(By.css("input[type=file]"));
    await input.sendKeys(file);
    await waitForText(driver, `«${name}» файлыг нээлээ`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text a grid cell shows. */
export async function cellText(driver: WebDriver, address: string): Promise<string> {
  return textOf(driver, await driver.findElement(By.css(`[role=grid] [data-cell="${address}"]`)));
}

/** A picture of what the person sees, under test-results/webkit/. */
export async function shot(driver: WebDriver, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, `${name}.png`), await driver.takeScreenshot(), "base64");
}
