import type { CriterionEvaluation } from "../evaluate";
import type { Finding } from "../finding";
import { directionOf } from "../evaluate/fulfilment";
import { primaryQuantity, unitsCompatible, type LevelReading, type Quantity } from "../levels";
import type { CellRef, Measure } from "../plan/model";
import { bi, type Bilingual } from "../text";
import { finding } from "./catalogue";
import type { Check } from "./context";
import { isPlainEmpty } from "../cells/normalize";
import { isFormulaError } from "../cells/marks";
import { quote } from "../cells/quote";
import {
  capitalize,
  criterionName,
  distinctFindings,
  isEmptyRef,
  refText,
} from "./structure-names";
import {
  LEVEL_NAMES,
  criterionSlipFinding,
  levelCellFindings,
  type CriterionNames,
  type Level,
} from "./values-cells";

const sameCell = (a: CellRef, b: CellRef): boolean => a.row === b.row && a.col === b.col;

/**
 * VALUE-AMBIGUOUS, -FORMAT, -MULTI and -RANGE of a level cell, when the table has the cell and
 * it was read; true when the cell is the criterion's own (its text may be its target, in
 * anti-corruption plans).
 */
function cellFindings(
  level: Level,
  ref: CellRef | undefined,
  reading: LevelReading | null,
  ce: CriterionEvaluation,
  names: CriterionNames,
  findings: Finding[],
): boolean {
  if (!ref || ref.absent || !reading) return false;
  levelCellFindings(level, ref, reading, ce, names, findings);
  return sameCell(ref, ce.criterion.text);
}

/**
 * The findings of the criterion's level cells, one cell after another (no list of the cells is
 * made: ten thousand criteria would make as many lists); true when one is the criterion's own.
 */
function levelFindings(
  ce: CriterionEvaluation,
  names: CriterionNames,
  findings: Finding[],
): boolean {
  const c = ce.criterion;
  let holdsText = false;
  if (cellFindings("baseline", c.baseline, ce.baseline, ce, names, findings)) holdsText = true;
  if (c.targetH1 && !sameCell(c.targetH1, c.target)) {
    if (cellFindings("targetH1", c.targetH1, ce.targetH1, ce, names, findings)) holdsText = true;
  }
  if (cellFindings("target", c.target, ce.target, ce, names, findings)) holdsText = true;
  if (cellFindings("target", c.yearTarget, ce.yearTarget, ce, names, findings)) holdsText = true;
  if (cellFindings("achieved", c.achieved, ce.achieved, ce, names, findings)) holdsText = true;
  return holdsText;
}

/**
 * Each criterion's name, made the first time one of its findings asks for it: a criterion's
 * findings are made one after another, so only the last criterion's name is kept.
 */
function criterionNames(): CriterionNames {
  let last: CriterionEvaluation | undefined;
  let name: Bilingual | undefined;
  return (ce) => {
    if (ce !== last) {
      last = ce;
      name = undefined;
    }
    return (name ??= criterionName(ce.criterion, ce.measure));
  };
}

/** VALUE-MISSING: target (error), achieved in a report (error), baseline left blank (note). */
function missingFindings(
  ce: CriterionEvaluation,
  rated: boolean,
  names: CriterionNames,
  findings: Finding[],
): void {
  const c = ce.criterion;
  // A row not yet filled in (a fresh template's) is one gap, reported once by STRUCT-EMPTY.
  const blank =
    isEmptyRef(c.text) && isEmptyRef(c.baseline) && isEmptyRef(c.target) && isEmptyRef(c.achieved);
  if (blank) return;
  // Part two gives a target per half year: one is enough.
  const firstHalfGiven = !!ce.targetH1 && ce.targetH1.kind !== "empty";
  // In an anti-corruption report the criterion cell is the target: STRUCT-EMPTY reports it.
  const targetIsCriterion = sameCell(c.target, c.text);
  if (!c.target.absent && ce.target.kind === "empty" && !targetIsCriterion && !firstHalfGiven) {
    const error = formulaErrorIn(c.target);
    const dash = !isPlainEmpty(c.target.value);
    const name = names(ce);
    findings.push(
      finding(
        "VALUE-MISSING",
        c.target,
        error
          ? formulaErrorMessage(bi("Зорилтот түвшний", "target"), error, name, TARGET_FIX)
          : bi(
              `${dash ? "Зорилтот түвшинд зөвхөн «-» тавьсан" : "Зорилтот түвшин бичигдээгүй"} байна (${name.mn}): хүрэх түвшинг тоо, хэмжих нэгжтэй нь, эсвэл «Тухай бүр» гэх мэтээр бичнэ.`,
              `${dash ? "The target is only «-»" : "The target is empty"} (${name.en}); write the level to reach with its unit, or «Тухай бүр» (as needed).`,
            ),
      ),
    );
  }
  // "-" is the usual mark of a new indicator with no baseline yet: only a blank cell (or a
  // formula's error) is noted.
  const baselineError = c.baseline.absent ? null : formulaErrorIn(c.baseline);
  if (!c.baseline.absent && (baselineError || isPlainEmpty(c.baseline.value))) {
    const name = names(ce);
    findings.push(
      finding(
        "VALUE-MISSING",
        c.baseline,
        baselineError
          ? formulaErrorMessage(bi("Суурь түвшний", "baseline"), baselineError, name, BASELINE_FIX)
          : bi(
              `Суурь түвшин хоосон байна (${name.mn}): өмнөх үеийн түвшинг бичих, шинэ үзүүлэлт бол «-» тавина.`,
              `The baseline is empty (${name.en}); write the previous level, or «-» for a new indicator.`,
            ),
        { severity: "note" },
      ),
    );
  }
  // A not-due mark and a rated table have their own checks (CALC-UNJUSTIFIED, RATING-EVIDENCE).
  const achieved = c.achieved;
  if (achieved && !achieved.absent && ce.achieved?.kind === "empty" && !ce.notDue && !rated) {
    const error = formulaErrorIn(achieved);
    const name = names(ce);
    findings.push(
      finding(
        "VALUE-MISSING",
        achieved,
        error
          ? formulaErrorMessage(bi("Хүрсэн түвшний", "achieved"), error, name, ACHIEVED_FIX)
          : bi(
              `Хүрсэн түвшин бичигдээгүй байна (${name.mn}): хүрсэн үр дүнг тоогоор, хүрээгүй бол шалтгааныг нь бичнэ.`,
              `The achieved level is empty (${name.en}); write what was reached, or why it was not.`,
            ),
      ),
    );
  }
}

/** The Excel error a level cell shows ("#N/A", "#REF!"), or null. */
function formulaErrorIn(ref: CellRef): string | null {
  const text = typeof ref.value === "string" ? ref.value.trim() : "";
  return isFormulaError(text) ? text : null;
}

const TARGET_FIX = bi("хүрэх түвшинг тоо, хэмжих нэгжтэй нь", "the level to reach with its unit");
const BASELINE_FIX = bi("өмнөх үеийн түвшинг", "the previous level");
const ACHIEVED_FIX = bi("хүрсэн үр дүнг", "what was reached");

/** VALUE-MISSING of a level cell whose formula failed: no level, whatever the formula meant. */
function formulaErrorMessage(
  cell: Bilingual,
  error: string,
  name: Bilingual,
  fix: Bilingual,
): Bilingual {
  const q = quote(error);
  return bi(
    `${cell.mn} нүдэнд томъёоны алдаа ${q} гарсан байна (${name.mn}): томъёог засах эсвэл ${fix.mn} бичнэ.`,
    `The ${cell.en} cell shows the formula error ${q} (${name.en}); correct the formula or write ${fix.en}.`,
  );
}

/** The one quantity of a short level cell ("9", "10%", "4 удаа"), else null. */
function single(reading: LevelReading): Quantity | null {
  return reading.kind === "number" && reading.quantities.length === 1
    ? reading.quantities[0]
    : null;
}

function unitName(q: Quantity): Bilingual {
  switch (q.kind) {
    case "percent":
      return bi("хувь", "a percentage");
    case "money":
      return bi("мөнгөн дүн", "an amount of money");
    case "count":
      return bi(`«${q.unit ?? ""}»-ийн тоо`, `a count of «${q.unit ?? ""}»`);
    default:
      return bi("тоо", "a number");
  }
}

function unitFinding(
  level: Level,
  ref: CellRef,
  q: Quantity,
  target: Quantity,
  name: Bilingual,
  severity?: "warning",
): Finding {
  const a = unitName(q);
  const t = unitName(target);
  const own = LEVEL_NAMES[level];
  return finding(
    "VALUE-UNIT",
    ref,
    bi(
      `${own.mn} «${q.source.trim()}» (${a.mn}), зорилтот түвшин «${target.source.trim()}» (${t.mn}) өөр хэмжих нэгжтэй тул харьцуулах боломжгүй (${name.mn}): суурь, зорилтот, хүрсэн түвшинг ижил нэгжээр бичнэ.`,
      `${capitalize(own.en)} «${q.source.trim()}» is ${a.en} but the target «${target.source.trim()}» is ${t.en}; they cannot be compared (${name.en}). Write baseline, target and achieved in the same unit.`,
    ),
    severity ? { severity } : {},
  );
}

/**
 * VALUE-UNIT: baseline against target in short cells; achieved against a short target when
 * the fulfilment could not be computed for the units.
 */
function unitFindings(ce: CriterionEvaluation, names: CriterionNames, findings: Finding[]): void {
  const c = ce.criterion;
  const b = single(ce.baseline);
  const t = single(ce.target);
  if (t && b && !c.baseline.absent && !unitsCompatible(b, t)) {
    findings.push(unitFinding("baseline", c.baseline, b, t, names(ce)));
  }
  const computed = ce.computed;
  const mismatch = computed?.status === "none" && computed.reason === "unit-mismatch";
  if (c.achieved && ce.achieved && t && mismatch) {
    const a = primaryQuantity(ce.achieved, { preferUnit: t.unit, preferKind: t.kind });
    // A number picked from free text may not be the one meant: a warning, not an error.
    const severity = ce.achieved.kind === "number" ? undefined : "warning";
    if (a) findings.push(unitFinding("achieved", c.achieved, a, t, names(ce), severity));
  }
}

/** The plain text of an activity, for its criteria's VALUE-DIRECTION. */
type ActivityText = (m: Measure) => string;

/** Each activity's text made plain once: an activity's criteria come one after another. */
function activityTexts(): ActivityText {
  let last: Measure | undefined;
  let text = "";
  return (m) => {
    if (m !== last) {
      last = m;
      text = refText(m.text);
    }
    return text;
  };
}

/**
 * VALUE-DIRECTION: the wording and the numbers of a criterion disagree on which way it should
 * go (seed 003, 11.1 "Сургалтын тоо" 9 → 3). Plans have no achieved level: baseline and target
 * decide.
 */
function directionFinding(ce: CriterionEvaluation, activityText: ActivityText): Finding | null {
  // The baseline is a year's level: the year's target is set against it, not a half-year's.
  const targetCell = ce.criterion.yearTarget ?? ce.criterion.target;
  const target = ce.yearTarget ?? ce.target;
  const b = single(ce.baseline);
  const t = single(target);
  if (!b || !t || !unitsCompatible(b, t) || targetCell.absent) return null;
  // Equal levels point no way: the words cannot disagree with them (no need to read them).
  if (b.value === t.value) return null;
  const criterionText = refText(ce.criterion.text);
  const texts = [criterionText, activityText(ce.measure)];
  const direction = directionOf(texts, b.value, t.value, false, target.text);
  if (!direction.conflict) return null;
  const name = criterionName(ce.criterion, ce.measure, criterionText);
  const bs = `«${b.source.trim()}»`;
  const ts = `«${t.source.trim()}»`;
  let message: Bilingual;
  if (direction.source === "numbers") {
    message = bi(
      `${capitalize(name.mn)}: зорилтот түвшин (${ts}) суурь түвшнээс (${bs}) бага байна, гэтэл шалгуур үзүүлэлт тоо хэмжээ заасан бөгөөд бууруулах тухай үг алга. Зорилтот түвшинг шалгах, эсвэл бууруулах зорилготой бол шалгуур үзүүлэлтэд тодорхой бичнэ.`,
      `${capitalize(name.en)}: the target ${ts} is below the baseline ${bs}, yet the criterion names a count and no word says to reduce it; check the target, or say so in the criterion if the aim is to reduce.`,
    );
  } else if (direction.direction === "increasing") {
    message = bi(
      `${capitalize(name.mn)}: шалгуур үзүүлэлт, арга хэмжээний томъёолол өсгөх, нэмэгдүүлэх утгатай боловч зорилтот түвшин (${ts}) суурь түвшнээс (${bs}) бага байна: зорилтот түвшин эсвэл томъёоллыг засна.`,
      `${capitalize(name.en)}: the wording says to increase, but the target ${ts} is below the baseline ${bs}; correct the target or the wording.`,
    );
  } else {
    message = bi(
      `${capitalize(name.mn)}: шалгуур үзүүлэлт, арга хэмжээний томъёолол бууруулах утгатай боловч зорилтот түвшин (${ts}) суурь түвшнээс (${bs}) их байна: зорилтот түвшин эсвэл томъёоллыг засна.`,
      `${capitalize(name.en)}: the wording says to reduce, but the target ${ts} is above the baseline ${bs}; correct the target or the wording.`,
    );
  }
  return finding("VALUE-DIRECTION", targetCell, message);
}

/**
 * Value checks of the catalogue (DOMAIN section 7) on every criterion's level cells:
 * VALUE-MISSING, -AMBIGUOUS, -FORMAT, -MULTI, -UNIT, -DIRECTION and -RANGE.
 */
export const valueChecks: Check = ({ evaluation }) => {
  const findings: Finding[] = [];
  const activityText = activityTexts();
  const names = criterionNames();
  for (const ce of evaluation.criteria) {
    const c = ce.criterion;
    missingFindings(ce, evaluation.rated, names, findings);
    const holdsText = levelFindings(ce, names, findings);
    if (!c.text.absent && !holdsText) {
      const slip = criterionSlipFinding(c.text);
      if (slip) findings.push(slip);
    }
    unitFindings(ce, names, findings);
    const direction = directionFinding(ce, activityText);
    if (direction) findings.push(direction);
  }
  return distinctFindings(findings);
};
