import fc from "fast-check";
import { directionOf, readDirectionText } from "../../src/core/evaluate/fulfilment";

/*
 * evaluatePlan reads an activity's text for direction words once (readDirectionText) and hands
 * that to directionOf for each of its criteria: it must read the same as the text itself.
 */
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("Сургалтын тоо", "авлагыг бууруулах", "нэмэгдүүлэх", "Зөрчлийн тоог бууруулах"),
  fc.constantFrom("Хамрагдалтыг нэмэгдүүлэх, алдалтыг багасгах", "тооцоо", "ТОО", "өсөх"),
);
const level = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null });

describe("a text read once for direction reads as the text", () => {
  it("directionOf gives the same reading for a text and for its readDirectionText", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.boolean()), { maxLength: 3 }),
        level,
        level,
        fc.boolean(),
        (texts, baseline, target, counted) => {
          const plain = texts.map(([t]) => t);
          const read = texts.map(([t, once]) => (once ? readDirectionText(t) : t));
          const expected = directionOf(plain, baseline, target, counted);
          expect(directionOf(read, baseline, target, counted)).toStrictEqual(expected);
          expect(Object.keys(expected)).toEqual(["direction", "source", "conflict"]);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
