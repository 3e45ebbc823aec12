/**
 * The example report with one part mutated as an attacker or a broken tool would (the zip cut
 * short, an element doubled, attribute values swapped, huge numbers in addresses, the XML cut):
 * `check` answers with exit 0, 1 or 2, a refusal in both languages, and never runs away.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { partsOf, xlsxOf } from "./hostile-xlsx-files";
import { makeTmp, removeTmp, run } from "../cli/helpers";

/** A hang guard, not a speed claim: the example is checked in about 50 ms. */
const CASE_BUDGET_MS = 5_000;

const SHEET = "xl/worksheets/sheet1.xml";
const BOOK = "xl/workbook.xml";

let dir: string;
let parts: Map<string, Buffer>;
let example: Buffer;

beforeAll(async () => {
  dir = makeTmp("hostile-fuzz");
  const made = await run(["scaffold", "org-report", "--example", "-o", "example.xlsx"], dir);
  expect(made.code).toBe(0);
  example = fs.readFileSync(path.join(dir, "example.xlsx"));
  parts = await partsOf(example);
}, 60_000);
afterAll(() => removeTmp(dir));

/** The i-th match (wrapping around), or null when there is none. */
function nth(xml: string, pattern: RegExp, i: number): RegExpExecArray | null {
  const all = [...xml.matchAll(pattern)];
  return all.length ? (all[i % all.length] as RegExpExecArray) : null;
}

const splice = (xml: string, m: RegExpExecArray | null, text: string) =>
  m ? xml.slice(0, m.index) + text + xml.slice(m.index + m[0].length) : xml;

const HUGE = ["1048577", "9999999999", "0", "-1", "1e9", "99999999999999999999"];

type Mutation = (xml: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A huge (or impossible) row number in an address, a range or a row.
  fc.tuple(fc.nat(), fc.constantFrom(...HUGE)).map(([i, n]): Mutation => (xml) => {
    const m = nth(xml, /(\b(?:r|ref|sqref)="\$?[A-Z]{0,3}\$?)(\d+)/g, i);
    return m ? splice(xml, m, `${m[1]}${n}`) : xml;
  }),
  // A column beyond XFD.
  fc.tuple(fc.nat(), fc.constantFrom("XFE", "ZZZ", "AAAA")).map(([i, col]): Mutation => (xml) => {
    const m = nth(xml, /(\b(?:r|ref)=")[A-Z]{1,3}/g, i);
    return m ? splice(xml, m, `${m[1]}${col}`) : xml;
  }),
  // An element written twice (a row, a cell, a merge, a sheet, a name).
  fc
    .tuple(fc.nat(), fc.constantFrom("row", "c", "mergeCell", "sheet", "definedName"))
    .map(([i, tag]): Mutation => (xml) => {
      const m = nth(xml, new RegExp(`<${tag}\\b[^>]*?(?:/>|>.*?</${tag}>)`, "g"), i);
      return m ? splice(xml, m, m[0] + m[0]) : xml;
    }),
  // Two attribute values of one element swapped.
  fc.nat().map((i): Mutation => (xml) => {
    const m = nth(xml, /<\w+ (\w+)="([^"]*)" (\w+)="([^"]*)"/g, i);
    return m
      ? splice(xml, m, m[0].replace(`"${m[2]}" ${m[3]}="${m[4]}"`, `"${m[4]}" ${m[3]}="${m[2]}"`))
      : xml;
  }),
  // The part cut short.
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f): Mutation =>
      (xml) =>
        xml.slice(0, Math.floor(xml.length * f)),
  ),
);

async function expectAnswered(bytes: Buffer): Promise<void> {
  fs.writeFileSync(path.join(dir, "mutant.xlsx"), bytes);
  const t0 = performance.now();
  const r = await run(["check", "mutant.xlsx"], dir);
  expect(performance.now() - t0).toBeLessThan(CASE_BUDGET_MS);
  expect([0, 1, 2]).toContain(r.code);
  // Only the program's own lines (a refusal, a damaged stored setting put back to its default).
  const lines = r.stderr.split("\n").filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^(guitsetgel: | {2})/);
  if (r.code === 2) {
    const unquoted = lines.map((l) => l.replace(/«[^»]*»|“[^”]*”|„[^“]*“/g, ""));
    expect(unquoted.some((l) => /[а-яөү]{4}/i.test(l))).toBe(true);
    expect(unquoted.some((l) => /^guitsetgel: [: ]*[A-Z]/.test(l) && !/[а-яөү]/i.test(l))).toBe(
      true,
    );
  }
}

it("a sheet or the workbook part mutated: exit 0, 1 or 2, refusals in both languages, bounded", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(SHEET, BOOK),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      async (part, edits) => {
        const mutated = new Map(parts);
        const xml = edits.reduce((x, edit) => edit(x), parts.get(part)!.toString("utf8"));
        mutated.set(part, Buffer.from(xml, "utf8"));
        await expectAnswered(xlsxOf(mutated));
      },
    ),
    { numRuns: 40, interruptAfterTimeLimit: 8_000 },
  );
}, 30_000);

it("the zip cut short or a byte changed: exit 2 in both languages, or read", async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.nat(255), fc.boolean(), async (at, byte, cut) => {
      const i = at % example.length;
      const bytes = cut ? example.subarray(0, i) : Buffer.from(example);
      if (!cut) bytes[i] = byte;
      await expectAnswered(bytes);
    }),
    { numRuns: 40, interruptAfterTimeLimit: 5_000 },
  );
}, 30_000);
