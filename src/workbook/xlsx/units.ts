// What one office's file contributes to a consolidation, the same for the command line and the
// task pane: which of its sheets are units, the settings they are rated by, their findings.
import { checkGrid } from "../../core/checks";
import type { Finding } from "../../core/finding";
import type { Settings } from "../../core/settings";
import { unitFigures, type UnitFigures, type UnitInput } from "../../core/summary/consolidate";
import { TEMPLATES } from "../../core/templates";
import { isReportSpec, type TemplateId } from "../../core/templates/spec";
import { bi, type Bilingual } from "../../core/text";
import { uniqueSheetName } from "../office/names";
import {
  addinSheetNames,
  readStateSheet,
  recordedReading,
  type SheetState,
  type WorkbookState,
} from "../state";
import { readXlsx, type SheetGrid } from "./read";

/** The settings a file's tables are read with, from the state the file stores (null: none). */
export type SettingsOf = (stored: WorkbookState | null) => Settings;

/** A file's own stored settings, else `fallback` (what the command line does without flags). */
export function storedSettings(fallback: Settings): SettingsOf {
  return (stored) => stored?.settings ?? fallback;
}

/** A sheet of an office's file that counts as a unit: read, evaluated and checked. */
export interface UnitSheet {
  /** Its name in the office's file. */
  sheet: string;
  template: TemplateId;
  /** The year and period its office chose to read it by (its state's), kept with its copy. */
  when: Pick<SheetState, "year" | "period">;
  /** What the consolidation takes of its evaluation. */
  figures: UnitFigures;
  findings: Finding[];
}

export type FileUnits = { ok: true; sheets: UnitSheet[] } | { ok: false; reason: Bilingual };

const NO_TABLE = bi(
  "Файлын аль ч хуудсанд танигдах хүснэгт (төлөвлөгөө, биелэлт, албан тушаалын тодорхойлолт) олдсонгүй.",
  "No sheet of the file holds a known table (plan, report, job description).",
);

/**
 * The units of a workbook: its sheets that hold a report, or, when none does, every sheet that
 * holds a known table (a plan sent in place of its report still shows, without figures). The
 * sheets the add-in wrote itself are left out. Each sheet is read as the template the state
 * records for it, else as the one it looks like, and checked with the file's settings.
 */
export function workbookUnits(
  sheets: SheetGrid[],
  stored: WorkbookState | null,
  settingsOf: SettingsOf,
): FileUnits {
  const own = addinSheetNames(stored);
  const settings = settingsOf(stored);
  const read: UnitSheet[] = [];
  for (const grid of sheets) {
    if (own.has(grid.sheet)) continue;
    const reading = recordedReading(stored, grid.sheet);
    const check = checkGrid(grid, settings, reading);
    const when = { year: reading.year, period: reading.period };
    // An evaluation summary on its own counts areas, not a unit's measures.
    if (!check.ok || check.summary) continue;
    const { evaluation, findings } = check;
    const figures = unitFigures(evaluation);
    read.push({ sheet: grid.sheet, template: check.template, when, figures, findings });
  }
  if (read.length === 0) return { ok: false, reason: NO_TABLE };
  const reports = read.filter((s) => isReportSpec(TEMPLATES[s.template]));
  return { ok: true, sheets: reports.length > 0 ? reports : read };
}

/** The units of an .xlsx file's bytes; whatever is wrong with the file comes back as a reason. */
export async function readUnitFile(
  data: Buffer | ArrayBuffer | Uint8Array,
  settingsOf: SettingsOf,
): Promise<FileUnits> {
  const read = await readXlsx(data);
  if (!read.ok) return { ok: false, reason: read.error.message };
  return workbookUnits(read.sheets, readStateSheet(read.workbook)?.state ?? null, settingsOf);
}

/** An office's name: its file's name without the folder and the extension. */
export function officeName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, "").trim() || file;
}

/**
 * A file's units named as the command line names the sheets it copies them to: the office, or
 * "office sheet" when the file holds several; a name Excel accepts, unlike any in `taken`
 * (without case). `taken` grows by the names given. Each finding names its unit as its sheet.
 */
export function namedUnits<S extends UnitSheet>(
  office: string,
  sheets: S[],
  taken: string[],
): (UnitInput & S)[] {
  return sheets.map((s) => {
    const unit = uniqueSheetName(sheets.length > 1 ? `${office} ${s.sheet}` : office, taken);
    taken.push(unit);
    return { ...s, unit, findings: s.findings.map((f) => ({ ...f, sheet: unit })) };
  });
}
