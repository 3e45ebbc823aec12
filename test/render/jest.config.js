// LibreOffice round trip (npm run test:render): the CLI's .xlsx files opened by another program.
// Kept apart from `npm test`, whose jest finds only *.test.ts files.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/render"],
  testMatch: ["**/*.render.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  reporters: ["default", ["<rootDir>/scripts/e2e-reporter.js", { label: "render" }]],
  maxWorkers: 1,
  testTimeout: 300000,
};
