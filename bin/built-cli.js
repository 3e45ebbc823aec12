"use strict";
// Which command line bin/guitsetgel.js runs: the one `npm run build` compiled into dist/cli when
// it is newer than every source file it was compiled from, else none (the sources run through
// ts-node, which spends about 1.5 s transpiling at every start).
const fs = require("fs");
const path = require("path");

/** The folders the command line is compiled from (tsconfig.cli.json follows its imports there). */
const SOURCE_DIRS = ["cli", "core", "workbook"];

function newestSource(root) {
  let newest = 0;
  for (const dir of SOURCE_DIRS.map((d) => path.join(root, "src", d))) {
    for (const entry of fs.readdirSync(dir, { recursive: true })) {
      const { mtimeMs } = fs.statSync(path.join(dir, entry));
      if (mtimeMs > newest) newest = mtimeMs;
    }
  }
  return newest;
}

/** The built entry point under `root` when it is current, else null. */
function builtCli(root) {
  const main = path.join(root, "dist", "cli", "cli", "main.js");
  try {
    return fs.statSync(main).mtimeMs >= newestSource(root) ? main : null;
  } catch {
    return null;
  }
}

module.exports = { builtCli };
