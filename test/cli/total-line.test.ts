import { msg } from "../../src/cli/messages";

describe("the check's total line", () => {
  it("counts one of a kind in the singular in English, the same word in Mongolian", () => {
    expect(msg.totalLine(1, 0, 2)).toEqual({
      mn: "Нийт: 1 алдаа, 0 анхааруулга, 2 тэмдэглэл.",
      en: "Total: 1 error, 0 warnings, 2 notes.",
    });
    expect(msg.totalLine(3, 1, 1).en).toBe("Total: 3 errors, 1 warning, 1 note.");
  });
});
