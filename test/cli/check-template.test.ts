import * as fs from "fs";
import * as path from "path";
import { peopleFile } from "../fixtures/xlsx/make-fixtures";
import { makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/** `--template <id>`: the document kind every sheet is read as, before the one it looks like. */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("template");
  fs.writeFileSync(path.join(dir, "people.xlsx"), await peopleFile());
});
afterAll(() => removeTmp(dir));

describe("check --template", () => {
  it("reads the plan as the kind it looks like without the option", async () => {
    const doc = parseCheckJson((await run(["check", "people.xlsx", "--json"], dir)).stdout);
    expect(doc.sheets.map((s) => s.template)).toEqual(["org-plan"]);
  });

  it("reads it as the kind given", async () => {
    const r = await run(["check", "people.xlsx", "--template", "org-report", "--json"], dir);
    expect(parseCheckJson(r.stdout).sheets.map((s) => s.template)).toEqual(["org-report"]);
  });

  it("refuses a kind that does not exist, naming the kinds in both languages", async () => {
    const r = await run(["check", "people.xlsx", "--template", "report"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/«--template» сонголтын утга «report» буруу/);
    expect(r.stderr).toMatch(/Choose one of: org-plan, org-report, individual-plan/);
  });

  it("compute takes it too", async () => {
    const r = await run(
      ["compute", "people.xlsx", "-o", "out.xlsx", "--template", "individual-report"],
      dir,
    );
    expect(r.stderr).not.toMatch(/«--template»/);
  });
});
