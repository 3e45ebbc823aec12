import fc from "fast-check";
import { computeFulfilment, directionOf } from "../../src/core/evaluate/fulfilment";
import { parseLevel } from "../../src/core/levels";

const level = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "-",
    "Тухай бүр",
    "“Өөрчлөлтгүй”",
    "0",
    "0%",
    "100%",
    "5 тэрбум төгрөг",
    "4 удаа",
  ),
  fc
    .tuple(
      fc.integer({ min: -1000, max: 100000 }),
      fc.constantFrom("", "%", " удаа", " тэрбум", " сая төгрөг"),
    )
    .map(([n, unit]) => `${n}${unit}`),
);
const texts = fc.array(
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("Сургалтын тоо", "авлагыг бууруулах", "нэмэгдүүлэх"),
  ),
  { maxLength: 3 },
);
const options = fc.record({
  method: fc.constantFrom("ratio" as const, "progress" as const),
  cap: fc.boolean(),
});

describe("computeFulfilment properties", () => {
  test("never throws; computed values are finite, and within 0..100 when capped", () => {
    fc.assert(
      fc.property(texts, level, level, level, options, (ts, b, t, a, opts) => {
        const r = computeFulfilment(
          { texts: ts, baseline: parseLevel(b), target: parseLevel(t), achieved: parseLevel(a) },
          opts,
        );
        if (r.status === "computed") {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Number.isFinite(r.uncapped)).toBe(true);
          if (opts.cap) {
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(100);
          } else expect(r.value).toBe(r.uncapped);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("increasing ratio: achieving the target is exactly 100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => {
        const r = computeFulfilment(
          {
            texts: ["Мэдээлсэн тоо"],
            baseline: parseLevel(null),
            target: parseLevel(String(n)),
            achieved: parseLevel(n),
          },
          { method: "ratio", cap: false },
        );
        expect(r).toMatchObject({ status: "computed", value: 100 });
      }),
      { numRuns: 200 },
    );
  });

  test("directionOf never throws and flags a conflict only with falling numbers or contrary words", () => {
    fc.assert(
      fc.property(texts, fc.option(fc.double()), fc.option(fc.double()), (ts, b, t) => {
        const d = directionOf(ts, b, t);
        if (d.conflict && d.source === "numbers") expect(d.direction).toBe("decreasing");
        if (d.source === "default") expect(d.conflict).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
