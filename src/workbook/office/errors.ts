import { bi, type Bilingual } from "../../core/text";
import { WorkbookError, type WorkbookErrorKind, type WriteProgress } from "../port";

/** The code an Office error carries (OfficeExtension.Error has `code` and `debugInfo.code`). */
export function officeErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } };
  const code = typeof e.code === "string" ? e.code : "";
  const inner = typeof e.debugInfo?.code === "string" ? e.debugInfo.code : "";
  return inner && (code === "" || code === "GeneralException") ? inner : code || inner;
}

function kindOf(code: string): WorkbookErrorKind {
  if (code === "InvalidOperationInCellEditMode") return "cell-edit";
  if (code === "AccessDenied") return "protected";
  if (/PayloadSizeLimitExceeded$/.test(code) || code === "RangeExceedsLimit") return "too-large";
  if (code === "ItemNotFound") return "not-found";
  if (code === "ApiNotFound" || code === "ApiNotAvailable" || code === "NotImplemented") {
    return "unsupported";
  }
  return "host";
}

/** A request or response over Excel's size limits, or a range past what it hands over at once. */
export function isTooLarge(error: unknown): boolean {
  return kindOf(officeErrorCode(error)) === "too-large";
}

/**
 * Codes Excel on the web gives a dropped request (*unverified* that every host does): a read is
 * asked once more before the person is told.
 */
const TRANSIENT = new Set(["RequestAborted", "ServiceNotAvailable"]);

export function isTransient(error: unknown): boolean {
  return TRANSIENT.has(officeErrorCode(error));
}

/**
 * A request Excel refused whole, before any of its actions ran: too large, a cell being edited,
 * dropped. Any other failure is one action's, and the actions before it stay done.
 */
export function refusedWhole(error: unknown): boolean {
  const code = officeErrorCode(error);
  return isTooLarge(error) || isTransient(error) || code === "InvalidOperationInCellEditMode";
}

/** Host errors whose advice is not "try again": trying again fails the same way. */
const HOST_REASONS: Readonly<Record<string, Bilingual>> = {
  UndoNotSupported: bi(
    "Excel үүнийг нэг алхмаар буцаах боломжтойгоор хийхээс татгалзлаа (UndoNotSupported). Нэмэлт одооноос алхам алхмаар бичнэ (буцаахад нэг нэгээр нь буцаана): дахин оролдоно уу.",
    "Excel refused to do this as one step it can undo (UndoNotSupported). The add-in now writes in several steps (Undo takes them back one by one): try again.",
  ),
  RequestAborted: bi(
    "Excel-тэй холболт тасарлаа (RequestAborted): сүлжээгээ шалгаад дахин оролдоно уу.",
    "The connection to Excel dropped (RequestAborted): check the network and try again.",
  ),
  ServiceNotAvailable: bi(
    "Excel-ийн үйлчилгээ түр ажиллахгүй байна (ServiceNotAvailable): хэсэг хүлээгээд дахин оролдоно уу.",
    "Excel's service is not available for now (ServiceNotAvailable): wait a little and try again.",
  ),
  ItemAlreadyExists: bi(
    "Ийм нэртэй хуудас эсвэл зүйл ажлын номд аль хэдийн байна. Нэрийг нь өөрчлөөд дахин оролдоно уу.",
    "A sheet or item of that name is already in the workbook. Rename it and try again.",
  ),
};

function reason(kind: WorkbookErrorKind, code: string): Bilingual {
  if (code === "RangeExceedsLimit") {
    return bi(
      "Хуудасны ашиглагдсан муж Excel-ийн нэг удаа өгөх хэмжээнээс (5 сая нүд) их байна: хуудасны доод эсвэл баруун захад төөрсөн утга, хэлбэржүүлэлт байж магадгүй. Ctrl+End дарж олоод устгана уу.",
      "The sheet's used range is larger than Excel hands over at once (5 million cells): a stray value or format far down or to the right may cause it. Press Ctrl+End to find it and delete it.",
    );
  }
  if (kind === "host" && HOST_REASONS[code]) return HOST_REASONS[code];
  switch (kind) {
    case "cell-edit":
      return bi(
        "Excel-д нүд засварлаж байна. Нүднээс гараад (Enter эсвэл Esc дарж) дахин оролдоно уу.",
        "Excel is in cell-edit mode. Leave the cell (press Enter or Esc) and try again.",
      );
    case "protected":
      return bi(
        "Хуудас эсвэл ажлын ном хамгаалалттай байна. Хамгаалалтыг авч (Review → Unprotect) дахин оролдоно уу.",
        "The sheet or workbook is protected. Unprotect it (Review → Unprotect) and try again.",
      );
    case "too-large":
      return bi(
        "Excel рүү илгээх эсвэл Excel-ээс авах өгөгдөл хэмжээний хязгаараас (5 МБ) хэтэрсэн.",
        "The data sent to or received from Excel went over its size limit (5 MB).",
      );
    case "not-found":
      return bi(
        "Заасан хуудас эсвэл нүд ажлын номд алга. Хуудсыг устгасан эсвэл нэрийг нь өөрчилсөн байж магадгүй.",
        "The sheet or cell named is not in the workbook. It may have been deleted or renamed.",
      );
    case "unsupported":
      return bi(
        "Энэ Excel-ийн хувилбар шаардлагатай боломжийг дэмжихгүй байна. Excel-ээ шинэчилнэ үү.",
        "This version of Excel does not offer what is needed. Update Excel.",
      );
    default:
      return bi(
        `Excel алдаа буцаалаа${code ? ` (${code})` : ""}. Дахин оролдоно уу.`,
        `Excel reported an error${code ? ` (${code})` : ""}. Try again.`,
      );
  }
}

/** What a failed write left behind, in words. */
function progressText(p: WriteProgress): Bilingual {
  const sheet = `“${p.sheet}”`;
  const unsure = p.rowsUnsure ?? 0;
  if (unsure > 0) {
    const from = p.unit === "cells" ? "нүднээс" : "мөрөөс";
    const left = p.rowsTotal - p.rowsWritten - unsure;
    return bi(
      `${sheet} хуудасны ${p.rowsTotal} ${from} ${p.rowsWritten} нь бичигдсэн, дараагийн ${unsure} нь бичигдсэн эсэх тодорхойгүй (Excel татгалзахаасаа өмнө хийснээ үлдээдэг), ${left} нь бичигдээгүй. «Буцаах» нь бичигдсэн бүхнийг буцаана.`,
      `${p.rowsWritten} of ${p.rowsTotal} ${p.unit} on ${sheet} were written, and some of the next ${unsure} may have been (Excel keeps what it did before it refused); ${left} were not. Undo takes back whatever was written.`,
    );
  }
  if (p.unit === "cells") {
    return bi(
      `${sheet} хуудасны ${p.rowsTotal} нүднээс ${p.rowsWritten}-д нь бичсэн, ${p.rowsTotal - p.rowsWritten}-д нь бичээгүй.`,
      `${p.rowsWritten} of ${p.rowsTotal} cells on ${sheet} were written; ${p.rowsTotal - p.rowsWritten} were not.`,
    );
  }
  if (p.rowsWritten === 0) {
    return bi(
      `${sheet} хуудсанд юу ч бичээгүй (${p.rowsTotal} мөрийн аль нь ч).`,
      `Nothing was written to ${sheet} (none of its ${p.rowsTotal} rows).`,
    );
  }
  if (p.rowsWritten < p.rowsTotal) {
    const left = p.rowsTotal - p.rowsWritten;
    return bi(
      `${sheet} хуудсанд ${p.rowsTotal} мөрөөс эхний ${p.rowsWritten} мөрийг бичсэн; үлдсэн ${left} мөр болон хэлбэржүүлэлтийг бичээгүй.`,
      `${p.rowsWritten} of ${p.rowsTotal} rows were written to ${sheet}; the other ${left} rows and the formatting were not.`,
    );
  }
  return bi(
    `${sheet} хуудсанд бүх ${p.rowsTotal} мөрийн утгыг бичсэн; хэлбэржүүлэлт (хүрээ, өнгө, нэгтгэсэн нүд, жагсаалт, график) дутуу үлдсэн.`,
    `All ${p.rowsTotal} rows of values were written to ${sheet}; the formatting (borders, colours, merged cells, lists, chart) is incomplete.`,
  );
}

/** An Office failure as a WorkbookError, saying what was and was not written when it was a write. */
export function toWorkbookError(error: unknown, progress?: WriteProgress): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeErrorCode(error);
  const kind = kindOf(code);
  const why = reason(kind, code);
  if (!progress) return new WorkbookError(kind, why, { code });
  const what = progressText(progress);
  return new WorkbookError(kind, bi(`${why.mn} ${what.mn}`, `${why.en} ${what.en}`), {
    code,
    progress,
  });
}
