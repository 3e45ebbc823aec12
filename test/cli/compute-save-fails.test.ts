import * as fs from "fs";
import * as path from "path";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * Saving fails (issue 15): compute must not have said «N cells filled» before it could save. A
 * folder squatting on the save's temporary file (out.xlsx.<pid>.tmp) makes the write fail at the
 * very end, as a full disk or a share gone read-only would, whoever runs the test.
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("save-fails");
  expect((await run(["scaffold", "org-report", "--example", "-o", "report.xlsx"], dir)).code).toBe(
    0,
  );
  fs.mkdirSync(path.join(dir, `blocked.xlsx.${process.pid}.tmp`));
});
afterAll(() => removeTmp(dir));

describe("compute when the output cannot be saved", () => {
  it("says why on stderr, exits 2, and claims nothing on stdout", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "blocked.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/guitsetgel: /);
    expect(fs.existsSync(path.join(dir, "blocked.xlsx"))).toBe(false);
  });

  it("says what it filled once the file is saved", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "out.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/«Биелэлт»: filled \d+ cells?/);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/Saved «out.xlsx»/);
  });
});
