import { schemeOf } from "../../core/evaluate";
import { parseCustomScheme, type SchemeProblem } from "../../core/ratings";
import { BUILT_IN_SCHEMES, type RatingScheme } from "../../core/ratings/scheme";
import {
  DEFAULT_SETTINGS,
  documentLang,
  type FulfilmentMethod,
  type Rounding,
  type Settings,
} from "../../core/settings";
import { bi, type Bilingual, type Lang } from "../../core/text";
import { sayBoth } from "../strings";

/** A band as typed: text until the person saves. */
export interface BandDraft {
  label: string;
  min: string;
  max: string;
}

/** The settings as the form holds them (numbers as typed). */
export interface SettingsDraft {
  /** A built-in scheme id, "custom", or TEMPLATE_SCHEME: each table by its template's default. */
  scheme: string;
  /** The custom scheme's bands. */
  bands: BandDraft[];
  /** The scheme the custom one was started from: its levels and thresholds carry over. */
  base: RatingScheme;
  rounding: Rounding;
  cap: boolean;
  method: FulfilmentMethod;
  partOne: string;
  partTwo: string;
  maxPoints: string;
  language: Lang;
  documentLanguage: Lang;
}

/** The choice that lets each table be rated by its template's default scheme (nobody chose one). */
export const TEMPLATE_SCHEME = "template";

const CUSTOM_NAME = bi("Тусгай аргачлал", "Custom scheme");

/** "90", "97,9", " 60 " → number; anything else → null. */
export function numberOf(text: string): number | null {
  const t = text.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

const percentText = (fraction: number): string => String(Math.round(fraction * 1000) / 10);

function bandDrafts(scheme: RatingScheme): BandDraft[] {
  return scheme.bands.map((b) => ({ label: b.label, min: String(b.min), max: String(b.max) }));
}

export function draftOf(settings: Settings): SettingsDraft {
  const scheme = schemeOf(settings);
  const custom = settings.scheme === "custom";
  const chosen = custom || settings.schemeChosen === true;
  return {
    scheme: !chosen
      ? TEMPLATE_SCHEME
      : custom || BUILT_IN_SCHEMES.some((s) => s.id === settings.scheme)
        ? settings.scheme
        : scheme.id,
    bands: bandDrafts(scheme),
    base: scheme,
    rounding: settings.rounding,
    cap: settings.cap,
    method: settings.method,
    partOne: percentText(settings.weights.partOne),
    partTwo: percentText(settings.weights.partTwo),
    maxPoints: String(settings.weights.maxPoints),
    language: settings.language,
    documentLanguage: documentLang(settings),
  };
}

/** Switch the scheme; a custom one starts from the bands of the scheme chosen before. */
export function chooseScheme(draft: SettingsDraft, scheme: string): SettingsDraft {
  if (scheme === "custom" || scheme === TEMPLATE_SCHEME) return { ...draft, scheme };
  const chosen = BUILT_IN_SCHEMES.find((s) => s.id === scheme);
  if (!chosen) return draft;
  return { ...draft, scheme, base: chosen, bands: bandDrafts(chosen) };
}

/** The custom scheme as stored in the workbook, or the bands whose bounds are not numbers. */
export function customSchemeOf(draft: SettingsDraft): {
  scheme: Record<string, unknown>;
  missing: number[];
} {
  const missing: number[] = [];
  const bands = draft.bands.map((b, i) => {
    const min = numberOf(b.min);
    const max = numberOf(b.max);
    if (min === null || max === null) missing.push(i + 1);
    return { label: b.label.trim() || `${b.min}-${b.max}`, min: min ?? b.min, max: max ?? b.max };
  });
  const base = draft.base;
  const scheme: Record<string, unknown> = {
    id: "custom",
    name: CUSTOM_NAME,
    bands,
    thresholds: base.thresholds,
    notDueLabel: base.notDueLabel,
  };
  if (base.max !== undefined) scheme.max = base.max;
  if (base.allowed) scheme.allowed = base.allowed;
  if (base.levels) scheme.levels = base.levels;
  return { scheme, missing };
}

export interface DraftCheck {
  /** Problems that stop saving. */
  errors: Bilingual[];
  /** Problems of the custom scheme's bands (gaps, overlaps …), shown; saving is still allowed. */
  schemeProblems: SchemeProblem[];
  /** Advice that does not stop saving (weights not adding up to 100). */
  warnings: Bilingual[];
  settings?: Settings;
}

/** What the draft would save, and what is wrong with it. */
export function checkDraft(draft: SettingsDraft, current: Settings): DraftCheck {
  const errors: Bilingual[] = [];
  const warnings: Bilingual[] = [];
  let schemeProblems: SchemeProblem[] = [];
  const weight = (text: string, field: Bilingual): number | null => {
    const n = numberOf(text);
    if (n === null || n < 0 || n > 100) {
      errors.push(sayBoth("weightRange", { field }));
      return null;
    }
    return n;
  };
  const one = weight(draft.partOne, sayBoth("weightOne"));
  const two = weight(draft.partTwo, sayBoth("weightTwo"));
  const points = weight(draft.maxPoints, sayBoth("maxPoints"));
  if (one !== null && two !== null && points !== null) {
    const sum = Math.round((one + two + points) * 10) / 10;
    if (sum !== 100) warnings.push(sayBoth("weightsSum", { sum }));
  }

  const settings: Settings = {
    ...current,
    scheme: draft.scheme,
    rounding: draft.rounding,
    cap: draft.cap,
    method: draft.method,
    language: draft.language,
    documentLanguage: draft.documentLanguage,
    weights: { partOne: (one ?? 0) / 100, partTwo: (two ?? 0) / 100, maxPoints: points ?? 0 },
  };
  delete settings.customScheme;
  if (draft.scheme === TEMPLATE_SCHEME) {
    settings.scheme = DEFAULT_SETTINGS.scheme;
    delete settings.schemeChosen;
  } else {
    settings.schemeChosen = true;
  }
  if (draft.scheme === "custom") {
    const { scheme, missing } = customSchemeOf(draft);
    for (const n of missing) errors.push(sayBoth("bandNumberMissing", { n }));
    if (missing.length === 0) {
      const parsed = parseCustomScheme(scheme);
      if (parsed.scheme) schemeProblems = parsed.problems;
      else errors.push(...parsed.problems.map((p) => p.message));
    }
    settings.customScheme = scheme;
  }
  return errors.length > 0
    ? { errors, schemeProblems, warnings }
    : { errors, schemeProblems, warnings, settings };
}
