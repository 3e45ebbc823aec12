import { FINDING_CODES } from "../finding";
import type { Finding, FindingCode, Fix, Severity } from "../finding";
import { cellAddress, parseAddress } from "../grid";
import type { CellPos } from "../grid";
import { bi } from "../text";
import type { Bilingual } from "../text";

/** What a finding code means: its default severity, a title and how to fix what it finds. */
export interface CatalogueEntry {
  code: FindingCode;
  severity: Severity;
  title: Bilingual;
  description: Bilingual;
}

type EntryText = Omit<CatalogueEntry, "code">;

const ENTRIES: Record<FindingCode, EntryText> = {
  "STRUCT-HEADER": {
    severity: "error",
    title: bi("Хүснэгтийн толгой олдсонгүй", "Table header not found"),
    description: bi(
      "Хуудсанд танигдах хүснэгтийн толгой, эсвэл заавал байх багана («Шалгуур үзүүлэлт», «Зорилтот түвшин» гэх мэт) алга байна: загварын дагуу толгой мөрийг нэмж, баганын нэрийг засна.",
      "The sheet has no recognisable table header, or a required column («Шалгуур үзүүлэлт», «Зорилтот түвшин» …) is missing; add the header row or correct the column name as in the template.",
    ),
  },
  "STRUCT-NUMBER-DUP": {
    severity: "error",
    title: bi("Дугаар давхардсан", "Repeated item number"),
    description: bi(
      "Нэг дугаар (Д/д) хоёр ба түүнээс олон мөрөнд давтагдсан байна: мөр бүрт өөр дугаар олгоно.",
      "The same item number («Д/д») appears on more than one row; give each row its own number.",
    ),
  },
  "STRUCT-NUMBER-GAP": {
    severity: "warning",
    title: bi("Дугаар алгассан", "Skipped item number"),
    description: bi(
      "Арга хэмжээний дугаарлалт дараалал алгассан байна (3.2.4-ийн дараа 3.2.6 гэх мэт): алгассан арга хэмжээг нөхөх эсвэл дахин дугаарлана.",
      "The item numbers skip a value (3.2.6 after 3.2.4); add the missing activity or renumber.",
    ),
  },
  "STRUCT-NUMBER-FORMAT": {
    severity: "warning",
    title: bi("Дугаарын бичлэг зөрсөн", "Inconsistent item number"),
    description: bi(
      "Дугаарыг бусдаас өөрөөр бичсэн («3.2.5.»-ийн дунд «3.2.6»), эсвэл зорилтынхоо дугаарлалтад таараагүй байна: бусад мөрийн адил хэлбэрээр бичнэ.",
      "An item number is written differently from the others («3.2.6» among «3.2.5.») or lies outside its objective's numbering; write it in the same form as the other rows.",
    ),
  },
  "STRUCT-DECLARED-COUNT": {
    severity: "error",
    title: bi("Арга хэмжээний тоо зөрсөн", "Declared number of activities differs"),
    description: bi(
      "Зорилтын «Хэрэгжүүлэх арга хэмжээний тоо» доорх шалгуур үзүүлэлтийн мөрийн тоотой тэнцэхгүй байна: тоог засах эсвэл дутуу мөрийг нэмнэ.",
      "An objective's «Хэрэгжүүлэх арга хэмжээний тоо» differs from the number of criterion rows beneath it; correct the number or add the missing rows.",
    ),
  },
  "STRUCT-EMPTY": {
    severity: "warning",
    title: bi("Бөглөөгүй нүд", "Required cell empty"),
    description: bi(
      "Арга хэмжээний текст, шалгуур үзүүлэлт, эсвэл төлөвлөгөөний мөрийн хариуцах нэгж, хугацаа бичигдээгүй байна: хоосон нүдийг бөглөнө.",
      "An activity has no text, a criterion row has no criterion, or a plan row lacks its responsible unit or timeline; fill in the empty cell.",
    ),
  },
  "STRUCT-FAR-CELLS": {
    severity: "warning",
    title: bi("Хүснэгтээс хол нүдийг уншаагүй", "Cells far from the table not read"),
    description: bi(
      "Хуудасны ашиглагдсан хүрээ хэт том (хүснэгтээс хол нэг нүдэнд ч гэсэн утга байна), Excel нэг удаад 5 сая хүртэл нүд уншдаг тул хүснэгтийн хэсгийг л уншиж шалгасан: Ctrl+End дарж тэр нүдийг олоод цэвэрлэнэ.",
      "The sheet's used range is too large (something stands in a cell far from the table), and Excel reads at most 5 million cells at once, so only the table's part was read and checked; press Ctrl+End to find that cell and clear it.",
    ),
  },
  "VALUE-MISSING": {
    severity: "error",
    title: bi("Түвшин бичигдээгүй", "Level missing"),
    description: bi(
      "«Зорилтот түвшин» эсвэл тайлангийн «Хүрсэн түвшин» хоосон (алдаа), «Суурь түвшин» хоосон (тэмдэглэл) байна: түвшинг тоо, хэмжих нэгжтэй нь бичнэ.",
      "The target level or, in a report, the achieved level is empty (error), or the baseline is empty (note); write the level with its number and unit.",
    ),
  },
  "VALUE-AMBIGUOUS": {
    severity: "warning",
    title: bi("Тоо хоёрдмол утгатай", "Ambiguous number"),
    description: bi(
      "Тоог хоёр янзаар уншиж болохоор бичсэн байна («1,081» нь 1081 эсвэл 1.081): мянгатын таслалгүй, аравтын бутархайг тодорхой бичнэ.",
      "A number can be read two ways («1,081» as 1081 or 1.081); write it without a thousands separator and with an unambiguous decimal mark.",
    ),
  },
  "VALUE-FORMAT": {
    severity: "note",
    title: bi("Тооны бичлэгийн алдаа", "Number formatting slip"),
    description: bi(
      "Тоо, хувийг бичихдээ илүү зай, тэмдэгт орсон байна («100 %», «5%,»): «100%», «5%» гэж засна.",
      "A number or percentage has a stray space or character («100 %», «5%,»); write «100%», «5%».",
    ),
  },
  "VALUE-MULTI": {
    severity: "warning",
    title: bi("Нэг нүдэнд хэд хэдэн үзүүлэлт", "Several measures in one cell"),
    description: bi(
      "Нэг нүдэнд хэд хэдэн утга бичсэн байна («1,081 110,3%»): үзүүлэлт тус бүрийг тусдаа шалгуур үзүүлэлтийн мөрөнд бичнэ.",
      "One cell holds several values («1,081 110,3%»); put each on its own criterion row.",
    ),
  },
  "VALUE-UNIT": {
    severity: "error",
    title: bi("Хэмжих нэгж таарахгүй", "Units do not match"),
    description: bi(
      "Суурь, зорилтот, хүрсэн түвшин өөр өөр хэмжих нэгжтэй байна (тоо ба хувь гэх мэт): гурвууланг нь ижил нэгжээр бичнэ.",
      "Baseline, target and achieved are in incompatible units (a count and a percentage …); write all three in the same unit.",
    ),
  },
  "VALUE-DIRECTION": {
    severity: "warning",
    title: bi("Зорилтот түвшний чиглэл зөрсөн", "Target goes the wrong way"),
    description: bi(
      "Өсөх ёстой үзүүлэлтийн зорилтот түвшин суурь түвшнээс бага, эсвэл бууруулах үзүүлэлтийнх их байна («Сургалтын тоо» 9 → 3): зорилтот түвшин эсвэл шалгуур үзүүлэлтийн томъёоллыг засна.",
      "A target is below its baseline on an indicator that should increase, or above it on one that should decrease («Сургалтын тоо» 9 → 3); correct the target or the indicator's wording.",
    ),
  },
  "VALUE-RANGE": {
    severity: "error",
    title: bi("Хувь хязгаараас гарсан", "Percentage out of range"),
    description: bi(
      "Хувь 0-ээс бага, эсвэл эзлэх хувийг илэрхийлэх үзүүлэлт 100-аас их байна: утгыг шалгаж засна.",
      "A percentage is below 0, or above 100 where the indicator is a share; check and correct the value.",
    ),
  },
  "CALC-MISMATCH": {
    severity: "error",
    title: bi("Гүйцэтгэлийн хувь зөрсөн", "Fulfilment % differs from the computed one"),
    description: bi(
      "Бичсэн гүйцэтгэлийн хувь хүрсэн түвшин, зорилтот түвшнээс тооцсон хувьтай таарахгүй байна (5 тэрбумаас 3.2 тэрбум нь 64%, бичсэн нь 63%): тооцсон хувийг бичнэ.",
      "The stated fulfilment % differs from the one computed from the achieved and target levels (3.2 of 5 billion is 64%, stated 63%); write the computed figure.",
    ),
  },
  "CALC-MISSING": {
    severity: "warning",
    title: bi("Гүйцэтгэлийн хувь бичигдээгүй", "Fulfilment % missing"),
    description: bi(
      "Тайлангийн мөрөнд гүйцэтгэлийн хувь алга байна: хүрсэн түвшнийг зорилтот түвшинтэй харьцуулж хувийг бичнэ.",
      "A report row has no fulfilment %; compare the achieved level with the target and write the percentage.",
    ),
  },
  "CALC-UNJUSTIFIED": {
    severity: "warning",
    title: bi("Үндэслэлгүй тэмдэглэгээ", "Unexplained mark or 100%"),
    description: bi(
      "Гүйцэтгэлийн хувьд «*» эсвэл «-» тавьсан ч хүрсэн түвшний нүдэнд тайлбар алга, эсвэл зорилтот түвшингүй мөрөнд 100% бичсэн байна: тайлбар бичих эсвэл зорилтот түвшинг нөхнө.",
      "The fulfilment column holds «*» or «-» with no explanation in the achieved column, or 100% on a row without a target; add the explanation or the target.",
    ),
  },
  "RATING-INVALID": {
    severity: "error",
    title: bi("Үнэлгээ буруу", "Invalid rating"),
    description: bi(
      "Үнэлгээ сонгосон үнэлгээний аргачлалд байхгүй утгатай байна (206 дугаар тогтоолоор зөвхөн 100, 70, 30, 0, «-»): аргачлалын түвшнээс сонгож бичнэ.",
      "A rating is not allowed by the chosen scheme (Resolution 206 allows only 100, 70, 30, 0 and «-»); choose one of the scheme's levels.",
    ),
  },
  "RATING-AGGREGATE": {
    severity: "error",
    title: bi("Дундаж үнэлгээ зөрсөн", "Average rating differs"),
    description: bi(
      "Бичсэн зорилтын үнэлгээ, «Дундаж үнэлгээ» эсвэл товчооны дүн арга хэмжээнүүдийн үнэлгээнээс тооцсон дүнтэй таарахгүй байна: тооцсон дүнг бичнэ.",
      "A stated objective rating, «Дундаж үнэлгээ» or summary figure differs from the one computed from the measures' ratings; write the computed figure.",
    ),
  },
  "RATING-COUNT": {
    severity: "error",
    title: bi("Товчооны тоо зөрсөн", "Summary counts differ"),
    description: bi(
      "Товчоонд бичсэн арга хэмжээний тоо, эсвэл үнэлгээний түвшин тус бүрийн тоо хүснэгттэй таарахгүй байна: хүснэгтээс дахин тоолж засна.",
      "The number of measures, or of measures per rating band, in the summary differs from the table; recount them from the table.",
    ),
  },
  "RATING-EVIDENCE": {
    severity: "warning",
    title: bi("Биелэлтгүй үнэлгээ", "Rating without evidence"),
    description: bi(
      "0-ээс дээш үнэлгээ өгсөн ч «Биелэлт» нүд хоосон байна: хийсэн ажлыг биелэлтэд бичих эсвэл үнэлгээг засна.",
      "A rating above 0 has an empty «Биелэлт» cell; describe the work done or correct the rating.",
    ),
  },
  "RATING-SCHEME": {
    severity: "error",
    title: bi("Үнэлгээний түвшний хязгаар буруу", "Rating bands leave gaps or overlap"),
    description: bi(
      "Үнэлгээний аргачлалын түвшний хязгаарууд давхцсан, эсвэл завсар үлдээсэн байна («60-69» нь 70–89-ийг хамраагүй): хязгаарыг тасралтгүй, давхцалгүй болгоно.",
      "The scheme's bands overlap or leave gaps («60-69» leaves 70–89 uncovered); make the bands continuous and non-overlapping.",
    ),
  },
  "TEXT-SCRIPT": {
    severity: "warning",
    title: bi("Өөр цагаан толгойн үсэг", "Letter from another script"),
    description: bi(
      "Монгол үгэнд латин, грек, араб үсэг, эсвэл үсгийн оронд тоо орсон байна («Dүрэм», «(3XX)»): кирилл үсгээр солино.",
      "A Mongolian word contains a Latin, Greek or Arabic letter, or a digit in place of a letter («Dүрэм», «(3XX)»); replace it with the Cyrillic letter.",
    ),
  },
  "TEXT-DAMAGED": {
    severity: "error",
    title: bi("Гэмтсэн тэмдэгт", "Damaged characters"),
    description: bi(
      "Буруу кодчилолоор хөрвүүлэхэд үсэг «□» болж гэмтсэн байна («□□рчл□лтг□й»): зөв үгийг гараар бичнэ.",
      "Letters turned into «□» when the text was converted with a wrong encoding («□□рчл□лтг□й»); type the correct word.",
    ),
  },
  "TEXT-MARKUP": {
    severity: "warning",
    title: bi("HTML тэмдэглэгээ үлдсэн", "HTML markup left in the text"),
    description: bi(
      "Хөрвүүлэлтээс үлдсэн HTML тэмдэглэгээ (<p>, <u>, <br>) текстэд байна: тэмдэглэгээг арилгаж, догол мөрийг шинэ мөрөөр солино.",
      "HTML left over from a conversion (<p>, <u>, <br>) is in the text; remove the tags and keep paragraphs as line breaks.",
    ),
  },
  "TEXT-PLACEHOLDER": {
    severity: "warning",
    title: bi("Бөглөөгүй загварын бичвэр", "Unfilled template prompt"),
    description: bi(
      "Хүснэгтийн нүдэнд загварын бөглөх бичвэр үлдсэн байна («(Хариуцах тасаг, ажилтан)»): оронд нь жинхэнэ утгыг бичнэ.",
      "A table cell still holds a template prompt («(Хариуцах тасаг, ажилтан)»); write the real value instead.",
    ),
  },
  "CHECK-FAILED": {
    severity: "warning",
    title: bi("Шалгалт дуусаагүй", "A check did not finish"),
    description: bi(
      "Нэг бүлэг шалгалт энэ хүснэгт дээр гүйцэд ажиллаж чадсангүй: бусад шалгалтын дүн бүрэн харагдана, энэ бүлгийн хамрах зүйлийг гараар хянаж, хүснэгтийг хөгжүүлэгчдэд илгээнэ үү.",
      "One group of checks could not finish on this table: the other checks' findings are all shown; review what this group covers by hand and send the table to the developers.",
    ),
  },
};

/** Every finding code with its default severity, title and description. */
export const CATALOGUE: Record<FindingCode, CatalogueEntry> = Object.fromEntries(
  FINDING_CODES.map((code) => [code, { code, ...ENTRIES[code] }]),
) as Record<FindingCode, CatalogueEntry>;

export interface FindingOptions {
  /** Overrides the catalogue's default (VALUE-MISSING is a note for a baseline). */
  severity?: Severity;
  /** A certain fix: the value for the finding's own cell, or a fix aimed at another cell. */
  fix?: Fix | Fix["value"];
  sheet?: string;
}

/** Builds a finding with the catalogue's severity; every check makes its findings here. */
export function finding(
  code: FindingCode,
  cell: string | CellPos,
  message: Bilingual,
  opts: FindingOptions = {},
): Finding {
  const address = typeof cell === "string" ? cell : cellAddress(cell.row, cell.col);
  const result: Finding = {
    code,
    severity: opts.severity ?? CATALOGUE[code].severity,
    cell: address,
    message,
  };
  if (opts.sheet !== undefined) result.sheet = opts.sheet;
  if (opts.fix !== undefined) {
    result.fix = typeof opts.fix === "object" ? opts.fix : { cell: address, value: opts.fix };
  }
  return result;
}

const CODE_ORDER = new Map<FindingCode, number>(FINDING_CODES.map((c, i) => [c, i]));

/** Sheet position of a finding's cell; a range ("B3:D4") sorts by its first cell. */
export function position(f: Finding): CellPos {
  const colon = f.cell.indexOf(":");
  const pos = parseAddress(colon < 0 ? f.cell : f.cell.slice(0, colon));
  return pos ?? { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
}

/** Sheet names in locale order; a finding's sheet is most often its neighbour's. */
const compareSheets = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

/** Findings in reading order: by sheet, row, column, then code in catalogue order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each finding's place read once, not at every comparison.
  const placed = findings.map((f) => ({
    f,
    sheet: f.sheet ?? "",
    at: position(f),
    code: CODE_ORDER.get(f.code) ?? 0,
  }));
  placed.sort(
    (a, b) =>
      compareSheets(a.sheet, b.sheet) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      a.code - b.code,
  );
  return placed.map((p) => p.f);
}

/** How many findings of each severity. */
export function summarizeFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity] += 1;
  return counts;
}
