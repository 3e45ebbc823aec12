import { LOOKALIKE_TO_CYRILLIC, isMongolianLetter } from "../../src/core/cells/lookalikes";

/* What the look-alike search's short cuts rely on. */
describe("look-alike short cuts", () => {
  it("every look-alike letter is one UTF-16 unit, so their class needs no «u» flag", () => {
    for (const ch of Object.keys(LOOKALIKE_TO_CYRILLIC)) expect([ch, ch.length]).toEqual([ch, 1]);
  });

  it("every Mongolian letter is a word character and no look-alike", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!isMongolianLetter(ch)) continue;
      expect(/^\p{L}$/u.test(ch)).toBe(true);
      expect(ch in LOOKALIKE_TO_CYRILLIC).toBe(false);
    }
  });
});
