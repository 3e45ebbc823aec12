import type { Finding } from "../finding";
import { cellAddress, valueAt, type Grid } from "../grid";
import {
  measuresOf,
  type CellRef,
  type Criterion,
  type HeaderMatch,
  type Plan,
} from "../plan/model";
import { isPlainEmpty, plainText } from "../cells/normalize";
import { bi, type Bilingual } from "../text";
import { finding } from "./catalogue";
import { quote } from "../cells/quote";
import { capitalize, isBlankCell, ofMeasure, refText } from "./structure-names";

/** The table a data row belongs to: the last one whose data starts at or above it. */
function tableOf(plan: Plan, row: number): HeaderMatch {
  const tables = plan.tables ?? [plan.header];
  let found = plan.header;
  for (const t of tables) if (t.dataTop <= row) found = t;
  return found;
}

/**
 * Text in a row between its activity and criterion columns (seed 000 prints some rows
 * without the Төсөв field, so the criterion lands under Төсөв): the criterion is probably there.
 */
function displacedText(plan: Plan, grid: Grid, row: number): CellRef | null {
  const columns = tableOf(plan, row).columns;
  const criterion = columns.criterion;
  if (criterion === undefined) return null;
  const from = columns.activity ?? columns.programme ?? columns.function ?? columns.number ?? -1;
  for (let col = from + 1; col < criterion; col++) {
    const value = valueAt(grid, row, col);
    if (plainText(value) !== "") return { row, col, value };
  }
  return null;
}

function criterionFinding(plan: Plan, grid: Grid, c: Criterion, of: { mn: string; en: string }) {
  const elsewhere = displacedText(plan, grid, c.row);
  if (elsewhere) {
    const at = cellAddress(elsewhere.row, elsewhere.col);
    return finding(
      "STRUCT-EMPTY",
      c.text,
      bi(
        `${of.mn} мөрийн «Шалгуур үзүүлэлт» нүд хоосон, харин ${at} нүдэнд ${quote(refText(elsewhere))} гэж бичсэн байна: мөрийн утгууд баганаасаа зөрсөн бололтой, шалгуур үзүүлэлтийг өөрийн баганад нь бичнэ.`,
        `The «Шалгуур үзүүлэлт» cell of ${of.en}'s row is empty while ${at} holds ${quote(refText(elsewhere))}: the row seems shifted out of its columns; put the criterion in its own column.`,
      ),
    );
  }
  return finding(
    "STRUCT-EMPTY",
    c.text,
    bi(
      `${of.mn} мөрөнд шалгуур үзүүлэлт бичигдээгүй байна: юугаар хэмжихийг «Шалгуур үзүүлэлт» баганад бичнэ.`,
      `A row of ${of.en} has no criterion; write what it is measured by in «Шалгуур үзүүлэлт».`,
    ),
  );
}

/**
 * The first of the measure's cells of one kind when every one of them is empty, the anchor of
 * a finding; null when one holds text or the table has no such cells.
 */
function allEmpty(criteria: Criterion[], keys: (keyof Criterion)[]): CellRef | null {
  let first: CellRef | null = null;
  for (const c of criteria) {
    for (const key of keys) {
      const ref = c[key];
      if (!ref || typeof ref !== "object" || ref.absent) continue;
      if (!isPlainEmpty(ref.value)) return null;
      first ??= ref;
    }
  }
  return first;
}

const TIMELINE: (keyof Criterion)[] = ["timeline", "start", "end"];
const RESPONSIBLE: (keyof Criterion)[] = ["responsible"];

/**
 * STRUCT-EMPTY: an activity without text, a criterion row without its criterion, an
 * activity with no responsible unit or timeline on any of its rows (a continuation row
 * shares its activity's; only tables with those columns), and, as a note, a template row left
 * with only its number (not a measure).
 */
export function emptyFindings(plan: Plan, grid: Grid): Finding[] {
  const findings: Finding[] = [];
  for (const m of measuresOf(plan)) {
    // Named only for a finding: most measures have none.
    let named: Bilingual | undefined;
    const of = () => (named ??= ofMeasure(m));
    if (isBlankCell(m.text)) {
      findings.push(
        finding(
          "STRUCT-EMPTY",
          m.text,
          bi(
            `${of().mn} текст бичигдээгүй байна: хэрэгжүүлэх арга хэмжээг тодорхой бичнэ.`,
            `${capitalize(of().en)} has no text; describe the activity.`,
          ),
        ),
      );
    }
    for (const c of m.criteria) {
      if (isBlankCell(c.text)) findings.push(criterionFinding(plan, grid, c, of()));
    }
    const timeline = allEmpty(m.criteria, TIMELINE);
    if (timeline) {
      findings.push(
        finding(
          "STRUCT-EMPTY",
          timeline,
          bi(
            `${of().mn} хэрэгжүүлэх хугацаа бичигдээгүй байна: «Хугацаа» баганад улирал, эсвэл эхлэх, дуусах огноог бичнэ.`,
            `${capitalize(of().en)} has no timeline; write the quarters, or the start and end dates, in the timeline column.`,
          ),
        ),
      );
    }
    const responsible = allEmpty(m.criteria, RESPONSIBLE);
    if (responsible) {
      findings.push(
        finding(
          "STRUCT-EMPTY",
          responsible,
          bi(
            `${of().mn} хариуцах нэгж бичигдээгүй байна: «Хариуцах нэгж» баганад хариуцах нэгж, ажилтныг бичнэ.`,
            `${capitalize(of().en)} has no responsible unit; write the unit or staff member in «Хариуцах нэгж».`,
          ),
        ),
      );
    }
  }
  for (const item of plan.blankItems ?? []) {
    const written = quote(refText(item));
    findings.push(
      finding(
        "STRUCT-EMPTY",
        item,
        bi(
          `${written} дугаартай мөрөнд дугаараас өөр юу ч бичээгүй тул арга хэмжээнд тооцоогүй: бөглөх эсвэл мөрийг устгана.`,
          `The row numbered ${written} holds nothing but its number, so it is not counted as a measure; fill it in or delete the row.`,
        ),
        { severity: "note" },
      ),
    );
  }
  return findings;
}
