import { schemeOf } from "../evaluate";
import type { Finding } from "../finding";
import { cellAddress } from "../grid";
import type { Plan } from "../plan/model";
import {
  parseCustomScheme,
  validateScheme,
  type Band,
  type RatingScheme,
  type SchemeProblem,
} from "../ratings";
import type { Settings } from "../settings";
import type { TemplateId } from "../templates/spec";
import type { Bilingual } from "../text";
import { finding } from "./catalogue";

/** The name a carried scheme gives itself, when it gives one, though it is not a scheme. */
function carriedName(u: unknown): Bilingual | null {
  const name = typeof u === "object" && u !== null ? (u as { name?: unknown }).name : undefined;
  if (typeof name === "string" && name.trim()) return { mn: name, en: name };
  const n = name as { mn?: unknown; en?: unknown } | undefined;
  return typeof n?.mn === "string" && typeof n.en === "string" ? { mn: n.mn, en: n.en } : null;
}

/**
 * The problems of the scheme the settings choose; a custom one that does not parse, its shape,
 * under its own name, saying which scheme rates the table instead.
 */
export function settingsSchemeProblems(
  settings: Settings,
  template?: TemplateId,
): {
  scheme: RatingScheme;
  problems: SchemeProblem[];
  /** What the findings call the scheme, when not by the scheme's name. */
  head?: Bilingual;
} {
  const scheme = schemeOf(settings, template);
  if (settings.scheme === "custom") {
    const parsed = parseCustomScheme(settings.customScheme);
    if (parsed.scheme) return { scheme: parsed.scheme, problems: parsed.problems };
    const own = carriedName(settings.customScheme) ?? { mn: "Тусгай", en: "Custom" };
    const head = {
      mn: `Ажлын номд хадгалсан үнэлгээний аргачлал «${own.mn}» хэрэглэгдсэнгүй, оронд нь «${scheme.name.mn}»-аар үнэлэв`,
      en: `The workbook's rating scheme «${own.en}» was not used, the table is rated by «${scheme.name.en}» instead`,
    };
    return { scheme, problems: parsed.problems, head };
  }
  return { scheme, problems: validateScheme(scheme) };
}

const prefixed = (head: Bilingual, problem: SchemeProblem): Bilingual => ({
  mn: `${head.mn}: ${problem.message.mn}`,
  en: `${head.en}: ${problem.message.en}`,
});

/**
 * RATING-SCHEME for the workbook's scheme: one finding per problem at the table's first header
 * cell. Only sheets that use a scheme (reports, rated tables) carry it.
 */
export function workbookSchemeFindings(plan: Plan, settings: Settings): Finding[] {
  const columns = plan.header.columns;
  const usesScheme =
    columns.rating !== undefined ||
    columns.fulfilment !== undefined ||
    columns.achieved !== undefined;
  if (!usesScheme) return [];
  const { scheme, problems, head: carried } = settingsSchemeProblems(settings, plan.template);
  if (problems.length === 0) return [];
  const cols = Object.values(columns).filter((c): c is number => c !== undefined);
  const cell = cellAddress(plan.header.headerTop, cols.length > 0 ? Math.min(...cols) : 0);
  const head = carried ?? {
    mn: `Үнэлгээний аргачлал «${scheme.name.mn}»`,
    en: `Rating scheme «${scheme.name.en}»`,
  };
  return problems.map((p) => finding("RATING-SCHEME", cell, prefixed(head, p)));
}

/** A printed band with the cell that prints it. */
export interface PrintedBand extends Band {
  row: number;
  col: number;
}

/** Just past a band: values below this still count in it (as `bandOf` reads whole bounds). */
const reach = (b: Band): number => (Number.isInteger(b.max) ? b.max + 1 : b.max);

/** The printed band a problem is about: the band below a gap, the later of two overlapping. */
function bandOfProblem(p: SchemeProblem, bands: PrintedBand[]): PrintedBand {
  const sorted = [...bands].sort((a, b) => a.min - b.min || a.max - b.max);
  const pick =
    p.kind === "gap"
      ? (sorted.find((b) => reach(b) === p.from) ?? sorted.find((b) => b.min > p.to))
      : p.kind === "overlap"
        ? (sorted.slice(1).find((b) => b.min === p.from) ?? sorted.find((b) => b.min === p.from))
        : sorted.find((b) => b.min === p.from || b.max === p.from || b.max === p.to);
  return pick ?? sorted[0];
}

/**
 * RATING-SCHEME for bands printed in a table's header ("70 /60-69/"): the gaps and overlaps they
 * leave, each on the header cell of the band it concerns.
 */
export function printedBandFindings(bands: PrintedBand[], sheet?: string): Finding[] {
  if (bands.length === 0) return [];
  const scheme: RatingScheme = {
    id: "printed",
    name: { mn: "Хүснэгтэд хэвлэсэн бүлгүүд", en: "Bands printed in the table" },
    thresholds: [],
    bands,
    notDueLabel: "/-/",
  };
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const p of validateScheme(scheme)) {
    const band = bandOfProblem(p, bands);
    const cell = cellAddress(band.row, band.col);
    const key = `${cell}|${p.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const head = { mn: `Үнэлгээний бүлэг «${band.label}»`, en: `Rating band «${band.label}»` };
    found.push(finding("RATING-SCHEME", cell, prefixed(head, p), { sheet }));
  }
  return found;
}
