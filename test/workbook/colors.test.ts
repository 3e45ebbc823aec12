import { argbColor, hexColor, parseColor } from "../../src/workbook/colors";

describe("a colour as the sheet model, Office.js and exceljs write it", () => {
  it("reads #RRGGBB, RRGGBB and AARRGGBB alike, in upper case", () => {
    expect(parseColor("#d9e1f2")).toEqual({ alpha: "FF", rgb: "D9E1F2" });
    expect(parseColor("80FFC7CE")).toEqual({ alpha: "80", rgb: "FFC7CE" });
    expect(hexColor("FFD9E1F2")).toBe("#D9E1F2");
    expect(argbColor("#d9e1f2")).toBe("FFD9E1F2");
  });

  it("says nothing of what is no colour (a theme's, a name, nothing)", () => {
    for (const text of [undefined, "", "red", "#12345", "theme:1"]) {
      expect(parseColor(text)).toBeUndefined();
    }
  });
});
