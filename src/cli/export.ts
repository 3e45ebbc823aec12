import type ExcelJS from "exceljs";
import { evaluationAfter } from "../core/compute";
import { documentLang } from "../core/settings";
import type { CellStyle, SheetModel } from "../core/sheet";
import { summarySheets, type SummaryKind } from "../core/summary";
import type { DocumentSheet } from "../workbook/docx/write";
import { wordDocument } from "../workbook/docx/write";
import {
  planDocumentSheet,
  summaryDocumentSheet,
  type SheetLook,
} from "../workbook/docx/write-sheets";
import {
  OUTPUT_OPTION,
  forceOption,
  READ_OPTIONS,
  langOption,
  outputOption,
  parseCommand,
  positionals,
  stringOption,
  templateOption,
  yearOption,
  periodOption,
  type Parsed,
} from "./args";
import { computePlanIn } from "./compute-plan";
import { checkOutput, loadShowingProgress, writeBytes } from "./files";
import { CliError, EXIT_OK, Progress, type CliIO } from "./io";
import { msg } from "./messages";
import { messageLang, resolveSettings, type SettingsFlags } from "./settings";
import { evaluateWorkbook } from "./tables";

type What = "all" | "report" | "summary" | "fulfilment";
const WHATS: readonly What[] = ["all", "report", "summary", "fulfilment"];
/** The summary each --what names. */
const SUMMARY_OF: Partial<Record<What, SummaryKind>> = {
  summary: "evaluation",
  fulfilment: "fulfilment",
};

function whatOption(p: Parsed): What {
  const v = stringOption(p, "what") ?? "all";
  const what = WHATS.find((w) => w === v);
  if (what) return what;
  throw new CliError(msg.badChoice("--what", v, [...WHATS]));
}

const H_ALIGN = new Set(["left", "center", "right"]);
const V_ALIGN: Record<string, CellStyle["vAlign"]> = {
  top: "top",
  middle: "middle",
  bottom: "bottom",
};

/** What the .docx keeps of a sheet's look: bold, italic and alignment, column widths. */
function lookOf(ws: ExcelJS.Worksheet): SheetLook {
  const styles: NonNullable<SheetModel["styles"]> = [];
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const style: CellStyle = {};
      if (cell.font?.bold) style.bold = true;
      if (cell.font?.italic) style.italic = true;
      const h = cell.alignment?.horizontal;
      if (h && H_ALIGN.has(h)) style.hAlign = h as CellStyle["hAlign"];
      const v = cell.alignment?.vertical && V_ALIGN[cell.alignment.vertical];
      if (v) style.vAlign = v;
      if (Object.keys(style).length === 0) return;
      styles.push({ range: { top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 }, style });
    });
  });
  // The page is not taken from the sheet (exceljs reads every sheet without one as portrait):
  // a wide table is printed landscape.
  const widths = (ws.columns ?? []).map((c) => c.width ?? 0);
  // A sheet that sets no width is laid out with its template's widths.
  return { styles, ...(widths.some((w) => w > 0) ? { columnWidths: widths } : {}) };
}

/**
 * `guitsetgel export <report.xlsx> -o <report.docx>`: the report (or plan) as its Word
 * document, followed by the summaries the workbook has computed of it (`--what` picks one part).
 * The summaries are written from the same models as their sheets, so the document says what
 * the sheets say.
 */
export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(argv, {
    ...OUTPUT_OPTION,
    ...READ_OPTIONS,
    what: { type: "string" },
    sheet: { type: "string" },
  });
  const [file] = positionals(p, 1, "<in.xlsx>");
  const what = whatOption(p);
  const flags: SettingsFlags = {
    lang: langOption(p),
    template: templateOption(p),
    year: yearOption(p),
    period: periodOption(p),
  };
  const out = outputOption(p);
  const full = await checkOutput(io, out, { inputs: [file], force: forceOption(p), kind: "docx" });
  const loaded = await loadShowingProgress(io, file, flags.lang ?? "mn");
  const stored = loaded.state?.state ?? null;
  const lang = messageLang(stored, flags);
  if (loaded.state?.message) io.stderr(`guitsetgel: ${loaded.state.message[lang]}\n`);
  const only = stringOption(p, "sheet");
  const { checked } = evaluateWorkbook(loaded, flags, new Progress(io, lang), only);
  if (checked.length > 1) throw new CliError(msg.severalTables(checked.map((s) => s.grid.sheet)));
  const [sheet] = checked;
  const name = sheet.grid.sheet;
  const docLang = documentLang(resolveSettings(stored, {}));

  const parts: DocumentSheet[] = [];
  const names: string[] = [];
  const ws = loaded.workbook.getWorksheet(name) as ExcelJS.Worksheet;
  if (what === "all" || what === "report") {
    parts.push(planDocumentSheet(sheet.grid, sheet.check.evaluation.plan, lookOf(ws)));
    names.push(name);
  }
  if (what !== "report") {
    // Summarised as compute summarises: with the figures it fills in.
    const before = stored?.sheets[name];
    const computing = computePlanIn(ws, sheet.check.evaluation, {
      computed: before?.computed ?? [],
      computedValues: before?.computedValues,
    });
    const made = summarySheets(evaluationAfter(sheet.check.evaluation, computing.writes), docLang);
    const kind = SUMMARY_OF[what];
    const wanted = made.filter((s) => kind === undefined || s.kind === kind);
    const computed = stored?.addinSheets?.some((a) => a.source === name) ?? false;
    if (kind !== undefined && wanted.length === 0) {
      throw new CliError(msg.noSummaryOfKind(name, what));
    }
    if (what === "all" && !computed) {
      if (made.length > 0) io.stderr(`guitsetgel: ${msg.summariesNotComputed(name)[lang]}\n`);
    } else {
      // Compute writes its own cells again each time: only a figure it would change is pending.
      const { origin, cells } = sheet.grid;
      const pending = computing.writes.filter((w) => {
        const now = cells[w.row - origin.row]?.[w.col - origin.col];
        return typeof now !== "number" || Math.abs(now - w.value) > 1e-9;
      }).length;
      if (pending > 0) {
        io.stderr(`guitsetgel: ${msg.figuresNotComputed(name, pending)[lang]}\n`);
      }
      for (const s of wanted) {
        parts.push(summaryDocumentSheet(s.model));
        names.push(s.model.name);
      }
    }
  }
  const bytes = await wordDocument(parts, docLang);
  await writeBytes(full, Buffer.from(bytes), out);
  io.stdout(`${msg.exported(out, names)[lang]}\n`);
  return EXIT_OK;
}
