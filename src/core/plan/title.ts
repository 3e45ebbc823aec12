import type { SheetCells } from "./cells";
import type { CellRef } from "./model";
import { inCapitals, normalizeHeader } from "../cells/normalize";
import { parseObjectiveLabel } from "../cells/item-numbers";

/** A year standing alone, four digits not within a longer number: "2026.01.01", "2026 ОНЫ". */
const YEAR = "(?<!\\d)(?:19|20)\\d{2}(?!\\d)";
const FIRST_YEAR = new RegExp(YEAR, "u");
/** Every year standing alone in a text (for a replace). */
export const YEARS = new RegExp(YEAR, "gu");

/** The year a title names ("… 2019 онд …", "2026 ОНЫ …"), if any: four digits on their own. */
export function yearIn(text: string): number | undefined {
  const m = FIRST_YEAR.exec(text);
  return m ? Number(m[0]) : undefined;
}

/** A report's period: the first half-year or the whole year (year-end). */
export type ReportPeriod = "half" | "year";

/** The reporting period a title names: half-year (ЭХНИЙ ХАГАС ЖИЛИЙН) or year-end (ЖИЛИЙН ЭЦСИЙН). */
export function periodIn(text: string): ReportPeriod | undefined {
  const t = text.toLowerCase();
  if (/хагас\s+жил/u.test(t)) return "half";
  if (/жилийн\s+эцс/u.test(t)) return "year";
  return undefined;
}

/** The year and period a report's title names, each where it names one. */
export interface ReportedPeriod {
  year?: number;
  period?: ReportPeriod;
}

/** What a title says of the time reported: "… 2026 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ". */
export function reportedIn(title: string): ReportedPeriod {
  const reported: ReportedPeriod = {};
  const year = yearIn(title);
  const period = periodIn(title);
  if (year !== undefined) reported.year = year;
  if (period) reported.period = period;
  return reported;
}

/** Words a document's title names it by. */
const TITLE_WORDS = ["төлөвлөгөө", "биелэлт", "тодорхойлолт", "тайлан"];

/**
 * The title nearest above a header ("… ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"): a line naming the
 * document, in capitals when there is one; labels ("…баталсан:") and headings are skipped.
 */
export function titleAbove(cells: SheetCells, headerTop: number): CellRef | undefined {
  let fallback: CellRef | undefined;
  for (let row = headerTop - 1; row >= cells.top; row--) {
    const filled = cells.filled(row);
    if (filled.length === 0) continue;
    const text = filled.map((col) => cells.text(row, col)).join(" ");
    if (text.includes(":") || parseObjectiveLabel(text)) continue;
    const words = normalizeHeader(text);
    if (!TITLE_WORDS.some((w) => words.includes(w))) continue;
    const ref = cells.ref(row, filled[0]);
    if (inCapitals(text)) return ref;
    fallback ??= ref;
  }
  return fallback;
}
