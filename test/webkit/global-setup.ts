import * as http from "http";
import type { AddressInfo } from "net";
import e2eSetup from "../e2e/global-setup";
import { CATCHER_PATH } from "./webkit";

/**
 * Collects what would fail a test in window.__webkitErrors from the page's first script on:
 * uncaught errors, failed loads of scripts, styles and images, unhandled rejections, console
 * errors and Content-Security-Policy refusals (the page's CSP allows only its own origin, so a
 * request leaving localhost is one). WebKitWebDriver has no log API and no script-on-new-document,
 * and the page's CSP forbids inline scripts: hence a same-origin script file, read back with
 * executeScript. Plain ES5, so that it runs in any engine before anything else.
 */
const CATCHER = `(function () {
  var errors = (window.__webkitErrors = []);
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push("load failed: " + (t.src || t.href));
    else errors.push("error: " + e.message + " (" + e.filename + ":" + e.lineno + ":" + e.colno + ")" +
      (e.error && e.error.stack ? "\\n" + e.error.stack : ""));
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    errors.push("unhandledrejection: " + (r && r.stack ? r.message + "\\n" + r.stack : String(r)));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    errors.push("csp: " + e.violatedDirective + " refused " + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push("console: " + Array.prototype.map.call(arguments, String).join(" "));
    return consoleError.apply(console, arguments);
  };
})();
`;

/**
 * The e2e set-up (build once, serve it), and in front of its server a small proxy that serves
 * the same files, except that preview.html loads the error catcher first. WEBKIT_ORIGIN tells
 * the tests where.
 */
export default async function globalSetup(): Promise<void> {
  await e2eSetup();
  const upstream = process.env.E2E_ORIGIN as string;
  const proxy = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === CATCHER_PATH) {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" }).end(CATCHER);
      return;
    }
    const page = /^\/preview\.html(\?|$)/.test(url);
    const ask = http.request(
      `${upstream}${url}`,
      { method: req.method, headers: req.headers },
      (up) => {
        if (!page || up.statusCode !== 200) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        up.on("data", (c: Buffer) => chunks.push(c));
        up.on("end", () => {
          const html = Buffer.concat(chunks).toString("utf8");
          const withCatcher = html.replace(
            /<head>/i,
            `<head><script src="${CATCHER_PATH}"></script>`,
          );
          if (withCatcher === html) {
            res.writeHead(500).end("preview.html has no <head> to put the error catcher in");
            return;
          }
          const headers = { ...up.headers };
          delete headers["content-length"];
          res.writeHead(200, headers).end(withCatcher);
        });
      },
    );
    ask.on("error", (e) => res.writeHead(502).end(String(e)));
    req.pipe(ask);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "localhost", resolve));
  const { port } = proxy.address() as AddressInfo;
  process.env.WEBKIT_ORIGIN = `http://localhost:${port}`;
  const g = globalThis as { e2eStop?: () => Promise<void> };
  const stopE2e = g.e2eStop;
  g.e2eStop = async () => {
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await stopE2e?.();
  };
}
