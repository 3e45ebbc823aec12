import { bi, type Bilingual, type Lang } from "../core/text";

/** The task pane's views, in tab order. The ribbon buttons open them with `?view=<id>`. */
export const VIEW_IDS = ["template", "check", "compute", "summary", "settings"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const VIEW_LABELS: Record<ViewId, Bilingual> = {
  template: bi("Загвар", "Template"),
  check: bi("Шалгах", "Check"),
  compute: bi("Тооцоолох", "Compute"),
  summary: bi("Нэгтгэл", "Summary"),
  settings: bi("Тохиргоо", "Settings"),
};

/** Each language named in itself (shown with its own `lang` attribute). */
export const LANGUAGE_NAMES: Record<Lang, string> = { mn: "Монгол", en: "English" };

/**
 * Every string the pane shows, Mongolian first. `{name}` marks a value filled in by `say`;
 * both languages name the same placeholders.
 */
export const STRINGS = {
  title: bi("Гүйцэтгэл", "Гүйцэтгэл"),
  subtitle: bi(
    "Гүйцэтгэлийн төлөвлөгөө, биелэлт, үнэлгээ",
    "Performance plans, fulfilment reports and ratings",
  ),
  views: bi("Хэсгүүд", "Views"),
  switchLanguage: bi("Хэлийг англи болгох", "Switch the language to Mongolian"),
  loading: bi("Ажлын номыг уншиж байна…", "Reading the workbook…"),
  loadingView: bi("Хэсгийг ачаалж байна…", "Loading the view…"),
  stateUnread: bi(
    "Ажлын номд хадгалсан тохиргоог уншиж чадсангүй: анхдагч тохиргоог ашиглана.",
    "The settings saved in the workbook could not be read: the defaults are used.",
  ),
  dismiss: bi("Хаах", "Dismiss"),
  cancel: bi("Болих", "Cancel"),
  working: bi("Ажиллаж байна…", "Working…"),

  failed: bi("Гүйцэтгэж чадсангүй", "Could not finish"),
  hostError: bi(
    "Excel үйлдлийг гүйцэтгэж чадсангүй ({detail}).",
    "Excel could not carry out the operation ({detail}).",
  ),
  nothingWritten: bi("Ажлын номд юу ч бичээгүй.", "Nothing was written to the workbook."),
  alreadyWritten: bi("Бичигдсэн нь: {items}.", "Already written: {items}."),
  notWritten: bi("Бусад зүйл бичигдээгүй.", "Nothing else was written."),
  doneSheet: bi("«{sheet}» хуудас", "sheet «{sheet}»"),
  doneCells: bi("«{sheet}» хуудасны {count} нүд", "{count} cells of sheet «{sheet}»"),
  doneRow: bi("«{sheet}» хуудасны {row}-р мөр", "row {row} of sheet «{sheet}»"),

  lastAction: bi("Сүүлийн үйлдэл: {what}", "Last action: {what}"),
  undo: bi("Буцаах", "Undo"),
  undoHint: bi(
    "Нэмэлтийн сүүлийн үйлдлийн өөрчилсөн нүд, хуудсыг өмнөх байдалд нь оруулна.",
    "Puts back the cells and sheets the add-in's last action changed.",
  ),
  undone: bi("«{what}» буцаагдлаа.", "«{what}» was undone."),
  undoKept: bi(
    "Үүнээс хойш хүн өөрчилсөн {count} нүдийг хэвээр үлдээв.",
    "{count} cells a person has changed since were left as they are.",
  ),
  actionFix: bi("Засвар", "Fix"),
  actionCompute: bi("Тооцоолол", "Compute"),
  actionSummary: bi("Нэгтгэл үүсгэх", "Create summary"),
  actionSheet: bi("Шинэ хуудас", "New sheet"),
  actionFindings: bi("Шалгалтын дүнгийн хуудас", "Findings sheet"),
  actionRow: bi("Мөр нэмэх", "Add a row"),
  actionConsolidate: bi("Файлуудыг нэгтгэх", "Consolidate files"),
  writingRows: bi(
    "«{sheet}» хуудсыг бичиж байна: {total} мөрөөс {done}",
    "Writing sheet «{sheet}»: {done} of {total} rows",
  ),
  unreadableSheet: bi(
    "«{sheet}» хуудсыг уншиж чадсангүй: {reason}",
    "Sheet «{sheet}» could not be read: {reason}",
  ),
  warningsTitle: bi("Анхаарах зүйл", "Please note"),

  templateKind: bi("Баримт бичгийн төрөл", "Document kind"),
  org: bi("Байгууллагын нэр", "Organisation"),
  unit: bi("Нэгжийн нэр", "Unit"),
  year: bi("Он", "Year"),
  period: bi("Тайлант хугацаа", "Report period"),
  periodHalf: bi("Эхний хагас жил", "First half-year"),
  periodYear: bi("Жилийн эцэс", "Year end"),
  approver: bi("Баталсан албан тушаалтны нэр", "Approver's name"),
  drafter: bi("Боловсруулсан албан тушаалтны нэр", "Drafter's name"),
  createTable: bi("Хүснэгт үүсгэх", "Create table"),
  exampleTable: bi("Жишээ хүснэгт", "Example table"),
  fromActiveSheet: bi("Идэвхтэй хуудаснаас", "From the active sheet"),
  fromActiveSheetHint: bi(
    "Идэвхтэй хуудсыг хуулж дараагийн баримтыг шинэ хуудсанд үүсгэнэ: төлөвлөгөөнөөс биелэлт, хагас жилийн биелэлтээс жилийн эцсийнх, жилийн эцсийн биелэлтээс дараа жилийн төлөвлөгөө, албан тушаалын тодорхойлолтоос төлөвлөгөө. Эх хуудас өөрчлөгдөхгүй.",
    "Copies the active sheet into the next document, on a new sheet: a plan's report, a half-year report's year-end report, next year's plan from a year-end report, a plan from a job description. The active sheet is not changed.",
  ),
  createReport: bi("Биелэлт үүсгэх", "Create report"),
  createYearEnd: bi("Жилийн эцсийн биелэлт", "Year-end report"),
  createNextPlan: bi("Дараа жилийн төлөвлөгөө", "Next year's plan"),
  planFromJob: bi("Тодорхойлолтоос төлөвлөгөө", "Plan from job description"),
  fromWord: bi("Word файлаас", "From a Word file"),
  fromWordHint: bi(
    "Word (.docx) төлөвлөгөө, тайлангийн хүснэгт, гарчиг, батлах, гарын үсгийн хэсгийг албан ёсны загвараар шинэ хуудсанд бичнэ.",
    "Writes a Word (.docx) plan's or report's table, title, approval and sign-off into a new sheet in the official layout.",
  ),
  openWord: bi("Word файл нээх", "Open a Word file"),
  noTableInWord: bi(
    "«{file}» баримтад танигдах хүснэгт (төлөвлөгөө, биелэлт, албан тушаалын тодорхойлолт) олдсонгүй: „Д/д“, „Шалгуур үзүүлэлт“ зэрэг баганын нэрийг шалгана уу.",
    "«{file}» holds no known table (plan, report, job description): check the column headings such as “Д/д” and “Шалгуур үзүүлэлт”.",
  ),
  rowsHeading: bi("Сонгосон арга хэмжээнд мөр нэмэх", "Add a row to the selected activity"),
  rowsHint: bi(
    "Төлөвлөгөө, биелэлтийн арга хэмжээний нэг нүдийг сонгоод: дараагийн дугаартай шинэ арга хэмжээ, эсвэл тухайн арга хэмжээний дахин нэг шалгуур үзүүлэлтийн мөр нэмнэ. Мөр дээрх мөрийнхөө хэлбэрийг авна.",
    "Select a cell of an activity in a plan or report, then add a new activity numbered next, or another criterion row of that activity. The row takes the look of the row above.",
  ),
  addActivity: bi("Арга хэмжээ нэмэх", "Add an activity"),
  addCriterion: bi("Шалгуур нэмэх", "Add a criterion"),
  rowAdded: bi(
    "«{sheet}» хуудсанд шинэ мөр нэмж, {cell} нүдийг сонголоо.",
    "A row was added to sheet «{sheet}»; cell {cell} is selected.",
  ),
  sheetCreated: bi("«{sheet}» хуудас үүслээ.", "Sheet «{sheet}» was created."),
  notTheSource: bi(
    "«{sheet}» хуудас {source} биш ({kind}). Тэр хуудсаа идэвхжүүлээд дахин оролдоно уу.",
    "Sheet «{sheet}» is not {source} ({kind}). Activate that sheet and try again.",
  ),
  notAJobDescription: bi(
    "«{sheet}» хуудсанд албан тушаалын тодорхойлолтын чиг үүргийн хүснэгт (Зорилт, Албан тушаалын гүйцэтгэх чиг үүрэг, Гүйцэтгэлийн шалгуур үзүүлэлт) олдсонгүй.",
    "Sheet «{sheet}» has no job-description functions table (Зорилт, Албан тушаалын гүйцэтгэх чиг үүрэг, Гүйцэтгэлийн шалгуур үзүүлэлт).",
  ),

  runCheck: bi("Шалгах", "Check"),
  kindChoice: bi("Баримтын төрөл", "Document kind"),
  yearChoice: bi("Тайлагнах он", "Year reported"),
  yearChoiceHint: bi(
    "Зорилтот эсвэл хүрсэн түвшин оноор хэд хэдэн баганад байна: энэ оных шалгагдана, бусад нь хэвээр (өмнөх оных нь суурь түвшин болно).",
    "Targets or levels reached are given per year in several columns: this year's is checked, the others are kept as they are (an earlier year's level is the baseline).",
  ),
  periodChoiceHint: bi(
    "Зорилтот түвшин хагас жил, жилээр өгөгдсөн: хагас жилийн тайланг эхний хагас жилийн зорилтоор, жилийн эцсийнхийг жилийнхээр тооцно.",
    "Targets are given for the half-year and the year: a half-year report is measured against the first half-year's target, a year-end report against the year's.",
  ),
  readingRecorded: bi(
    "«{sheet}» хуудсыг цаашид ингэж уншина: Тооцоолох, товчоо, Word руу гаргах ч мөн.",
    "Sheet «{sheet}» is read so from now on: by Compute, the summaries and the Word export too.",
  ),
  achievedPeriodChoiceHint: bi(
    "Хүрсэн түвшин хагас жил, жилээр өгөгдсөн: хагас жилийн тайланг эхний хагас жилд хүрсэн түвшнээр, жилийн эцсийнхийг жилийн эцэст хүрснээр тооцно.",
    "Levels reached are given for the half-year and the year: a half-year report is measured by the first half-year's level, a year-end report by the year's.",
  ),
  checkIntro: bi(
    "Идэвхтэй хуудасны бүтэц, түвшин, хувь, үнэлгээ, бичвэрийг шалгана.",
    "Checks the structure, levels, percentages, ratings and text of the active sheet.",
  ),
  checked: bi(
    "«{sheet}» хуудас ({kind}): {count} зөрчил олдлоо.",
    "Sheet «{sheet}» ({kind}): {count} findings.",
  ),
  checkedUnknown: bi(
    "«{sheet}» хуудас: {count} зөрчил олдлоо.",
    "Sheet «{sheet}»: {count} findings.",
  ),
  severityError: bi("Алдаа", "Errors"),
  severityWarning: bi("Анхааруулга", "Warnings"),
  severityNote: bi("Тэмдэглэл", "Notes"),
  severityCount: bi("{label}: {count}", "{label}: {count}"),
  showCell: bi("{cell} нүдийг харуулах", "Show cell {cell}"),
  fixPreview: bi("Засвар: «{value}»", "Fix: «{value}»"),
  fix: bi("Засах", "Fix"),
  fixAll: bi("Бүгдийг засах", "Fix all"),
  fixAllGroups: bi("Бүгдийг нэг дор засах", "Fix all at once"),
  fixAllGroup: bi("{title}: {count} нүд", "{title}: {count} cells"),
  confirmTitle: bi("Бүгдийг засах уу?", "Fix all?"),
  confirmText: bi(
    "«{title}» засварыг хийвэл «{sheet}» хуудасны {count} нүд өөрчлөгдөнө.",
    "Applying «{title}» changes {count} cells of sheet «{sheet}».",
  ),
  confirm: bi("Өөрчлөх", "Change"),
  confirmFormulaTitle: bi("Томъёоны оронд утга бичих үү?", "Write a value over a formula?"),
  confirmFormulas: bi(
    "Томъёотой нүд: {cells}. Засвар томъёоны оронд утга бичих тул томъёо арилна; «Буцаах» товч түүнийг сэргээнэ.",
    "Cells holding a formula: {cells}. The fix writes a value in its place, so the formula goes; «Undo» brings it back.",
  ),
  fixed: bi(
    "«{sheet}» хуудасны {count} нүдийг заслаа; дахин шалгалаа.",
    "{count} cells of sheet «{sheet}» were fixed; checked again.",
  ),
  findingsToSheet: bi("Үр дүнг хуудсанд гаргах", "Write findings to a sheet"),
  findingsWritten: bi(
    "Шалгалтын үр дүнг «{sheet}» хуудсанд гаргалаа.",
    "The findings were written to sheet «{sheet}».",
  ),
  noFindings: bi("Зөрчил олдсонгүй.", "No findings."),

  compute: bi("Тооцоолох", "Compute"),
  computeIntro: bi(
    "Идэвхтэй хуудасны гүйцэтгэлийн хувь, үнэлгээг хүрсэн түвшнээс тооцож хоосон нүдэнд бичнэ. Хүний бичсэн утгыг өөрчлөхгүй.",
    "Computes fulfilment % and ratings of the active sheet from the achieved levels and writes them into empty cells. A value a person typed is never changed.",
  ),
  filled: bi(
    "«{sheet}» хуудасны {count} нүдийг бөглөлөө.",
    "{count} cells of sheet «{sheet}» were filled.",
  ),
  noComputeColumns: bi(
    "Энэ хуудсанд гүйцэтгэлийн хувь, үнэлгээний багана алга: тооцоолох зүйлгүй.",
    "This sheet has no fulfilment or rating column: there is nothing to compute.",
  ),
  keptTitle: bi(
    "Хүн бичсэн тул өөрчлөөгүй нүд: {count}",
    "Cells left alone because a person typed there: {count}",
  ),
  figuresTitle: bi("Тооцоолсон дүн", "The figures"),
  figureCells: bi("{cells} нүдний дундаж", "mean of {cells}"),
  figureNone: bi("тооцох утга алга", "no figure yet"),
  keptItem: bi(
    "{cell}: «{current}» (тооцоолсон нь {computed})",
    "{cell}: «{current}» (computed {computed})",
  ),

  makeSummary: bi("Нэгтгэл үүсгэх", "Create summary"),
  summaryIntro: bi(
    "Идэвхтэй хуудасны зорилт, арга хэмжээний явцын товчоо, биелэлтийн нэгтгэлийг тусдаа хуудсанд бичнэ.",
    "Writes the progress summary and the fulfilment summary of the active sheet on sheets of their own.",
  ),
  summaryWritten: bi(
    "Нэгтгэлийг {sheets} хуудсанд бичлээ.",
    "The summary was written to {sheets}.",
  ),
  conclusion: bi("Дүгнэлт", "Conclusion"),
  saveWord: bi("Word болгон хадгалах", "Save as Word"),
  actionSaveWord: bi("Word болгон хадгалах", "Save as Word"),
  wordSaved: bi(
    "{sheets} хуудсыг «{file}» Word баримт болгон татаж авлаа.",
    "{sheets} downloaded as the Word document «{file}».",
  ),
  consolidate: bi("Файлуудыг нэгтгэх", "Consolidate files"),
  consolidateIntro: bi(
    "Нэгжүүдийн биелэлтийн .xlsx файлуудыг сонгоход тус бүрийг үнэлж, нэгтгэсэн хүснэгтийг энэ ажлын номд бичнэ.",
    "Choose the units' .xlsx reports: each is evaluated and the consolidated table is written into this workbook.",
  ),
  consolidateFiles: bi("Нэгтгэх файлууд (.xlsx)", "Files to consolidate (.xlsx)"),
  readingFiles: bi("{total} файлаас {done}-г уншлаа", "{done} of {total} files read"),
  consolidationCancelled: bi(
    "Нэгтгэлийг цуцаллаа: ажлын номд юу ч бичээгүй.",
    "The consolidation was cancelled: nothing was written to the workbook.",
  ),
  consolidated: bi(
    "{count} нэгжийн тайланг нэгтгэж {sheets} хуудсанд бичлээ.",
    "{count} units' reports were consolidated into {sheets}.",
  ),
  unitsLeftOut: bi("Нэгтгэлд ороогүй: {count}", "Left out: {count}"),
  unitsIncomplete: bi(
    "Дутуу тайлантай нэгж: {count} (бүрэн тайлантай нэгжүүдийн дараа эрэмбэлэв)",
    "Units with incomplete reports: {count} (ranked after every complete one)",
  ),
  unitIncomplete: bi("«{unit}»: {note}", "«{unit}»: {note}"),
  unitsOtherPeriod: bi(
    "Өөр он, үеийн тайлан ирүүлсэн нэгж: {count} (бусад нь {usual}); нэгтгэлд хамт орсон тул шалгана уу",
    "Units whose report is for another year or period: {count} (the others sent {usual}); they are in the consolidation with them, check them",
  ),
  fileLeftOut: bi("«{unit}»: {reason}", "«{unit}»: {reason}"),
  fileUnreadable: bi("файлыг уншиж чадсангүй ({detail})", "the file could not be read ({detail})"),
  noFilesRead: bi(
    "Нэгтгэх боломжтой тайлан олдсонгүй: ажлын номд юу ч бичээгүй.",
    "No report could be read: nothing was written to the workbook.",
  ),

  scheme: bi("Үнэлгээний аргачлал", "Rating scheme"),
  schemeCustom: bi("Тусгай аргачлал", "Custom scheme"),
  bands: bi("Үнэлгээний бүлгүүд", "Rating bands"),
  bandNumber: bi("{n}-р бүлэг", "Band {n}"),
  bandLabel: bi("Нэр", "Label"),
  bandMin: bi("Доод", "From"),
  bandMax: bi("Дээд", "To"),
  addBand: bi("Бүлэг нэмэх", "Add band"),
  removeBand: bi("{n}-р бүлгийг хасах", "Remove band {n}"),
  schemeProblems: bi("Бүлгүүдэд асуудал байна", "The bands have problems"),
  schemeSound: bi(
    "Бүлгүүд 0-100-г завсар, давхцалгүй хамарч байна.",
    "The bands cover 0–100 with no gap or overlap.",
  ),
  rounding: bi("Нэг оронтой бутархайд", "To one decimal"),
  roundHalfUp: bi("Тоймлох (97,95 → 98,0)", "Round half up (97.95 → 98.0)"),
  truncate: bi("Таслах (97,95 → 97,9)", "Truncate (97.95 → 97.9)"),
  cap: bi("Гүйцэтгэлийн хувийг 100-аар хязгаарлах", "Cap fulfilment at 100 %"),
  method: bi("Гүйцэтгэлийн хувь тооцох арга", "Fulfilment method"),
  methodRatio: bi("Хүрсэн түвшин ÷ зорилтот түвшин", "Achieved ÷ target"),
  methodProgress: bi("Суурь түвшнээс ахисан хэмжээ", "Progress from baseline"),
  weights: bi("Албан хаагчийн үнэлгээний жин", "Individual score weights"),
  weightOne: bi("Нэгдүгээр хэсэг, хувь", "Part one, %"),
  weightTwo: bi("Хоёрдугаар хэсэг, хувь", "Part two, %"),
  maxPoints: bi(
    "Хандлага, ёс зүй, ур чадварын дээд оноо",
    "Attitude, ethics and competency points (maximum)",
  ),
  weightsSum: bi(
    "Жингийн нийлбэр {sum} байна: 100 байх ёстой.",
    "The weights add up to {sum}; they should add up to 100.",
  ),
  weightRange: bi(
    "«{field}» 0-100 хооронд тоо байх ёстой.",
    "«{field}» must be a number from 0 to 100.",
  ),
  bandNumberMissing: bi(
    "{n}-р бүлгийн доод, дээд хязгаарт тоо оруулна уу.",
    "Enter numbers for both bounds of band {n}.",
  ),
  language: bi("Хэл", "Language"),
  documentLanguage: bi("Баримт бичгийн хэл", "Document language"),
  documentLanguageHint: bi(
    "Нэгтгэл, шалгалтын дүнгийн хуудсыг бичих хэл: албан бичиг учраас анхдагч нь монгол.",
    "The language of the summary and findings sheets: they are official documents, Mongolian by default.",
  ),
  schemeDefault: bi(
    "Загвар бүрийн анхдагч (авлигын эсрэг хөтөлбөр: НДЕГ 2019, бусад: 206-р тогтоол)",
    "Each template's default (anti-corruption programme: НДЕГ 2019; others: Resolution 206)",
  ),
  save: bi("Хадгалах", "Save"),
  saved: bi("Тохиргоог ажлын номд хадгаллаа.", "The settings were saved in the workbook."),
  notSaved: bi("Хадгалахын өмнө засна уу", "Correct before saving"),
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

/** A value put into a placeholder: the same in both languages, or its own in each. */
export type Value = string | number | Bilingual;

/** A string in the chosen language with its `{placeholders}` filled. */
export function say(key: StringKey, lang: Lang, values: Record<string, Value> = {}): string {
  return fill(STRINGS[key][lang], lang, values);
}

/** Both languages of a string with its placeholders filled (a message kept across a switch). */
export function sayBoth(key: StringKey, values: Record<string, Value> = {}): Bilingual {
  return bi(fill(STRINGS[key].mn, "mn", values), fill(STRINGS[key].en, "en", values));
}

function fill(text: string, lang: Lang, values: Record<string, Value>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === "object" ? v[lang] : String(v);
  });
}

export function otherLang(lang: Lang): Lang {
  return lang === "mn" ? "en" : "mn";
}
