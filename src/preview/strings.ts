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
    "Сумаар нүд сонгоно; Enter эсвэл F2 дарж засна, Delete дарж арилгана. Shift+Space мөр, Ctrl+Space багана сонгоно; Ctrl++ оруулна, Ctrl+- устгана; Shift+F10 цэс нээнэ; Ctrl+Z буцаана, Ctrl+Y дахин хийнэ.",
    "Arrow keys select a cell; Enter or F2 edits it, Delete clears it. Shift+Space selects the row, Ctrl+Space the column; Ctrl++ inserts, Ctrl+- deletes; Shift+F10 opens the menu; Ctrl+Z undoes, Ctrl+Y redoes.",
  ),
  cellMenu: bi("Нүдний цэс", "Cell menu"),
  insertRowAbove: bi("Дээр мөр оруулах", "Insert row above"),
  deleteRow: bi("Мөр устгах", "Delete row"),
  insertColumnLeft: bi("Зүүн талд багана оруулах", "Insert column to the left"),
  deleteColumn: bi("Багана устгах", "Delete column"),
  insertTitle: bi("Оруулах", "Insert"),
  deleteTitle: bi("Устгах", "Delete"),
  entireRow: bi("Мөрийг бүхэлд нь", "Entire row"),
  entireColumn: bi("Баганыг бүхэлд нь", "Entire column"),
  ok: bi("За", "OK"),
  cancel: bi("Болих", "Cancel"),
  rowsSelected: bi("{from}–{to}-р мөрийг сонголоо.", "Rows {from}–{to} selected."),
  rowSelected: bi("{row}-р мөрийг сонголоо.", "Row {row} selected."),
  columnsSelected: bi("{from}–{to} баганыг сонголоо.", "Columns {from}–{to} selected."),
  columnSelected: bi("{column} баганыг сонголоо.", "Column {column} selected."),
  notChanged: bi("«{what}» амжилтгүй боллоо: {reason}", "«{what}» did not work: {reason}"),
  undone: bi("Буцаалаа.", "Undone."),
  redone: bi("Дахин хийлээ.", "Redone."),
  nothingToUndo: bi("Буцаах өөрчлөлт алга.", "There is nothing to undo."),
  nothingToRedo: bi("Дахин хийх өөрчлөлт алга.", "There is nothing to redo."),
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
