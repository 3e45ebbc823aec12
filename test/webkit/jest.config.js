// WebKit tests (npm run test:webkit): the built preview page in WebKitGTK's MiniBrowser, driven
// over WebDriver by Debian's WebKitWebDriver (package webkit2gtk-driver). WebKitGTK has no
// headless mode: run it under xvfb-run. Build and server are the e2e harness's.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/webkit"],
  testMatch: ["**/*.webkit.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/webkit/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  reporters: ["default", ["<rootDir>/scripts/e2e-reporter.js", { label: "webkit" }]],
  // One browser at a time: the machines running this have two cores.
  maxWorkers: 1,
  testTimeout: 60000,
};
