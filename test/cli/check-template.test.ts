import * as fs from "fs";
import * as path from "path";
import { peopleFile } from "../fixtures/xlsx/make-fixtures";
import { OFFICE_ACTIVITIES, OFFICE_LEAD_HEADER } from "../fixtures/xlsx/office-report";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

/** `--template <id>`: the document kind every sheet is read as, before the one it looks like. */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("template");
  fs.writeFileSync(path.join(dir, "people.xlsx"), await peopleFile());
  // An office's report under no title: a person's report has the same columns.
  const rows = [
    [...OFFICE_LEAD_HEADER, "Хүрсэн түвшин", "Гүйцэтгэлийн хувь"],
    ...OFFICE_ACTIVITIES,
  ];
  fs.writeFileSync(path.join(dir, "untitled.xlsx"), await typedSheetXlsx("Биелэлт", rows));
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

  it("says why it read a table another kind fits as well, and the option that reads it so", async () => {
    const mn = await run(["check", "untitled.xlsx"], dir);
    expect(mn.stdout).toContain("илүү ерөнхий нь болох «Гүйцэтгэлийн төлөвлөгөөний биелэлт»");
    expect(mn.stdout).toContain("Өөр төрлөөр уншуулах: --template individual-report.");
    const en = await run(["check", "untitled.xlsx", "--lang", "en"], dir);
    expect(en.stdout).toContain("To read it as another kind: --template individual-report.");
    // Read as the kind given, no other is offered.
    const given = await run(["check", "untitled.xlsx", "--template", "individual-report"], dir);
    expect(given.stdout).not.toContain("--template");
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
