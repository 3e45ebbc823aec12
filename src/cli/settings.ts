import { DEFAULT_SETTINGS, type Rounding, type Settings } from "../core/settings";
import type { TemplateId } from "../core/templates/spec";
import type { Lang } from "../core/text";
import type { WorkbookState } from "../workbook";

/** What the command line says about the settings; absent = not given. */
export interface SettingsFlags {
  scheme?: string;
  rounding?: Rounding;
  lang?: Lang;
}

/**
 * The scheme a template is rated with when nothing chose one: the anti-corruption report is
 * rated as printed in seed 002, everything else by Resolution 206.
 */
export function defaultSchemeFor(template: TemplateId | undefined): string {
  return template === "anticorruption-report"
    ? "ndeg-anticorruption-2019"
    : DEFAULT_SETTINGS.scheme;
}

/** Settings for a sheet: the defaults (for its template), then the workbook's stored state, then the flags. */
export function resolveSettings(
  stored: WorkbookState | null,
  flags: SettingsFlags,
  template?: TemplateId,
): Settings {
  const base: Settings = stored
    ? { ...stored.settings, weights: { ...stored.settings.weights } }
    : {
        ...DEFAULT_SETTINGS,
        weights: { ...DEFAULT_SETTINGS.weights },
        scheme: defaultSchemeFor(template),
      };
  const settings: Settings = { ...base };
  if (flags.scheme) {
    settings.scheme = flags.scheme;
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
