import type { FulfilmentResult } from "../evaluate/fulfilment";
import type { Quantity } from "../levels";
import type { Rounding } from "../settings";
import type { Bilingual } from "../text";
import { formatFigure } from "./calc-figure";
import type { ExpectedFulfilment } from "./calc-expected";
import { quote } from "../cells/quote";
import { exactForHabit, otherHabitSentence } from "./rounding-habit";

const percent = (x: number): string => `${formatFigure(x)}%`;

/** "(хүрсэн түвшин «…», зорилтот түвшин «…»)": where a computed figure comes from. */
function levels(e: {
  target: Quantity | null;
  achieved: Quantity | null;
  items?: number;
}): Bilingual {
  if (e.items) {
    return {
      mn: ` (дугаарласан ${e.items} шалгуур үзүүлэлтийн гүйцэтгэлийн дундаж)`,
      en: ` (the mean of its ${e.items} numbered criteria)`,
    };
  }
  if (!e.target || !e.achieved) return { mn: "", en: "" };
  // Quoted once for both languages.
  const achieved = quote(e.achieved.source);
  const target = quote(e.target.source);
  return {
    mn: ` (хүрсэн түвшин ${achieved}, зорилтот түвшин ${target})`,
    en: ` (achieved ${achieved}, target ${target})`,
  };
}

/** What a message adds when the figure is not certain, or read against the numbers' direction. */
function caveats(e: ExpectedFulfilment): Bilingual {
  let mn = "";
  let en = "";
  if (e.readAsRatio) {
    mn +=
      " Зорилтот түвшин суурь түвшнээс бага боловч шалгуур үзүүлэлт тоо хэмжээг заасан тул өсөх чиглэлээр тооцов.";
    en +=
      " The target is below the baseline, but the criterion counts something, so it was read as increasing.";
  }
  if (e.alternative !== undefined) {
    // The levels are plain: the doubt is the direction, read from the numbers alone.
    const ratio = percent(e.alternative);
    mn += ` Зорилтот түвшин суурь түвшнээс бага, бууруулах тухай үг алга тул бууралтаар тооцов (энгийн харьцаагаар ${ratio}): үнэлгээ хийгч шалгаж баталгаажуулна.`;
    en += ` The target is below the baseline and no word says to reduce, so it was read as a decrease (as a plain ratio, ${ratio}): the evaluator confirms it.`;
  } else if (!e.certain) {
    mn +=
      " Тоог чөлөөт бичвэрээс сонгож тооцсон тул энэ нь санал болгож буй утга: үнэлгээ хийгч шалгаж баталгаажуулна.";
    en +=
      " The number was picked from free text, so this is a suggestion: the evaluator confirms it.";
  }
  return { mn, en };
}

/** CALC-MISMATCH: the stated figure and the computed one. */
export function mismatchMessage(
  stated: string,
  computed: number,
  e: ExpectedFulfilment,
): Bilingual {
  // Each language's text in one template: no list of parts to join, no object per part.
  const figure = percent(computed);
  const from = levels(e);
  const also = caveats(e);
  return {
    mn: `Гүйцэтгэлийн хувь ${stated} гэж бичсэн, тооцоход ${figure} байна${from.mn}.${also.mn}`,
    en: `Stated fulfilment ${stated}, computed ${figure}${from.en}.${also.en}`,
  };
}

/** CALC-MISMATCH note: the stated figure is the computed one under the other rounding habit. */
export function habitMessage(
  stated: string,
  exact: number,
  computed: number,
  rounding: Rounding,
): Bilingual {
  const shown = percent(exactForHabit(exact));
  return otherHabitSentence(
    { mn: "Гүйцэтгэлийн хувь", en: "Stated fulfilment" },
    stated,
    { mn: `тооцсон ${shown}`, en: `the computed ${shown}` },
    percent(computed),
    rounding,
  );
}

/** CALC-MISMATCH note: over-achievement written while the settings cap at 100. */
export function overAchievedMessage(stated: string): Bilingual {
  return {
    mn: `Гүйцэтгэлийн хувь ${stated} нь давуулан биелүүлснийг харуулж байна; тохиргоогоор гүйцэтгэлийн хувь 100%-иас хэтрэхгүй.`,
    en: `Stated fulfilment ${stated} shows over-achievement; the settings cap fulfilment at 100%.`,
  };
}

/** CALC-MISSING with a figure the levels give. */
export function missingMessage(
  cellHolds: string | null,
  computed: number,
  e: ExpectedFulfilment,
): Bilingual {
  const held = holds(cellHolds);
  const figure = percent(computed);
  const from = levels(e);
  const also = caveats(e);
  return {
    mn: `${held.mn}Гүйцэтгэлийн хувь бичигдээгүй; түвшнээс тооцоход ${figure}${from.mn}.${also.mn}`,
    en: `${held.en}No fulfilment % is stated; computed from the levels it is ${figure}${from.en}.${also.en}`,
  };
}

type NoneReason = Extract<FulfilmentResult, { status: "none" }>["reason"];

const WHY: Record<NoneReason, Bilingual> = {
  "missing-target": { mn: "зорилтот түвшин бичигдээгүй", en: "there is no target" },
  "missing-achieved": { mn: "хүрсэн түвшин бичигдээгүй", en: "there is no achieved level" },
  qualitative: { mn: "түвшин тоогоор илэрхийлэгдээгүй", en: "the levels are not numbers" },
  keyword: {
    mn: "зорилтот түвшин «Тухай бүр» мэт давтамж заасан",
    en: "the target is a frequency such as «Тухай бүр»",
  },
  "unit-mismatch": { mn: "хэмжих нэгж таарахгүй", en: "the units do not match" },
  "zero-target": { mn: "зорилтот түвшин 0", en: "the target is 0" },
  "out-of-range": { mn: "түвшний тоо хэт их", en: "a level is too large a number" },
  "not-due": { mn: "хугацаа болоогүй", en: "not yet due" },
};

/** CALC-MISSING where no figure can be computed: the evaluator enters it. */
export function cannotComputeMessage(
  cellHolds: string | null,
  reason: NoneReason | null,
): Bilingual {
  const why = reason ? WHY[reason] : WHY.qualitative;
  const held = holds(cellHolds);
  if (reason === "not-due") {
    return {
      mn: `${held.mn}Гүйцэтгэлийн хувь бичигдээгүй; хүрсэн түвшинд «хугацаа болоогүй» гэжээ: хугацаа нь болоогүй бол «-» тавина, эс бөгөөс үнэлгээ хийгч хувийг оруулна.`,
      en: `${held.en}No fulfilment % is stated; the achieved level says «хугацаа болоогүй» (not yet due): if so, write «-», otherwise the evaluator enters the figure.`,
    };
  }
  return {
    mn: `${held.mn}Гүйцэтгэлийн хувь бичигдээгүй бөгөөд түвшнээс тооцох боломжгүй (${why.mn}): үнэлгээ хийгч хувийг оруулна.`,
    en: `${held.en}No fulfilment % is stated and none can be computed (${why.en}): the evaluator must enter it.`,
  };
}

function holds(text: string | null): Bilingual {
  if (!text) return { mn: "", en: "" };
  const quoted = quote(text);
  return {
    mn: `Гүйцэтгэлийн хувийн нүдэнд хувь биш ${quoted} бичсэн. `,
    en: `The fulfilment cell holds ${quoted}, not a percentage. `,
  };
}

/** CALC-UNJUSTIFIED: "*" or "-" with no reason in the achieved column. */
export function unexplainedMarkMessage(mark: string): Bilingual {
  return {
    mn: `Гүйцэтгэлийн хувьд «${mark}» тавьсан ч хүрсэн түвшний нүдэнд шалтгааныг бичээгүй: үнэлэх боломжгүй эсвэл хугацаа болоогүй шалтгааныг тайлбарлана.`,
    en: `The fulfilment column holds «${mark}» but the achieved cell gives no reason: explain why it cannot be assessed or is not yet due.`,
  };
}

/** CALC-UNJUSTIFIED: a percentage on a row without a target. */
export function noTargetMessage(stated: string, targetText: string): Bilingual {
  const target = targetText.trim() ? quote(targetText) : "";
  return {
    mn: `Зорилтот түвшин ${target ? `${target} буюу ` : ""}тодорхойгүй мөрөнд гүйцэтгэлийн хувь ${stated} гэж бичсэн: зорилтот түвшинг нөхөх, эсвэл үнэлгээ хийгч хувийг үндэслэлтэй оруулна.`,
    en: `Fulfilment ${stated} is stated on a row without a target${target ? ` (${target})` : ""}: add the target, or have the evaluator enter the figure with its grounds.`,
  };
}

/** VALUE-FORMAT: the fulfilment column's numbers are fractions with no "%" format (0.6 for 60%). */
export function fractionsMessage(count: number, fraction: number): Bilingual {
  const shown = formatFigure(fraction, true);
  const read = `${formatFigure(fraction * 100, true)}%`;
  return {
    mn: `Гүйцэтгэлийн хувийг бутархай тоогоор (${shown} нь ${read}) хувийн форматгүй бичсэн байна: ${count} нүдийг хувиар уншив. Баганад хувийн формат (Format Cells → Percentage) өгвөл хувиар харагдана.`,
    en: `The fulfilment column holds fractions (${formatFigure(fraction)} for ${formatFigure(fraction * 100)}%) with no percentage format: ${count === 1 ? "its number is read as a percentage" : `its ${count} numbers are read as percentages`}. Give the column a percentage format (Format Cells → Percentage) to show them as such.`,
  };
}
