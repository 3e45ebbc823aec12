import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import prettier from "eslint-config-prettier";

// Layers import only the ones before them: core → workbook → taskpane / commands / cli.
const nodeBuiltins = ["fs", "path", "os", "child_process", "stream", "util", "crypto", "zlib", "worker_threads"];
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "bin/**", "*.config.js", "*.config.mjs", "scripts/**"] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, react },
    settings: { react: { version: "detect" } },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-office-initialize": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: restrict([
      { group: ["**/workbook/**", "**/taskpane/**", "**/commands/**", "**/cli/**"], message: "core imports nothing above it" },
      { group: ["react", "react-dom", "@fluentui/*", "exceljs", "office-js"], message: "core is pure" },
      { group: nodeBuiltins.flatMap((m) => [m, `node:${m}`]), message: "core uses no Node APIs" },
    ]),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: restrict([
      { group: ["**/taskpane/**", "**/commands/**", "**/cli/**"], message: "workbook imports only core" },
      { group: ["react", "react-dom", "@fluentui/*"], message: "workbook has no UI" },
    ]),
  },
);
