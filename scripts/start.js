#!/usr/bin/env node
// npm start: production build into dist/, then serve it on https://localhost:3000 (http when no
// developer certificate can be made) and say how to load the add-in into Excel.
// `npm start -- --no-build` serves the existing dist/ as it is.
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const makeConfig = require("../webpack.config");
const { httpsOptionsOrNull } = require("./dev-certs");
const { serveDirectory } = require("./serve");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

async function build() {
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
  );
  console.log(stats.toString({ colors: process.stdout.isTTY, preset: "errors-warnings" }));
  if (stats.hasErrors()) {
    throw new Error("Бүтээх үед алдаа гарлаа. / The build failed.");
  }
}

async function main() {
  process.chdir(ROOT);
  if (!process.argv.includes("--no-build")) {
    console.log("dist/ бүтээж байна… / Building dist/…");
    await build();
  }
  const tls = await httpsOptionsOrNull();
  const port = makeConfig.DEV_PORT;
  try {
    await serveDirectory(DIST, { port, tls });
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      throw new Error(`${port} порт завгүй байна. / Port ${port} is already in use.`);
    }
    throw err;
  }
  const origin = `${tls ? "https" : "http"}://localhost:${port}`;
  const manifest = path.relative(process.cwd(), path.join(ROOT, "manifest.xml"));
  const preview = fs.existsSync(path.join(DIST, "preview.html"))
    ? [`  Excel-гүй урьдчилан харах / Preview without Excel: ${origin}/preview.html`]
    : [];
  console.log(
    [
      "",
      `Гүйцэтгэл ажиллаж байна / Guitsetgel is being served from ${DIST}`,
      `  Ажлын самбар / Task pane: ${origin}/taskpane.html`,
      ...preview,
      `  Манифест / Manifest:      ${manifest}`,
      "",
      "Excel-д ачаалах / Load into Excel:",
      "  Excel desktop:  npx office-addin-debugging start manifest.xml",
      "                  эсвэл хуваалцсан хавтсыг Trust Center → Trusted Add-in Catalogs-д нэмнэ",
      "                  or add a shared folder holding manifest.xml under Trust Center → Trusted Add-in Catalogs",
      "  Excel on the web: Home → Add-ins → More add-ins → Upload My Add-in → manifest.xml",
      "",
      "Зогсоох: Ctrl+C / Stop: Ctrl+C",
    ].join("\n"),
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
