/**
 * What the browser tests and the task pane benchmark share: a production build, a static server on
 * a free localhost port, Debian's Chromium driven by playwright-core (no browser download), and a
 * guard that fails a test on any request leaving localhost.
 */
import * as fs from "fs";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

const ROOT = path.resolve(__dirname, "..");

// scripts/serve.js is plain CommonJS (npm start runs it without a build step).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDirectory } = require("./serve") as {
  serveDirectory(
    root: string,
    options: { port: number; tls: null },
  ): Promise<import("http").Server>;
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export interface Build {
  dir: string;
  /** webpack's account of the build (entrypoints, assets); empty for an E2E_DIST build. */
  stats: StatsCompilation;
  /** Remove the folder when it was made for this build. */
  dispose(): void;
}

/**
 * A production build as `npm run build` makes it, into a fresh temporary folder (so a running
 * `npm start` keeps its dist/). With E2E_DIST set, that existing build is used as it is.
 */
export async function buildDist(): Promise<Build> {
  const existing = process.env.E2E_DIST;
  if (existing) {
    const dir = path.resolve(ROOT, existing);
    if (!fs.existsSync(path.join(dir, "preview.html"))) {
      throw new Error(`${dir} holds no preview.html: run npm run build first`);
    }
    return { dir, stats: {}, dispose: () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guitsetgel-e2e-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: { mode: string },
  ) => Promise<Configuration>;
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: dir };
  const result = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  const stats = result.toJson({ all: false, entrypoints: true, assets: true, errors: true });
  if (result.hasErrors()) {
    throw new Error(`build failed:\n${(stats.errors ?? []).map((e) => e.message).join("\n")}`);
  }
  return { dir, stats, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serve a build over http on a free port of localhost. */
export async function serveDist(dir: string): Promise<Served> {
  const server = await serveDirectory(dir, { port: 0, tls: null });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Let a context reach only the test server (and the page's own blob: and data: URLs): any other
 * request is refused and recorded, for the test to fail on.
 */
export async function guardNetwork(context: BrowserContext, origin: string): Promise<string[]> {
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || /^(blob|data):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  return outside;
}

/** The JavaScript an entry point loads before anything else: its initial chunks, gzipped. */
export function initialScripts(build: Build, entry: string): { file: string; gzip: number }[] {
  const point = build.stats.entrypoints?.[entry];
  if (!point)
    throw new Error(`no entry point ${entry} in the build's stats (E2E_DIST builds have none)`);
  const assets = point.assets ?? [];
  return assets
    .map((a) => a.name)
    .filter((name) => name.endsWith(".js"))
    .map((file) => ({
      file,
      gzip: zlib.gzipSync(fs.readFileSync(path.join(build.dir, file)), { level: 9 }).length,
    }));
}
