#!/usr/bin/env node
"use strict";
// Runs the command line built by `npm run build` when it is current, else the TypeScript sources
// directly (ts-node, transpile only: no type check, no build step).
const path = require("path");
const { builtCli } = require("./built-cli");

function loadCli() {
  const built = builtCli(path.join(__dirname, ".."));
  if (built) return require(built);
  require("ts-node").register({
    transpileOnly: true,
    project: path.join(__dirname, "..", "tsconfig.json"),
    compilerOptions: { sourceMap: false },
  });
  return require("../src/cli/main");
}

const { runCli, terminalConfirm } = loadCli();

process.stdout.on("error", (e) => {
  // The reader went away (`guitsetgel check x.xlsx | head`): stop quietly.
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
  // Writing over an existing file is asked at a terminal; elsewhere it needs --force.
  confirm: process.stdin.isTTY && process.stderr.isTTY ? terminalConfirm : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
