import type { Finding } from "../finding";
import type { Grid } from "../grid";
import { headerKey } from "../cells/normalize";
import { sheetCells, type SheetCells } from "../plan/cells";
import type { HeaderMatch, Plan } from "../plan/model";
import { TEMPLATES } from "../templates";
import type { ColumnRole } from "../templates/spec";
import { bi } from "../text";
import { finding } from "./catalogue";
import type { Check } from "./context";
import { declaredCountFindings } from "./structure-declared";
import { emptyFindings } from "./structure-empty";
import { distinctFindings } from "./structure-names";
import { numberingFindings } from "./structure-numbering";

/** The printed header of a role in the template's table (part one or part two). */
function headerOf(plan: Plan, table: HeaderMatch, role: ColumnRole): string {
  const spec = TEMPLATES[plan.template];
  const columns = table.part === 2 && spec?.partTwo ? spec.partTwo.columns : (spec?.columns ?? []);
  return [...columns, ...(spec?.recognised ?? [])].find((c) => c.role === role)?.header ?? role;
}

/**
 * A column's header as the sheet writes it: its own cell (the lower row of a two-row header,
 * else the upper), after the group's words over it («Хүрэх түвшин 2024»); "" for a blank one.
 */
function writtenHeader(cells: SheetCells, table: HeaderMatch, col: number): string {
  const { headerTop: top, headerBottom: bottom } = table;
  const group = cells.mergeAt(top, col);
  const upper = cells.text(group?.top ?? top, group?.left ?? col);
  const lower = bottom > top ? cells.text(bottom, col) : "";
  if (!lower) return upper;
  return upper && group && group.right > group.left ? `${upper} ${lower}` : lower;
}

/** STRUCT-HEADER: a table found on the sheet lacks a column its template requires. */
function headerFindings(plan: Plan, grid: Grid): Finding[] {
  const findings: Finding[] = [];
  // Made only for a header that lacks a column (most have none).
  let cells: SheetCells | undefined;
  for (const table of plan.tables ?? [plan.header]) {
    if (table.missing.length === 0) continue;
    const sheet = (cells ??= sheetCells(grid));
    const cols = Object.values(table.columns).filter((c): c is number => c !== undefined);
    if (cols.length === 0) continue;
    const names = table.missing.map((role) => `«${headerOf(plan, table, role)}»`).join(", ");
    const many = table.missing.length > 1;
    // What was recognised, in the sheet's own words, so that the person sees which columns the
    // checks still read, and as which of the template's columns where the words differ.
    const recognised = (Object.keys(table.columns) as ColumnRole[])
      .sort((a, b) => (table.columns[a] ?? 0) - (table.columns[b] ?? 0))
      .map((role) => {
        const form = headerOf(plan, table, role);
        const written = writtenHeader(sheet, table, table.columns[role] as number);
        const same = written === "" || headerKey(written) === headerKey(form);
        return same
          ? { mn: `«${form}»`, en: `«${form}»` }
          : { mn: `«${written}» («${form}» гэж)`, en: `«${written}» (as «${form}»)` };
      });
    const found = (lang: "mn" | "en") => recognised.map((r) => r[lang]).join(", ");
    findings.push(
      finding(
        "STRUCT-HEADER",
        { row: table.headerTop, col: Math.min(...cols) },
        bi(
          `Хүснэгтийн толгойд заавал байх ${names} ${many ? "баганууд" : "багана"} алга: загварын дагуу баганыг нэмэх эсвэл баганын нэрийг засна. Танигдсан ${found("mn")} баганыг шалгасан.`,
          `The table header lacks the required ${many ? "columns" : "column"} ${names}; add ${many ? "them" : "it"} as in the template or correct the column name. The columns recognised, ${found("en")}, are checked.`,
        ),
      ),
    );
  }
  return findings;
}

/**
 * Structural checks of the catalogue (DOMAIN section 7): STRUCT-HEADER (a required column
 * missing; no table at all is reported by checkGrid), STRUCT-NUMBER-DUP / -GAP / -FORMAT,
 * STRUCT-DECLARED-COUNT and STRUCT-EMPTY.
 */
export const structureChecks: Check = ({ plan, grid }) =>
  distinctFindings([
    ...headerFindings(plan, grid),
    ...numberingFindings(plan, grid),
    ...declaredCountFindings(plan),
    ...emptyFindings(plan, grid),
  ]);
