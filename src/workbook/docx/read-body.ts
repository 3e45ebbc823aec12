import { SaxesParser, type SaxesTagNS } from "saxes";
import { DERIVED_MARK } from "./derived-mark";
import { Numbering } from "./read-numbering";

/** A cell of a Word table as its XML gives it: its text and how it is merged. */
export interface WordCell {
  /** The cell's paragraphs joined with "\n". */
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** Vertical merge (w:vMerge): the cell starts one, or continues the one above. */
  vMerge?: "restart" | "continue";
}

export interface WordRow {
  cells: WordCell[];
  /** Grid columns left out before the first cell (w:gridBefore). */
  before: number;
  /** A header row repeated on every page (w:tblHeader). */
  header: boolean;
}

export interface WordTable {
  kind: "table";
  rows: WordRow[];
  /** Columns of the table's grid (w:tblGrid), or of its widest row. */
  columns: number;
  /** Drawn without borders: a layout of lines side by side (approval, signatures), not data. */
  borderless: boolean;
}

export interface WordParagraph {
  kind: "paragraph";
  text: string;
}

export type WordBlock = WordParagraph | WordTable;

/** What the reading left out or changed, for the person to know. */
export interface BodyNotes {
  /** Tracked changes were found: read as accepted (insertions kept, deletions dropped). */
  tracked: boolean;
  /** Embedded objects skipped: pictures, text boxes, charts (drawing) and OLE objects. */
  drawings: number;
  objects: number;
  /** Paragraphs numbered by a list the document does not define (a style's): no number read. */
  numbered: number;
  /** The add-in's own summaries (товчоо, fulfilment summary) left out: compute makes them again. */
  derived: number;
}

export interface WordBody {
  blocks: WordBlock[];
  notes: BodyNotes;
}

const W = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * Elements whose content is not the document's text: deletions (tracked changes accepted),
 * field codes, embedded objects (drawings, VML pictures, OLE objects) and the alternatives
 * they come in.
 */
const SKIPPED = new Set([
  "del",
  "moveFrom",
  "instrText",
  "delInstrText",
  "drawing",
  "pict",
  "object",
]);
const TRACKED = new Set(["ins", "del", "moveFrom", "moveTo"]);
/** A border that draws nothing. */
const NO_BORDER = new Set(["none", "nil"]);

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return undefined;
}

/** A w:val that switches a property on: absent, or anything but false/0/off. */
function on(tag: SaxesTagNS): boolean {
  const v = attr(tag, "val");
  return v === undefined || !["false", "0", "off"].includes(v);
}

interface OpenTable {
  table: WordTable;
  row?: WordRow & { deleted?: boolean };
  cell?: WordCell & { paragraphs: string[] };
  borders: string[];
  styled: boolean;
}

/**
 * word/document.xml read as the blocks of its body: paragraphs and tables, in order. A table
 * inside a table cell gives its paragraphs to that cell as lines; content controls, hyperlinks
 * and smart tags are unwrapped (their content read as any other).
 */
export class BodyReader {
  private readonly parser = new SaxesParser({ xmlns: true });
  private readonly blocks: WordBlock[] = [];
  private readonly notes: BodyNotes = {
    tracked: false,
    drawings: 0,
    objects: 0,
    numbered: 0,
    derived: 0,
  };
  /** In a section the add-in marked as its own, left out; `ends`: the section ends in this paragraph. */
  private derived: { ends: boolean } | null = null;
  private readonly path: string[] = [];
  /** Depth of the element being skipped, -1 when none is. */
  private skipAt = -1;
  private readonly tables: OpenTable[] = [];
  private paragraph: string | null = null;
  /** The list and level of the paragraph being read, when Word numbers it. */
  private numbered: { numId: string; ilvl: number } | null = null;
  private inText = false;

  /** `numbering`: the document's lists, to write the numbers Word shows before paragraphs. */
  constructor(private readonly numbering = new Numbering()) {
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", (tag) => this.close(tag));
    this.parser.on("text", (text) => {
      if (this.inText && this.skipAt < 0 && this.paragraph !== null) this.paragraph += text;
    });
  }

  /** Feed the next piece of the XML. */
  write(chunk: string): void {
    this.parser.write(chunk);
  }

  end(): WordBody {
    this.parser.close();
    // The last section's properties stand in the body: a marked last section ends here.
    if (this.derived) this.notes.derived++;
    return { blocks: this.blocks, notes: this.notes };
  }

  private open(tag: SaxesTagNS): void {
    const local = tag.local;
    const parent = this.path[this.path.length - 1];
    this.path.push(W.has(tag.uri) ? local : `${tag.uri}|${local}`);
    if (this.skipAt >= 0) return;
    if (tag.uri === MC && local === "AlternateContent") {
      this.notes.drawings++;
      this.skipAt = this.path.length;
      return;
    }
    if (!W.has(tag.uri)) return;
    if (TRACKED.has(local)) this.notes.tracked = true;
    if (SKIPPED.has(local)) {
      if (local === "drawing" || local === "pict") this.notes.drawings++;
      if (local === "object") this.notes.objects++;
      // A deleted table row is marked in its properties: the row goes, not only its text.
      const top = this.tables[this.tables.length - 1];
      if (local === "del" && parent === "trPr" && top?.row) top.row.deleted = true;
      this.skipAt = this.path.length;
      return;
    }
    this.openWord(tag, parent);
  }

  private openWord(tag: SaxesTagNS, parent: string | undefined): void {
    const top = this.tables[this.tables.length - 1];
    const nested = this.tables.length > 1;
    switch (tag.local) {
      case "p":
        this.paragraph = "";
        return;
      case "t":
        this.inText = true;
        return;
      case "tab":
        if (parent === "r") this.add(" ");
        return;
      case "br":
      case "cr":
        if (parent === "r") this.add("\n");
        return;
      case "noBreakHyphen":
        this.add("-");
        return;
      case "numPr":
        this.numbered = { numId: "", ilvl: 0 };
        return;
      case "numId":
        if (this.numbered && parent === "numPr") this.numbered.numId = attr(tag, "val") ?? "";
        return;
      case "ilvl":
        if (this.numbered && parent === "numPr") this.numbered.ilvl = Number(attr(tag, "val")) || 0;
        return;
      case "bookmarkStart":
        if (this.tables.length === 0 && attr(tag, "name")?.startsWith(DERIVED_MARK)) {
          this.derived ??= { ends: false };
        }
        return;
      case "sectPr":
        // A section's properties close it: in its last paragraph, or in the body for the last.
        if (this.derived && parent === "pPr") this.derived.ends = true;
        return;
      case "tbl":
        this.tables.push({
          table: { kind: "table", rows: [], columns: 0, borderless: false },
          borders: [],
          styled: false,
        });
        return;
    }
    if (!top || nested) return;
    switch (tag.local) {
      case "tblStyle":
        top.styled = true;
        return;
      case "gridCol":
        if (parent === "tblGrid") top.table.columns++;
        return;
      case "top":
      case "left":
      case "bottom":
      case "right":
      case "start":
      case "end":
      case "insideH":
      case "insideV":
        if (parent === "tblBorders") top.borders.push(attr(tag, "val") ?? "none");
        return;
      case "tr":
        top.row = { cells: [], before: 0, header: false };
        return;
      case "tblHeader":
        if (top.row && parent === "trPr") top.row.header = on(tag);
        return;
      case "gridBefore":
        if (top.row) top.row.before = Number(attr(tag, "val")) || 0;
        return;
      case "tc":
        top.cell = { text: "", span: 1, paragraphs: [] };
        return;
      case "gridSpan":
        if (top.cell) top.cell.span = Math.max(1, Number(attr(tag, "val")) || 1);
        return;
      case "vMerge":
        if (top.cell) top.cell.vMerge = attr(tag, "val") === "restart" ? "restart" : "continue";
        return;
    }
  }

  private close(tag: SaxesTagNS): void {
    const depth = this.path.length;
    this.path.pop();
    if (this.skipAt >= 0) {
      if (depth === this.skipAt) this.skipAt = -1;
      return;
    }
    if (!W.has(tag.uri)) return;
    const top = this.tables[this.tables.length - 1];
    const nested = this.tables.length > 1;
    switch (tag.local) {
      case "t":
        this.inText = false;
        return;
      case "numPr":
        this.numberParagraph();
        return;
      case "p":
        this.endParagraph();
        return;
      case "tbl":
        this.endTable();
        return;
    }
    if (!top || nested) return;
    if (tag.local === "tc" && top.cell && top.row) {
      const { paragraphs, ...cell } = top.cell;
      top.row.cells.push({ ...cell, text: paragraphs.join("\n") });
      top.cell = undefined;
    } else if (tag.local === "tr" && top.row) {
      const { deleted, ...row } = top.row;
      if (!deleted) top.table.rows.push(row);
      top.row = undefined;
    }
  }

  /** The number Word shows before the paragraph, which its text does not hold. */
  private numberParagraph(): void {
    const list = this.numbered;
    this.numbered = null;
    if (!list || this.paragraph === null) return;
    const number = this.numbering.next(list.numId, list.ilvl);
    if (number === null) this.notes.numbered++;
    else this.paragraph = number + this.paragraph;
  }

  private add(text: string): void {
    if (this.paragraph !== null) this.paragraph += text;
  }

  /** A paragraph goes to the cell it is in (the outer one, for a nested table), else to the body. */
  private endParagraph(): void {
    const text = this.paragraph ?? "";
    this.paragraph = null;
    const cell = this.tables[0]?.cell;
    if (cell) cell.paragraphs.push(text);
    else if (this.tables.length === 0 && !this.derived) {
      this.blocks.push({ kind: "paragraph", text });
    }
    // The paragraph holding the section's properties is the part's last.
    if (this.derived?.ends && this.tables.length === 0) {
      this.derived = null;
      this.notes.derived++;
    }
  }

  private endTable(): void {
    const open = this.tables.pop();
    if (!open || this.tables.length > 0) return;
    const { table, borders, styled } = open;
    const widest = Math.max(
      0,
      ...table.rows.map((r) => r.before + r.cells.reduce((n, c) => n + c.span, 0)),
    );
    table.columns = Math.max(table.columns, widest);
    // No borders of its own and no style to give it some: Word draws none.
    table.borderless = borders.length > 0 ? borders.every((b) => NO_BORDER.has(b)) : !styled;
    if (!this.derived) this.blocks.push(table);
  }
}
