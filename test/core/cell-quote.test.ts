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
});
