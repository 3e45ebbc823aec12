import type { Finding } from "../finding";
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

/** STRUCT-HEADER: a table found on the sheet lacks a column its template requires. */
function headerFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const table of plan.tables ?? [plan.header]) {
    if (table.missing.length === 0) continue;
    const cols = Object.values(table.columns).filter((c): c is number => c !== undefined);
    if (cols.length === 0) continue;
    const names = table.missing.map((role) => `«${headerOf(plan, table, role)}»`).join(", ");
    const many = table.missing.length > 1;
    // What was recognised, so that the person sees which columns the checks still read.
    const found = (Object.keys(table.columns) as ColumnRole[])
      .sort((a, b) => (table.columns[a] ?? 0) - (table.columns[b] ?? 0))
      .map((role) => `«${headerOf(plan, table, role)}»`)
      .join(", ");
    findings.push(
      finding(
        "STRUCT-HEADER",
        { row: table.headerTop, col: Math.min(...cols) },
        bi(
          `Хүснэгтийн толгойд заавал байх ${names} ${many ? "баганууд" : "багана"} алга: загварын дагуу баганыг нэмэх эсвэл баганын нэрийг засна. Танигдсан ${found} баганыг шалгасан.`,
          `The table header lacks the required ${many ? "columns" : "column"} ${names}; add ${many ? "them" : "it"} as in the template or correct the column name. The columns recognised, ${found}, are checked.`,
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
    ...headerFindings(plan),
    ...numberingFindings(plan, grid),
    ...declaredCountFindings(plan),
    ...emptyFindings(plan, grid),
  ]);
