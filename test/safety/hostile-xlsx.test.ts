/**
 * Issue 15's hostile and odd workbooks through the command line as a person runs it: `check` in
 * a child process with a 512 MB heap, far above what the example report needs. Each file is
 * refused with a reason in both languages, or read with the example's own findings.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Document, Packer, Paragraph } from "docx";
import { hostileFiles, misnamedFiles, partsOf, withMerges } from "./hostile-xlsx-files";
import { makeTmp, parseCheckJson, removeTmp, run } from "../cli/helpers";

const BIN = path.resolve(__dirname, "../../bin/guitsetgel.js");
/** A hang guard per run, not a speed claim: the example takes well under a second. */
const HANG_MS = 60_000;

interface Checked {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let dir: string;
const at = (name: string) => path.join(dir, name);

/** `guitsetgel check <file> …` in its own process, with the heap a bomb would outgrow. */
function spawnCheck(file: string, args: string[]): Promise<Checked> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--max-old-space-size=512", BIN, "check", file, ...args],
      { cwd: dir, timeout: HANG_MS },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The findings of a --json check, each as its code and cell. */
function findings(stdout: string): string[] {
  return parseCheckJson(stdout).sheets.flatMap((s) => s.findings.map((f) => `${f.code} ${f.cell}`));
}

/** A refusal: exit 2, one line in Mongolian and the same in English, naming what. */
function expectRefused(r: Checked, ...words: string[]): void {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(2);
  // English but for the names it quotes.
  const unquoted = lines[1].replace(/«[^»]*»|“[^”]*”/g, "");
  expect(lines[0]).toMatch(/[а-яөү]{4}/i);
  expect(unquoted).toMatch(/^guitsetgel: : [A-Z][a-z]+ /);
  expect(unquoted).not.toMatch(/[а-яөү]/i);
  for (const w of words) for (const line of lines) expect(line).toContain(w);
}

/** Checks run three at a time, each started once: all are started before the tests look. */
const runs = new Map<string, Promise<Checked>>();
const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve(), Promise.resolve()];
const check = (file: string, ...args: string[]): Promise<Checked> => {
  const key = [file, ...args].join(" ");
  const known = runs.get(key);
  if (known) return known;
  const lane = runs.size % lanes.length;
  const started = lanes[lane].then(() => spawnCheck(file, args));
  lanes[lane] = started.catch(() => undefined);
  runs.set(key, started);
  return started;
};

const READ = [
  ["a merge from A21 to XFD1048576", "merge-whole-sheet"],
  ["a merge down to row 99,999,999, past Excel's last", "merge-to-row-99999999"],
  ["a defined name over the whole sheet", "name-whole-sheet"],
  ["a drop-down list on A1:J1048576", "validation-a1-j1048576"],
  ["20,000 merges beside the table, none overlapping", "merges-20k"],
];
const REFUSED: [string, string, string[]][] = [
  ["a row numbered 1,000,000,000", "row-1e9", ["A1000000000"]],
  ["a sheet claiming 3 GiB unpacked", "sheet-3gib-claimed", ["sheet1.xml", "64 MB"]],
  ["a 3 MB sheet unpacking to 3 GiB, claiming 10 KB", "sheet-3gib-hidden", ["64 MB"]],
  ["100,000 merges, the last overlapping", "merges-100k-overlapping", ["L100028:M100028"]],
  ["100,000 tiny entries in xl/media/", "media-100k", ["1000"]],
];
const NAMED = [
  ["a Word 97–2003 document", "word-97", "Word"],
  ["a .docx renamed .xlsx", "report", "Word"],
  ["another OLE container", "ole-other", "OLE"],
  ["a sheet written in UTF-16", "sheet-utf16", "UTF-16"],
];
const RENAMED = [
  // Its first 31 characters end in the space after «тайлан».
  ["over 31 characters", "name-over-31", "Биелэлт ба гүйцэтгэлийн тайлан"],
  ["with : and /", "name-colon", "Биелэлт- 2026-I"],
  ["History, which Excel keeps for itself", "name-history", "History (2)"],
];

let clean: string[];
let files: Record<string, Buffer>;

beforeAll(async () => {
  dir = makeTmp("hostile-xlsx");
  const made = await run(["scaffold", "org-report", "--example", "-o", "example.xlsx"], dir);
  expect(made.code).toBe(0);
  const parts = await partsOf(fs.readFileSync(at("example.xlsx")));
  files = { ...hostileFiles(parts), ...misnamedFiles(parts) };
  files["merges-20k"] = withMerges(parts, 20_000);
  files["report.docx"] = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph("Тайлан")] }] }),
  );
  for (const [name, bytes] of Object.entries(files)) {
    fs.writeFileSync(at(name.endsWith(".docx") ? "report.xlsx" : `${name}.xlsx`), bytes);
  }
  for (const [, name] of [...READ, ...RENAMED, ["", "far-value"]]) check(`${name}.xlsx`, "--json");
  for (const [, name] of [...REFUSED, ...NAMED]) check(`${name}.xlsx`);
  const example = await check("example.xlsx", "--json");
  expect(example.stderr).toBe("");
  clean = findings(example.stdout);
  expect(clean).toEqual(["STRUCT-EMPTY I19"]);
}, 120_000);
afterAll(() => removeTmp(dir));

describe("claims far beyond what the file holds are read as what it holds", () => {
  it("one character in XFD1048576 beside the table: the table's findings, and the far cell as a warning", async () => {
    const r = await check("far-value.xlsx", "--json");
    expect(r.stderr).toBe("");
    expect(findings(r.stdout).sort()).toEqual([...clean, "STRUCT-FAR-CELLS A1"].sort());
    expect(r.stdout).toContain("XFD1048576");
  });

  it.each(READ)("%s: read as the example is", async (_, name) => {
    const r = await check(`${name}.xlsx`, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual(clean);
  });
});

describe("files refused before they are read whole, with the reason in both languages", () => {
  it.each(REFUSED)("%s", async (_, name, words) => {
    expectRefused(await check(`${name}.xlsx`), ...words);
  });
});

describe("odd files named as what they are", () => {
  it.each(NAMED)("%s", async (_, name, word) => {
    const r = await check(`${name}.xlsx`);
    expectRefused(r, word);
    expect(r.stderr).not.toMatch(/password/i);
  });

  it.each(RENAMED)(
    "a sheet named %s is read under a name Excel accepts, nothing on stderr",
    async (_, name, as) => {
      const r = await check(`${name}.xlsx`, "--json");
      expect(r.stderr).toBe("");
      expect(findings(r.stdout)).toEqual(clean);
      expect(parseCheckJson(r.stdout).sheets[0].sheet).toBe(as);
    },
  );
});
