import fc from "fast-check";
import { checkText, stripMarkup } from "../../src/core/checks/text";
import { sortFindings } from "../../src/core/checks/catalogue";
import { parseAddress } from "../../src/core/grid";
import type { CellValue, Grid } from "../../src/core/grid";
import { LOOKALIKE_TO_CYRILLIC, isMongolianLetter } from "../../src/core/cells/lookalikes";
import { expectEqual, expectSame } from "../fixtures/fast-expect";

/** Pieces that make mixed words, prompts, markup and damage likely. */
const PIECES = [
  ..."абвгдеёжзийклмноөпрстуүфхцчшщъыьэюяАДНӨҮХЗМТЕС",
  ...Object.keys(LOOKALIKE_TO_CYRILLIC),
  ..."0312 -/().,:«»\n",
  ..."SiFbnQR",
  "□",
  "\uFFFD",
  "<p>",
  "</p>",
  "<br>",
  "&nbsp;",
  "MTT-",
  "A/6",
  "(3XX)",
  "(Хариуцах тасаг, ажилтан)",
  "(огноо)",
  ".....",
  "😀",
];

const mixedText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 30 })
  .map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), mixedText);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
);
const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
  origin: fc.record({ row: fc.nat(500), col: fc.nat(60) }),
  cells: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
});

const LATIN = /\p{Script=Latin}/u;

function textAt(g: Grid, address: string): string {
  const p = parseAddress(address)!;
  return g.cells[p.row - g.origin.row][p.col - g.origin.col] as string;
}

function withCell(g: Grid, address: string, value: string): Grid {
  const p = parseAddress(address)!;
  const cells = g.cells.map((r) => [...r]);
  cells[p.row - g.origin.row][p.col - g.origin.col] = value;
  return { ...g, cells };
}

describe("checkText properties", () => {
  it("never throws, and every finding lies inside the grid on its sheet", () => {
    fc.assert(
      fc.property(grid, (g) => {
        for (const f of checkText(g)) {
          const p = parseAddress(f.cell);
          expect(p).not.toBeNull();
          const r = p!.row - g.origin.row;
          const c = p!.col - g.origin.col;
          expect(r).toBeGreaterThanOrEqual(0);
          expect(c).toBeGreaterThanOrEqual(0);
          expectSame(typeof g.cells[r][c], "string");
          expectSame(f.sheet, g.sheet);
          if (f.fix) expectSame(f.fix.cell, f.cell);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a TEXT-SCRIPT fix leaves no look-alike behind in its cell", () => {
    fc.assert(
      fc.property(grid, (g) => {
        for (const f of checkText(g).filter((x) => x.code === "TEXT-SCRIPT")) {
          const fixed = withCell(g, f.cell, String(f.fix!.value));
          const again = checkText(fixed).filter(
            (x) => x.code === "TEXT-SCRIPT" && x.cell === f.cell,
          );
          expectEqual(again, []);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a TEXT-SCRIPT fix only turns look-alikes into Mongolian letters, position for position", () => {
    fc.assert(
      fc.property(grid, (g) => {
        for (const f of checkText(g).filter((x) => x.code === "TEXT-SCRIPT")) {
          const before = Array.from(textAt(g, f.cell));
          const after = Array.from(String(f.fix!.value));
          expectSame(after.length, before.length);
          let changed = 0;
          after.forEach((ch, i) => {
            if (ch === before[i]) return;
            changed += 1;
            // A change writes a Mongolian letter over a non-Mongolian one.
            expectSame(isMongolianLetter(ch), true);
            expectSame(isMongolianLetter(before[i]), false);
          });
          expect(changed).toBeGreaterThan(0);
          // No Latin letter in the fix that was not already there at the same position.
          after.forEach((ch, i) => {
            if (LATIN.test(ch)) expectSame(before[i], ch);
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("sortFindings keeps every finding and orders rows within a sheet", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const found = checkText(g);
        const sorted = sortFindings([...found].reverse());
        expect(sorted).toHaveLength(found.length);
        expectEqual(new Set(sorted), new Set(found));
        for (let i = 1; i < sorted.length; i += 1) {
          const a = parseAddress(sorted[i - 1].cell)!;
          const b = parseAddress(sorted[i].cell)!;
          expectSame(a.row < b.row || (a.row === b.row && a.col <= b.col), true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Mongolian letters outnumber the grid's other letters, character by character. */
function cyrillicByRule(texts: string[]): boolean {
  let mongolian = 0;
  let other = 0;
  for (const ch of texts.join("")) {
    if (isMongolianLetter(ch)) mongolian += 1;
    else if (/\p{L}/u.test(ch)) other += 1;
  }
  return mongolian > other;
}

describe("the document's script", () => {
  it("reads a cell of only «(3XX)» as Cyrillic exactly when the rule counts a Mongolian grid", () => {
    const cellText = fc.oneof(mixedText, fc.string({ unit: "binary", maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 6 }), (texts) => {
        const grid = { origin: { row: 0, col: 0 }, cells: [["(3XX)"], texts] };
        const flagged = checkText(grid).some((f) => f.cell === "A1" && f.code === "TEXT-SCRIPT");
        expectSame(flagged, cyrillicByRule(["(3XX)", ...texts]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("stripMarkup", () => {
  /** Tags of every kind, known or not, entities whole and cut, and spaces and breaks between. */
  const markup = fc
    .array(
      fc.constantFrom(
        ..."Тасаг ажилтан 1 \t\r\n<>&;",
        ..."<p> </P> <br/> <td> </td> <th> </TH> <tr> <li> <u> </b> <span class=x> <o:p>".split(
          " ",
        ),
        ..."&nbsp; &AMP; &#1200; &#x4AE; &laquo; &#x110000; &am &lt p;".split(" "),
        "  ",
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join(""));

  /** The rule written out for these pieces: tags replaced by one pattern, entities, lines. */
  function stripByPattern(text: string): string {
    const blocks = ["br", "li", "p", "tr"];
    const known = new Set([...blocks, "b", "span", "td", "th", "u"]);
    const withoutTags = text.replace(
      /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g,
      (whole, slash: string, raw: string) => {
        const name = raw.toLowerCase();
        if (!known.has(name)) return whole;
        if (name === "td" || name === "th") return slash ? "\t" : "";
        return blocks.includes(name) ? "\n" : "";
      },
    );
    const entities: Record<string, string> = {
      nbsp: " ",
      amp: "&",
      lt: "<",
      gt: ">",
      laquo: "«",
      "#1200": "\u04B0",
      "#x4ae": "\u04AE",
      "#x110000": "",
    };
    const entity = new RegExp(`&(${Object.keys(entities).join("|")});`, "gi");
    return withoutTags
      .replace(entity, (_, body: string) => entities[body.toLowerCase()])
      .split(/\r?\n/)
      .map((line) => line.replace(/ {2,}/g, " ").replace(/^ +|[ \t]+$/g, ""))
      .filter((line) => line !== "")
      .join("\n");
  }

  it("cuts out the tags one pattern over the text would replace", () => {
    fc.assert(
      fc.property(markup, (text) => expectSame(stripMarkup(text), stripByPattern(text))),
      { numRuns: 5000 },
    );
  });
});
