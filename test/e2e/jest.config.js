// Browser tests (npm run test:e2e): the built preview page in Debian's Chromium. Kept apart from
// `npm test`, whose jest finds only *.test.ts files.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  reporters: ["default", ["<rootDir>/scripts/e2e-reporter.js", { label: "e2e" }]],
  // One browser at a time: the machines running this have two cores.
  maxWorkers: 1,
  testTimeout: 180000,
};
