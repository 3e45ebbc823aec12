import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import * as acorn from "acorn";
import webpack, { type Configuration, type Stats } from "webpack";

// Builds the add-in the way `npm run build` does, into a temporary folder, and checks what Office
// will load: the pages, their Content-Security-Policy, office.js from Microsoft's CDN, the bundles.

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Configuration>;

const ROOT = path.resolve(__dirname, "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let outDir: string;
let stats: Stats;

function page(name: string): string {
  return fs.readFileSync(path.join(outDir, name), "utf8");
}

/** The src of each <script> in document order; inline scripts appear as "(inline)". */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attrs, body]) => {
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    return src ?? (body.trim() ? "(inline)" : "(empty)");
  });
}

function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(
    html,
  );
  const directives = new Map<string, string[]>();
  for (const directive of (meta?.[1] ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "guitsetgel-build-"));
  // What earlier builds left: an old bundle, and the command line `npm run build:cli` compiled.
  fs.mkdirSync(path.join(outDir, "cli", "cli"), { recursive: true });
  fs.writeFileSync(path.join(outDir, "cli", "cli", "main.js"), "// compiled command line\n");
  fs.writeFileSync(path.join(outDir, "taskpane.0badc0de.js"), "// an earlier bundle\n");
  const makeConfig: ConfigFactory = jest.requireActual(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (err, result) => (err || !result ? reject(err) : resolve(result))),
  );
}, 300_000); // a production build on a busy 2-core machine (jest runs a worker per core) takes up to 2–3 min

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("production build", () => {
  it("compiles without errors", () => {
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  });

  it("clears an earlier build's bundles but keeps the compiled command line in cli/", () => {
    expect(fs.existsSync(path.join(outDir, "taskpane.0badc0de.js"))).toBe(false);
    expect(fs.readFileSync(path.join(outDir, "cli", "cli", "main.js"), "utf8")).toBe(
      "// compiled command line\n",
    );
  });

  it("writes the pages, icons and manifest the manifest points at", () => {
    for (const file of [
      "taskpane.html",
      "commands.html",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect([file, fs.existsSync(path.join(outDir, file))]).toEqual([file, true]);
    }
    expect(page("manifest.xml")).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s loads office.js from Microsoft's CDN before its own bundles, with no inline script",
    (name) => {
      const srcs = scripts(page(name));
      expect(srcs[0]).toBe(OFFICE_JS);
      expect(srcs.length).toBeGreaterThan(1);
      for (const src of srcs.slice(1)) expect(src).toMatch(/^[\w.-]+\.[0-9a-f]{8}\.js$/);
    },
  );

  it.each(["taskpane.html", "commands.html"])(
    "%s sets a Content-Security-Policy that forbids inline script and eval",
    (name) => {
      const html = page(name);
      const csp = contentSecurityPolicy(html);
      expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      // The policy must come before any script for the browser to apply it to them.
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    },
  );

  it("keeps the React and Fluent UI code in vendor chunks of their own, the preview's apart", () => {
    const assets = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    const named = (prefix: string) => assets.find((f) => f.startsWith(prefix));
    // Shared by the pane and the preview page; the pane's own; the preview's own (its grid's menu).
    const shared = named("vendor-preview_taskpane.");
    const vendor = named("vendor-taskpane.");
    const taskpane = named("taskpane.");
    const commands = named("commands.");
    expect([shared, vendor, taskpane, commands, named("vendor-preview.")].every(Boolean)).toBe(
      true,
    );
    expect(scripts(page("taskpane.html"))).toEqual([OFFICE_JS, shared, vendor, taskpane]);
    expect(scripts(page("commands.html"))).toEqual([OFFICE_JS, commands]);
    // What the pane loads before any view opens stays under 350 KB gzipped (issue 5's target);
    // exceljs, which only consolidation needs, is never part of it.
    const gz = (f: string | undefined) =>
      zlib.gzipSync(fs.readFileSync(path.join(outDir, f as string))).length;
    expect(gz(shared) + gz(vendor) + gz(taskpane)).toBeLessThan(350 * 1024);
    const initial = [shared, vendor, taskpane].map((f) =>
      fs.readFileSync(path.join(outDir, f as string)),
    );
    expect(initial.some((b) => b.includes("exceljs") || b.includes("xl/workbook.xml"))).toBe(false);
    const bundled = fs.readFileSync(path.join(outDir, taskpane as string), "utf8");
    expect(bundled).toContain("Гүйцэтгэл");
    // webpack's runtime keeps a `new Function` fallback behind globalThis, never reached; eval is not.
    expect(bundled).not.toMatch(/\beval\(/);
  });

  it("has no eval in any script it emits, and builds a Function only in fallbacks never reached", () => {
    // Library fallbacks for hosts without globalThis or self (webpack's runtime, lodash,
    // regenerator-runtime) and for a setImmediate called with a string, which nothing does. Under
    // the pages' policy they would throw rather than run code; any other use fails this test.
    const FALLBACKS = [
      /new Function\("return this"\)/g,
      /Function\("return this"\)/g,
      /Function\("r","regeneratorRuntime = r"\)/g,
      /new Function\(""\+\w+\)/g,
    ];
    const scripts = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = fs.readFileSync(path.join(outDir, file), "utf8");
      const rest = FALLBACKS.reduce((text, re) => text.replace(re, ""), code);
      expect([file, code.match(/\beval\s*\(/g), rest.match(/\bFunction\s*\(/g)]).toEqual([
        file,
        null,
        null,
      ]);
    }
  });

  it("emits every script in the syntax of the build's target, which Safari 16 (Office on Mac) runs", () => {
    // Fluent UI's tabster writes class static blocks, which Safari has only from 16.4, and other
    // packages "??=": scripts/downlevel-loader.js compiles such modules down to ES2020.
    const { TARGET } = jest.requireActual(path.join(ROOT, "scripts", "downlevel-loader.js"));
    expect(TARGET).toBe(2020);
    const scripts = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    for (const file of scripts) {
      const code = fs.readFileSync(path.join(outDir, file), "utf8");
      let error = "";
      try {
        acorn.parse(code, { ecmaVersion: TARGET, sourceType: "script" });
      } catch (e) {
        error = `${(e as Error).message}: ${code.slice((e as { pos: number }).pos - 40, (e as { pos: number }).pos + 20)}`;
      }
      expect([file, error]).toEqual([file, ""]);
    }
  });
});
