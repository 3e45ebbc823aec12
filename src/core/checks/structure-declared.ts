import type { Finding } from "../finding";
import { parseLevel } from "../levels";
import { objectivesOf, type CellRef, type Objective, type Plan } from "../plan/model";
import { namesDeclaredCount } from "../plan/declared-count";
import { bi, type Bilingual } from "../text";
import { finding } from "./catalogue";
import { objectiveName, refText } from "./structure-names";

const LEVEL_NAMES: Record<"baseline" | "target", Bilingual> = {
  baseline: bi("суурь түвшин", "baseline"),
  target: bi("зорилтот түвшин", "target"),
};

/** The whole number a declared-count cell states, or null when it states none. */
function declaredNumber(ref: CellRef): number | null {
  if (ref.absent) return null;
  const reading = parseLevel(ref.value);
  const q = reading.quantities[0];
  if (reading.kind !== "number" || reading.quantities.length !== 1 || !q) return null;
  return q.kind !== "percent" && Number.isInteger(q.value) && q.value >= 0 ? q.value : null;
}

/** Criterion rows beneath an objective, its sub-objectives' (Зорилт 6.1. … under Зорилт 6.) included. */
function countedRows(objectives: Objective[], index: number): number {
  const objective = objectives[index];
  let rows = objective.measures.reduce((n, m) => n + m.criteria.length, 0);
  const prefix = objective.number ? `${objective.number}.` : null;
  if (!prefix) return rows;
  for (let j = index + 1; j < objectives.length; j++) {
    const sub = objectives[j];
    if (sub.part !== objective.part || !sub.number?.startsWith(prefix)) break;
    rows += sub.measures.reduce((n, m) => n + m.criteria.length, 0);
  }
  return rows;
}

function countMessage(
  objective: Objective,
  level: "baseline" | "target",
  declared: number,
  counted: number,
): Bilingual {
  const name = objectiveName(objective);
  const what = LEVEL_NAMES[level];
  return bi(
    `${name}: «Хэрэгжүүлэх арга хэмжээний тоо»-ны ${what.mn}д ${declared} гэж бичсэн боловч доор нь шалгуур үзүүлэлтийн ${counted} мөр байна: тоог ${counted} болгож засах эсвэл дутуу мөрийг нэмнэ.`,
    `${name}: «Хэрэгжүүлэх арга хэмжээний тоо» states ${declared} as its ${what.en}, but ${counted} criterion rows lie beneath it; write ${counted} or add the missing rows.`,
  );
}

/**
 * The count printed on the objective's first activity row instead of its own (seed 003,
 * Зорилт 1: "1.1." carries "Хэрэгжүүлэх арга хэмжээний тоо" 6 → 6): the row is both a
 * criterion and the declaration, so either count, with it or without it, is accepted.
 */
function activityRowFindings(objective: Objective, counted: number): Finding[] {
  const first = objective.measures[0]?.criteria[0];
  if (!first || !namesDeclaredCount(refText(first.text))) return [];
  const findings: Finding[] = [];
  for (const level of ["baseline", "target"] as const) {
    const declared = declaredNumber(first[level]);
    if (declared === null || declared === counted || declared === counted - 1) continue;
    findings.push(
      finding(
        "STRUCT-DECLARED-COUNT",
        first[level],
        countMessage(objective, level, declared, counted),
      ),
    );
  }
  return findings;
}

/** STRUCT-DECLARED-COUNT: an objective's declared number of activities against its criterion rows. */
export function declaredCountFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const objectives = objectivesOf(plan);
  objectives.forEach((objective, index) => {
    const counted = countedRows(objectives, index);
    const declaredCount = objective.declaredCount;
    if (!declaredCount) {
      findings.push(...activityRowFindings(objective, counted));
      return;
    }
    for (const level of ["baseline", "target"] as const) {
      const cell = declaredCount[level];
      const declared = declaredNumber(cell);
      if (declared === null || declared === counted) continue;
      findings.push(
        finding("STRUCT-DECLARED-COUNT", cell, countMessage(objective, level, declared, counted), {
          fix: counted,
        }),
      );
    }
  });
  return findings;
}
