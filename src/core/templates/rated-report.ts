import { PRINT, achievedColumn, numberColumn } from "./columns";
import type { TemplateSpec } from "./spec";

/**
 * The older rated plan fulfilment (issue 13): three numbered columns, the target of each measure
 * with its criterion, the performance, and the budget governor's (төсвийн ерөнхийлөн захирагч)
 * rating on a 0–30 scale; rated by the `governor-0-30` scheme. No seed prints it: the headers
 * are the words DOMAIN section 1 gives for these columns (Төлөвлөгөө, Зорилт, Арга хэмжээ,
 * Шалгуур үзүүлэлт; Гүйцэтгэл; Үнэлгээ) as such tables print them, the scale in the rating's.
 */
export const RATED_REPORT: TemplateSpec = {
  id: "rated-report",
  name: {
    mn: "Гүйцэтгэлийн төлөвлөгөөний биелэлт, үнэлгээ (0-30)",
    en: "Rated plan fulfilment report on a thirty-point scale",
  },
  title: "{org}-ийн {year} оны гүйцэтгэлийн төлөвлөгөөний биелэлт, үнэлгээ",
  signature: {
    left: ["Үнэлгээ өгсөн: Төсвийн ерөнхийлөн захирагч", "{approverName}"],
    right: ["Биелэлт гаргасан: {drafterTitle}", "{drafterName}"],
  },
  columns: [
    // The three columns are numbered 1 2 3; an item number column is not always printed.
    { ...numberColumn("№", 5), required: false },
    {
      role: "activity",
      header: "Төлөвлөгөөний зорилт, арга хэмжээ, шалгуур үзүүлэлт",
      aliases: [
        "Зорилт, арга хэмжээ, шалгуур үзүүлэлт",
        "Арга хэмжээ, шалгуур үзүүлэлт",
        "Төлөвлөгөөний зорилт, арга хэмжээ, шалгуур үзүүлэлт, хүрэх түвшин",
      ],
      width: 50,
      required: true,
    },
    achievedColumn("Гүйцэтгэл", 50),
    {
      role: "rating",
      header: "Үнэлгээ (0-30)",
      aliases: ["Үнэлгээ /0-30/", "Үнэлгээ, оноо (0-30)", "Төсвийн ерөнхийлөн захирагчийн үнэлгээ"],
      width: 12,
      required: true,
      // Any figure from 0 to 30; the list only offers the top, the bottom and "not due".
      validation: { list: ["30", "0", "-"], allowOther: true },
    },
  ],
  rowKinds: ["section", "activity", "total"],
  numbering: "N.N.",
  columnNumbers: true,
  totalLabel: "Дундаж үнэлгээ",
  print: PRINT,
  sheetName: "Биелэлт (0-30)",
  sectionLabel: "Зорилт 1.",
};
