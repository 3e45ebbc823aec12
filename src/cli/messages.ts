import type { CellWrite } from "../core/compute";
import type { Severity } from "../core/finding";
import { bi, countEn, type Bilingual } from "../core/text";
import type { NextStep } from "../core/transform/next-document";
import type { ReportPeriod } from "../core/plan/title";

/** «a», «b», «c» */
const quoted = (names: readonly string[]) => names.map((n) => `«${n}»`).join(", ");
const figure = (x: number | null) => (x === null ? "—" : String(x));

const KIND: Record<CellWrite["kind"], Bilingual> = {
  fulfilment: bi("Гүйцэтгэлийн хувь", "Fulfilment"),
  rating: bi("Үнэлгээ", "Rating"),
  average: bi("Дундаж", "Average"),
};

const SEVERITY: Record<Severity, Bilingual> = {
  error: bi("Алдаа", "Errors"),
  warning: bi("Анхааруулга", "Warnings"),
  note: bi("Тэмдэглэл", "Notes"),
};

/** What each step of the cycle makes, for its message. */
const STEP_RESULTS: Record<NextStep, Bilingual> = {
  report: { mn: "биелэлтийн тайлан", en: "the fulfilment report" },
  "year-end": { mn: "жилийн эцсийн биелэлт", en: "the year-end report" },
  "next-plan": { mn: "дараа жилийн төлөвлөгөө", en: "next year's plan" },
};

/** Every message the command line prints, in Mongolian and English. */
export const msg = {
  // Arguments
  unknownCommand: (name: string) =>
    bi(
      `«${name}» гэсэн команд алга байна. Тусламжийг «guitsetgel --help» гэж үзнэ үү.`,
      `Unknown command «${name}». See «guitsetgel --help».`,
    ),
  unknownOption: (option: string) =>
    bi(`Тодорхойгүй сонголт: «${option}».`, `Unknown option: «${option}».`),
  missingValue: (option: string) =>
    bi(`«${option}» сонголтод утга өгөөгүй байна.`, `Option «${option}» needs a value.`),
  badArguments: (detail: string) =>
    bi(`Командын аргумент буруу байна: ${detail}`, `Invalid arguments: ${detail}`),
  badChoice: (option: string, value: string, choices: string[]) =>
    bi(
      `«${option}» сонголтын утга «${value}» буруу байна. Боломжит утга: ${choices.join(", ")}.`,
      `«${option}» cannot be «${value}». Choose one of: ${choices.join(", ")}.`,
    ),
  missingArgument: (what: string) => bi(`${what} өгөөгүй байна.`, `${what} is missing.`),
  extraArguments: (extra: string[]) =>
    bi(`Илүү аргумент: ${quoted(extra)}.`, `Unexpected arguments: ${quoted(extra)}.`),
  outputRequired: bi(
    "Үр дүнг хадгалах файлыг «-o <файл.xlsx>» гэж заана уу.",
    "Name the file to write with «-o <file.xlsx>».",
  ),
  badYear: (text: string) =>
    bi(`Он буруу байна: «${text}» (жишээ нь 2026).`, `Invalid year «${text}» (for example 2026).`),
  unknownTemplate: (id: string) =>
    bi(`«${id}» нэртэй загвар алга байна.`, `There is no template «${id}».`),
  templatesAre: (ids: string[]) =>
    bi(`Загварууд: ${ids.join(", ")}.`, `Templates: ${ids.join(", ")}.`),

  // Files
  notFound: (file: string) => bi(`«${file}» файл олдсонгүй.`, `File «${file}» not found.`),
  isFolder: (file: string) =>
    bi(`«${file}» нь файл биш, хавтас байна.`, `«${file}» is a folder, not a file.`),
  notAFile: (file: string) =>
    bi(`«${file}» нь энгийн файл биш байна.`, `«${file}» is not a regular file.`),
  oldXls: (file: string) =>
    bi(
      `«${file}» нь хуучин Excel 97-2003 (.xls) файл байна. Excel-ээр нээж «Excel Workbook (*.xlsx)» хэлбэрээр хадгалаад дахин оролдоно уу.`,
      `«${file}» is an old Excel 97-2003 (.xls) file. Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.`,
    ),
  notXlsxName: (file: string) =>
    bi(
      `«${file}» нь .xlsx өргөтгөлтэй Excel файл биш байна. Гүйцэтгэл зөвхөн .xlsx файл уншина.`,
      `«${file}» is not an .xlsx Excel file. Гүйцэтгэл reads .xlsx files only.`,
    ),
  cannotRead: (file: string, code: string) =>
    bi(`«${file}» файлыг уншиж чадсангүй (${code}).`, `Cannot read «${file}» (${code}).`),
  inFile: (file: string, message: Bilingual) =>
    bi(`«${file}»: ${message.mn}`, `«${file}»: ${message.en}`),
  outputNotXlsx: (file: string) =>
    bi(
      `Үр дүнгийн файлын нэр .xlsx-ээр төгсөх ёстой: «${file}».`,
      `The output file name must end in .xlsx: «${file}».`,
    ),
  outputFolderMissing: (file: string) =>
    bi(
      `«${file}» файлыг хадгалах хавтас байхгүй байна.`,
      `The folder to write «${file}» in does not exist.`,
    ),
  outputIsInput: (file: string) =>
    bi(
      `«${file}» нь оролтын файл байна: Гүйцэтгэл эх файлыг дарж бичихгүй. Өөр нэр өгнө үү.`,
      `«${file}» is the input file: Гүйцэтгэл never writes over its input. Choose another name.`,
    ),
  outputExists: (file: string) =>
    bi(
      `«${file}» файл аль хэдийн байна. Дарж бичих бол «--force» нэмнэ үү, эсвэл өөр нэр өгнө үү.`,
      `«${file}» already exists. Add «--force» to write over it, or choose another name.`,
    ),
  overwriteQuestion: (file: string) =>
    bi(`«${file}» файл байна. Дарж бичих үү? [y/N]`, `«${file}» exists. Overwrite? [y/N]`),
  notOverwritten: (file: string) =>
    bi(`«${file}» файлыг дарж бичсэнгүй.`, `«${file}» was not written over.`),
  cannotWrite: (file: string, code: string) =>
    bi(`«${file}» файлыг хадгалж чадсангүй (${code}).`, `Cannot write «${file}» (${code}).`),
  reading: (file: string) => bi(`«${file}» файлыг уншиж байна…`, `Reading «${file}»…`),
  unexpected: (detail: string) =>
    bi(
      `Файлыг боловсруулах үед гэнэтийн алдаа гарлаа: ${detail}`,
      `Something unexpected went wrong while processing the file: ${detail}`,
    ),

  // Sheets
  sheetNotFound: (name: string) =>
    bi(`«${name}» нэртэй хуудас алга байна.`, `There is no sheet named «${name}».`),
  sheetsAre: (names: string[]) =>
    names.length === 0
      ? bi("Ажлын хуудас алга.", "No worksheets.")
      : bi(`Хуудсууд: ${quoted(names)}.`, `Sheets: ${quoted(names)}.`),
  sheetReason: (sheet: string, reason: Bilingual) =>
    bi(`«${sheet}»: ${reason.mn}`, `«${sheet}»: ${reason.en}`),
  noTableInSheet: (name: string) =>
    bi(
      `«${name}» хуудсанд танигдах хүснэгт (төлөвлөгөө, биелэлт, албан тушаалын тодорхойлолт) алга байна.`,
      `Sheet «${name}» holds no known table (plan, report, job description).`,
    ),
  noTable: (file: string) =>
    bi(
      `«${file}» файлын аль ч хуудсанд танигдах хүснэгт (төлөвлөгөө, биелэлт, албан тушаалын тодорхойлолт) олдсонгүй.`,
      `No sheet of «${file}» holds a known table (plan, report, job description).`,
    ),
  checkingSheet: (file: string, sheet: string) =>
    bi(`«${file}»: «${sheet}» хуудсыг шалгаж байна…`, `«${file}»: checking sheet «${sheet}»…`),
  readingSheet: (file: string, sheet: string) =>
    bi(`«${file}»: «${sheet}» хуудсыг уншиж байна…`, `«${file}»: reading sheet «${sheet}»…`),

  // check
  fileLine: (file: string) => bi(`Файл: ${file}`, `File: ${file}`),
  sheetLine: (sheet: string, template: Bilingual) =>
    bi(`Хуудас «${sheet}» — ${template.mn}`, `Sheet «${sheet}» — ${template.en}`),
  otherKindsLine: (templates: readonly string[]) => {
    const flags = templates.map((t) => `--template ${t}`).join(", ");
    return bi(`Өөр төрлөөр уншуулах: ${flags}.`, `To read it as another kind: ${flags}.`);
  },
  targetYearLine: (year: number, years: number[]) =>
    bi(
      `Зорилтот түвшинг ${year} оны баганаас уншив (хүснэгтэд ${years.join(", ")} он; өөр оныг --year-ээр сонгоно).`,
      `Targets read from the ${year} column (the table has ${years.join(", ")}; choose another with --year).`,
    ),
  targetPeriodLine: (period: ReportPeriod, header: string) =>
    period === "half"
      ? bi(
          `Зорилтот түвшинг эхний хагас жилийн «${header}» баганаас уншив (жилийнх нь чиглэлийг шалгахад; жилийн эцсийн тайланг --period year-ээр сонгоно).`,
          `Targets read from the first half-year's column «${header}» (the year's is used for the direction; read as year-end with --period year).`,
        )
      : bi(
          `Зорилтот түвшинг жилийн «${header}» баганаас уншив (эхний хагас жилийнхийг --period half-аар сонгоно).`,
          `Targets read from the year's column «${header}» (the first half-year's with --period half).`,
        ),
  achievedPeriodLine: (period: ReportPeriod, header: string) =>
    period === "half"
      ? bi(
          `Хүрсэн түвшинг эхний хагас жилийн «${header}» баганаас уншив (жилийн эцсийнхийг --period year-ээр сонгоно).`,
          `Levels reached read from the first half-year's column «${header}» (the year-end's with --period year).`,
        )
      : bi(
          `Хүрсэн түвшинг жилийн эцсийн «${header}» баганаас уншив (эхний хагас жилийнхийг --period half-аар сонгоно).`,
          `Levels reached read from the year-end's column «${header}» (the first half-year's with --period half).`,
        ),
  achievedYearLine: (year: number, years: number[]) =>
    bi(
      `Хүрсэн түвшинг ${year} оны баганаас уншив (хүснэгтэд ${years.join(", ")} он; өмнөх он нь суурь түвшин; өөр оныг --year-ээр сонгоно).`,
      `Levels reached read from the ${year} column (the table has ${years.join(", ")}; an earlier year is the baseline; choose another with --year).`,
    ),
  nothingFound: bi("Алдаа, анхааруулга олдсонгүй.", "No findings."),
  severityHeading: (severity: Severity, n: number) =>
    bi(`${SEVERITY[severity].mn} (${n}):`, `${SEVERITY[severity].en} (${n}):`),
  fixLine: (cell: string, value: string | number) =>
    bi(`Засвар: ${cell} → «${value}»`, `Fix: ${cell} → «${value}»`),
  figures: (measures: number, rated: number, overall: number | null) =>
    bi(
      `Арга хэмжээний тоо: ${measures}; үнэлгээ, хувьтай: ${rated}; дундаж үнэлгээ: ${figure(overall)}`,
      `Measures: ${measures}; with a figure: ${rated}; overall: ${figure(overall)}`,
    ),
  overallOfScale: (overall: number, scale: number, percent: number) =>
    bi(
      `Дундаж үнэлгээ ${scale} онооноос ${figure(overall)}, хувиар ${figure(percent)}%`,
      `Overall ${figure(overall)} out of ${scale}, as a percentage ${figure(percent)}%`,
    ),
  objectiveFigure: (label: string, measures: number, value: number | null) =>
    bi(
      `${label || "Зорилт"}: ${measures} арга хэмжээ, дундаж ${figure(value)}`,
      `${label || "Objective"}: ${countEn(measures, "measure")}, average ${figure(value)}`,
    ),
  skippedSheets: (names: string[]) =>
    bi(
      `Танигдах хүснэгтгүй тул шалгаагүй хуудас: ${quoted(names)}.`,
      `Sheets without a known table, not checked: ${quoted(names)}.`,
    ),
  totalLine: (errors: number, warnings: number, notes: number) =>
    bi(
      `Нийт: ${errors} алдаа, ${warnings} анхааруулга, ${notes} тэмдэглэл.`,
      `Total: ${countEn(errors, "error")}, ${countEn(warnings, "warning")}, ${countEn(notes, "note")}.`,
    ),

  // scaffold, report-from-plan
  scaffolded: (file: string, sheet: string, template: Bilingual) =>
    bi(
      `«${file}» файлд «${sheet}» хуудас үүсгэв (${template.mn}).`,
      `Wrote «${file}» with the sheet «${sheet}» (${template.en}).`,
    ),
  noSource: (file: string, source: Bilingual) =>
    bi(
      `«${file}» файлд ${source.mn} олдсонгүй.`,
      `«${file}» holds no ${source.en.replace(/^an? /, "")}.`,
    ),
  documentMade: (file: string, sheet: string, from: string, step: NextStep) =>
    bi(
      `«${from}» хуудаснаас «${file}» файлд «${sheet}» хуудас (${STEP_RESULTS[step].mn}) үүсгэв.`,
      `Made the sheet «${sheet}» (${STEP_RESULTS[step].en}) in «${file}» from «${from}».`,
    ),

  // Word documents (check, import)
  wordCell: (table: number, row: number, col: number) =>
    bi(`Хүснэгт ${table}, мөр ${row}, багана ${col}`, `Table ${table}, row ${row}, column ${col}`),
  wordParagraph: (n: number) =>
    bi(`Хүснэгтийн гаднах ${n}-р догол мөр`, `Paragraph ${n} outside the tables`),
  noTableInWord: (file: string) =>
    bi(
      `«${file}» баримтад танигдах хүснэгт (төлөвлөгөө, биелэлт, албан тушаалын тодорхойлолт) олдсонгүй.`,
      `«${file}» holds no known table (plan, report, job description).`,
    ),
  notWordInput: (file: string) =>
    bi(
      `«${file}» нь Word-ийн .docx баримт биш: import зөвхөн .docx баримтаас хуудас үүсгэнэ.`,
      `«${file}» is not a Word .docx document: import makes a sheet from a .docx only.`,
    ),
  imported: (file: string, sheet: string, from: string, template: Bilingual) =>
    bi(
      `«${from}» баримтаас «${file}» файлд «${sheet}» хуудас (${template.mn}) үүсгэв.`,
      `Made the sheet «${sheet}» (${template.en}) in «${file}» from «${from}».`,
    ),

  // compute
  computedSheet: (sheet: string, filled: number, kept: number) =>
    bi(
      `«${sheet}»: ${filled} нүд бөглөв; хүний бичсэн утгатай ${kept} нүдийг хэвээр үлдээв.`,
      `«${sheet}»: filled ${countEn(filled, "cell")}; kept ${countEn(kept, "cell")} a person typed.`,
    ),
  filledCell: (cell: string, kind: CellWrite["kind"], value: string) =>
    bi(
      `${cell.padEnd(6)} ${KIND[kind].mn}: ${value}`,
      `${cell.padEnd(6)} ${KIND[kind].en}: ${value}`,
    ),
  keptCell: (cell: string, kind: CellWrite["kind"], current: string, computed: string) =>
    bi(
      `${cell.padEnd(6)} ${KIND[kind].mn}: «${current}» хэвээр (тооцоолсон ${computed})`,
      `${cell.padEnd(6)} ${KIND[kind].en}: kept «${current}» (computed ${computed})`,
    ),
  summarySheets: (names: string[]) =>
    bi(`Нэгтгэлийн хуудас: ${quoted(names)}.`, `Summary sheets: ${quoted(names)}.`),
  saved: (file: string) => bi(`«${file}» файлд хадгалав.`, `Saved «${file}».`),

  // consolidate
  fileSkipped: (reason: Bilingual) =>
    bi(`Нэгтгэлд ороогүй: ${reason.mn}`, `Left out of the consolidation: ${reason.en}`),
  tooLargeToRead: (file: string, mb: number, seconds: number) =>
    bi(
      `«${file}»: файл хэт том тул ${mb} МБ санах ой, ${seconds} секундэд багтаан уншиж чадсангүй.`,
      `«${file}»: too large to read within ${mb} MB / ${seconds} s.`,
    ),
  nothingToConsolidate: bi(
    "Нэгтгэх файл алга: аль ч файлаас танигдах хүснэгт уншиж чадсангүй.",
    "Nothing to consolidate: no file held a table that could be read.",
  ),
  consolidated: (file: string, sheets: number, failed: number, addin: string[]) =>
    bi(
      `«${file}» файлд ${sheets} нэгжийн хуудас, ${quoted(addin)} хуудсыг хадгалав` +
        (failed > 0 ? `; ${failed} файл уншигдаагүй.` : "."),
      `Saved «${file}» with ${countEn(sheets, "office sheet")} and ${quoted(addin)}` +
        (failed > 0 ? `; ${countEn(failed, "file")} could not be read.` : "."),
    ),
  // export (Word documents)
  outputNotDocx: (file: string) =>
    bi(
      `Word баримтын нэр .docx-ээр төгсөх ёстой: «${file}».`,
      `The Word document's name must end in .docx: «${file}».`,
    ),
  severalTables: (sheets: string[]) =>
    bi(
      `Ажлын номд хэд хэдэн хүснэгт байна (${quoted(sheets)}): аль хуудсыг гаргахыг --sheet-ээр сонгоно уу.`,
      `The workbook holds several tables (${quoted(sheets)}): choose the sheet to export with --sheet.`,
    ),
  noSummaryOfKind: (sheet: string, what: string) =>
    bi(
      `«${sheet}» хуудасны баримтад «${what}» нэгтгэл байдаггүй (төлөвлөгөөнд товчоо, албан тушаалын тодорхойлолтод нэгтгэл гардаггүй).`,
      `The document on «${sheet}» has no «${what}» summary (a plan has no товчоо, a job description no summary).`,
    ),
  summariesNotComputed: (sheet: string) =>
    bi(
      `«${sheet}» хуудасны нэгтгэл ажлын номд алга: Word баримтад зөвхөн биелэлтийг оруулав. Нэгтгэлийг оруулахын тулд эхлээд «guitsetgel compute» ажиллуулна уу.`,
      `The workbook holds no summaries of «${sheet}»: the Word document has the report only. Run «guitsetgel compute» first to include them.`,
    ),
  figuresNotComputed: (sheet: string, cells: number) =>
    bi(
      `«${sheet}» хуудсанд тооцоолоогүй ${cells} нүд байна: Word баримтын нэгтгэл тооцоолсон дүнг харуулна, хүснэгт нь хуудсанд байгаагаар. «guitsetgel compute» ажиллуулбал хоёулаа ижил болно.`,
      `«${sheet}» has ${countEn(cells, "cell")} not computed: the Word document's summaries show the computed figures, its table the sheet as it is. Run «guitsetgel compute» to make them agree.`,
    ),
  exported: (file: string, parts: string[]) =>
    bi(
      `«${file}» Word баримтад хадгалав: ${quoted(parts)}.`,
      `Saved the Word document «${file}»: ${quoted(parts)}.`,
    ),

  otherPeriodUnit: (unit: string, its: Bilingual, usual: Bilingual) =>
    bi(
      `«${unit}» нь ${its.mn} ирүүлсэн, бусад нь ${usual.mn}: нэгтгэлд хамт орсон тул шалгана уу.`,
      `«${unit}» sent ${its.en}, the others ${usual.en}: it is in the consolidation with them; check it.`,
    ),
  incompleteUnits: (units: string[]) =>
    bi(
      `Дутуу тайлантай нэгж (үнэлгээгүй арга хэмжээтэй; эрэмбэд бүрэн нэгжүүдийн дараа орсон): ${quoted(units)}.`,
      `Incomplete reports (measures without a figure; ranked after the complete units): ${quoted(units)}.`,
    ),
};
