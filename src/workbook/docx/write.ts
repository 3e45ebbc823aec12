import {
  AlignmentType,
  Bookmark,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { CellStyle, SheetModel } from "../../core/sheet";
import type { Lang } from "../../core/text";
import { DERIVED_MARK } from "./derived-mark";
import { sheetBlocks, type Block, type DocumentSheet, type Piece } from "./write-layout";

export type { DocumentSheet } from "./write-layout";

/** The font of the offices' documents (and of Mongolian official documents generally). */
export const DOCUMENT_FONT = "Times New Roman";
/** Sizes in points: running text and titles 12, a table's cells 10 (the seeds' wide tables need it). */
const TEXT_PT = 12;
const TABLE_PT = 10;

/** A4 in twips (1/20 pt), portrait; the docx package turns it for landscape. */
const A4 = { width: 11906, height: 16838 };
/** 2 cm top and bottom, 3 cm left for binding, 1.5 cm right. */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
/** A table this wide or wider is printed on a landscape page. */
const WIDE_TABLE = 6;
/** A column with no width of its own, in Excel character units. */
const DEFAULT_WIDTH = 10;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

/** A cell's text as paragraphs, one per line of the cell. */
function paragraphs(text: string, style: CellStyle, size: number): Paragraph[] {
  return text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment: style.hAlign ? ALIGN[style.hAlign] : undefined,
        children: [
          new TextRun({ text: line, bold: style.bold, italics: style.italic, size: size * 2 }),
        ],
      }),
  );
}

/** Twips a character of the table's text needs, on average (Cyrillic at 10 pt), and a cell's margins. */
const CHAR_TWIPS = 125;
const CELL_MARGINS = 230;

/**
 * Widths in twips of spans of columns (first, last) filling `total`: in the sheet's proportions,
 * but each wide enough for its longest word (`words`, in characters), which Word would break.
 */
function spanTwips(
  model: SheetModel,
  spans: [number, number][],
  total: number,
  words: number[] = [],
): number[] {
  const chars = spans.map(([left, right]) => {
    let w = 0;
    for (let c = left; c <= right; c++) w += model.columnWidths?.[c] || DEFAULT_WIDTH;
    return w;
  });
  const need = spans.map((_, i) =>
    Math.min(total / 3, (words[i] ?? 0) * CHAR_TWIPS + CELL_MARGINS),
  );
  // Columns given their need are fixed; the rest share what is left in proportion, until all fit.
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let round = 0; round <= spans.length; round++) {
    const left = total - [...fixed].reduce((a, i) => a + need[i], 0);
    const share = chars.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    widths = chars.map((w, i) => (fixed.has(i) ? need[i] : (w / share) * left));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < need[i]);
    if (short < 0) break;
    widths.forEach((w, i) => {
      if (!fixed.has(i) && w < need[i]) fixed.add(i);
    });
  }
  return widths.map(Math.floor);
}

/** The longest word of each column's unmerged cells, in characters. */
function longestWords(rows: Piece[][], right: number): number[] {
  const out = Array.from({ length: right + 1 }, () => 0);
  for (const p of rows.flat()) {
    if (p.right > p.col || p.col > right) continue;
    for (const word of p.text.split(/[\s/]+/u)) out[p.col] = Math.max(out[p.col], word.length);
  }
  return out;
}

function table(block: Extract<Block, { kind: "table" }>, model: SheetModel, total: number): Table {
  const { header, right } = block;
  const rows = block.rows.map((pieces, i) => {
    const r = block.top + i;
    const inHeader = header.top <= r && r <= header.bottom;
    return new TableRow({
      // Only the header rows say so: Word reads a row's absent property as off.
      ...(inHeader ? { tableHeader: true, cantSplit: true } : {}),
      children: pieces.map((p) => {
        const style: CellStyle = inHeader
          ? { bold: true, hAlign: "center", vAlign: "middle", ...p.style }
          : p.style;
        const span = Math.min(p.right, right) - p.col + 1;
        const down = Math.min(p.bottom, block.bottom) - p.row + 1;
        return new TableCell({
          children: paragraphs(p.text, style, Math.min(TABLE_PT, style.size ?? TABLE_PT)),
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(down > 1 ? { rowSpan: down } : {}),
          verticalAlign: V_ALIGN[style.vAlign ?? "top"],
        });
      }),
    });
  });
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: spanTwips(
      model,
      Array.from({ length: right + 1 }, (_, c): [number, number] => [c, c]),
      total,
      longestWords(block.rows, right),
    ),
    layout: TableLayoutType.FIXED,
  });
}

/** Text lines: paragraphs, or a table without borders when the sheet sets them side by side. */
function lines(
  block: Extract<Block, { kind: "lines" }>,
  sheet: DocumentSheet,
  total: number,
): (Paragraph | Table)[] {
  const styled = (p: Piece): CellStyle =>
    p.row === sheet.title ? { ...p.style, bold: true, hAlign: "center" } : p.style;
  if (block.starts.length <= 1) {
    return block.rows.flatMap((pieces) =>
      pieces.length === 0
        ? [new Paragraph({})]
        : pieces.flatMap((p) => paragraphs(p.text, styled(p), TEXT_PT)),
    );
  }
  const { starts } = block;
  const spans = starts.map((s, i): [number, number] => [s, (starts[i + 1] ?? block.right + 1) - 1]);
  const twips = spanTwips(sheet.model, spans, total);
  const rows = block.rows.map(
    (pieces) =>
      new TableRow({
        children: starts.map((s, i) => {
          const p = pieces.find((x) => x.col === s);
          return new TableCell({
            width: { size: twips[i], type: WidthType.DXA },
            children: p ? paragraphs(p.text, styled(p), TEXT_PT) : [new Paragraph({})],
          });
        }),
      }),
  );
  return [
    new Table({
      rows,
      width: { size: total, type: WidthType.DXA },
      columnWidths: twips,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
    }),
  ];
}

/** The page a sheet is printed on: as its print setup says, else landscape for a wide table. */
function landscape(sheet: DocumentSheet, blocks: Block[]): boolean {
  const set = sheet.model.print?.orientation;
  if (set) return set === "landscape";
  return blocks.some((b) => b.kind === "table" && b.right + 1 >= WIDE_TABLE);
}

function section(sheet: DocumentSheet, lang: Lang, index: number): ISectionOptions {
  const blocks = sheetBlocks(sheet, lang);
  const wide = landscape(sheet, blocks);
  const pageWidth = wide ? A4.height : A4.width;
  const total = pageWidth - MARGIN.left - MARGIN.right;
  const children: (Paragraph | Table)[] = [];
  blocks.forEach((b, i) => {
    // Word runs two tables one after the other into one: a paragraph keeps them apart.
    if (i > 0) children.push(new Paragraph({}));
    if (b.kind === "table") children.push(table(b, sheet.model, total));
    else children.push(...lines(b, sheet, total));
  });
  if (sheet.derived) {
    // A hidden bookmark (its name starts with "_") at the section's start: Word shows nothing.
    const mark = new Bookmark({ id: `${DERIVED_MARK}${index + 1}`, children: [] });
    children.unshift(new Paragraph({ children: [mark] }));
  }
  return {
    properties: {
      page: {
        size: {
          ...A4,
          orientation: wide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: MARGIN,
      },
    },
    children,
  };
}

/**
 * Sheets as one Word document, each on pages of its own (a section, landscape where its table
 * is wide): the text above and below each table as paragraphs, side by side where the sheet has
 * it so, each table with its merged cells and its header rows repeated on every page; numbers
 * written as the sheet shows them, the document language's way ("85,7%").
 */
export async function wordDocument(sheets: DocumentSheet[], lang: Lang): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Гүйцэтгэл",
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: TEXT_PT * 2 } } } },
    sections: sheets.map((s, i) => section(s, lang, i)),
  });
  return Packer.pack(doc, "uint8array");
}
