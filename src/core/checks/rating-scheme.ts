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
import type { Bilingual } from "../text";
import { finding } from "./catalogue";

/** The problems of the scheme the settings choose; a custom one that does not parse, its shape. */
export function settingsSchemeProblems(settings: Settings): {
  scheme: RatingScheme;
  problems: SchemeProblem[];
} {
  const scheme = schemeOf(settings);
  if (settings.scheme === "custom") {
    const parsed = parseCustomScheme(settings.customScheme);
    return { scheme: parsed.scheme ?? scheme, problems: parsed.problems };
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
  const { scheme, problems } = settingsSchemeProblems(settings);
  if (problems.length === 0) return [];
  const cols = Object.values(columns).filter((c): c is number => c !== undefined);
  const cell = cellAddress(plan.header.headerTop, cols.length > 0 ? Math.min(...cols) : 0);
  const head = {
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
