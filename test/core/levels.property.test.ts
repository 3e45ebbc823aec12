import fc from "fast-check";
import { parseLevel, primaryQuantity } from "../../src/core/levels";

// Characters the seeds are made of, so random strings hit the parser's paths often.
const alphabet = fc.constantFrom(
  ...'0123456789 ,.%-–—/:;()\n"“”«»тэрбумсаямянгантөгрөгхувьудааиргэндугаароныНийтАО□\uFFFD<>p'.split(
    "",
  ),
);
const seedish = fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join(""));

function checkReading(value: Parameters<typeof parseLevel>[0]): void {
  const r = parseLevel(value, { criterion: "тоо" });
  for (const q of r.quantities) {
    expect(Number.isFinite(q.value)).toBe(true);
    expect(r.text.slice(q.start, q.start + q.source.length)).toBe(q.source);
  }
  for (const a of r.ambiguities) expect(a.readings.every(Number.isFinite)).toBe(true);
  const p = primaryQuantity(r, { preferUnit: "%" });
  if (p) expect(r.quantities).toContain(p);
  else expect(r.quantities).toEqual([]);
}

describe("parseLevel properties", () => {
  test("never throws on any string; quantities are finite and point into the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), checkReading), { numRuns: 300 });
    fc.assert(fc.property(seedish, checkReading), { numRuns: 500 });
  });

  test("never throws on any number, with or without a format", () => {
    const format = fc.option(fc.constantFrom("0%", "0.00%", '0"%"', "0.0", "#,##0 ₮", "\\%0"));
    fc.assert(
      fc.property(fc.double(), format, (v, numberFormat) => {
        const r = parseLevel(v, { numberFormat });
        for (const q of r.quantities) expect(Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("null and booleans never throw", () => {
    for (const v of [null, true, false]) expect(() => parseLevel(v)).not.toThrow();
  });

  test("a written decimal reads back as itself, with comma or point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const frac = String(f).padStart(2, "0");
        const expected = Number(`${i}.${frac}`);
        expect(parseLevel(`${i},${frac}`).quantities[0].value).toBe(expected);
        expect(parseLevel(`${i}.${frac}%`).quantities[0].value).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

test("a run of hundreds of digits is not read as Infinity", () => {
  const r = parseLevel(`${"9".repeat(400)} төгрөг`);
  expect(r.quantities.every((q) => Number.isFinite(q.value))).toBe(true);
});

test("long cells read quickly (no regex blow-up on long words or number chains)", () => {
  for (const cell of [
    `${"а".repeat(50000)}/1`,
    "1,".repeat(20000),
    `${"1 ".repeat(20000)}дугаар`,
  ]) {
    expect(() => parseLevel(cell)).not.toThrow();
  }
}, 10000);
