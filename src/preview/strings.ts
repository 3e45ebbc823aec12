import { bi, type Bilingual, type Lang } from "../core/text";

/** The preview page's own words, Mongolian first; `{name}` marks a value filled in by `tell`. */
export const PREVIEW_STRINGS = {
  title: bi("Гүйцэтгэл — Excel-гүй туршилт", "Гүйцэтгэл — try it without Excel"),
  hint: bi(
    "Ажлын ном энэ хуудсанд л байна: хадгалахгүй бол хаахад алга болно.",
    "The workbook lives in this page only: it is gone when the page closes unless saved.",
  ),
  workbook: bi("Ажлын ном", "Workbook"),
  pane: bi("Ажлын самбар", "Task pane"),
  open: bi("Файл нээх (.xlsx)", "Open .xlsx"),
  save: bi("Хадгалах (.xlsx)", "Save .xlsx"),
  opening: bi("«{file}» файлыг уншиж байна…", "Reading «{file}»…"),
  opened: bi("«{file}» файлыг нээлээ.", "«{file}» was opened."),
  notOpened: bi(
    "«{file}» файлыг нээж чадсангүй: {reason}",
    "«{file}» could not be opened: {reason}",
  ),
  savedAs: bi("«{file}» файлыг татаж авлаа.", "«{file}» was downloaded."),
  notSaved: bi("Хадгалж чадсангүй: {reason}", "Could not save: {reason}"),
  sheets: bi("Хуудсууд", "Sheets"),
  cellAddress: bi("Нүдний хаяг", "Cell address"),
  cellContent: bi("Нүдний агуулга", "Cell content"),
  editCell: bi("{cell} нүдийг засах", "Edit cell {cell}"),
  gridHelp: bi(
    "Сумаар нүд сонгоно; Enter эсвэл F2 дарж засна, Delete дарж арилгана.",
    "Arrow keys select a cell; Enter or F2 edits it, Delete clears it.",
  ),
  rowsShown: bi(
    "Нийт {total} мөрөөс {from}–{to}-р мөрийг харуулж байна.",
    "Showing rows {from}–{to} of {total}.",
  ),
  columnsShown: bi(
    "Эхний {shown} баганыг харуулж байна (нийт {total}).",
    "Showing the first {shown} of {total} columns.",
  ),
  earlierRows: bi("Өмнөх мөрүүд", "Earlier rows"),
  laterRows: bi("Дараагийн мөрүүд", "Later rows"),
  dismiss: bi("Хаах", "Dismiss"),
} satisfies Record<string, Bilingual>;

export type PreviewStringKey = keyof typeof PREVIEW_STRINGS;

/** A preview string in the chosen language with its `{placeholders}` filled. */
export function tell(
  key: PreviewStringKey,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return PREVIEW_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
