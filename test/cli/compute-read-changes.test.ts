import * as fs from "fs";
import * as path from "path";
import { hostileFiles, misnamedFiles, partsOf } from "../safety/hostile-xlsx-files";
import { loadXlsx, makeTmp, removeTmp, run } from "./helpers";

/*
 * compute writes its output from the workbook as it was read. Where the reading had to change
 * the workbook to stay within the limits (a drop-down list over the whole sheet cut to its table,
 * a sheet name Excel never writes read under one it accepts), the output holds the change: it is
 * said, not made silently.
 */
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmp("read-changes");
  expect((await run(["scaffold", "org-report", "--example", "-o", "example.xlsx"], dir)).code).toBe(
    0,
  );
  const parts = await partsOf(fs.readFileSync(at("example.xlsx")));
  fs.writeFileSync(at("list.xlsx"), hostileFiles(parts)["validation-a1-j1048576"]);
  fs.writeFileSync(at("history.xlsx"), misnamedFiles(parts)["name-history"]);
});
afterAll(() => removeTmp(dir));

describe("compute of a workbook its reading had to change", () => {
  test("a drop-down list over the whole sheet: computed, and the cut said", async () => {
    const r = await run(["compute", "list.xlsx", "-o", "list-c.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "The drop-down lists (data validations) covering over a million cells were read cut to the table: a file written from it holds them so.",
    );
    expect(fs.existsSync(at("list-c.xlsx"))).toBe(true);
  });

  test("a sheet named «History»: computed under the name Excel accepts, and the name said", async () => {
    const r = await run(["compute", "history.xlsx", "-o", "history-c.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Sheet “History” was read as “History (2)”");
    const names = (await loadXlsx(at("history-c.xlsx"))).worksheets.map((ws) => ws.name);
    expect(names).toContain("History (2)");
  });

  test("the example as written: nothing said", async () => {
    const r = await run(["compute", "example.xlsx", "-o", "example-c.xlsx"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
  });
});
