import type { ScaffoldOptions } from "./scaffold";
import { inCapitals } from "../cells/normalize";
import type { ReportPeriod } from "../plan/title";

/** The placeholders a template's title and text blocks may contain. */
export type PlaceholderKey =
  | "org"
  | "unit"
  | "year"
  | "period"
  | "position"
  | "name"
  | "approverTitle"
  | "approverName"
  | "drafterTitle"
  | "drafterName";

/** What a sheet shows where the user has not said yet (header and title area only). */
export const PLACEHOLDER_PROMPTS: Record<PlaceholderKey, string> = {
  org: "(Байгууллагын нэр)",
  unit: "(Нэгжийн нэр)",
  year: "(Он)",
  period: "(ЭХНИЙ ХАГАС ЖИЛИЙН / ЖИЛИЙН ЭЦСИЙН)",
  position: "(Албан тушаал)",
  name: "(Овог, нэр)",
  approverTitle: "(Батлах албан тушаалтны албан тушаал)",
  approverName: "(Нэр)",
  drafterTitle: "(Боловсруулсан албан тушаалтны албан тушаал)",
  drafterName: "(Нэр)",
};

/** Report period as printed in a title ("… 2024 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ"). */
/** The words a title names its period by, as the title prints them. */
export const PERIOD_WORDS: Record<ReportPeriod, string> = {
  half: "ЭХНИЙ ХАГАС ЖИЛИЙН",
  year: "ЖИЛИЙН ЭЦСИЙН",
};

function given(options: ScaffoldOptions, key: PlaceholderKey): string | undefined {
  const pick = (v: string | undefined) =>
    v !== undefined && v.trim() !== "" ? v.trim() : undefined;
  switch (key) {
    case "org":
      return pick(options.org);
    case "unit":
      return pick(options.unit);
    case "year":
      return options.year !== undefined && Number.isFinite(options.year)
        ? String(Math.trunc(options.year))
        : undefined;
    case "period":
      return options.period ? PERIOD_WORDS[options.period] : undefined;
    case "position":
      return pick(options.position);
    case "name":
      return pick(options.name);
    case "approverTitle":
      return pick(options.approver?.title);
    case "approverName":
      return pick(options.approver?.name);
    case "drafterTitle":
      return pick(options.drafter?.title);
    case "drafterName":
      return pick(options.drafter?.name);
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

function isKey(k: string): k is PlaceholderKey {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDER_PROMPTS, k);
}

/**
 * Fills {org}, {year} … from the options; what is not given becomes its visible prompt.
 * `upper` writes given values in capitals, for titles printed in capitals.
 */
export function fillPlaceholders(text: string, options: ScaffoldOptions, upper = false): string {
  return text
    .replace(PLACEHOLDER, (whole, k: string) => {
      if (!isKey(k)) return whole;
      const v = given(options, k);
      if (v === undefined) return PLACEHOLDER_PROMPTS[k];
      return upper ? v.toUpperCase() : v;
    })
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** True when the fixed words of a title are in capitals ("… ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ"). */
export function isCapitalTitle(title: string): boolean {
  const fixed = title.replace(PLACEHOLDER, "");
  return inCapitals(fixed);
}
