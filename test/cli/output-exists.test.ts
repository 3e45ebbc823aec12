import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import type { Bilingual } from "../../src/core/text";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * `-o` naming a file that is already there (issue 15): written over only when the person says
 * so, at a terminal or with --force; otherwise exit 2 and the file as it was, bytes and mode.
 * The temporary file beside the output is gone whichever way the run ends.
 */
const BIN = path.resolve(__dirname, "../../bin/guitsetgel.js");
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("output-exists");
  expect((await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir)).code).toBe(
    0,
  );
});
afterAll(() => removeTmp(dir));

/** A person's file with its own bytes and mode, where the output is to go. */
function personsFile(name: string): Buffer {
  const bytes = Buffer.from("a person's workbook");
  fs.writeFileSync(at(name), bytes);
  fs.chmodSync(at(name), 0o640);
  return bytes;
}

const WRITERS: [string, string[]][] = [
  ["scaffold", ["scaffold", "org-plan"]],
  ["compute", ["compute", "report.xlsx"]],
  ["consolidate", ["consolidate", "report.xlsx"]],
  ["report-from-plan", ["report-from-plan", "plan-source.xlsx"]],
];

describe("-o naming an existing file", () => {
  beforeAll(async () => {
    const r = await run(["scaffold", "org-plan", "--example", "-o", "plan-source.xlsx"], dir);
    expect(r.code).toBe(0);
  });

  it.each(WRITERS)("%s without --force: exit 2, the file untouched", async (_, argv) => {
    const bytes = personsFile("taken.xlsx");
    const r = await run([...argv, "-o", "taken.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("«taken.xlsx» файл аль хэдийн байна");
    expect(r.stderr).toContain("«taken.xlsx» already exists. Add «--force»");
    expect(fs.readFileSync(at("taken.xlsx"))).toEqual(bytes);
    expect(fs.statSync(at("taken.xlsx")).mode & 0o777).toBe(0o640);
  });

  it.each(WRITERS)("%s with --force: written, its permissions kept", async (_, argv) => {
    const bytes = personsFile("forced.xlsx");
    const r = await run([...argv, "-o", "forced.xlsx", "--force"], dir);
    expect(r.code).toBeLessThan(2);
    expect(fs.readFileSync(at("forced.xlsx"))).not.toEqual(bytes);
    expect(fs.readFileSync(at("forced.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(fs.statSync(at("forced.xlsx")).mode & 0o777).toBe(0o640);
  });
});

describe("at a terminal, the person is asked", () => {
  async function answering(
    answer: boolean,
    out = "asked.xlsx",
  ): Promise<{ code: number; asked: Bilingual[] }> {
    const asked: Bilingual[] = [];
    const code = await runCli(["compute", "report.xlsx", "-o", out], {
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      confirm: (q) => (asked.push(q), Promise.resolve(answer)),
    });
    return { code, asked };
  }

  it("a no leaves the file as it was, exit 2", async () => {
    const bytes = personsFile("asked.xlsx");
    const { code, asked } = await answering(false);
    expect(asked).toEqual([
      {
        mn: "«asked.xlsx» файл байна. Дарж бичих үү? [y/N]",
        en: "«asked.xlsx» exists. Overwrite? [y/N]",
      },
    ]);
    expect(code).toBe(2);
    expect(fs.readFileSync(at("asked.xlsx"))).toEqual(bytes);
  });

  it("a yes writes it", async () => {
    const bytes = personsFile("asked.xlsx");
    const { code } = await answering(true);
    expect(code).toBe(0);
    expect(fs.readFileSync(at("asked.xlsx"))).not.toEqual(bytes);
  });

  it("a new file is written without a question", async () => {
    const { code, asked } = await answering(true, "new.xlsx");
    expect(code).toBe(0);
    expect(asked).toHaveLength(0);
  });
});

/**
 * Run the command line in a child whose rename never comes: the signal arrives while the
 * temporary file is there, as it would during a long write.
 */
function stoppedWhileWriting(signal: NodeJS.Signals, out: string): Promise<number | null> {
  const preload = at("rename-hangs.js");
  fs.writeFileSync(
    preload,
    `const fs = require("fs");
fs.promises.rename = () => {
  setTimeout(() => {}, 60000);
  process.kill(process.pid, ${JSON.stringify(signal)});
  return new Promise(() => {});
};
`,
  );
  const child = spawn(
    process.execPath,
    ["-r", preload, BIN, "scaffold", "org-report", "--example", "-o", out],
    { cwd: dir, stdio: "ignore" },
  );
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

describe("a run stopped while writing", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("by %s leaves no temporary file, exit %d", async (signal, exit) => {
    const out = `stopped-${signal}.xlsx`;
    expect(await stoppedWhileWriting(signal, out)).toBe(exit);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(out))).toEqual([]);
  });
});
