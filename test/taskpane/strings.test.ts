import { STRINGS, VIEW_LABELS, say, sayBoth } from "../../src/taskpane/strings";
import type { Bilingual } from "../../src/core/text";

const ALL: [string, Bilingual][] = [
  ...Object.entries(STRINGS),
  ...Object.entries(VIEW_LABELS).map(([k, v]): [string, Bilingual] => [`view.${k}`, v]),
];

/** Latin words a Mongolian string may contain: product and file-format names. */
const ALLOWED_LATIN = ["Excel", "xlsx", "Word", "docx"];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The letters of a Mongolian string that are not Cyrillic (Latin, or a Greek look-alike). */
function foreignLetters(mn: string): string[] {
  let rest = mn.replace(/\{\w+\}/g, "");
  for (const word of ALLOWED_LATIN) rest = rest.split(word).join("");
  return (rest.match(/\p{L}/gu) ?? []).filter((ch) => !/[\u0400-\u04FF]/u.test(ch));
}

describe("task pane strings", () => {
  it("has every key in Mongolian and English", () => {
    expect(ALL.length).toBeGreaterThan(100);
    const empty = ALL.filter(([, s]) => s.mn.trim() === "" || s.en.trim() === "");
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it("writes Mongolian in Cyrillic letters, naming the same placeholders as the English", () => {
    const foreign = ALL.filter(([, s]) => foreignLetters(s.mn).length > 0).map(([key]) => key);
    expect(foreign).toEqual([]);
    const mismatched = ALL.filter(([, s]) => {
      return placeholders(s.mn).join() !== placeholders(s.en).join();
    }).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("catches a Latin or Greek letter in a Mongolian word", () => {
    expect(foreignLetters("Dүрэм")).toEqual(["D"]);
    expect(foreignLetters("ΘНӨӨДӨР")).toEqual(["Θ"]);
    expect(foreignLetters("Excel-ийн .xlsx файл {sheet}")).toEqual([]);
  });

  it("fills placeholders per language, a bilingual value in its own language", () => {
    const kind = { mn: "Төлөвлөгөө", en: "Plan" };
    const source = { mn: "гүйцэтгэлийн төлөвлөгөө", en: "a performance plan" };
    expect(say("notTheSource", "en", { sheet: "S", source, kind })).toContain(
      "Sheet «S» is not a performance plan (Plan)",
    );
    expect(sayBoth("checked", { sheet: "Биелэлт", kind, count: 3 })).toEqual({
      mn: "«Биелэлт» хуудас (Төлөвлөгөө): 3 зөрчил олдлоо.",
      en: "Sheet «Биелэлт» (Plan): 3 findings.",
    });
  });
});
