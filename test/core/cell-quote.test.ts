import fc from "fast-check";
import { plainText } from "../../src/core/cells/normalize";
import { quote } from "../../src/core/cells/quote";

describe("quote: how every message shows a cell's text", () => {
  it("shows the plain text: tags and entities read, spaces collapsed", () => {
    expect(quote("  <p>Авлигатай&nbsp;тэмцэх</p>\n ажил ")).toBe("«Авлигатай тэмцэх ажил»");
  });

  it("cuts a long text at 60 characters, the 60th being «…»", () => {
    const long = "а".repeat(61);
    expect(quote(long)).toBe(`«${"а".repeat(59)}…»`);
    expect(quote("а".repeat(60))).toBe(`«${"а".repeat(60)}»`);
  });

  it("counts an emoji as one character and never splits it", () => {
    const text = "😀".repeat(61);
    expect(quote(text)).toBe(`«${"😀".repeat(59)}…»`);
  });

  it("cuts where the string iterator counts 59 characters, lone surrogates included", () => {
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("😀", "\ud83d", "\ude00", "а", " ", "<p>"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const chars = Array.from(plainText(pieces.join("")));
        const shown = chars.length <= 60 ? chars.join("") : `${chars.slice(0, 59).join("")}…`;
        expect(quote(pieces.join(""))).toBe(`«${shown}»`);
      }),
    );
  });
});
