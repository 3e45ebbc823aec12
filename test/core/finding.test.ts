import { fixAsTyped } from "../../src/core/finding";

describe("fixAsTyped", () => {
  it("shows a percentage fix as a person types it", () => {
    expect(fixAsTyped({ cell: "H4", value: 0.75, numberFormat: "0%" })).toBe("75%");
    expect(fixAsTyped({ cell: "H4", value: 0.583, numberFormat: "0.0%" })).toBe("58.3%");
  });

  it("leaves text and plain numbers as they are", () => {
    expect(fixAsTyped({ cell: "H4", value: "64%" })).toBe("64%");
    expect(fixAsTyped({ cell: "E48", value: 15 })).toBe(15);
  });
});
