import * as fs from "fs";
import * as path from "path";
import { makeTmp, removeTmp } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builtCli } = require("../../bin/built-cli") as {
  builtCli: (root: string) => string | null;
};

let root: string;
const file = (rel: string, seconds: number) => {
  const full = path.join(root, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "//");
  fs.utimesSync(full, seconds, seconds);
  return full;
};

beforeEach(() => {
  root = makeTmp("built-cli");
  file("src/cli/main.ts", 1000);
  file("src/core/checks/index.ts", 1000);
  file("src/workbook/xlsx/write.ts", 1000);
  file("src/taskpane/App.tsx", 5000); // not part of the command line
  // Folders count too (a file removed or renamed changes its folder): these were made long ago.
  for (const dir of ["cli", "core", "core/checks", "workbook", "workbook/xlsx"]) {
    fs.utimesSync(path.join(root, "src", dir), 1000, 1000);
  }
});
afterEach(() => removeTmp(root));

describe("which command line bin/guitsetgel.js runs", () => {
  it("the built one when it is newer than every source it is compiled from", () => {
    const main = file("dist/cli/cli/main.js", 2000);
    expect(builtCli(root)).toBe(main);
  });

  it("the sources when one of them changed after the build (deep in a folder too)", () => {
    file("dist/cli/cli/main.js", 2000);
    file("src/core/checks/index.ts", 3000);
    expect(builtCli(root)).toBeNull();
  });

  it("the sources when nothing was built", () => {
    expect(builtCli(root)).toBeNull();
  });

  it("the sources when a source file was removed after the build (its folder changed)", () => {
    file("dist/cli/cli/main.js", 2000);
    fs.rmSync(path.join(root, "src/workbook/xlsx/write.ts"));
    expect(builtCli(root)).toBeNull();
  });
});
