import * as fs from "fs";
import * as path from "path";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * Saving the output (issue 15): compute says what it filled only once the file is saved; the
 * temporary file beside it follows no link planted there; a workbook written over keeps who may
 * read it.
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("save-fails");
  expect((await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir)).code).toBe(
    0,
  );
});
afterAll(() => removeTmp(dir));
afterEach(() => jest.restoreAllMocks());

describe("compute saving its output", () => {
  it("when the save fails at the end (a full disk), says why, exits 2 and claims nothing", async () => {
    const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    jest.spyOn(fs.promises, "rename").mockRejectedValueOnce(full);
    const r = await run(["compute", "report.xlsx", "-o", "full.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/ENOSPC/);
    // Neither the output nor its temporary file is left behind.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("full.xlsx"))).toEqual([]);
  });

  it("says what it filled once the file is saved", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "out.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/«Биелэлт»: filled \d+ cells?/);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/Saved «out.xlsx»/);
  });

  it("follows no link planted where the temporary file used to be named", async () => {
    const victim = path.join(dir, "victim.txt");
    fs.writeFileSync(victim, "a person's file");
    fs.symlinkSync(victim, path.join(dir, `planted.xlsx.${process.pid}.tmp`));
    const r = await run(["compute", "report.xlsx", "-o", "planted.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(victim, "utf8")).toBe("a person's file");
  });

  it("keeps a workbook's permissions when writing over it", async () => {
    const out = path.join(dir, "shared.xlsx");
    fs.writeFileSync(out, "");
    fs.chmodSync(out, 0o640);
    const r = await run(["compute", "report.xlsx", "-o", "shared.xlsx", "--force"], dir);
    expect(r.code).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
  });
});
