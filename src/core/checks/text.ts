import type { Finding } from "../finding";
import { cellAddress } from "../grid";
import type { Grid } from "../grid";
import {
  findMixedWords,
  isMongolianCode,
  isMongolianLetter,
  replaceLookalikes,
} from "../cells/lookalikes";
import type { LookalikeScript, MixedScriptOptions, MixedWord } from "../cells/lookalikes";
import { bi } from "../text";
import { quote } from "../cells/quote";
import type { Bilingual } from "../text";
import { finding } from "./catalogue";
import { plainTextTest } from "./text-prefilter.accelerator";

/** Which cells a check looks at, by 0-based sheet position. */
export type CellFilter = (row: number, col: number) => boolean;

export interface TextCheckOptions {
  /** Cells checked for look-alikes, damage and markup; every text cell when absent. */
  cells?: CellFilter;
  /**
   * Cells where a template prompt is a mistake (the table's data cells): "(огноо)" belongs in a
   * signature block but not in a data row. Defaults to `cells`.
   */
  placeholderCells?: CellFilter;
}

/** Most words or prompts named in one message; the rest are counted. */
const LIST_LIMIT = 5;

/* ---------- TEXT-MARKUP ---------- */

const HTML_TAGS = new Set(
  (
    "a b blockquote br caption code col colgroup div em font h1 h2 h3 h4 h5 h6 hr i img li ol p " +
    "pre s small span strike strong sub sup table tbody td tfoot th thead tr u ul"
  ).split(" "),
);
/** Tags that start a new line of text when removed. */
const BLOCK_TAGS = new Set(
  "blockquote br caption div h1 h2 h3 h4 h5 h6 hr li ol p pre table tbody tfoot thead tr ul".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const ENTITY =
  /&(nbsp|amp|lt|gt|quot|apos|laquo|raquo|ndash|mdash|hellip|#\d{1,7}|#x[0-9a-fA-F]{1,6});/gi;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

interface MarkupPiece {
  /** As shown in a message: "<p>", "</u>", "&nbsp;". */
  label: string;
  /** Where it starts and ends in the text (UTF-16 indices). */
  index: number;
  end: number;
  /** A tag's: what stands in its place once the tags are removed (an entity has none). */
  removedTo?: string;
}

/** What a known tag leaves when removed: a table cell's end a tab, a block a line break. */
function removedTo(name: string, closing: boolean): string {
  if (name === "td" || name === "th") return closing ? "\t" : "";
  return BLOCK_TAGS.has(name) ? "\n" : "";
}

/** What TAG and ENTITY open with: a text without either holds no markup (most cells). */
const TAG_OPENER = "<";
const ENTITY_OPENER = "&";
const MARKUP_OPENERS = [TAG_OPENER, ENTITY_OPENER];

/**
 * Tags and entities in order of appearance (an entity inside a tag too). Found once for a cell:
 * TEXT-MARKUP names them, TEXT-SCRIPT reads the text with them blanked out.
 */
function markupPieces(text: string): MarkupPiece[] {
  const pieces: MarkupPiece[] = [];
  // exec, not matchAll (that copies the pattern at every call); a match is never empty.
  if (text.includes(TAG_OPENER)) {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const name = m[2].toLowerCase();
      const end = m.index + m[0].length;
      if (HTML_TAGS.has(name)) {
        pieces.push({
          label: `<${m[1]}${name}>`,
          index: m.index,
          end,
          removedTo: removedTo(name, !!m[1]),
        });
      }
    }
  }
  const tags = pieces.length;
  if (text.includes(ENTITY_OPENER)) {
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
      pieces.push({ label: m[0].toLowerCase(), index: m.index, end: m.index + m[0].length });
    }
  }
  // Each kind comes in order: only both together need sorting.
  return tags > 0 && pieces.length > tags ? pieces.sort((a, b) => a.index - b.index) : pieces;
}

function decodeEntity(body: string): string {
  const lower = body.toLowerCase();
  if (lower in NAMED_ENTITIES) return NAMED_ENTITIES[lower];
  const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

const LINE_BREAK = /\r?\n/;
const SPACE_RUN = / {2,}/g;
const LINE_ENDS = /^ +|[ \t]+$/g;

/**
 * Text with HTML tags removed: paragraphs, list items and table rows become lines, table cells
 * are separated by tabs, entities are decoded, blank lines dropped.
 */
export function stripMarkup(text: string): string {
  return stripPieces(text, markupPieces(text));
}

/** stripMarkup of a text whose markup pieces are found already: its tags are cut out by them. */
function stripPieces(text: string, pieces: readonly MarkupPiece[]): string {
  let withoutTags = "";
  let from = 0;
  for (const piece of pieces) {
    if (piece.removedTo === undefined) continue;
    withoutTags += text.slice(from, piece.index) + piece.removedTo;
    from = piece.end;
  }
  withoutTags += text.slice(from);
  // Entities are read once the tags are gone: a tag removed may join one ("&am<b>p;").
  const decoded = withoutTags.replace(ENTITY, (_whole, body: string) => decodeEntity(body));
  return (
    decoded
      .split(LINE_BREAK)
      // Leading tabs stay: they are the empty first cells of a table row.
      .map((line) => line.replace(SPACE_RUN, " ").replace(LINE_ENDS, ""))
      .filter((line) => line !== "")
      .join("\n")
  );
}

/** The text with every markup piece blanked out, keeping code-point positions. */
function maskMarkup(text: string, pieces: readonly MarkupPiece[]): string {
  if (pieces.length === 0) return text;
  let masked = "";
  let from = 0;
  for (const piece of pieces) {
    // An entity inside a tag is blanked with the tag.
    if (piece.index < from) continue;
    const points = Array.from(text.slice(piece.index, piece.end)).length;
    masked += text.slice(from, piece.index) + " ".repeat(points);
    from = piece.end;
  }
  return masked + text.slice(from);
}

function markupFinding(text: string, at: Position, pieces: readonly MarkupPiece[]): Finding | null {
  if (pieces.length === 0) return null;
  const labels = [...new Set(pieces.map((p) => p.label))];
  const shown = labels
    .slice(0, LIST_LIMIT)
    .map((l) => `«${l}»`)
    .join(", ");
  const more = labels.length > LIST_LIMIT ? ` …` : "";
  return finding(
    "TEXT-MARKUP",
    at.address,
    bi(
      `Хөрвүүлэлтээс үлдсэн HTML тэмдэглэгээ байна (${shown}${more}): тэмдэглэгээг арилгаж, догол мөрийг шинэ мөрөөр засна.`,
      `HTML markup left over from a conversion (${shown}${more}); fix: tags removed, paragraphs as line breaks.`,
    ),
    { fix: stripPieces(text, pieces), sheet: at.sheet },
  );
}

/* ---------- TEXT-SCRIPT ---------- */

const SCRIPT_NAMES: Record<LookalikeScript, Bilingual> = {
  latin: bi("латин", "Latin"),
  greek: bi("грек", "Greek"),
  arabic: bi("араб", "Arabic"),
  cyrillic: bi("монгол бус кирилл", "non-Mongolian Cyrillic"),
  digit: bi("тоо", "digit"),
};

function lettersPhrase(word: MixedWord): Bilingual {
  const byScript = new Map<LookalikeScript, string[]>();
  for (const l of word.letters) {
    const list = byScript.get(l.script) ?? [];
    if (!list.includes(l.char)) list.push(l.char);
    byScript.set(l.script, list);
  }
  const mn: string[] = [];
  const en: string[] = [];
  for (const [script, chars] of byScript) {
    const quoted = chars.map((c) => `«${c}»`).join(", ");
    if (script === "digit") {
      mn.push(`үсгийн оронд ${quoted} тоо`);
      en.push(`the ${chars.length > 1 ? "digits" : "digit"} ${quoted} in place of a letter`);
    } else {
      mn.push(`${SCRIPT_NAMES[script].mn} ${quoted} үсэг`);
      en.push(
        `the ${SCRIPT_NAMES[script].en} ${chars.length > 1 ? "letters" : "letter"} ${quoted}`,
      );
    }
  }
  return bi(mn.join(", "), en.join(" and "));
}

function scriptFinding(
  text: string,
  at: Position,
  options: MixedScriptOptions,
  markup: readonly MarkupPiece[],
): Finding | null {
  const words = findMixedWords(maskMarkup(text, markup), options);
  if (words.length === 0) return null;
  // The same slip repeated in a cell ("A/61 … A/194") is named once, with its count.
  const distinct = new Map<string, { word: MixedWord; times: number }>();
  for (const w of words) {
    const seen = distinct.get(w.word);
    if (seen) seen.times += 1;
    else distinct.set(w.word, { word: w, times: 1 });
  }
  const parts = [...distinct.values()].slice(0, LIST_LIMIT).map(({ word: w, times }) => {
    const letters = lettersPhrase(w);
    const mnTimes = times > 1 ? ` (${times} удаа)` : "";
    const enTimes = times > 1 ? ` (${times} times)` : "";
    return bi(
      `«${w.word}» үгэнд ${letters.mn} орсон байна${mnTimes}: «${w.fixed}» гэж засна.`,
      `The word «${w.word}» contains ${letters.en}${enTimes}; fix: «${w.fixed}».`,
    );
  });
  const rest = distinct.size - parts.length;
  if (rest > 0) parts.push(bi(`Өөр ${rest} үгэнд мөн адил.`, `${rest} more words likewise.`));
  return finding(
    "TEXT-SCRIPT",
    at.address,
    bi(parts.map((p) => p.mn).join(" "), parts.map((p) => p.en).join(" ")),
    { fix: replaceLookalikes(text, words), sheet: at.sheet },
  );
}

/* ---------- TEXT-DAMAGED ---------- */

const REPLACEMENT_CHAR = "\uFFFD";
const BALLOT_BOX = "□";
const DAMAGE_MARKS = [REPLACEMENT_CHAR, BALLOT_BOX];
const DAMAGE_WORD = /[\p{L}\p{M}\p{Nd}□\uFFFD]+/gu;
const PLAIN_WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

function isDamageChar(ch: string): boolean {
  return ch === REPLACEMENT_CHAR || ch === BALLOT_BOX;
}

/** Words with damaged characters; a lone "□" is a check box, not damage. */
function damagedWords(text: string): string[] {
  const words: string[] = [];
  if (!DAMAGE_MARKS.some((mark) => text.includes(mark))) return words;
  for (const m of text.matchAll(DAMAGE_WORD)) {
    const chars = Array.from(m[0]);
    const damaged = chars.some(isDamageChar);
    const intact = chars.some((ch) => !isDamageChar(ch));
    if (damaged && (intact || m[0].includes(REPLACEMENT_CHAR))) words.push(m[0]);
  }
  return words;
}

/** Same length, and every intact character equal: "□□рчл□лтг□й" fits "Өөрчлөлтгүй". */
function fitsShape(damaged: string, candidate: string): boolean {
  const a = Array.from(damaged);
  const b = Array.from(candidate);
  if (a.length !== b.length || b.some(isDamageChar)) return false;
  const intact = a.filter((ch) => !isDamageChar(ch));
  // Too little left to recognise the word by.
  if (intact.filter(isMongolianLetter).length < 2 || intact.length * 2 < a.length) return false;
  return a.every((ch, i) => isDamageChar(ch) || ch.toLowerCase() === b[i].toLowerCase());
}

/**
 * The words of the row's other cells, nearest cell first, grouped by length in characters: a
 * damaged word is compared only with words as long as itself, and each cell is split once
 * (a 32,767-character cell of damaged words beside another of words stays linear).
 */
function neighbourWords(rowTexts: Map<number, string>, col: number): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  const cells = [...rowTexts.entries()]
    .filter(([c]) => c !== col)
    .sort(([a], [b]) => Math.abs(a - col) - Math.abs(b - col) || a - b);
  for (const [, text] of cells) {
    for (const m of text.matchAll(PLAIN_WORD)) {
      const length = Array.from(m[0]).length;
      const list = byLength.get(length);
      if (list) list.push(m[0]);
      else byLength.set(length, [m[0]]);
    }
  }
  return byLength;
}

/** `readRow` gives the texts of the cell's row: read only for a cell with damage (few have any). */
function damagedFinding(
  text: string,
  at: Position,
  readRow: () => Map<number, string>,
): Finding | null {
  const words = damagedWords(text);
  if (words.length === 0) return null;
  const count = words.reduce((n, w) => n + Array.from(w).filter(isDamageChar).length, 0);
  // The message names a few distinct words; only those are matched against the neighbours.
  const named = [...new Set(words)].slice(0, LIST_LIMIT);
  const candidates = neighbourWords(readRow(), at.col);
  const guesses = new Map<string, string>();
  for (const w of named) {
    const match = candidates.get(Array.from(w).length)?.find((c) => fitsShape(w, c));
    if (match) guesses.set(w, match);
  }
  const shown = named.map((w) => `«${w}»`).join(", ");
  let mn = `${shown} текстэд гэмтсэн тэмдэгт ${count} байна: буруу кодчилолоор хөрвүүлэхэд үсэг алдагдсан тул зөв үгийг гараар бичнэ.`;
  let en = `${shown} has ${count} damaged ${count === 1 ? "character" : "characters"} from a conversion with the wrong encoding; type the correct word.`;
  if (guesses.size > 0) {
    const pairs = [...guesses].map(([w, g]) => ({ w, g }));
    const said = pairs.map((p) => `«${p.g}»`).join(", ");
    const list = pairs.map((p) => `«${p.w}» → «${p.g}»`).join(", ");
    mn += ` Мөрийн хажуугийн нүдэнд ${said} гэж бичсэн байна: ${list} байх магадлалтай.`;
    en += ` A neighbouring cell in the row has ${said}: probably ${list}.`;
  }
  return finding("TEXT-DAMAGED", at.address, bi(mn, en), { sheet: at.sheet });
}

/* ---------- TEXT-PLACEHOLDER ---------- */

/** A template prompt and what the person should write in its place. */
export interface PlaceholderPrompt {
  id: string;
  pattern: RegExp;
  /** What every match of `pattern` holds, one of these at least: "(" for "(огноо)". */
  needs: readonly string[];
  write: Bilingual;
  /** The prompt is a mistake only when it is all the cell holds. */
  wholeCell?: boolean;
}

/**
 * Prompts seen in the seeds and printed by our own templates. Kept here as patterns (typos such
 * as "ажилттан", "масаг" included), not imported from the templates.
 */
export const PLACEHOLDER_PROMPTS: readonly PlaceholderPrompt[] = [
  {
    id: "responsible",
    needs: ["("],
    // A prompt cut by a page break ends without ")" (seed 000, 3.2.6).
    pattern: /\(\s*Хариуцах\s[^()]*?(?:\)|$)/giu,
    write: bi("хариуцах нэгж, ажилтны нэрийг", "the responsible unit and staff member"),
  },
  {
    id: "unit-mask",
    needs: ["("],
    pattern: /\(\s*[XХxх]{2,5}\s*\)/gu,
    write: bi("хариуцах нэгжийн нэрийг", "the responsible unit"),
  },
  {
    id: "unit-code-alone",
    needs: ["("],
    pattern: /^\s*\(\s*[3З][XХ]{2}\s*\)\s*$/gu,
    write: bi(
      "хариуцах нэгж, ажилтны нэрийг бүтнээр",
      "the responsible unit and staff member in full",
    ),
    wholeCell: true,
  },
  {
    id: "date",
    needs: ["("],
    pattern: /\(\s*огноо\s*\)/giu,
    write: bi("огноог (2024.06.12 гэх мэт)", "the date (e.g. 2024.06.12)"),
  },
  {
    id: "signature",
    needs: ["("],
    pattern: /\(\s*гарын\s+үсэг\s*\)/giu,
    write: bi("гарын үсэг зурах хүний нэрийг", "the name of the person who signs"),
  },
  {
    id: "person",
    needs: ["("],
    pattern: /\(\s*(?:Эцэг\s*\/\s*эх\s*\/?\s*-?\s*ийн\s+нэр[^()]*|Овог,?\s+нэр|Нэр)\s*\)/giu,
    write: bi("хүний овог, нэрийг", "the person's name"),
  },
  {
    id: "organisation",
    needs: ["("],
    pattern: /\(\s*(?:Байгууллагын|Нэгжийн|Хэлтсийн|Тасгийн)\s+нэр\s*\)/giu,
    write: bi("байгууллага, нэгжийн нэрийг", "the name of the organisation or unit"),
  },
  {
    id: "position",
    needs: ["("],
    pattern: /\(\s*(?:(?:Батлах|Боловсруулсан)\s+албан\s+тушаалтны\s+)?албан\s+тушаал\s*\)/giu,
    write: bi("албан тушаалыг", "the position"),
  },
  {
    id: "year",
    needs: ["("],
    pattern: /\(\s*Он\s*\)/gu,
    write: bi("оныг", "the year"),
  },
  {
    id: "period",
    needs: ["("],
    pattern: /\(\s*ЭХНИЙ\s+ХАГАС\s+ЖИЛИЙН\s*\/\s*ЖИЛИЙН\s+ЭЦСИЙН\s*\)/giu,
    write: bi("тайлант хугацааг", "the report period"),
  },
  {
    id: "template-key",
    needs: ["{"],
    pattern: /\{[A-Za-z][A-Za-z0-9]*\}/g,
    write: bi("загварын шаардсан утгыг", "the value the template asks for"),
  },
  {
    id: "blank",
    needs: ["...", "…", "___"],
    // Dots or an ellipsis standing for a gap, not the end of a sentence ("байна...").
    pattern: /(?<![\p{L}\p{N}.])(?:\.{3,}|…+)(?![\p{L}\p{N}.…])|_{3,}/gu,
    write: bi("дутуу утгыг", "the missing value"),
  },
];

/**
 * The prompts in runs of the same needs, in order: a text is searched for a run's needs once
 * (the first ten prompts need the same "(").
 */
const PROMPT_RUNS = PLACEHOLDER_PROMPTS.reduce<PlaceholderPrompt[][]>((runs, prompt) => {
  const run = runs[runs.length - 1];
  if (run && run[0].needs.join("\n") === prompt.needs.join("\n")) run.push(prompt);
  else runs.push([prompt]);
  return runs;
}, []);

function placeholderFinding(text: string, at: Position): Finding | null {
  // Made at the first prompt found: most texts hold none.
  let seen: Map<string, Bilingual> | undefined;
  for (const run of PROMPT_RUNS) {
    if (!run[0].needs.some((n) => text.includes(n))) continue;
    for (const prompt of run) {
      // exec on the prompt's own pattern, not matchAll: that copies the pattern at every call.
      // A match holds one of the needs, so is never empty: each exec moves on.
      const { pattern } = prompt;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const shown = prompt.wholeCell ? m[0].trim() : m[0];
        seen ??= new Map();
        if (!seen.has(shown)) seen.set(shown, prompt.write);
      }
    }
  }
  if (!seen) return null;
  const entries = [...seen].slice(0, LIST_LIMIT).map(([p, w]) => ({ quoted: quote(p), w }));
  return finding(
    "TEXT-PLACEHOLDER",
    at.address,
    bi(
      entries
        .map(
          ({ quoted, w }) =>
            `${quoted} гэсэн загварын бичвэр бөглөгдөөгүй байна: оронд нь ${w.mn} бичнэ.`,
        )
        .join(" "),
      entries
        .map(
          ({ quoted, w }) =>
            `The template prompt ${quoted} was left unfilled; write ${w.en} instead.`,
        )
        .join(" "),
    ),
    { sheet: at.sheet },
  );
}

/* ---------- the check ---------- */

/**
 * A checked cell's place. Its address is spelled out only for a cell that gets a finding (few
 * do), by a getter of the class: not one made for each cell.
 */
class Position {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly sheet: string | undefined,
  ) {}

  get address(): string {
    return cellAddress(this.row, this.col);
  }
}

const LETTER = /\p{L}/u;

/**
 * Most cells are plain: Mongolian words, numbers, percentages. They can get no finding from
 * any check: none holds what the checks need.
 */
export const isPlainText = plainTextTest([
  ...MARKUP_OPENERS,
  ...DAMAGE_MARKS,
  ...PLACEHOLDER_PROMPTS.flatMap((p) => p.needs),
]);

/** What a character counts as when the grid's letters are counted: an index into the counts. */
const NOT_LETTER = 0;
const MONGOLIAN = 1;
const OTHER_LETTER = 2;

/**
 * The kind of each code below U+0500 (ASCII, Latin, Greek, Cyrillic: nearly every character of
 * a grid), worked out once from the rules: one lookup per character instead of a chain of tests.
 */
const LETTER_KINDS = Uint8Array.from({ length: 0x500 }, (_, c) =>
  isMongolianCode(c) ? MONGOLIAN : LETTER.test(String.fromCharCode(c)) ? OTHER_LETTER : NOT_LETTER,
);

/**
 * More Mongolian letters than other letters over the whole grid. Counted code by code over the
 * grid's strings as they stand (one of spaces alone holds no letter): the grid's every character
 * passes here, and a pattern replace per text would copy each one.
 */
function isCyrillicDocument(rows: unknown[]): boolean {
  const texts: string[] = [];
  for (const cells of rows) {
    if (!Array.isArray(cells)) continue;
    for (const value of cells) if (typeof value === "string") texts.push(value);
  }
  const counts = [0, 0, 0];
  // Each code unit left counts once at most: the answer is known once they cannot change it
  // (in a Mongolian grid, about halfway).
  let left = 0;
  for (const t of texts) left += t.length;
  for (const t of texts) {
    if (counts[MONGOLIAN] > counts[OTHER_LETTER] + left) return true;
    if (counts[OTHER_LETTER] >= counts[MONGOLIAN] + left) return false;
    left -= t.length;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < LETTER_KINDS.length) {
        counts[LETTER_KINDS[c]] += 1;
        continue;
      }
      // Another script's letter, or a sign: asked of the whole character (code point).
      const code = t.codePointAt(i)!;
      if (code > 0xffff) i += 1;
      if (LETTER.test(String.fromCodePoint(code))) counts[OTHER_LETTER] += 1;
    }
  }
  return counts[MONGOLIAN] > counts[OTHER_LETTER];
}

function safely(filter: CellFilter | undefined, row: number, col: number): boolean {
  if (!filter) return true;
  try {
    return filter(row, col) === true;
  } catch {
    return false;
  }
}

/** A cell's own typed text (a string with something besides spaces), or null: numbers are not text to check. */
function typedText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** The texts of a row by sheet column, in column order. */
function rowTexts(cells: unknown[], originCol: number): Map<number, string> {
  const texts = new Map<number, string>();
  cells.forEach((value: unknown, c) => {
    const text = typedText(value);
    if (text !== null) texts.set(originCol + c, text);
  });
  return texts;
}

/**
 * Text checks over every text cell of a grid (or the cells `options.cells` allows):
 * look-alike letters (TEXT-SCRIPT, with the Cyrillic spelling as fix), damaged characters
 * (TEXT-DAMAGED), HTML markup (TEXT-MARKUP, fix: the plain text) and unfilled template prompts
 * (TEXT-PLACEHOLDER, in `placeholderCells` only). Findings carry real sheet addresses. Each fix
 * is made from the cell as it stands: after applying one, check again.
 */
export function checkText(grid: Grid, options: TextCheckOptions = {}): Finding[] {
  const rows: unknown = grid?.cells;
  if (!Array.isArray(rows)) return [];
  const originRow = Number.isInteger(grid.origin?.row) ? grid.origin.row : 0;
  const originCol = Number.isInteger(grid.origin?.col) ? grid.origin.col : 0;
  const sheet = typeof grid.sheet === "string" ? grid.sheet : undefined;
  const placeholderFilter = options.placeholderCells ?? options.cells;
  // Counting the grid's letters is needed only for a cell of look-alikes without a Mongolian
  // letter (few reports have one): findMixedWords reads the flag only then.
  let documentIsCyrillic: boolean | undefined;
  const mixedOptions: MixedScriptOptions = {
    get documentIsCyrillic() {
      documentIsCyrillic ??= isCyrillicDocument(rows);
      return documentIsCyrillic;
    },
  };

  const findings: Finding[] = [];
  rows.forEach((cells: unknown, r) => {
    if (!Array.isArray(cells)) return;
    const row = originRow + r;
    // A loop, not forEach: a function made for each of a large sheet's rows adds up.
    for (let c = 0; c < cells.length; c++) {
      const value: unknown = cells[c];
      // Most cells are plain and can get no finding: they are passed over without a filter call.
      if (typeof value !== "string" || isPlainText(value)) continue;
      const text = typedText(value);
      if (text === null) continue;
      const col = originCol + c;
      const at = new Position(row, col, sheet);
      if (safely(options.cells, row, col)) {
        // Pushed one by one, not gathered in an array first: the array was garbage per cell.
        const pieces = markupPieces(text);
        const script = scriptFinding(text, at, mixedOptions, pieces);
        if (script) findings.push(script);
        const damaged = damagedFinding(text, at, () => rowTexts(cells, originCol));
        if (damaged) findings.push(damaged);
        const markup = markupFinding(text, at, pieces);
        if (markup) findings.push(markup);
      }
      if (safely(placeholderFilter, row, col)) {
        const f = placeholderFinding(text, at);
        if (f) findings.push(f);
      }
    }
  });
  return findings;
}
