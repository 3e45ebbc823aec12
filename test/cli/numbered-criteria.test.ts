/**
 * An office's report whose row lists two criteria numbered in one cell, with their levels
 * listed alike, checked and computed on the command line as a person runs it: the fulfilment is
 * the mean of the two criteria's, worked out by hand below.
 */
import * as fs from "fs";
import * as path from "path";
import { numberedCriteriaReport as rows } from "../fixtures/xlsx/numbered-criteria";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { loadXlsx, makeTmp, parseCheckJson, removeTmp, run } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = makeTmp("numbered-criteria");
  fs.writeFileSync(path.join(dir, "right.xlsx"), await typedSheetXlsx("Биелэлт", rows("95%")));
  fs.writeFileSync(path.join(dir, "wrong.xlsx"), await typedSheetXlsx("Биелэлт", rows("90%")));
  fs.writeFileSync(path.join(dir, "empty.xlsx"), await typedSheetXlsx("Биелэлт", rows(null)));
});
afterAll(() => removeTmp(dir));

const checked = async (file: string) =>
  parseCheckJson((await run(["check", file, "--json"], dir)).stdout).sheets[0];

it("takes a stated 95% as the mean of 90 of 100 and 4 of 4, (90 + 100) / 2", async () => {
  const sheet = await checked("right.xlsx");
  expect(sheet.template).toBe("org-report");
  expect(sheet.findings.filter((f) => f.code.startsWith("CALC-"))).toEqual([]);
  // (95 + 100) / 2 over the two measures.
  expect(sheet.figures.overall).toBe(97.5);
  // Each level cell still holds two criteria's: one row each is advised.
  expect(sheet.findings.filter((f) => f.code === "VALUE-MULTI").map((f) => f.cell)).toEqual([
    "D4",
    "E4",
    "F4",
  ]);
});

it("says a stated 90% is the mean 95% of the two criteria, with the fix", async () => {
  const [mismatch] = (await checked("wrong.xlsx")).findings.filter(
    (f) => f.code === "CALC-MISMATCH",
  );
  expect(mismatch.cell).toBe("G4");
  expect(mismatch.message.en).toBe(
    "Stated fulfilment 90%, computed 95% (the mean of its 2 numbered criteria).",
  );
  expect(mismatch.fix?.value).toBe("95%");
});

it("compute writes the mean, 95%, into the empty cell", async () => {
  expect((await run(["compute", "empty.xlsx", "-o", "computed.xlsx"], dir)).code).toBe(0);
  const ws = (await loadXlsx(path.join(dir, "computed.xlsx"))).getWorksheet("Биелэлт")!;
  expect([ws.getCell("G4").value, ws.getCell("G4").numFmt]).toEqual([0.95, "0%"]);
});
