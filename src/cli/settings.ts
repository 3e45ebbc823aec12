import type { TemplateId } from "../core/templates/spec";
import type { ReportPeriod } from "../core/plan/title";
import { DEFAULT_SETTINGS, type Rounding, type Settings } from "../core/settings";
import type { Lang } from "../core/text";
import type { WorkbookState } from "../workbook";

/** What the command line says about the settings; absent = not given. */
export interface SettingsFlags {
  scheme?: string;
  rounding?: Rounding;
  lang?: Lang;
  /** --template: the document kind every sheet is read as. */
  template?: TemplateId;
  /** --year: of targets given per year, the year reported. */
  year?: number;
  /** --period: of targets given per half-year and year, the period reported. */
  period?: ReportPeriod;
}

/**
 * Settings for a workbook: the defaults, then the workbook's stored state, then the flags. A
 * scheme given by flag is chosen (it rates every table); otherwise each table is rated by its
 * template's default (`settingsFor`, applied where a table is evaluated).
 */
export function resolveSettings(stored: WorkbookState | null, flags: SettingsFlags): Settings {
  const base = stored?.settings ?? DEFAULT_SETTINGS;
  const settings: Settings = { ...base, weights: { ...base.weights } };
  if (flags.scheme) {
    settings.scheme = flags.scheme;
    settings.schemeChosen = true;
    delete settings.customScheme;
  }
  if (flags.rounding) settings.rounding = flags.rounding;
  if (flags.lang) settings.language = flags.lang;
  return settings;
}

/** The language messages are printed in before a sheet's settings are known. */
export function messageLang(stored: WorkbookState | null, flags: SettingsFlags): Lang {
  return flags.lang ?? stored?.settings.language ?? DEFAULT_SETTINGS.language;
}
