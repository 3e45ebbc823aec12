import { SaxesParser, type SaxesTagNS } from "saxes";

/** A level of a Word list: how its number is written («%1.%2.») and counted. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab or a space (both read as a space), or nothing. */
  suffix: string;
}

const W = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

function val(tag: SaxesTagNS): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === "val") return a.value;
  return undefined;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, letters] of parts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: a, b, … z, aa, bb, … (the letter repeated, not carried). */
function letters(n: number, alphabet: string): string {
  const chars = [...alphabet];
  const i = (n - 1) % chars.length;
  return chars[i].repeat(Math.floor((n - 1) / chars.length) + 1);
}

const CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";

/** A counter written in a level's format; formats read no further fall back to digits. */
function formatted(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz").toUpperCase();
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "russianLower":
      return letters(n, CYRILLIC);
    case "russianUpper":
      return letters(n, CYRILLIC).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * Word's automatic numbering (word/numbering.xml), counted as Word counts it while the document
 * is read: each list's levels, a level's counter reset when a higher one moves on. The number a
 * person sees before a numbered paragraph is not in the document's text; this writes it.
 */
export class Numbering {
  /** Levels of each abstract list. */
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** Each list instance (w:numId): its abstract list and the levels it starts again. */
  private readonly lists = new Map<string, { abstract: string; starts: Map<number, number> }>();
  /** Counters of each abstract list, by level (lists sharing one count on together). */
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  /** Read numbering.xml; a part that cannot be read leaves the numbers unknown. */
  static parse(xml: string): Numbering {
    const numbering = new Numbering();
    const parser = new SaxesParser({ xmlns: true });
    let abstract: Map<number, Level> | undefined;
    let level: Level | undefined;
    let list: { abstract: string; starts: Map<number, number> } | undefined;
    let override: number | undefined;
    parser.on("opentag", (tag) => {
      if (!W.has(tag.uri)) return;
      const v = val(tag);
      const attr = (local: string) =>
        Object.values(tag.attributes).find((a) => a.local === local)?.value;
      switch (tag.local) {
        case "abstractNum":
          abstract = new Map();
          numbering.abstracts.set(attr("abstractNumId") ?? "", abstract);
          return;
        case "lvl":
          level = { start: 1, format: "decimal", text: "", suffix: " " };
          if (abstract && !list) abstract.set(Number(attr("ilvl") ?? 0), level);
          return;
        case "start":
          if (level) level.start = Number(v) || 0;
          return;
        case "numFmt":
          if (level) level.format = v ?? "decimal";
          return;
        case "lvlText":
          if (level) level.text = v ?? "";
          return;
        case "suff":
          if (level) level.suffix = v === "nothing" ? "" : " ";
          return;
        case "num":
          list = { abstract: "", starts: new Map() };
          numbering.lists.set(attr("numId") ?? "", list);
          return;
        case "abstractNumId":
          if (list) list.abstract = v ?? "";
          return;
        case "lvlOverride":
          override = Number(attr("ilvl") ?? 0);
          return;
        case "startOverride":
          if (list && override !== undefined) list.starts.set(override, Number(v) || 0);
          return;
      }
    });
    parser.on("closetag", (tag) => {
      if (!W.has(tag.uri)) return;
      if (tag.local === "abstractNum") abstract = undefined;
      if (tag.local === "lvl") level = undefined;
      if (tag.local === "num") list = undefined;
      if (tag.local === "lvlOverride") override = undefined;
    });
    try {
      parser.write(xml).close();
    } catch {
      return new Numbering();
    }
    return numbering;
  }

  /**
   * The number of the next paragraph of list `numId` at level `ilvl`, with what follows it
   * ("1.2. "); "" for a paragraph numbered "none" (numId 0), null when the list is unknown.
   */
  next(numId: string, ilvl: number): string | null {
    if (numId === "0") return "";
    const list = this.lists.get(numId);
    const levels = list && this.abstracts.get(list.abstract);
    const level = levels?.get(ilvl);
    if (!list || !levels || !level) return null;
    const counts = this.counters.get(list.abstract) ?? [];
    this.counters.set(list.abstract, counts);
    const startOf = (l: number) => list.starts.get(l) ?? levels.get(l)?.start ?? 1;
    // A list instance that starts a level again does so at its first paragraph.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const l of list.starts.keys()) counts[l] = startOf(l) - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === "bullet") return `•${level.suffix}`;
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatted(counts[l] ?? startOf(l), levels.get(l)?.format ?? "decimal");
    });
    return text === "" ? "" : `${text}${level.suffix}`;
  }
}
