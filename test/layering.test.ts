import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import ts from "typescript";

// Layers import only the ones before them: core → workbook → taskpane / commands / cli, and
// preview (the page without Excel) on top of the task pane, imported by no other layer.
// eslint's no-restricted-imports says the same while editing; this test also catches globals,
// require() and import() calls, and runs with the test suite.

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

type Layer = "core" | "workbook" | "taskpane" | "commands" | "cli" | "preview";

/** Layers each layer must not import from. */
const FORBIDDEN_LAYERS: Partial<Record<Layer, Layer[]>> = {
  core: ["workbook", "taskpane", "commands", "cli", "preview"],
  workbook: ["taskpane", "commands", "cli", "preview"],
  taskpane: ["preview"],
  commands: ["preview"],
  cli: ["preview"],
};

const UI_PACKAGES = ["react", "react-dom", "@fluentui"];
const HOST_PACKAGES = ["exceljs", "office-js", "@microsoft/office-js", "@types/office-js"];
const NODE_BUILTINS = new Set(builtinModules.map((m) => m.split("/")[0]));

/** Host and runtime globals that pure code must not touch. */
const CORE_GLOBALS = new Set(["Office", "Excel", "document", "window", "process"]);

/** The npm package a bare specifier names: "@fluentui/react-components/x" → "@fluentui/react-components". */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isPackage(specifier: string, names: string[]): boolean {
  const pkg = packageOf(specifier);
  return names.some(
    (n) => pkg === n || (n.startsWith("@") && !n.includes("/") && pkg.startsWith(`${n}/`)),
  );
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || NODE_BUILTINS.has(specifier.split("/")[0]);
}

function layerOf(file: string): Layer | null {
  const match = /^src\/(core|workbook|taskpane|commands|cli|preview)\//.exec(file);
  return match ? (match[1] as Layer) : null;
}

/** Every module specifier in a file: import/export from, import x = require, require(), import(). */
function moduleSpecifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      found.push(node.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names the file declares itself (variables, parameters, functions, classes, imports). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name &&
      ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node))
    ) {
      names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Uses of `Office.x`, `Excel.x`, `document.x`, `window.x`, `process.x` (values or types). */
function globalUses(source: ts.SourceFile): string[] {
  const local = declaredNames(source);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const head = ts.isPropertyAccessExpression(node)
      ? node.expression
      : ts.isQualifiedName(node)
        ? node.left
        : undefined;
    if (head && ts.isIdentifier(head) && CORE_GLOBALS.has(head.text) && !local.has(head.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${head.text}. (line ${line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What a file under src/ does against the layer rules; `file` is relative to the repository. */
function layerViolations(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const lower = layer === "core" || layer === "workbook";
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const violations: string[] = [];
  for (const specifier of moduleSpecifiers(source)) {
    if (specifier.startsWith(".")) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const targetLayer = layerOf(`${target}/`);
      if (targetLayer && FORBIDDEN_LAYERS[layer]?.includes(targetLayer)) {
        violations.push(`${file}: imports ${specifier} (${layer} must not import ${targetLayer})`);
      }
    } else if (!lower) {
      continue;
    } else if (isPackage(specifier, UI_PACKAGES)) {
      violations.push(`${file}: imports ${specifier} (${layer} has no UI)`);
    } else if (layer === "core" && isPackage(specifier, HOST_PACKAGES)) {
      violations.push(`${file}: imports ${specifier} (core knows no host)`);
    } else if (layer === "core" && isNodeBuiltin(specifier)) {
      violations.push(`${file}: imports ${specifier} (core uses no Node APIs)`);
    }
  }
  if (layer === "core") {
    for (const use of globalUses(source)) violations.push(`${file}: uses ${use} (core is pure)`);
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

describe("layer rules", () => {
  it("hold for every .ts/.tsx file under src/", () => {
    const files = sourceFiles(SRC).map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
    expect(files.filter((f) => f.startsWith("src/core/")).length).toBeGreaterThan(0);
    const violations = files.flatMap((f) =>
      layerViolations(f, fs.readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(violations).toEqual([]);
  });

  it.each([
    ["src/core/a.ts", 'import { x } from "../workbook/sheet";', "core must not import workbook"],
    ["src/core/plan/a.ts", 'import type { P } from "../../taskpane/App";', "import taskpane"],
    ["src/core/a.ts", 'export * from "../cli/main";', "core must not import cli"],
    ["src/core/a.ts", 'const c = require("../commands/commands");', "import commands"],
    ["src/core/a.ts", 'const m = await import("../taskpane/strings");', "import taskpane"],
    ["src/core/a.ts", 'import { useState } from "react";', "has no UI"],
    ["src/core/a.ts", 'import { Button } from "@fluentui/react-components";', "has no UI"],
    ["src/core/a.ts", 'import ExcelJS from "exceljs";', "knows no host"],
    ["src/core/a.ts", 'import * as fs from "fs";', "no Node APIs"],
    ["src/core/a.ts", 'import { join } from "node:path";', "no Node APIs"],
    ["src/core/a.ts", 'import { readFile } from "fs/promises";', "no Node APIs"],
    ["src/core/a.ts", 'import os = require("os");', "no Node APIs"],
    ["src/core/a.ts", 'import { execSync } from "child_process";', "no Node APIs"],
    ["src/core/a.ts", "const w = window.innerWidth;", "uses window."],
    ["src/core/a.ts", 'const el = document.getElementById("x");', "uses document."],
    ["src/core/a.ts", "const env = process.env.X;", "uses process."],
    ["src/core/a.ts", "Office.onReady();", "uses Office."],
    ["src/core/a.ts", "type R = Excel.Range;", "uses Excel."],
    ["src/workbook/a.ts", 'import { App } from "../taskpane/App";', "workbook must not import"],
    ["src/workbook/x/a.ts", 'import { run } from "../../cli/run";', "workbook must not import cli"],
    ["src/workbook/a.ts", 'import { makeStyles } from "@fluentui/react-components";', "no UI"],
    [
      "src/core/a.ts",
      'import { previewHost } from "../preview/host";',
      "core must not import preview",
    ],
    [
      "src/workbook/a.ts",
      'import { Preview } from "../preview/Preview";',
      "must not import preview",
    ],
    ["src/taskpane/a.tsx", 'import { tell } from "../preview/strings";', "must not import preview"],
    ["src/cli/a.ts", 'const p = await import("../preview/xlsx-file");', "must not import preview"],
  ])("reports %s containing %s", (file, text, expected) => {
    const violations = layerViolations(file, text);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(expected);
  });

  it.each([
    ["src/core/a.ts", 'import { bi } from "./text";\nimport type { Grid } from "../core/grid";'],
    ["src/core/a.ts", "function f(document: { rows: number }) { return document.rows; }"],
    ["src/core/a.ts", '// window.alert("x") in a comment\nconst s = "process.env";'],
    ["src/workbook/a.ts", 'import ExcelJS from "exceljs";\nimport { bi } from "../core/text";'],
    ["src/taskpane/a.tsx", 'import { Button } from "@fluentui/react-components";'],
    ["src/cli/a.ts", 'import * as fs from "fs";\nconst a = process.argv;'],
    [
      "src/preview/a.tsx",
      'import { App } from "../taskpane/App";\nimport { gridOf } from "../workbook/memory/model";',
    ],
  ])("allows %s containing %s", (file, text) => {
    expect(layerViolations(file, text)).toEqual([]);
  });
});
