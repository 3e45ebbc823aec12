// webpack loader: a package's module written in syntax newer than the build's target (ES2020)
// is compiled down to it by TypeScript. Office runs the pane in WebView2 on Windows and in
// WKWebView on Mac, which is Safari 16 there: it lacks class static blocks (16.4), which
// Fluent UI's tabster uses. A module that parses as ES2020 is passed through as it is.
"use strict";

const acorn = require("acorn");
const ts = require("typescript");

const TARGET = 2020;

function parsesAsTarget(source) {
  try {
    acorn.parse(source, { ecmaVersion: TARGET, sourceType: "module", allowHashBang: true });
    return true;
  } catch {
    return false;
  }
}

module.exports = function downlevel(source) {
  if (parsesAsTarget(source)) return source;
  return ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      // Class fields keep the semantics the package was written for.
      useDefineForClassFields: true,
      sourceMap: false,
    },
  }).outputText;
};

module.exports.TARGET = TARGET;
