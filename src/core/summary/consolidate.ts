import type { Evaluation, MeasureEvaluation } from "../evaluate";
import type { CellValue, Merge } from "../grid";
import { objectivesOf } from "../plan/model";
import { DEFAULT_SETTINGS, type Rounding } from "../settings";
import type { SheetModel } from "../sheet";
import type { LayoutColumn } from "../templates/layout";
import type { Bilingual, Lang } from "../text";
import {
  figuresOf,
  isParentOnly,
  mean,
  objectiveKey,
  objectiveLabel,
  objectiveText,
  rounded,
  sheetName,
} from "./common";
import { FILL, landscape, styleTotal, summaryTable, writeParagraph } from "./draft";

/** Figures of a set of measures: counts, the pooled figure, counts per band. */
export interface ConsolidatedFigures {
  measures: number;
  /** Measures with a figure. */
  rated: number;
  exact: number | null;
  value: number | null;
  /** Measures per band, in the order of `Consolidation.bandLabels`. */
  bands: number[];
}

export interface ConsolidatedObjective extends ConsolidatedFigures {
  /** Matching key: "Зорилт 3." = "Зорилт 3" = "3". */
  key: string;
  label: Bilingual;
  text: string;
}

export interface ConsolidatedUnit {
  unit: string;
  objectives: ConsolidatedObjective[];
  /** The unit's own overall figure (its rounding setting), pooled over its measures. */
  total: ConsolidatedFigures;
}

export interface UnreadableUnit {
  unit: string;
  reason: Bilingual;
}

/** Many units' reports in one table (DOMAIN section 6), as data. */
export interface Consolidation {
  /** Every band label met in the units' schemes, in order of first appearance. */
  bandLabels: string[];
  units: ConsolidatedUnit[];
  /** Organisation-wide per matched objective, pooled over all units' measures. */
  objectives: ConsolidatedObjective[];
  /** Organisation-wide, pooled over all units' measures. */
  pooled: ConsolidatedFigures;
  /** The plain mean of the units' (rounded) figures: another reading, shown separately. */
  meanOfUnits: { exact: number | null; value: number | null; units: number };
  unreadable: UnreadableUnit[];
}

export interface UnitInput {
  unit: string;
  evaluation?: Evaluation;
  error?: Bilingual;
}

const NO_EVALUATION: Bilingual = {
  mn: "Тайлан уншигдаагүй: үнэлгээ хийгдсэнгүй",
  en: "The report was not read: no evaluation",
};

interface Pool {
  measures: MeasureEvaluation[];
  bands: Map<string, number>;
}

function figuresFrom(pool: Pool, bandLabels: string[], rounding: Rounding): ConsolidatedFigures {
  const xs = figuresOf(pool.measures);
  const exact = mean(xs);
  return {
    measures: pool.measures.length,
    rated: xs.length,
    exact,
    value: rounded(exact, rounding),
    bands: bandLabels.map((b) => pool.bands.get(b) ?? 0),
  };
}

function addTo(pool: Pool, measures: MeasureEvaluation[], bands: Record<string, number>): void {
  pool.measures.push(...measures);
  for (const [label, n] of Object.entries(bands)) {
    pool.bands.set(label, (pool.bands.get(label) ?? 0) + n);
  }
}

const newPool = (): Pool => ({ measures: [], bands: new Map() });

/**
 * One table over many units: each unit's objectives and overall figure, organisation-wide
 * figures per matched objective and overall (pooled over every measure), the mean of the unit
 * figures shown apart, and the units that could not be read with their reasons.
 */
export function consolidate(units: UnitInput[]): Consolidation {
  const readable = units.filter(
    (u): u is UnitInput & { evaluation: Evaluation } => !!u.evaluation && !u.error,
  );
  const unreadable: UnreadableUnit[] = units
    .filter((u) => !u.evaluation || u.error)
    .map((u) => ({ unit: u.unit, reason: u.error ?? NO_EVALUATION }));
  const rounding = readable[0]?.evaluation.settings.rounding ?? DEFAULT_SETTINGS.rounding;

  const bandLabels: string[] = [];
  for (const { evaluation: e } of readable) {
    for (const label of [...e.scheme.bands.map((b) => b.label), e.scheme.notDueLabel]) {
      if (!bandLabels.includes(label)) bandLabels.push(label);
    }
  }

  const byKey = new Map<string, { label: Bilingual; text: string; pool: Pool }>();
  const everyone = newPool();
  const consolidated: ConsolidatedUnit[] = readable.map(({ unit, evaluation: e }) => {
    const all = objectivesOf(e.plan);
    const unitPool = newPool();
    const objectives = e.objectives
      .filter((o) => !isParentOnly(o.objective, all))
      .map((o) => {
        const key = objectiveKey(o.objective);
        const own = newPool();
        addTo(own, o.measures, o.bands);
        addTo(unitPool, o.measures, o.bands);
        const shared = byKey.get(key) ?? {
          label: objectiveLabel(o.objective),
          text: objectiveText(o.objective),
          pool: newPool(),
        };
        addTo(shared.pool, o.measures, o.bands);
        byKey.set(key, shared);
        return {
          key,
          label: objectiveLabel(o.objective),
          text: objectiveText(o.objective),
          ...figuresFrom(own, bandLabels, e.settings.rounding),
        };
      });
    addTo(everyone, unitPool.measures, Object.fromEntries(unitPool.bands));
    return { unit, objectives, total: figuresFrom(unitPool, bandLabels, e.settings.rounding) };
  });

  const unitFigures = consolidated.map((u) => u.total.value).filter((v): v is number => v !== null);
  const meanExact = mean(unitFigures);
  return {
    bandLabels,
    units: consolidated,
    objectives: [...byKey.entries()].map(([key, o]) => ({
      key,
      label: o.label,
      text: o.text,
      ...figuresFrom(o.pool, bandLabels, rounding),
    })),
    pooled: figuresFrom(everyone, bandLabels, rounding),
    meanOfUnits: {
      exact: meanExact,
      value: rounded(meanExact, rounding),
      units: unitFigures.length,
    },
    unreadable,
  };
}

const HEADERS = {
  title: {
    mn: "НЭГЖҮҮДИЙН ГҮЙЦЭТГЭЛИЙН НЭГТГЭЛ",
    en: "CONSOLIDATED RESULTS OF THE UNITS",
  },
  unit: { mn: "Нэгж", en: "Unit" },
  objective: { mn: "Зорилт", en: "Objective" },
  measures: { mn: "Арга хэмжээний тоо", en: "Number of measures" },
  rated: { mn: "Үнэлсэн арга хэмжээний тоо", en: "Measures with a figure" },
  value: { mn: "Хэрэгжилт, хувь", en: "Implementation, %" },
  bands: {
    mn: "Хэрэгжилтийн хувь, арга хэмжээний тоо",
    en: "Implementation %, number of measures",
  },
  unitTotal: { mn: "Нэгжийн дүн", en: "Unit total" },
  organisation: { mn: "Байгууллагын хэмжээнд", en: "Organisation-wide" },
  pooled: {
    mn: "Нийт (бүх арга хэмжээгээр)",
    en: "Total (pooled over all measures)",
  },
  unreadable: { mn: "Уншиж чадаагүй нэгж", en: "Units that could not be read" },
  reason: { mn: "Шалтгаан", en: "Reason" },
  none: { mn: "Нэгжийн тайлан алга.", en: "No unit reports." },
} satisfies Record<string, Bilingual>;

const SHEET_NAME: Bilingual = { mn: "Нэгтгэл", en: "Consolidation" };

const count = (n: number): CellValue => (n === 0 ? null : n);

function row(unit: string | null, label: string, f: ConsolidatedFigures): CellValue[] {
  return [unit, label, f.measures, f.rated, f.value, ...f.bands.map(count)];
}

/**
 * The consolidated table sheet ("Нэгтгэл"): a block per unit (its objectives and its total),
 * the organisation-wide block, then the units that could not be read with their reasons.
 */
export function consolidationSheets(c: Consolidation, lang: Lang): SheetModel[] {
  const columns: LayoutColumn[] = [
    { header: HEADERS.unit[lang], width: 26 },
    { header: HEADERS.objective[lang], width: 18 },
    { header: HEADERS.measures[lang], width: 12 },
    { header: HEADERS.rated[lang], width: 12 },
    { header: HEADERS.value[lang], width: 12 },
    ...c.bandLabels.map((b) => ({ header: b, group: HEADERS.bands[lang], width: 11 })),
  ];
  const width = columns.length;
  const values: CellValue[][] = [];
  /** Unit-name cells merged over their block (relative to the first data row). */
  const blocks: Merge[] = [];
  const totals: number[] = [];
  const block = (name: string, lines: CellValue[][]) => {
    const top = values.length;
    lines.forEach((l, i) => values.push(i === 0 ? [name, ...l.slice(1)] : l));
    blocks.push({ top, left: 0, bottom: values.length - 1, right: 0 });
  };
  for (const u of c.units) {
    const lines = u.objectives.map((o) => row(null, o.label[lang], o));
    totals.push(values.length + lines.length);
    lines.push(row(null, HEADERS.unitTotal[lang], u.total));
    block(u.unit, lines);
  }
  if (c.units.length > 0) {
    const lines = c.objectives.map((o) => row(null, o.label[lang], o));
    totals.push(values.length + lines.length);
    lines.push(row(null, HEADERS.pooled[lang], c.pooled));
    const meanLabel =
      lang === "mn"
        ? `Нэгжүүдийн хувийн энгийн дундаж (${c.meanOfUnits.units} нэгж)`
        : `Plain mean of unit figures (${c.meanOfUnits.units} ${c.meanOfUnits.units === 1 ? "unit" : "units"})`;
    totals.push(values.length + lines.length);
    lines.push([null, meanLabel, null, null, c.meanOfUnits.value, ...c.bandLabels.map(() => null)]);
    block(HEADERS.organisation[lang], lines);
  }

  const { draft, place } = summaryTable(HEADERS.title[lang], columns, values, [0, 1], blocks);
  for (const t of totals) styleTotal(draft, place.dataTop + t, width);
  for (const b of blocks) {
    draft.style(
      { top: place.dataTop + b.top, left: 0, bottom: place.dataTop + b.bottom, right: 0 },
      { bold: true, vAlign: "top", fill: FILL.section },
    );
  }
  if (c.units.length === 0) writeParagraph(draft, HEADERS.none[lang], width, { italic: true });

  if (c.unreadable.length > 0) {
    draft.blank();
    writeParagraph(draft, HEADERS.unreadable[lang], width, { bold: true });
    const top = draft.row;
    const header: CellValue[] = [HEADERS.unit[lang], HEADERS.reason[lang]];
    [header, ...c.unreadable.map((u) => [u.unit, u.reason[lang]])].forEach((line, i) => {
      const r = top + i;
      draft.blank();
      draft.set(r, 0, line[0]);
      draft.set(r, 1, line[1]);
      draft.merge({ top: r, left: 1, bottom: r, right: width - 1 });
    });
    const bottom = top + c.unreadable.length;
    draft.style(
      { top, left: 0, bottom, right: width - 1 },
      { border: true, wrap: true, vAlign: "top" },
    );
    draft.style({ top, left: 0, bottom: top, right: width - 1 }, { bold: true, fill: FILL.header });
  }

  return [
    draft.toModel(sheetName(SHEET_NAME, lang), {
      freeze: { rows: place.headerBottom + 1, cols: 1 },
      print: landscape({ top: place.headerTop, bottom: place.headerBottom }),
    }),
  ];
}
