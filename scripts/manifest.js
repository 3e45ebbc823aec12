#!/usr/bin/env node
// npm run manifest -- --url https://host/path [--support-url <url>] [-o <file>]
// The manifest an office deploys: manifest.xml with every https://localhost:3000 address moved to
// the server that hosts dist/, and the package's version. Written to dist/manifest.xml unless -o
// names another file.
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000";

/** A bilingual refusal: the message on stderr, exit 2, nothing written. */
function refuse(mn, en) {
  process.stderr.write(`guitsetgel manifest: ${mn}\n${en}\n`);
  process.exit(2);
}

function option(args, name) {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith("-"))
    refuse(`${name}-д утга өгнө.`, `${name} needs a value.`);
  return value;
}

/** The server's address, without a trailing slash; Office loads add-ins only over https. */
function serverUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    refuse(`«${raw}» хаяг биш байна.`, `«${raw}» is not an address.`);
  }
  if (url.protocol !== "https:") {
    refuse(
      "Office нэмэлтийг зөвхөн https хаягаас ачаална: https://… хаяг өгнө.",
      "Office loads add-ins over https only: give an https://… address.",
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    refuse(
      "Хаягт ?, # эсвэл нэвтрэх нэр байж болохгүй.",
      "The address must have no ?, # or user name.",
    );
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    refuse(
      "Байгууллагын серверийн хаягийг өгнө, localhost биш.",
      "Give the office's server, not localhost.",
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** The manifest's four-part version from the package's three-part one ("0.1.0" → "0.1.0.0"). */
function manifestVersion() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const parts = String(version).split(/[.+-]/).slice(0, 4).map(Number);
  while (parts.length < 4) parts.push(0);
  return parts.map((n) => (Number.isInteger(n) && n >= 0 ? n : 0)).join(".");
}

function main(args) {
  const raw = option(args, "--url");
  if (!raw) refuse("--url https://сервер/зам хаягийг өгнө.", "Give --url https://server/path.");
  const base = serverUrl(raw);
  const out = path.resolve(option(args, "-o") ?? path.join(ROOT, "dist", "manifest.xml"));
  const support = option(args, "--support-url");
  if (support !== undefined) serverUrl(support);

  const dev = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  let xml = dev.split(DEV_ORIGIN).join(base);
  if (support !== undefined) {
    xml = xml.replace(
      /(<SupportUrl DefaultValue=")[^"]*(")/,
      `$1${support.replace(/&/g, "&amp;")}$2`,
    );
  }
  xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion()}</Version>`);
  if (/localhost/i.test(xml)) {
    refuse("Манифестэд localhost хаяг үлдлээ.", "A localhost address is left in the manifest.");
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, xml);
  process.stdout.write(
    `«${path.relative(process.cwd(), out)}» манифестийг ${base} хаягт бичив. / Wrote the manifest for ${base}.\n`,
  );
}

main(process.argv.slice(2));
