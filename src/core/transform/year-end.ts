import { cellText, type Grid } from "../grid";
import type { Plan } from "../plan/model";
import { TEMPLATES } from "../templates";
import { bi, type Bilingual } from "../text";
import { CopiedDocument } from "./copied-document";
import { titleWarning, type TransformResult } from "./report-from-plan";
import { yearEndTitle } from "./titles";

/** The year-end report's sheet. */
const YEAR_END_SHEET = "Жилийн эцсийн биелэлт";

/** The column that keeps the half-year's achieved levels in view in the year-end report. */
export const HALF_YEAR_ACHIEVED: Bilingual = {
  mn: "Эхний хагас жилд хүрсэн",
  en: "Reached in the first half-year",
};

/**
 * The year-end report of a half-year report: the same document, cell for cell, with the
 * half-year's achieved levels kept in view in a column of their own before the achieved
 * column (where the table has none for them already), and the achieved level and fulfilment %
 * left empty for the year-end figures.
 */
export function yearEndReport(input: { grid: Grid; plan: Plan }): TransformResult {
  const template = input.plan.template;
  if (template !== "org-report" && template !== "individual-report") {
    throw new Error(
      `yearEndReport needs an organisation's or individual's report, not ${template}`,
    );
  }
  const spec = TEMPLATES[template];
  const warnings: Bilingual[] = [];
  const doc = new CopiedDocument(input.grid, input.plan);
  // A heading across the table stays as it is: a row's own cell is none that a merge from the
  // left covers.
  const ownCell = (r: number, col: number) => {
    const merge = doc.copy.mergeAt(r, col);
    return !(merge && merge.left < col);
  };
  for (const table of doc.tables) {
    const achieved = table.roles.get("achieved");
    if (achieved === undefined) continue;
    const periods = table.match.achievedPeriodColumns;
    if (periods) {
      // The table gives the levels per half-year and year («Хүрсэн түвшин» over «Хагас жил» |
      // «Жилийн эцэс»): the half-year's stay where they are, in view; the year's and the %
      // are left empty for the year-end figures.
      const emptied = [periods.year, table.roles.get("fulfilment")];
      for (let r = table.dataTop; r <= table.dataBottom; r++) {
        for (const col of emptied) if (col !== undefined && ownCell(r, col)) doc.copy.clear(r, col);
      }
      doc.tidy(table);
      continue;
    }
    // The new column goes before the achieved one: the half-year's levels move into it.
    const kept = doc.insertColumn(table, achieved);
    const now = table.roles.get("achieved") as number;
    const header = HALF_YEAR_ACHIEVED.mn;
    doc.writeHeader(table, kept, header);
    table.carried.set(kept, { header, width: 30 });
    const fulfilment = table.roles.get("fulfilment");
    for (let r = table.dataTop; r <= table.dataBottom; r++) {
      // The row's own cells move and empty.
      if (!ownCell(r, now)) continue;
      const cell = doc.copy.get(r, now);
      if (cell) doc.copy.set(r, kept, cell.value, cell.numberFormat);
      doc.copy.clear(r, now);
      if (fulfilment !== undefined) doc.copy.clear(r, fulfilment);
    }
    // A half-year column's merges (one achieved text over several criteria) stay in view too.
    for (const m of [...doc.copy.merges]) {
      if (
        m.left === now &&
        m.right === now &&
        m.top >= table.dataTop &&
        m.bottom <= table.dataBottom
      ) {
        doc.copy.merges.push({ ...m, left: kept, right: kept });
      }
    }
    doc.renumber(table, [kept]);
    doc.tidy(table);
  }
  if (!doc.retitle(yearEndTitle)) {
    const title = input.plan.title ? cellText(input.plan.title.value) : "";
    // An individual's report names no period: its title stays as it is.
    if (template === "org-report") {
      warnings.push(
        titleWarning(title, {
          mn: "эхний хагас жилийн биелэлтийн гарчиг",
          en: "a half-year report's title",
        }),
      );
    }
  }
  if (doc.tables.every((t) => !t.roles.has("achieved"))) {
    warnings.push(
      bi(
        "Тайланд «Хүрсэн түвшин» багана олдсонгүй: хагас жилийн түвшинг харуулах зүйлгүй.",
        "The report has no achieved-level column: there is no half-year level to keep in view.",
      ),
    );
  }
  // Named apart from the half-year report it is made from, which usually shares its workbook.
  const sheet = { ...doc.toModel(spec, spec), name: YEAR_END_SHEET };
  return { sheet, template, warnings };
}
