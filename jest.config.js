/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Jest keeps a core for itself by default (cores − 1 workers): on a 2-core machine that is one
  // worker, every file run one after another. Its own share is small: one worker per core.
  maxWorkers: "100%",
  testTimeout: 60000,
  // MEMORY_EXCEL_HOST chooses the host the in-memory Excel plays (npm run test:hosts).
  setupFiles: ["<rootDir>/test/host-profile.setup.ts"],
};
