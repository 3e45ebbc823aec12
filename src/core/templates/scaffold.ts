import type { ReportPeriod } from "../plan/title";
import type { SheetModel } from "../sheet";
import { TEMPLATES } from "./index";
import { SheetDraft, toLayout, type LayoutColumn, type TableBody, type TablePlace } from "./layout";
import { fillPlaceholders, isCapitalTitle } from "./placeholders";
import { emptyPartOne, emptyPartTwo, examplePartOne, examplePartTwo } from "./samples";
import type { TemplateId, TemplateSpec, TextBlock } from "./spec";

export interface ScaffoldOptions {
  org?: string;
  unit?: string;
  year?: number;
  period?: ReportPeriod;
  position?: string;
  name?: string;
  approver?: { title?: string; name?: string };
  drafter?: { title?: string; name?: string };
  sheetName?: string;
}

export interface ScaffoldResult {
  sheet: SheetModel;
  /** Header rows of the main table (0-based, inclusive), without the column-number row. */
  headerRows: { top: number; bottom: number };
  /** First data row of the main table. */
  dataTop: number;
  /** Where part two (knowledge and skills) sits, when the template has one. */
  partTwo?: { headerRows: { top: number; bottom: number }; dataTop: number };
}

/** Characters Excel refuses in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts: no []:*?/\, no leading or trailing apostrophe, at most 31 characters. */
export function safeSheetName(requested: string | undefined, fallback: string): string {
  // Spaces and apostrophes are trimmed together: "!' '" would otherwise end in an apostrophe.
  const trimEnds = (s: string) => s.replace(/^[\s']+|[\s']+$/g, "");
  const clean = (s: string) =>
    trimEnds(trimEnds(s.replace(SHEET_NAME_FORBIDDEN, " ").replace(/\s+/g, " ")).slice(0, 31));
  return clean(requested ?? "") || clean(fallback) || "Sheet1";
}

/** The title of a template filled from the options; missing parts stay visible prompts. */
export function templateTitle(spec: TemplateSpec, options: ScaffoldOptions): string {
  // A report titled by unit, made for a whole organisation, names the organisation.
  const unit = spec.title.includes("{org}") ? options.unit : (options.unit ?? options.org);
  return fillPlaceholders(spec.title, { ...options, unit }, isCapitalTitle(spec.title));
}

function fillBlock(block: TextBlock, options: ScaffoldOptions): TextBlock {
  return {
    left: block.left.map((l) => fillPlaceholders(l, options)),
    right: block.right.map((l) => fillPlaceholders(l, options)),
  };
}

/** The parts of a document the layout writes, in order (title and sheet name follow from the spec). */
export interface DocumentParts {
  spec: TemplateSpec;
  options: ScaffoldOptions;
  columns: LayoutColumn[];
  body: TableBody;
  partTwo?: { heading: string; columns: LayoutColumn[]; body: TableBody };
}

/**
 * Lays out a whole document: approval or information block, title, part one (heading, header,
 * column numbers, rows), part two, signature block; frozen below the main header, printed A4
 * landscape with the header rows repeated.
 */
export function layoutDocument(parts: DocumentParts): ScaffoldResult {
  const { spec, options } = parts;
  const draft = new SheetDraft();
  const width = parts.columns.length;
  draft.widen(parts.columns);
  if (parts.partTwo) draft.widen(parts.partTwo.columns);
  const numbers = spec.columnNumbers ? (spec.columnNumberScope ?? "all") : "none";

  if (spec.infoBlock) {
    const info = fillBlock(spec.infoBlock, options);
    draft.textBlock(info.left, info.right, width, true);
    draft.blank();
  }
  if (spec.approval) {
    const approval = fillBlock(spec.approval, options);
    draft.textBlock(approval.left, approval.right, width, false);
    draft.blank();
  }
  draft.line(templateTitle(spec, options), 0, width - 1, {
    bold: true,
    size: 12,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
  });
  draft.blank();
  if (spec.partOneHeading) {
    draft.line(spec.partOneHeading, 0, width - 1, { bold: true, hAlign: "left", wrap: true });
  }
  const main: TablePlace = draft.table(parts.columns, parts.body, numbers);

  let partTwo: ScaffoldResult["partTwo"];
  if (parts.partTwo) {
    draft.blank();
    const w2 = parts.partTwo.columns.length;
    draft.line(parts.partTwo.heading, 0, w2 - 1, { bold: true, hAlign: "left", wrap: true });
    const place = draft.table(parts.partTwo.columns, parts.partTwo.body, numbers);
    partTwo = {
      headerRows: { top: place.headerTop, bottom: place.headerBottom },
      dataTop: place.dataTop,
    };
  }

  if (spec.signature) {
    draft.blank();
    const signature = fillBlock(spec.signature, options);
    draft.textBlock(signature.left, signature.right, width, false);
  }

  const headerRows = { top: main.headerTop, bottom: main.headerBottom };
  const sheetName = safeSheetName(options.sheetName, spec.sheetName ?? spec.name.mn);
  const sheet = draft.toModel(sheetName, {
    freeze: { rows: main.dataTop, cols: 0 },
    print: {
      paper: spec.print.paper,
      orientation: spec.print.orientation,
      repeatRows: headerRows,
      fitToWidth: spec.print.fitToWidth,
    },
  });
  return { sheet, headerRows, dataTop: main.dataTop, partTwo };
}

/**
 * A new sheet of a document kind: empty (one objective row and one activity row ready to fill)
 * or with example rows taken from the seed documents.
 */
export function scaffold(
  id: TemplateId,
  options: ScaffoldOptions,
  example = false,
): ScaffoldResult {
  const spec = TEMPLATES[id];
  const two = spec.partTwo;
  const twoBody = two
    ? example
      ? examplePartTwo(spec, options.year)
      : emptyPartTwo(spec)
    : undefined;
  return layoutDocument({
    spec,
    options,
    columns: toLayout(spec.columns),
    body: example ? examplePartOne(spec) : emptyPartOne(spec),
    partTwo:
      two && twoBody
        ? { heading: two.heading, columns: toLayout(two.columns), body: twoBody }
        : undefined,
  });
}
