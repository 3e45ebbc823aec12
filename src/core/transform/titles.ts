import type { ReportPeriod } from "../plan/title";
import { inCapitals } from "../cells/normalize";
import { PERIOD_WORDS } from "../templates/placeholders";

/**
 * A document's title turned into the next document's, as the offices write them: only the words
 * that name the document change, the organisation and the rest stay as the person typed them,
 * in capitals when the title is in capitals. Null when the title does not say what it is.
 */
export type TitleChange = (title: string) => string | null;

/** The same words in the case the title is written in. */
function inCase(title: string, words: string): string {
  return inCapitals(title) ? words.toUpperCase() : words.toLowerCase();
}

/**
 * "… 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ" at the end of a title (any case, any spacing, marks such as
 * a bold "**" after it kept).
 */
const PLAN_WORDS = /(гүйцэтгэлийн\s+төлөвлөгөө)([^\p{L}\p{N}]*)$/iu;
/** What a report's title says it is, to its end: "… ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ". */
const REPORT_YEAR = /((?:19|20)\d\d)(\s+оны\s+)[^]*?([^\p{L}\p{N}]*)$/iu;
/**
 * The half year as titles name it: «ЭХНИЙ ХАГАС ЖИЛИЙН», or «ХАГАС ЖИЛИЙН» right after the year
 * ("… 2026 ОНЫ ХАГАС ЖИЛИЙН …"; not another half, «ХОЁРДУГААР ХАГАС ЖИЛИЙН»).
 */
const HALF_WORDS = /эхний\s+хагас\s+жилийн|(?<=оны\s+)хагас\s+жилийн/iu;

/**
 * A plan's title as its report's: "… 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ" becomes "… 2026 ОНЫ ЭХНИЙ
 * ХАГАС ЖИЛИЙН БИЕЛЭЛТ" (an organisation's report, seed 000), or "… ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ
 * БИЕЛЭЛТ" (an individual's, seed 001, whose title names no period).
 */
export function reportTitle(period: ReportPeriod | null): TitleChange {
  return (title) => {
    if (!PLAN_WORDS.test(title)) return null;
    return title.replace(PLAN_WORDS, (_, plan: string, end: string) =>
      period
        ? `${inCase(title, `${PERIOD_WORDS[period]} БИЕЛЭЛТ`)}${end}`
        : `${plan}${inCase(title, "НИЙ БИЕЛЭЛТ")}${end}`,
    );
  };
}

/** A half-year report's title as the year-end report's: "ЭХНИЙ ХАГАС ЖИЛИЙН" → "ЖИЛИЙН ЭЦСИЙН". */
export const yearEndTitle: TitleChange = (title) =>
  HALF_WORDS.test(title) ? title.replace(HALF_WORDS, inCase(title, PERIOD_WORDS.year)) : null;

/** A report's title as next year's plan's: "… 2026 ОНЫ … БИЕЛЭЛТ" → "… 2027 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ". */
export const nextPlanTitle: TitleChange = (title) => {
  const m = REPORT_YEAR.exec(title);
  if (!m) return null;
  const words = inCase(title, "ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ");
  return `${title.slice(0, m.index)}${Number(m[1]) + 1}${m[2]}${words}${m[3]}`;
};
