import type { Finding } from "../finding";
import { cellAddress, cellKey, type Grid } from "../grid";
import { objectivesOf, type CellRef, type Measure, type Objective, type Plan } from "../plan/model";
import {
  parseItemNumber,
  parseObjectiveLabel,
  splitLeadingNumber,
  type ItemNumber,
} from "../cells/item-numbers";
import { bi } from "../text";
import { finding } from "./catalogue";
import { firstFilledCell, objectiveName, rawText, refText } from "./structure-names";

/**
 * An activity number as written: the Д/д cell ("6.3.1"), or the label opening the activity
 * text ("Арга хэмжээ 1.2."). Each is its own series: seed 001 numbers Д/д 1., 2., … per
 * objective and writes "Арга хэмжээ 2.3" in the text.
 */
export interface WrittenNumber {
  series: "number" | "label";
  objective: Objective;
  objectiveIndex: number;
  number: ItemNumber;
  written: string;
  cell: CellRef;
}

/** A goal or objective heading with a number ("Зорилт 6.1.", "Гурав.", or read from 4.4.1). */
interface HeadingNumber {
  kind: "goal" | "objective";
  part: 1 | 2;
  parts: number[];
  name: string;
  cell: CellRef;
  /** The number is written in the heading itself, not read from its activities. */
  explicit: boolean;
}

function numberParts(text: string | undefined): number[] | null {
  if (!text || !/^\d+(?:\.\d+)*$/.test(text)) return null;
  return text.split(".").map(Number);
}

const join = (parts: number[]): string => parts.join(".");
/** `parts` is a number one level under `prefix` (4.2.1 under 4.2): compared without a copy. */
export function numbersUnder(parts: number[], prefix: number[]): boolean {
  if (parts.length !== prefix.length + 1) return false;
  for (let i = 0; i < prefix.length; i++) if (parts[i] !== prefix[i]) return false;
  return true;
}

/** Templates whose Д/д numbers activities (anti-corruption numbers programme items; a job description, functions). */
function numbersActivities(plan: Plan): boolean {
  return plan.template !== "anticorruption-report" && plan.template !== "job-description";
}

function writtenNumbers(plan: Plan): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  const seenCells = new Set<number | string>();
  objectivesOf(plan).forEach((objective, objectiveIndex) => {
    const item = (series: WrittenNumber["series"], found: FoundNumber): WrittenNumber => ({
      series,
      objective,
      objectiveIndex,
      number: found.number,
      written: found.written,
      cell: found.cell,
    });
    for (const measure of objective.measures) {
      const fromCell = numberCell(measure);
      // A number merged over several activities' rows is one number.
      if (fromCell && !seenCells.has(cellKey(fromCell.cell))) {
        seenCells.add(cellKey(fromCell.cell));
        out.push(item("number", fromCell));
      }
      const label = labelOf(measure);
      if (label) out.push(item("label", label));
    }
  });
  return out;
}

type FoundNumber = Pick<WrittenNumber, "number" | "written" | "cell">;

export function numberCell(m: Measure): FoundNumber | null {
  const written = refText(m.number);
  const number = written ? parseItemNumber(written) : null;
  return number ? { number, written, cell: m.number } : null;
}

function labelOf(m: Measure): FoundNumber | null {
  if (m.text.absent) return null;
  const lead = splitLeadingNumber(rawText(m.text));
  if (!lead?.number.prefix) return null;
  return { number: lead.number, written: lead.written, cell: m.text };
}

/** The cell's text with the number's trailing dot added or removed; null when it cannot be found. */
function withTrailingDot(w: WrittenNumber, dot: boolean): string | null {
  const raw = rawText(w.cell);
  const at = raw.indexOf(w.written);
  if (at < 0) return null;
  const rewritten = dot ? `${w.written}.` : w.written.replace(/\.$/, "");
  return raw.slice(0, at) + rewritten + raw.slice(at + w.written.length);
}

/** A number's series and a whole number `within` it (a part, an objective's index) as one key. */
const seriesKey = (w: WrittenNumber, within: number): string => `${w.series}|${within}`;

/** STRUCT-NUMBER-FORMAT: a trailing dot against the majority of the same series in the same part. */
function formatFindings(items: WrittenNumber[]): Finding[] {
  const findings: Finding[] = [];
  const groups = new Map<string, WrittenNumber[]>();
  for (const w of items) {
    const key = seriesKey(w, w.objective.part);
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  for (const group of groups.values()) {
    const dotted = group.filter((w) => w.number.trailingDot).length;
    const plain = group.length - dotted;
    if (dotted === plain) continue;
    const dot = dotted > plain;
    for (const w of group) {
      if (w.number.trailingDot === dot) continue;
      const fixed = withTrailingDot(w, dot);
      const shown = dot ? `${w.written}.` : w.written.replace(/\.$/, "");
      const message = dot
        ? bi(
            `«${w.written}» дугаарын төгсгөлд цэг алга: хүснэгтийн бусад дугаарын адил «${shown}» гэж бичнэ.`,
            `«${w.written}» lacks the trailing dot the other numbers of this table have; write «${shown}».`,
          )
        : bi(
            `«${w.written}» дугаарын төгсгөлд илүү цэг байна: хүснэгтийн бусад дугаарын адил «${shown}» гэж бичнэ.`,
            `«${w.written}» has a trailing dot the other numbers of this table do not; write «${shown}».`,
          );
      findings.push(
        finding("STRUCT-NUMBER-FORMAT", w.cell, message, fixed === null ? {} : { fix: fixed }),
      );
    }
  }
  return findings;
}

/** STRUCT-NUMBER-FORMAT: "4.2." under Зорилт 3; such numbers stay out of the gap and repeat checks. */
function placementFindings(items: WrittenNumber[]): {
  findings: Finding[];
  placed: WrittenNumber[];
} {
  const findings: Finding[] = [];
  const placed: WrittenNumber[] = [];
  // Read once per objective: an objective has many activities.
  const partsOf = new Map<Objective, number[] | null>();
  for (const w of items) {
    let objectiveParts = partsOf.get(w.objective);
    if (objectiveParts === undefined) {
      objectiveParts = numberParts(w.objective.number);
      partsOf.set(w.objective, objectiveParts);
    }
    const parts = w.number.parts;
    if (!objectiveParts || parts.length <= 1 || numbersUnder(parts, objectiveParts)) {
      placed.push(w);
      continue;
    }
    const name = objectiveName(w.objective);
    const expected = `${join(objectiveParts)}.N`;
    findings.push(
      finding(
        "STRUCT-NUMBER-FORMAT",
        w.cell,
        bi(
          `«${w.written}» дугаар зорилтынхоо дугаарлалтад таарахгүй байна: ${name} зорилтын арга хэмжээ «${expected}» гэж дугаарлагдана. Дугаарыг засах эсвэл мөрийг зөв зорилтын дор шилжүүлнэ.`,
          `«${w.written}» lies outside its objective's numbering: activities under ${name} are numbered «${expected}»; correct the number or move the row under its objective.`,
        ),
      ),
    );
  }
  return { findings, placed };
}

/** STRUCT-NUMBER-DUP; returns the numbers left for the gap check. */
function repeatFindings(items: WrittenNumber[]): { findings: Finding[]; unique: WrittenNumber[] } {
  const findings: Finding[] = [];
  const unique: WrittenNumber[] = [];
  // The first number of each value, by scope and parts.
  const first = new Map<string, Map<string, WrittenNumber>>();
  for (const w of items) {
    // A lone number ("1.") restarts under each objective; a dotted one is unique in its part.
    // Parts 1 and 2 take scopes 0 and 1, the objectives 2 on: no two scopes share a key.
    const lone = w.number.parts.length === 1;
    const scope = seriesKey(w, lone ? 2 + w.objectiveIndex : w.objective.part - 1);
    let inScope = first.get(scope);
    if (!inScope) first.set(scope, (inScope = new Map()));
    const key = join(w.number.parts);
    const earlier = inScope.get(key);
    if (!earlier) {
      inScope.set(key, w);
      unique.push(w);
      continue;
    }
    const where = cellAddress(earlier.cell.row, earlier.cell.col);
    findings.push(
      finding(
        "STRUCT-NUMBER-DUP",
        w.cell,
        bi(
          `«${w.written}» дугаар давхардсан байна: ${where} нүдэнд мөн «${earlier.written}» гэж бичсэн. Мөр бүрт өөр дугаар олгоно.`,
          `Number «${w.written}» is repeated: ${where} has «${earlier.written}» too; give each row its own number.`,
        ),
      ),
    );
  }
  return { findings, unique };
}

interface Run<T> {
  from: number;
  to: number;
  previous?: T;
  next: T;
}

/** Runs of numbers from `base` up to the largest present that no item carries. */
function missingRuns<T>(items: { n: number; item: T }[], base: number): Run<T>[] {
  if (items.length === 0) return [];
  const present = new Set(items.map((x) => x.n));
  const max = items.reduce((m, x) => Math.max(m, x.n), -Infinity);
  const runs: Run<T>[] = [];
  let n = base;
  while (n < max) {
    if (present.has(n)) {
      n++;
      continue;
    }
    const from = n;
    while (n < max && !present.has(n)) n++;
    const to = n - 1;
    const next = items.filter((x) => x.n > to).sort((a, b) => a.n - b.n)[0];
    const previous = items.filter((x) => x.n < from).sort((a, b) => b.n - a.n)[0];
    runs.push({ from, to, next: next.item, ...(previous ? { previous: previous.item } : {}) });
  }
  return runs;
}

function runText(prefix: number[], run: { from: number; to: number }): string {
  const head = prefix.length > 0 ? `${join(prefix)}.` : "";
  return run.from === run.to ? `${head}${run.from}` : `${head}${run.from}–${head}${run.to}`;
}

/** The numbers grouped for the gap check, by series, objective and prefix, in the order the groups first come. */
function gapGroups(items: WrittenNumber[]): WrittenNumber[][] {
  const groups = new Map<string, WrittenNumber[]>();
  for (const w of items) {
    const key = `${seriesKey(w, w.objectiveIndex)}|${join(w.number.parts.slice(0, -1))}`;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  return [...groups.values()];
}

/** The number's last part: 6 of 4.2.6. */
const lastPart = (w: WrittenNumber): number => w.number.parts[w.number.parts.length - 1];

/**
 * The one activity between two numbered ones of an objective whose Д/д cell is there and empty
 * (a number left out), or null.
 */
function unnumberedBetween(
  previous: WrittenNumber | undefined,
  next: WrittenNumber,
): Measure | null {
  if (!previous || previous.series !== "number" || previous.objective !== next.objective) {
    return null;
  }
  const between = next.objective.measures.filter(
    (m) => m.row > previous.cell.row && m.row < next.cell.row && !m.number.absent && !numberCell(m),
  );
  return between.length === 1 ? between[0] : null;
}

/**
 * STRUCT-NUMBER-GAP among activities: per objective and number prefix; lone numbers may
 * continue the previous objective's ("1, 2, 3 | 4, 5") or restart at 1. Where the one number
 * missing belongs to an activity whose Д/д is empty, the finding is at that cell, with the number.
 */
function activityGapFindings(items: WrittenNumber[]): Finding[] {
  const findings: Finding[] = [];
  const lastLone = new Map<string, number>();
  for (const group of gapGroups(items)) {
    const sample = group[0];
    // Looped, not spread: Math.min(...xs) overflows the stack past ~120,000 items.
    let min = Infinity;
    let max = -Infinity;
    for (const w of group) {
      min = Math.min(min, lastPart(w));
      max = Math.max(max, lastPart(w));
    }
    let base = 1;
    if (sample.number.parts.length === 1) {
      const key = seriesKey(sample, sample.objective.part);
      const before = lastLone.get(key);
      if (before !== undefined && min > before) base = before + 1;
      lastLone.set(key, max);
    }
    const prefix = sample.number.parts.slice(0, -1);
    const numbers = group.map((w) => ({ n: lastPart(w), item: w }));
    for (const run of missingRuns(numbers, base)) {
      const missing = runText(prefix, run);
      const around = run.previous
        ? bi(
            `өмнөх нь «${run.previous.written}», дараах нь «${run.next.written}»`,
            `previous «${run.previous.written}», next «${run.next.written}»`,
          )
        : bi(`эхний дугаар нь «${run.next.written}»`, `the first number is «${run.next.written}»`);
      const unnumbered = run.from === run.to ? unnumberedBetween(run.previous, run.next) : null;
      if (unnumbered) {
        // The one activity between them has an empty Д/д: the missing number is its own.
        const written = `${missing}${run.next.number.trailingDot ? "." : ""}`;
        findings.push(
          finding(
            "STRUCT-NUMBER-GAP",
            unnumbered.number,
            bi(
              `Арга хэмжээний дугаарлалтад «${missing}» алга (${around.mn}): энэ мөрийн арга хэмжээний дугаар бичигдээгүй тул «${written}» гэж бичнэ.`,
              `«${missing}» is missing from the activity numbering (${around.en}); this row's activity has no number: write «${written}».`,
            ),
            { fix: written },
          ),
        );
        continue;
      }
      findings.push(
        finding(
          "STRUCT-NUMBER-GAP",
          run.next.cell,
          bi(
            `Арга хэмжээний дугаарлалтад «${missing}» алга (${around.mn}): алгассан арга хэмжээг нөхөх эсвэл дахин дугаарлана.`,
            `«${missing}» is missing from the activity numbering (${around.en}); add the missing activity or renumber.`,
          ),
        ),
      );
    }
  }
  return findings;
}

function headingNumbers(plan: Plan, grid: Grid): HeadingNumber[] {
  const out: HeadingNumber[] = [];
  for (const goal of plan.goals) {
    const label = goal.label ? parseObjectiveLabel(goal.label) : null;
    const parts = numberParts(label?.number);
    // The heading's cell is looked for only when it has a number to show there.
    const cell = parts && firstFilledCell(grid, goal.row);
    if (parts && cell) {
      const part = goal.objectives[0]?.part ?? 1;
      out.push({ kind: "goal", part, parts, name: `«${goal.label}»`, cell, explicit: true });
    }
    for (const objective of goal.objectives) {
      const heading = objectiveHeading(objective, grid);
      if (heading) out.push(heading);
    }
  }
  return out;
}

function objectiveHeading(o: Objective, grid: Grid): HeadingNumber | null {
  const parts = numberParts(o.number);
  if (!parts || o.implicit) return null;
  const explicit = !!o.label && parseObjectiveLabel(o.label)?.number === o.number;
  // A number read from the activities (4.4 from 4.4.1.) is shown where it was read.
  const first = o.measures[0]?.number;
  const cell = explicit
    ? firstFilledCell(grid, o.row)
    : first && !first.absent
      ? first
      : o.text.absent
        ? null
        : o.text;
  if (!cell) return null;
  const name = explicit ? `«${o.label}»` : `«${o.number}»`;
  return { kind: "objective", part: o.part, parts, name, cell, explicit };
}

/**
 * STRUCT-NUMBER-GAP and -DUP among goals and objectives. A skipped objective is a note: a
 * unit's plan takes the organisation's numbering and may have nothing under some objectives
 * (seed 003 has no Зорилт 2 or 9; seed 000 no "Хоёр." and no 4.3).
 */
function headingFindings(headings: HeadingNumber[]): Finding[] {
  const findings: Finding[] = [];
  const groups = new Map<string, HeadingNumber[]>();
  const first = new Map<string, HeadingNumber>();
  for (const h of headings) {
    const prefix = join(h.parts.slice(0, -1));
    const repeatKey = `${h.kind}|${h.part}|${join(h.parts)}`;
    const earlier = first.get(repeatKey);
    if (h.explicit && earlier) {
      findings.push(
        finding(
          "STRUCT-NUMBER-DUP",
          h.cell,
          bi(
            `${h.name} дугаар давхардсан байна: ${cellAddress(earlier.cell.row, earlier.cell.col)} нүдэнд мөн ${earlier.name} гэж бичсэн. Дугаарыг засна.`,
            `${h.name} repeats the number of ${earlier.name} in ${cellAddress(earlier.cell.row, earlier.cell.col)}; correct the number.`,
          ),
        ),
      );
      continue;
    }
    if (h.explicit) first.set(repeatKey, h);
    const key = `${h.kind}|${h.part}|${prefix}`;
    const group = groups.get(key);
    if (group) group.push(h);
    else groups.set(key, [h]);
  }
  for (const group of groups.values()) {
    const prefix = group[0].parts.slice(0, -1);
    const numbers = group.map((h) => ({ n: h.parts[h.parts.length - 1], item: h }));
    for (const run of missingRuns(numbers, 1)) {
      const missing = runText(prefix, run);
      const goal = group[0].kind === "goal";
      const around = run.previous
        ? bi(
            `өмнөх нь ${run.previous.name}, дараах нь ${run.next.name}`,
            `previous ${run.previous.name}, next ${run.next.name}`,
          )
        : bi(`эхнийх нь ${run.next.name}`, `the first is ${run.next.name}`);
      const what = goal
        ? bi("Зорилго, хэсгийн дугаарлалтад", "from the numbering of goals and sections")
        : bi("Зорилтын дугаарлалтад", "from the numbering of objectives");
      findings.push(
        finding(
          "STRUCT-NUMBER-GAP",
          run.next.cell,
          bi(
            `${what.mn} «${missing}» алга (${around.mn}). Тухайн ${goal ? "хэсэгт" : "зорилтод"} энэ удаа арга хэмжээ төлөвлөөгүй бол зөв байж болно; эс бөгөөс дугаарлалтыг шалгана.`,
            `«${missing}» is missing ${what.en} (${around.en}). That is fine when nothing is planned under it this time; otherwise check the numbering.`,
          ),
          { severity: "note" },
        ),
      );
    }
  }
  return findings;
}

/** STRUCT-NUMBER-DUP, -GAP and -FORMAT over activity numbers, objectives and goals. */
export function numberingFindings(plan: Plan, grid: Grid): Finding[] {
  const findings: Finding[] = [];
  if (numbersActivities(plan)) {
    const items = writtenNumbers(plan);
    findings.push(...formatFindings(items));
    const placement = placementFindings(items);
    findings.push(...placement.findings);
    const repeats = repeatFindings(placement.placed);
    findings.push(...repeats.findings);
    findings.push(...activityGapFindings(repeats.unique));
  }
  findings.push(...headingFindings(headingNumbers(plan, grid)));
  return findings;
}
