// HTTPS options for the local server: Office only loads add-ins from https, so npm start and
// webpack serve try the Office developer certificates first and fall back to plain http.
"use strict";

/**
 * Returns { ca, cert, key } from office-addin-dev-certs (creating and trusting them on first use),
 * or null when that fails (no sudo, no certutil, a CI box): the caller then serves http.
 */
async function httpsOptionsOrNull() {
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    return await getHttpsServerOptions();
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    console.warn(
      [
        `HTTPS гэрчилгээ бэлдэж чадсангүй (${reason}); http-ээр үйлчилнэ. Excel нэмэлтийг зөвхөн https-ээр ачаална:`,
        "  npx office-addin-dev-certs install  гэж ажиллуулаад дахин эхлүүлнэ үү.",
        `Could not prepare HTTPS certificates (${reason}); serving over http. Excel loads add-ins only over https:`,
        "  run  npx office-addin-dev-certs install  and start again.",
      ].join("\n"),
    );
    return null;
  }
}

module.exports = { httpsOptionsOrNull };
