import type { TemplateId } from "./templates/spec";
import type { Lang } from "./text";

export type Rounding = "round" | "truncate";
export type FulfilmentMethod = "ratio" | "progress";

/** The add-in's settings, stored inside the workbook so they travel with the file. */
export interface Settings {
  /** Built-in scheme id, or "custom" with `customScheme`. */
  scheme: string;
  /**
   * A person chose `scheme` (in the pane's settings, or `--scheme`): it rates every table of the
   * workbook. Otherwise each table is rated by its template's default (`defaultSchemeFor`).
   */
  schemeChosen?: boolean;
  customScheme?: unknown;
  rounding: Rounding;
  /** Cap fulfilment at 100 (seed 001 shows 939 of 240 as 100%). */
  cap: boolean;
  method: FulfilmentMethod;
  /** Individual score weights: part one, part two; evaluator points 0..maxPoints. */
  weights: { partOne: number; partTwo: number; maxPoints: number };
  /** The language of the pane and of the command line's messages. */
  language: Lang;
  /**
   * The language of the sheets the add-in writes (summaries, findings): official documents are
   * Mongolian whatever the interface speaks, so Mongolian unless a person chose otherwise.
   */
  documentLanguage?: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  scheme: "gov-206-2020",
  rounding: "round",
  cap: true,
  method: "ratio",
  weights: { partOne: 0.7, partTwo: 0.15, maxPoints: 15 },
  language: "mn",
};

/**
 * The scheme a template is rated with when nobody chose one: the anti-corruption report as
 * printed in seed 002 (any rating 0–100, counted in bands), the older rated fulfilment on its
 * 0–30 scale, everything else by Resolution 206.
 */
export function defaultSchemeFor(template: TemplateId | undefined): string {
  if (template === "rated-report") return "governor-0-30";
  return template === "anticorruption-report"
    ? "ndeg-anticorruption-2019"
    : DEFAULT_SETTINGS.scheme;
}

/**
 * The settings a table of `template` is evaluated with: the workbook's, rated by the scheme a
 * person chose, else by the template's default. The one place that decides it, for the pane,
 * the command line and every check.
 */
export function settingsFor(settings: Settings, template: TemplateId | undefined): Settings {
  if (settings.schemeChosen || settings.scheme === "custom") return settings;
  const scheme = defaultSchemeFor(template);
  return scheme === settings.scheme ? settings : { ...settings, scheme };
}

/** The language of the sheets the add-in writes. */
export function documentLang(settings: Settings): Lang {
  return settings.documentLanguage ?? "mn";
}
