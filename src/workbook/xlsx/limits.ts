import { bi, type Bilingual } from "../../core/text";

/**
 * What a file may hold before it is read, far above any real report's: the biggest, 10,000
 * criterion rows, is 16 parts and 3 MB unpacked (its sheet 2.6 MB); one of 100,000 rows, 30 MB.
 */
export const LIMITS = {
  /** Parts of the zip. */
  entries: 1_000,
  /** Unpacked bytes of one part. */
  partBytes: 64 * 2 ** 20,
  /** Unpacked bytes of all parts. */
  totalBytes: 128 * 2 ** 20,
  /**
   * Cells a sheet's merges, or drop-down lists, or a workbook's names may cover (the library
   * makes an object per cell): past it they are cut to the cells the sheet holds.
   */
  coveredCells: 1_000_000,
};

const MB = (bytes: number) => `${bytes / 2 ** 20} MB`;

/** A file read no further, and why. */
export class XlsxRefusal extends Error {
  constructor(
    readonly reason: Bilingual,
    readonly kind: "too-large" | "damaged" = "too-large",
  ) {
    super(reason.en);
  }
}

const tooBig = (mn: string, en: string) =>
  bi(
    `Файл ${mn}: энэ нь тайлангийн файлд байх хэмжээнээс хэт их тул уншсангүй. Excel-ээр нээж шалгаад «Excel Workbook (*.xlsx)» хэлбэрээр дахин хадгална уу.`,
    `The file ${en}: far more than a report holds, so it was not read. Open it in Excel, check it and save it again as “Excel Workbook (*.xlsx)”.`,
  );

export const MSG = {
  entries: () =>
    tooBig(`${LIMITS.entries}-аас олон хэсэгтэй`, `has more than ${LIMITS.entries} parts`),
  part: (name: string) =>
    tooBig(
      `доторх «${name}» задлахад ${MB(LIMITS.partBytes)}-аас их болно`,
      `holds “${name}”, which unpacks to more than ${MB(LIMITS.partBytes)}`,
    ),
  hidden: () =>
    tooBig(
      `доторх нэг хэсэг задлахад файлын жагсаалтад бичсэнээс их, ${MB(LIMITS.partBytes)} хүртэл болно`,
      `holds a part that unpacks to more than the file's directory says, up to ${MB(LIMITS.partBytes)}`,
    ),
  total: () =>
    tooBig(
      `задлахад ${MB(LIMITS.totalBytes)}-аас их болно`,
      `unpacks to more than ${MB(LIMITS.totalBytes)}`,
    ),
  beyondSheet: (address: string) =>
    bi(
      `Файлд Excel-ийн хуудсанд байж болохгүй «${address}» нүд байна (сүүлчийн нүд нь XFD1048576): файл Excel-ээр хадгалагдаагүй эсвэл гэмтсэн байна.`,
      `The file has a cell “${address}”, which no Excel sheet has (the last cell is XFD1048576): it was not saved by Excel, or it is damaged.`,
    ),
  coveredCells: (sheet: string, what: Bilingual) =>
    bi(
      `«${sheet}» хуудасны ${what.mn} ${LIMITS.coveredCells / 1e6} саяас олон нүдийг хамарсан байна. Excel-ээр нээж тэдгээрийг хүснэгтийнхээ хэмжээнд багасгаад дахин хадгална уу.`,
      `The ${what.en} on sheet “${sheet}” cover more than ${LIMITS.coveredCells / 1e6} million cells. Open it in Excel, shrink them to the table and save it again.`,
    ),
  overlap: (sheet: string, a: string, b: string) =>
    bi(
      `«${sheet}» хуудасны нэгтгэсэн нүднүүд ${a} ба ${b} давхцаж байна: Excel ийм файл үүсгэдэггүй тул файл гэмтсэн байна.`,
      `Merged cells ${a} and ${b} on sheet “${sheet}” overlap: Excel never writes that, so the file is damaged.`,
    ),
};
