import type { Grid } from "../grid";
import { TEMPLATES } from "../templates";
import type { TableBody } from "../templates/layout";
import { layoutDocument, type ScaffoldOptions, type ScaffoldResult } from "../templates/scaffold";
import type { ColumnRole, TemplateSpec } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { copyRows, placeColumns, tableEnd, type ColumnPlacement } from "./copy-table";
import { extent, findTable, headerKey, rowCells } from "./table-scan";

export interface ReportFromPlanInput {
  grid: Grid;
  template: "org-plan" | "individual-plan";
  /** Sheet column of each role found in the plan's (main) header. */
  columns: Partial<Record<ColumnRole, number>>;
  headerTop: number;
  dataTop: number;
  period: "half" | "year";
  options?: ScaffoldOptions;
}

/** A sheet made from another document, with what the user should know about it. */
export interface TransformResult extends ScaffoldResult {
  warnings: Bilingual[];
}

/** "<SUBJECT> <YEAR> ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ" above the header, markup and line breaks aside. */
export function readPlanTitle(
  grid: Grid,
  headerTop: number,
): { subject: string; year: number } | undefined {
  const clean = (s: string) =>
    s
      .replace(/\*\*|<[^>]*>/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const top = extent(grid).top;
  for (let r = headerTop - 1; r >= top; r--) {
    for (const cell of rowCells(grid, r)) {
      const m = /^(.*?)\s*((?:19|20)\d\d)\s+ОНЫ\s+ГҮЙЦЭТГЭЛИЙН\s+ТӨЛӨВЛӨГӨӨ\s*$/iu.exec(
        clean(cell.text),
      );
      if (!m) continue;
      // A title typed on two lines: the subject is the line above.
      const above = m[1] === "" && r > top ? clean(rowCells(grid, r - 1)[0]?.text ?? "") : "";
      return { subject: m[1].trim() || above, year: Number(m[2]) };
    }
  }
  return undefined;
}

/** Options for the report: what the user gave, else what the plan's title says. */
function reportOptions(input: ReportFromPlanInput): ScaffoldOptions {
  const given = input.options ?? {};
  const title = readPlanTitle(input.grid, input.headerTop);
  const options: ScaffoldOptions = { ...given, period: input.period };
  if (options.year === undefined && title) options.year = title.year;
  const named = [given.unit, given.org, given.position, given.name].some((v) => v?.trim());
  if (!named && title?.subject) options.unit = title.subject;
  return options;
}

function copyTable(
  input: ReportFromPlanInput,
  roles: Partial<Record<ColumnRole, number>>,
  report: TemplateSpec["columns"],
  plan: TemplateSpec["columns"],
  header: { top: number; dataTop: number },
  end: number,
): { placement: ColumnPlacement; body: TableBody } {
  const rows = { top: header.dataTop, bottom: end - 1 };
  const placement = placeColumns(input.grid, roles, report, plan, header, rows);
  const body = copyRows(input.grid, roles, placement, rows.top, rows.bottom);
  return { placement, body };
}

/** The report kind a plan kind turns into. */
export function reportKindOf(
  plan: "org-plan" | "individual-plan",
): "org-report" | "individual-report" {
  return plan === "org-plan" ? "org-report" : "individual-report";
}

/**
 * The fulfilment report of an approved plan: the same rows and texts, the two report columns
 * (achieved level, fulfilment %) added after the target, the title turned into the report's
 * title. Plan columns the report form lacks (timeline, responsible unit) follow at the right,
 * so nothing written in the plan is lost. Part two is carried over the same way.
 */
export function reportFromPlan(input: ReportFromPlanInput): TransformResult {
  const planSpec = TEMPLATES[input.template];
  const reportSpec = TEMPLATES[reportKindOf(input.template)];
  const warnings: Bilingual[] = [];
  const { bottom } = extent(input.grid);

  for (const col of planSpec.columns) {
    if (col.required && input.columns[col.role] === undefined) {
      warnings.push(
        bi(
          `Төлөвлөгөөнд "${col.header}" багана олдсонгүй: тайланд хоосон үлдэнэ.`,
          `The plan has no "${col.header}" column: it stays empty in the report.`,
        ),
      );
    }
  }
  const end = tableEnd(input.grid, input.dataTop);
  if (input.dataTop > bottom || end <= input.dataTop) {
    warnings.push(
      bi(
        "Төлөвлөгөөний хүснэгтэд мөр алга: тайлан хоосон хүснэгттэй үүснэ.",
        "The plan's table has no rows: the report is made with an empty table.",
      ),
    );
  }
  const main = copyTable(
    input,
    input.columns,
    reportSpec.columns,
    planSpec.columns,
    { top: input.headerTop, dataTop: input.dataTop },
    end,
  );

  let partTwo: { heading: string; placement: ColumnPlacement; body: TableBody } | undefined;
  const planTwo = planSpec.partTwo;
  const reportTwo = reportSpec.partTwo;
  if (
    planTwo &&
    reportTwo &&
    end <= bottom &&
    headerKey(rowCells(input.grid, end)[0]?.text ?? "").startsWith(headerKey("Хоёр. Мэдлэг"))
  ) {
    const found = findTable(input.grid, planTwo.columns, end + 1, end + 3);
    if (found) {
      const twoEnd = tableEnd(input.grid, found.dataTop);
      const copied = copyTable(
        input,
        found.columns,
        reportTwo.columns,
        planTwo.columns,
        { top: found.headerTop, dataTop: found.dataTop },
        twoEnd,
      );
      partTwo = { heading: reportTwo.heading, ...copied };
    } else {
      warnings.push(
        bi(
          `"${planTwo.heading}" хэсгийн толгой танигдсангүй: энэ хэсгийг тайланд хуулаагүй.`,
          `The header of part two ("${planTwo.heading}") was not recognised: that part was not copied.`,
        ),
      );
    }
  }

  const options = reportOptions(input);
  const result = layoutDocument({
    spec: reportSpec,
    options,
    columns: main.placement.columns,
    body: main.body,
    partTwo: partTwo && {
      heading: partTwo.heading,
      columns: partTwo.placement.columns,
      body: partTwo.body,
    },
  });
  return { ...result, warnings };
}
