// HTTPS options for the local server: Office only loads add-ins from https, so npm start and
// webpack serve try the Office developer certificates first and fall back to plain http.
"use strict";

const os = require("os");
const path = require("path");

// Where office-addin-dev-certs keeps the authority it makes (its defaults.caCertificatePath).
const CA_FILE = path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt");

/** What to run on this system to install and trust the certificate, and how. */
function installSteps(platform) {
  if (platform === "win32") {
    return {
      mn: [
        "    npx office-addin-dev-certs install             (зөвхөн танд; Windows зөвшөөрөл асууна)",
        "    npx office-addin-dev-certs install --machine   (бүх хэрэглэгчид; администратороор нээсэн терминалд)",
      ],
      en: [
        "    npx office-addin-dev-certs install             (for you; Windows asks to confirm)",
        "    npx office-addin-dev-certs install --machine   (for all users; in a terminal run as Administrator)",
      ],
    };
  }
  if (platform === "darwin") {
    return {
      mn: ["    npx office-addin-dev-certs install   (login keychain-д; macOS нууц үг асууна)"],
      en: [
        "    npx office-addin-dev-certs install   (login keychain; macOS asks for your password)",
      ],
    };
  }
  // On Linux the tool runs sudo itself; under `sudo npx` the files would land in root's home.
  return {
    mn: [
      "  sudo эрхтэй хэрэглэгчээр терминалд ажиллуулж, sudo нууц үг асуухад оруулна (урд нь sudo бичихгүй):",
      "    npx office-addin-dev-certs install",
      "  sudo байхгүй бол (контейнер, эрхгүй) урьдчилан харах хуудсыг http-ээр ашиглана.",
    ],
    en: [
      "  in a terminal, as a user allowed to use sudo; type your password when sudo asks (no sudo in front):",
      "    npx office-addin-dev-certs install",
      "  Without sudo (a container, no rights), use the preview page over http.",
    ],
  };
}

/** Why https is off and exactly what to do about it, in Mongolian and English. */
function fallbackMessage(reason, platform) {
  const steps = installSteps(platform);
  return [
    `HTTPS гэрчилгээ суулгаж чадсангүй (${reason}); http-ээр үйлчилнэ.`,
    "Урьдчилан харах хуудас http-ээр ажиллана; Excel нэмэлтийг зөвхөн https-ээр ачаална. Засахдаа:",
    ...steps.mn,
    "  Шалгах: npx office-addin-dev-certs verify — дараа нь дахин эхлүүлнэ.",
    "  Excel on the web: https://localhost:3000/taskpane.html хаягийг тэр хөтчөөр нэг удаа нээхэд анхааруулгагүй нээгдэх ёстой.",
    `  Анхааруулбал (Firefox, Linux дээрх Chrome/Chromium өөрийн жагсаалттай) ${CA_FILE} файлыг хөтчийн гэрчилгээ олгогчдын (Authorities) жагсаалтад импортлоно:`,
    "  Chrome: Settings → Privacy and security → Security → Manage certificates; Firefox: Settings → Privacy & Security →",
    "  View Certificates → Authorities → Import, «Trust this CA to identify websites»-ийг чагтална.",
    "",
    `Could not install the HTTPS certificate (${reason}); serving over http.`,
    "The preview page works over http; Excel loads add-ins only over https. To fix it, run",
    ...steps.en,
    "  Check with npx office-addin-dev-certs verify, then start again.",
    "  Excel on the web: open https://localhost:3000/taskpane.html once in that browser; it must open without a warning.",
    `  If it warns (Firefox, and Chrome/Chromium on Linux, keep their own list), import ${CA_FILE} there as an authority:`,
    "  Chrome: Settings → Privacy and security → Security → Manage certificates; Firefox: Settings → Privacy & Security →",
    "  View Certificates → Authorities → Import, tick «Trust this CA to identify websites».",
  ].join("\n");
}

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
    console.warn(fallbackMessage(reason, process.platform));
    return null;
  }
}

module.exports = { httpsOptionsOrNull };
