import { parseArgs, type ParseArgsConfig } from "util";
import { BUILT_IN_SCHEMES, schemeById } from "../core/ratings";
import type { Rounding } from "../core/settings";
import { TEMPLATE_IDS, type TemplateId } from "../core/templates/spec";
import type { Lang } from "../core/text";
import type { ReportPeriod } from "../core/plan/title";
import { READ_YEARS } from "../workbook";
import { CliError } from "./io";
import { msg } from "./messages";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options every command takes. */
const COMMON: Options = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** Options that change how figures are computed (check, compute). */
export const SETTINGS_OPTIONS: Options = {
  scheme: { type: "string" },
  rounding: { type: "string" },
};

/**
 * How a sheet is read (check, compute): its document kind, the year of per-year targets, the
 * period of targets per half-year and year.
 */
export const READ_OPTIONS: Options = {
  template: { type: "string" },
  year: { type: "string" },
  period: { type: "string" },
};

/** Parse a command's arguments; a mistake becomes a CliError saying what was wrong. */
export function parseCommand(argv: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed["values"], positionals };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const text = e instanceof Error ? e.message : String(e);
    const option = /'(-[^' ]+)/.exec(text)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(msg.unknownOption(option));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new CliError(msg.missingValue(option));
    throw new CliError(msg.badArguments(text));
  }
}

export function stringOption(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
}

export function langOption(p: Parsed): Lang | undefined {
  const v = stringOption(p, "lang");
  if (v === undefined) return undefined;
  if (v === "mn" || v === "en") return v;
  throw new CliError(msg.badChoice("--lang", v, ["mn", "en"]));
}

export function schemeOption(p: Parsed): string | undefined {
  const v = stringOption(p, "scheme");
  if (v === undefined || schemeById(v)) return v;
  throw new CliError(
    msg.badChoice(
      "--scheme",
      v,
      BUILT_IN_SCHEMES.map((s) => s.id),
    ),
  );
}

/** --template <id>: read every sheet as this document kind, not the one its table looks like. */
export function templateOption(p: Parsed): TemplateId | undefined {
  const v = stringOption(p, "template");
  if (v === undefined) return undefined;
  const id = TEMPLATE_IDS.find((t) => t === v);
  if (id) return id;
  throw new CliError(msg.badChoice("--template", v, [...TEMPLATE_IDS]));
}

/** --year <yyyy>: the year of a new document (scaffold), or of per-year targets, the one reported. */
export function yearOption(p: Parsed): number | undefined {
  const text = stringOption(p, "year");
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < READ_YEARS.first || year > READ_YEARS.last) {
    throw new CliError(msg.badYear(text));
  }
  return year;
}

export function roundingOption(p: Parsed): Rounding | undefined {
  const v = stringOption(p, "rounding");
  if (v === undefined) return undefined;
  if (v === "round" || v === "truncate") return v;
  throw new CliError(msg.badChoice("--rounding", v, ["round", "truncate"]));
}

/** --period half|year: a new report's period (scaffold, report-from-plan), or the one reported. */
export function periodOption(p: Parsed): ReportPeriod | undefined {
  const v = stringOption(p, "period");
  if (v === undefined) return undefined;
  if (v === "half" || v === "year") return v;
  throw new CliError(msg.badChoice("--period", v, ["half", "year"]));
}

/** The -o / --output path, required. */
export function outputOption(p: Parsed): string {
  const v = stringOption(p, "output");
  if (!v) throw new CliError(msg.outputRequired);
  return v;
}

/** --force: write over an existing output without asking. */
export function forceOption(p: Parsed): boolean {
  return p.values.force === true;
}

export const OUTPUT_OPTION: Options = {
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
};

/** Exactly `count` positional arguments (at least one when count is "many"). */
export function positionals(p: Parsed, count: number | "many", what: string): string[] {
  const n = p.positionals.length;
  if (n === 0 || (count !== "many" && n < count)) throw new CliError(msg.missingArgument(what));
  if (count !== "many" && n > count)
    throw new CliError(msg.extraArguments(p.positionals.slice(count)));
  return p.positionals;
}
