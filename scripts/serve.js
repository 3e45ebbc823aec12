// A small static file server for dist/: what npm start runs, and what browser tests can reuse.
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** Maps a request path to a file under root, or null when it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const relative = decoded === "/" ? "taskpane.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves the files under `root` on 127.0.0.1-reachable `localhost:port`. `tls` is
 * { key, cert, ca } for https, or null for http. Resolves once listening.
 */
function serveDirectory(root, { port, tls }) {
  const absoluteRoot = path.resolve(root);
  const handler = (req, res) => {
    const file = resolveFile(absoluteRoot, req.url || "/");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream",
      // Hashed bundles never change; pages and the manifest must never be stale after an update.
      "Cache-Control": /\.[0-9a-f]{8}\.js$/.test(file) ? "max-age=31536000, immutable" : "no-cache",
      "Access-Control-Allow-Origin": "*",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => resolve(server));
  });
}

module.exports = { serveDirectory, resolveFile };
