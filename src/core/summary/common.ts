import type { MeasureEvaluation } from "../evaluate";
import { cellText } from "../grid";
import type { Measure, Objective } from "../plan/model";
import { plainText } from "../cells/normalize";
import { parseItemNumber, parseObjectiveLabel, splitLeadingNumber } from "../cells/item-numbers";
import { roundFigure } from "../ratings";
import { shownNumber } from "../cells/number-format";
import type { Rounding } from "../settings";
import { safeSheetName } from "../templates/scaffold";
import type { Bilingual, Lang } from "../text";

import { objectiveNumber } from "../plan/objective-name";

export { mean } from "../ratings";
export { objectiveLabel, objectiveNumber } from "../plan/objective-name";

/** The objective's text without the label the cell repeats ("Зорилт 1. …", "ХОЁР. …"). */
export function objectiveText(o: Objective): string {
  const text = plainText(o.text.value);
  const label = parseObjectiveLabel(text);
  return label && label.kind !== "number" ? label.rest : text;
}

/**
 * Objectives matched across units by number: "Зорилт 3." = "Зорилт 3" = "3". Part two
 * (knowledge and skills) is numbered on its own, so it keeps its own keys.
 */
export function objectiveKey(o: Objective): string {
  const number = objectiveNumber(o);
  const base =
    number ??
    o.label
      .toLowerCase()
      .replace(/[\s.:)]+/gu, " ")
      .trim();
  return o.part === 2 ? `2:${base}` : base;
}

/** An objective that only heads sub-objectives ("Зорилт 6." above 6.1, 6.2) and has no measures. */
export function isParentOnly(o: Objective, all: Objective[]): boolean {
  const number = objectiveNumber(o);
  if (o.measures.length > 0 || !number) return false;
  return all.some((x) => x !== o && objectiveNumber(x)?.startsWith(`${number}.`));
}

/** A measure's number: the one the reader assigned, the written label's, or the Д/д cell's. */
export function measureNumber(m: Measure): string {
  if (m.assignedNumber) return m.assignedNumber;
  for (const written of [m.label, cellText(m.number.value)]) {
    const n = written ? parseItemNumber(written) : null;
    if (n) return n.parts.join(".");
  }
  return cellText(m.number.value).trim();
}

/** A measure's text without the number it repeats ("Арга хэмжээ 2.3. …"). */
export function measureText(m: Measure): string {
  const text = plainText(m.text.value);
  const lead = splitLeadingNumber(text);
  if (lead && (lead.number.prefix || lead.number.parts.join(".") === measureNumber(m))) {
    return lead.rest;
  }
  return text;
}

export function rounded(x: number | null, rounding: Rounding): number | null {
  return x === null ? null : roundFigure(x, rounding);
}

/** The figures of measures that have one. */
export function figuresOf(ms: readonly Pick<MeasureEvaluation, "value">[]): number[] {
  return ms.filter((m) => m.value !== null).map((m) => m.value as number);
}

/**
 * A percentage figure in running text, one decimal, the way the staff write it in Mongolian
 * ("85,7", "100,0") and with a point in English ("85.7"). Figures are rounded before they get
 * here; toFixed only pads them.
 */
export function figureText(x: number, lang: Lang): string {
  return shownNumber(x, "0.0", lang);
}

/** A range of whole-number bounds as a scheme prints a band ("90–100"), or one bound ("100"). */
export function rangeText(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/** Part two of a plan (knowledge and skills): named in summaries as a part, never as an objective. */
export const PART_TWO: Bilingual = {
  mn: "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ",
  en: "Part two. Knowledge and skills objectives and measures",
};

/** The group header over a summary's band columns, and its column of measures without a figure. */
export const BANDS_HEADER: Bilingual = {
  mn: "Хэрэгжилтийн хувь, арга хэмжээний тоо",
  en: "Implementation %, number of measures",
};
export const NO_FIGURE_HEADER: Bilingual = { mn: "Үнэлгээгүй", en: "No figure" };

/** The key part two is matched by across units (no objective has it). */
export const PART_TWO_KEY = "part-2";

/** The sheet name for a language, as Excel accepts it. */
export function sheetName(name: Bilingual, lang: Lang): string {
  return safeSheetName(name[lang], name.mn);
}
