import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * A file whose own dates are no dates (issue 15): docProps/core.xml saying it was modified on
 * the 45th of the 13th month. Computing it said «Something unexpected went wrong: Invalid time
 * value»; the dates are dropped on saving and everything else is kept.
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("bad-dates");
  expect((await run(["scaffold", "org-report", "--example", "-o", "good.xlsx"], dir)).code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "good.xlsx")));
  const core = await zip.file("docProps/core.xml")!.async("string");
  const bad = core.replace(
    /(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/u,
    "$12026-13-45T99:00:00Z$2",
  );
  expect(bad).not.toBe(core);
  zip.file("docProps/core.xml", bad);
  fs.writeFileSync(path.join(dir, "bad.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
});
afterAll(() => removeTmp(dir));

describe("a file whose modified date is not a date", () => {
  it("is checked, computed and saved like any other", async () => {
    expect((await run(["check", "bad.xlsx"], dir)).code).toBeLessThan(2);
    const r = await run(["compute", "bad.xlsx", "-o", "out.xlsx", "--lang", "en"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const again = await run(["check", "out.xlsx", "--json"], dir);
    expect(JSON.parse(again.stdout).sheets.map((s: { sheet: string }) => s.sheet)).toContain(
      "Биелэлт",
    );
  });
});
