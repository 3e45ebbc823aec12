import { fixAsTyped, type Finding, type Severity } from "../finding";
import { parseAddress, type CellValue } from "../grid";
import type { SheetModel } from "../sheet";
import { FILL, linesFor, linesHeight } from "../templates/layout";
import type { Bilingual, Lang } from "../text";
import { sheetName } from "./common";

const SEVERITY: Record<Severity, Bilingual> = {
  error: { mn: "Алдаа", en: "Error" },
  warning: { mn: "Анхааруулга", en: "Warning" },
  note: { mn: "Тэмдэглэл", en: "Note" },
};
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

const COLUMNS: { header: Bilingual; width: number }[] = [
  { header: { mn: "Хуудас", en: "Sheet" }, width: 20 },
  { header: { mn: "Нүд", en: "Cell" }, width: 8 },
  { header: { mn: "Түвшин", en: "Severity" }, width: 13 },
  { header: { mn: "Код", en: "Code" }, width: 22 },
  { header: { mn: "Тайлбар", en: "Description" }, width: 70 },
  { header: { mn: "Засвар", en: "Fix" }, width: 40 },
];
const CELL_COL = 1;
const SHEET_NAME: Bilingual = { mn: "Шалгалтын дүн", en: "Findings" };
const NONE: Bilingual = { mn: "Алдаа, анхааруулга олдсонгүй.", en: "No findings." };

interface Placed {
  sheet: string;
  order: number;
  finding: Finding;
}

function position(cell: string): { row: number; col: number } {
  return parseAddress(cell) ?? { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
}

function compare(a: Placed, b: Placed): number {
  const pa = position(a.finding.cell);
  const pb = position(b.finding.cell);
  return (
    a.order - b.order ||
    pa.row - pb.row ||
    pa.col - pb.col ||
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    a.finding.code.localeCompare(b.finding.code)
  );
}

function fixText(f: Finding): CellValue {
  if (!f.fix) return null;
  const value = fixAsTyped(f.fix);
  return f.fix.cell === f.cell ? String(value) : `${f.fix.cell}: ${value}`;
}

/**
 * Every finding of every checked sheet on one sheet, sorted by sheet (in the order given),
 * then by cell, then by severity; each row links to the cell it is about.
 */
export function findingsSheet(
  results: { sheet: string; findings: Finding[] }[],
  lang: Lang,
): SheetModel {
  const order = new Map<string, number>();
  const placed: Placed[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const sheet = f.sheet ?? r.sheet;
      if (!order.has(sheet)) order.set(sheet, order.size);
      placed.push({ sheet, order: order.get(sheet) as number, finding: f });
    }
  }
  placed.sort(compare);

  const width = COLUMNS.length;
  const values: CellValue[][] = [COLUMNS.map((c) => c.header[lang])];
  const rowHeights: (number | undefined)[] = [undefined];
  const links: NonNullable<SheetModel["links"]> = [];
  for (const { sheet, finding: f } of placed) {
    const row = values.length;
    const fix = fixText(f);
    values.push([sheet, f.cell, SEVERITY[f.severity][lang], f.code, f.message[lang], fix]);
    const lines = Math.max(
      linesFor(f.message[lang], COLUMNS[4].width),
      typeof fix === "string" ? linesFor(fix, COLUMNS[5].width) : 1,
    );
    rowHeights.push(lines > 1 ? linesHeight(lines) : undefined);
    links.push({ row, col: CELL_COL, sheet, cell: f.cell });
  }
  const merges = [];
  if (placed.length === 0) {
    values.push([NONE[lang], null, null, null, null, null]);
    merges.push({ top: 1, left: 0, bottom: 1, right: width - 1 });
  }
  const bottom = values.length - 1;
  return {
    name: sheetName(SHEET_NAME, lang),
    values,
    merges,
    styles: [
      {
        range: { top: 0, left: 0, bottom, right: width - 1 },
        style: { border: true, wrap: true, vAlign: "top" },
      },
      {
        range: { top: 0, left: 0, bottom: 0, right: width - 1 },
        style: { bold: true, fill: FILL.header, hAlign: "center", vAlign: "middle" },
      },
      { range: { top: 1, left: 1, bottom, right: 2 }, style: { hAlign: "center" } },
    ],
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights,
    freeze: { rows: 1, cols: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { top: 0, bottom: 0 },
    },
    links,
  };
}
