import { cellText, type Grid, type Merge } from "../grid";
import { sheetCells, type SheetCells } from "../plan/cells";
import { tablesIn } from "../plan/header";
import type { HeaderMatch } from "../plan/model";
import { headerKey } from "../cells/normalize";
import { TEMPLATES } from "../templates";
import { toLayout, type BodyRow, type TableBody } from "../templates/layout";
import { emptyPartTwo, rowByRole } from "../templates/samples";
import { layoutDocument, type ScaffoldOptions, type ScaffoldResult } from "../templates/scaffold";
import type { ColumnRole } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import type { TransformResult } from "./report-from-plan";

export interface PlanFromJobInput {
  grid: Grid;
  /** The functions table's columns, when already known; otherwise found by its header. */
  columns?: Partial<Record<ColumnRole, number>>;
  headerTop?: number;
  dataTop?: number;
  options?: ScaffoldOptions;
}

/** A function (чиг үүрэг) of the job description with its performance criteria. */
export interface JobFunction {
  text: string;
  criteria: string[];
}

/** An objective (Зорилт) of the job description and the functions listed under it. */
export interface JobObjective {
  number: number;
  /** The objective's wording from the list "Албан тушаалын зорилт:", when the sheet has it. */
  text?: string;
  /** What the Зорилт cell says ("1 дүгээр зорилтын хүрээнд"). */
  label: string;
  functions: JobFunction[];
}

const LEADING_NUMBER = /^\s*(\d+)\s*[.)]\s*/;
/** "1 дүгээр зорилтын хүрээнд", "2 дугаар зорилтын хүрээнд", "3-р зорилт". */
const OBJECTIVE_NUMBER = /^\s*(\d+)(?:\s*-?\s*(?:дүгээр|дугаар|р))?\s*зорилт/i;
/** The next part of a job description ("III. АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА"). */
const NEXT_PART = /^[IVX]+\s*\.\s*\S/;

/** A cell's text as typed (line breaks kept, ends trimmed): the plan copies it as it is. */
function typedText(cells: SheetCells, row: number, col: number): string {
  return cellText(cells.value(row, col)).trim();
}

/** The functions table of a job description, found by the checker's table finder. */
export function jobTable(grid: Grid): HeaderMatch | undefined {
  return jobTableIn(sheetCells(grid));
}

function jobTableIn(cells: SheetCells): HeaderMatch | undefined {
  return tablesIn(cells, { template: "job-description" })[0];
}

/** Objective wordings listed above the table: "1. Нийгмийн даатгалын …;" by number. */
function objectiveTexts(cells: SheetCells, headerTop: number): Map<number, string> {
  const out = new Map<number, string>();
  const listKey = headerKey("Албан тушаалын зорилт");
  let start = -1;
  for (let r = cells.top; r < headerTop; r++) {
    if (cells.filled(r).some((c) => headerKey(cells.text(r, c)).startsWith(listKey))) start = r;
  }
  if (start < 0) return out;
  for (let r = start; r < headerTop; r++) {
    for (const col of cells.filled(r)) {
      for (const line of typedText(cells, r, col).split("\n")) {
        const m = LEADING_NUMBER.exec(line);
        if (m)
          out.set(
            Number(m[1]),
            line
              .slice(m[0].length)
              .trim()
              .replace(/[;,]+$/, ""),
          );
      }
    }
  }
  return out;
}

/** The value written next to a label ("Нэгжийн нэр:") above the table: to its right or below. */
function labelValue(cells: SheetCells, label: string, before: number): string | undefined {
  const key = headerKey(label);
  for (let r = cells.top; r < before; r++) {
    const filled = cells.filled(r);
    const i = filled.findIndex((c) => headerKey(cells.text(r, c)) === key);
    if (i < 0) continue;
    // Plain text: spaces and line breaks collapsed, as a title line wants them.
    if (i + 1 < filled.length) return cells.text(r, filled[i + 1]);
    for (let n = r + 1; n < Math.min(before, r + 4); n++) {
      const next = cells.filled(n)[0];
      if (next === undefined) continue;
      const text = cells.text(n, next);
      return text.endsWith(":") ? undefined : text;
    }
  }
  return undefined;
}

/**
 * Reads the functions table of a job description: one objective per Зорилт cell, one function
 * per numbered чиг үүрэг, a line that continues the function above (a page break in the source)
 * joined to it.
 */
export function readJobFunctions(
  grid: Grid,
  columns: Partial<Record<ColumnRole, number>>,
  dataTop: number,
): JobObjective[] {
  return jobFunctionsIn(sheetCells(grid), columns, dataTop);
}

function jobFunctionsIn(
  cells: SheetCells,
  columns: Partial<Record<ColumnRole, number>>,
  dataTop: number,
): JobObjective[] {
  const objectives: JobObjective[] = [];
  const at = (r: number, role: ColumnRole) => {
    const c = columns[role];
    return c === undefined ? "" : typedText(cells, r, c);
  };
  for (let r = dataTop; r <= cells.bottom; r++) {
    const first = cells.filled(r)[0];
    if (first !== undefined && NEXT_PART.test(cells.text(r, first))) break;
    const objective = at(r, "objective");
    const fn = at(r, "function");
    const criterion = at(r, "criterion");
    const code = at(r, "responsibility");
    if (objective !== "") {
      const m = OBJECTIVE_NUMBER.exec(objective) ?? LEADING_NUMBER.exec(objective);
      const number = m ? Number(m[1]) : objectives.length + 1;
      objectives.push({ number, label: objective, functions: [] });
    }
    if (fn === "" && criterion === "") continue;
    if (objectives.length === 0) objectives.push({ number: 1, label: "", functions: [] });
    const functions = objectives[objectives.length - 1].functions;
    const previous = functions[functions.length - 1];
    if (previous && fn !== "" && !LEADING_NUMBER.test(fn) && criterion === "" && code === "") {
      previous.text = `${previous.text} ${fn}`;
    } else if (previous && fn === "") {
      previous.criteria.push(criterion);
    } else {
      functions.push({
        text: fn.replace(LEADING_NUMBER, "").trim(),
        criteria: criterion === "" ? [] : [criterion],
      });
    }
  }
  return objectives;
}

/**
 * An individual performance plan started from a job description: a section per objective, an
 * activity per function ("Арга хэмжээ 1.2 …") with its criteria copied; levels and timeline are
 * left for the person to fill.
 */
export function planFromJobDescription(input: PlanFromJobInput): TransformResult & ScaffoldResult {
  const spec = TEMPLATES["individual-plan"];
  const warnings: Bilingual[] = [];
  const cells = sheetCells(input.grid);

  let columns = input.columns;
  let headerTop = input.headerTop;
  let dataTop = input.dataTop;
  if (!columns || dataTop === undefined) {
    const found = jobTableIn(cells);
    if (found) {
      columns = found.columns;
      headerTop = found.headerTop;
      dataTop = found.dataTop;
    }
  }
  const objectives =
    columns && dataTop !== undefined ? jobFunctionsIn(cells, columns, dataTop) : [];
  if (objectives.every((o) => o.functions.length === 0)) {
    warnings.push(
      bi(
        "Албан тушаалын тодорхойлолтоос чиг үүргийн хүснэгт (Зорилт | Албан тушаалын гүйцэтгэх чиг үүрэг | Гүйцэтгэлийн шалгуур үзүүлэлт) олдсонгүй: төлөвлөгөө хоосон үүснэ.",
        "No functions table (Зорилт | Албан тушаалын гүйцэтгэх чиг үүрэг | Гүйцэтгэлийн шалгуур үзүүлэлт) was found in the job description: the plan is made empty.",
      ),
    );
  }

  const before = headerTop ?? cells.bottom + 1;
  const texts = objectiveTexts(cells, before);
  const cols = spec.columns;
  const rows: BodyRow[] = [];
  const merges: Merge[] = [];
  const spanRoles: ColumnRole[] = ["number", "activity", "timeline"];
  for (const o of objectives) {
    if (o.functions.length === 0) continue;
    const wording = texts.get(o.number) ?? (OBJECTIVE_NUMBER.test(o.label) ? "" : o.label);
    rows.push({ kind: "section", text: `Зорилт ${o.number}. ${wording}`.trim() });
    o.functions.forEach((f, j) => {
      const first = rows.length;
      const criteria = f.criteria.length > 0 ? f.criteria : [""];
      criteria.forEach((criterion, k) => {
        const cells =
          k === 0
            ? {
                number: `${j + 1}.`,
                activity: `Арга хэмжээ ${o.number}.${j + 1} ${f.text}`,
                criterion,
              }
            : { criterion };
        rows.push({ kind: k === 0 ? "activity" : "criterion", values: rowByRole(cols, cells) });
      });
      if (criteria.length > 1) {
        cols.forEach((c, i) => {
          if (spanRoles.includes(c.role)) {
            merges.push({ top: first, left: i, bottom: first + criteria.length - 1, right: i });
          }
        });
      }
    });
  }
  if (rows.length === 0) {
    rows.push({ kind: "section", text: spec.sectionLabel ?? "Зорилт 1." });
    rows.push({ kind: "activity", values: rowByRole(cols, { number: "1." }) });
  }

  const given = input.options ?? {};
  const options: ScaffoldOptions = {
    ...given,
    unit: given.unit ?? labelValue(cells, "Нэгжийн нэр:", before),
    position: given.position ?? labelValue(cells, "Албан тушаалын нэр:", before),
  };
  const body: TableBody = { rows, merges };
  const two = spec.partTwo;
  const twoBody = emptyPartTwo(spec);
  const result = layoutDocument({
    spec,
    options,
    columns: toLayout(cols),
    body,
    partTwo:
      two && twoBody
        ? { heading: two.heading, columns: toLayout(two.columns), body: twoBody }
        : undefined,
  });
  return { ...result, template: "individual-plan", warnings };
}
