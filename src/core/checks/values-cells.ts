import type { CriterionEvaluation } from "../evaluate";
import type { Finding } from "../finding";
import { parseLevel, type LevelReading, type Quantity } from "../levels";
import { isPercentWord } from "../levels/vocabulary";
import type { CellRef } from "../plan/model";
import { bi, type Bilingual } from "../text";
import { finding } from "./catalogue";
import { capitalize, rawText, refText } from "./structure-names";

export type Level = "baseline" | "target" | "targetH1" | "achieved";

/** Level names; every Mongolian one ends in "түвшин" so that it takes the case endings below. */
export const LEVEL_NAMES: Record<Level, Bilingual> = {
  baseline: bi("Суурь түвшин", "baseline"),
  target: bi("Зорилтот түвшин", "target"),
  targetH1: bi("Эхний хагас жилийн хүрэх түвшин", "first-half target"),
  achieved: bi("Хүрсэн түвшин", "achieved level"),
};

/** "Суурь түвшин" → "Суурь түвшинд" (in the baseline). */
export const inLevel = (level: Level): string => `${LEVEL_NAMES[level].mn}д`;

/** A criterion's name for its messages, made the first time one of its findings asks for it. */
export type CriterionNames = (ce: CriterionEvaluation) => Bilingual;

/** VALUE-AMBIGUOUS: "1,081" read as 1081 or 1.081; the message gives both and the one taken. */
function ambiguousFinding(level: Level, ref: CellRef, reading: LevelReading): Finding | null {
  const list = reading.ambiguities;
  if (list.length === 0) return null;
  const mn = list
    .map(
      (a) =>
        `«${a.text}» тоог ${a.readings.join(" эсвэл ")} гэж уншиж болно, ${a.chosen} гэж уншсан`,
    )
    .join("; ");
  const en = list
    .map((a) => `«${a.text}» reads as ${a.readings.join(" or ")}; taken as ${a.chosen}`)
    .join("; ");
  const name = LEVEL_NAMES[level];
  return finding(
    "VALUE-AMBIGUOUS",
    ref,
    bi(
      `${name.mn}: ${mn}. Мянгатын таслалгүй, аравтын бутархайг тодорхой бичнэ.`,
      `${capitalize(name.en)}: ${en}. Write it without a thousands separator and with an unambiguous decimal mark.`,
    ),
  );
}

/** The cell's text with every slip fixed, or null when a slip cannot be found in it. */
function fixedText(ref: CellRef, reading: LevelReading): string | null {
  let text = rawText(ref);
  let from = 0;
  for (const slip of reading.slips) {
    const at = text.indexOf(slip.text, from);
    if (at < 0) return null;
    text = text.slice(0, at) + slip.fixed + text.slice(at + slip.text.length);
    from = at + slip.fixed.length;
  }
  return text;
}

/** VALUE-FORMAT: "100 %", "5%,"; the fix is the cell's text with the slips fixed. */
function formatFinding(ref: CellRef, reading: LevelReading, where: Bilingual): Finding | null {
  const slips = reading.slips;
  if (slips.length === 0) return null;
  const pairs = slips.map((s) => `«${s.text}» → «${s.fixed}»`).join(", ");
  const fix = fixedText(ref, reading);
  return finding(
    "VALUE-FORMAT",
    ref,
    bi(
      `${where.mn} тоо, хувийг бичихдээ илүү зай, тэмдэгт оруулсан байна: ${pairs} гэж засна.`,
      `${capitalize(where.en)} has a stray space or character: ${pairs}.`,
    ),
    fix === null ? {} : { fix },
  );
}

/** VALUE-FORMAT in a criterion's text ("… 89,1 %-тай …"): a slip there is as much a slip. */
export function criterionSlipFinding(ref: CellRef): Finding | null {
  // A "100 %" slip needs a "%": most criteria have none, and reading one costs a full parse.
  if (typeof ref.value !== "string" || !ref.value.includes("%")) return null;
  const reading = parseLevel(ref.value);
  const slips = reading.slips.filter((s) => s.kind === "percent-space");
  const where = bi("Шалгуур үзүүлэлтэд", "the criterion");
  return formatFinding(ref, { ...reading, slips }, where);
}

/** VALUE-MULTI: a short level cell holding several measures ("78 72,9%", "АО – 69 Иргэд, даат-ч - 500"). */
function multiFinding(level: Level, ref: CellRef, reading: LevelReading): Finding | null {
  if (reading.kind !== "number" || reading.quantities.length < 2) return null;
  const values = reading.quantities.map((q) => `«${q.source.trim()}»`).join(", ");
  const n = reading.quantities.length;
  return finding(
    "VALUE-MULTI",
    ref,
    bi(
      `${inLevel(level)} ${n} утга бичсэн байна: ${values}. Утга тус бүрийг өөрийн суурь, зорилтот түвшинтэй нь тусдаа шалгуур үзүүлэлтийн мөрөнд бичнэ.`,
      `The ${LEVEL_NAMES[level].en} holds ${n} values: ${values}; put each on its own criterion row with its own baseline and target.`,
    ),
  );
}

/** A fulfilment or growth rate may exceed 100; a share (хамралтын хувь, эзлэх хувь) may not. */
const NOT_A_SHARE = /биелэлт|гүйцэтгэл|өсөлт|өсөх|өсгөх|нэмэгдэл|нэмэгдэх|нэмэгдүүл/iu;

/** The criterion measures a share: it names a percentage and is not a fulfilment or growth rate. */
export function isShareCriterion(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => w !== "" && isPercentWord(w)) && !NOT_A_SHARE.test(text);
}

/** VALUE-RANGE: a percentage below 0, or above 100 on a share criterion. */
function rangeFinding(
  level: Level,
  ref: CellRef,
  reading: LevelReading,
  ce: CriterionEvaluation,
  names: CriterionNames,
): Finding | null {
  // Free text in an achieved cell may quote other percentages (last year's, another unit's).
  if (level === "achieved" && reading.kind !== "number") return null;
  let below: Quantity | undefined;
  let over: Quantity | undefined;
  // By index: some readings' lists are shared frozen ones, over which for…of makes an iterator.
  const quantities = reading.quantities;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    if (q.kind !== "percent") continue;
    if (!below && q.value < 0) below = q;
    if (!over && q.value > 100) over = q;
  }
  // Reading the criterion's words costs more than the figures: only when one is over 100.
  const above = over && isShareCriterion(refText(ce.criterion.text)) ? over : undefined;
  const name = LEVEL_NAMES[level];
  if (below) {
    return finding(
      "VALUE-RANGE",
      ref,
      bi(
        `${name.mn} ${shown(below)} нь 0-ээс бага байна: хувь сөрөг байж болохгүй тул утгыг шалгаж засна.`,
        `The ${name.en} ${shown(below)} is below 0; a percentage cannot be negative: check and correct it.`,
      ),
    );
  }
  if (above) {
    return finding(
      "VALUE-RANGE",
      ref,
      bi(
        `${name.mn} ${shown(above)} нь 100 хувиас их байна, гэтэл ${names(ce).mn} эзлэх хувийг илэрхийлдэг тул 100-аас хэтрэхгүй: утгыг шалгаж засна.`,
        `The ${name.en} ${shown(above)} is above 100, but ${names(ce).en} is a share and cannot exceed 100; check and correct it.`,
      ),
    );
  }
  return null;
}

const shown = (q: Quantity): string => `«${q.source.trim()}»`;

/**
 * VALUE-AMBIGUOUS, VALUE-FORMAT, VALUE-MULTI and VALUE-RANGE on the criterion's `level` cell
 * `ref`, read as `reading`, added to `findings`; `names` names the criterion for a message.
 */
export function levelCellFindings(
  level: Level,
  ref: CellRef,
  reading: LevelReading,
  ce: CriterionEvaluation,
  names: CriterionNames,
  findings: Finding[],
): void {
  const ambiguous = ambiguousFinding(level, ref, reading);
  if (ambiguous) findings.push(ambiguous);
  if (reading.slips.length > 0) {
    const where = bi(inLevel(level), `the ${LEVEL_NAMES[level].en}`);
    const format = formatFinding(ref, reading, where);
    if (format) findings.push(format);
  }
  const multi = multiFinding(level, ref, reading);
  if (multi) findings.push(multi);
  const range = rangeFinding(level, ref, reading, ce, names);
  if (range) findings.push(range);
}
