import { PRINT, RATING_LEVELS, achievedColumn, numberColumn } from "./columns";
import type { TemplateSpec } from "./spec";

/** Авлигатай тэмцэх хөтөлбөрийн төлөвлөгөөний биелэлт (seed 002). */
export const ANTICORRUPTION_REPORT: TemplateSpec = {
  id: "anticorruption-report",
  name: {
    mn: "Авлигатай тэмцэх хөтөлбөрийн төлөвлөгөөний биелэлт",
    en: "Anti-corruption programme plan fulfilment report",
  },
  title:
    "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд {org} {year} онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
  signature: {
    left: ["Үнэлгээг баталгаажуулсан: {approverTitle}", "{approverName}"],
    right: ["Биелэлт нэгтгэсэн: {drafterTitle}", "{drafterName}"],
  },
  columns: [
    numberColumn("№", 5),
    {
      role: "programme",
      header: "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      aliases: ["Хөтөлбөрт тусгагдсан үйл ажиллагаа", "Хөтөлбөрийн зорилт", "Зорилт"],
      width: 30,
      required: true,
    },
    {
      role: "activity",
      header: "Хэрэгжүүлэх арга хэмжээ",
      aliases: ["Арга хэмжээ", "Зорилтыг хэрэгжүүлэх арга хэмжээ"],
      width: 40,
      required: true,
    },
    {
      role: "criterion",
      header: "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      aliases: ["Үр дүнгийн үзүүлэлт", "Хүрэх түвшин", "Шалгуур үзүүлэлт"],
      width: 32,
      required: true,
    },
    achievedColumn("Биелэлт", 55),
    {
      role: "rating",
      header: "Үнэлгээ",
      // Offices rate each measure by its percentage implemented, 0–100, as the scheme allows
      // («Хэрэгжилт хувь» heads the same figures in seed 002's товчоо).
      aliases: [
        "Үнэлгээ, хувь",
        "Үнэлгээний оноо",
        "Хэрэгжилтийн хувь",
        "Хэрэгжилт, хувь",
        "Хэрэгжилт хувь",
      ],
      width: 10,
      required: true,
      validation: RATING_LEVELS,
    },
  ],
  rowKinds: ["activity", "criterion", "total"],
  numbering: "N",
  columnNumbers: false,
  totalLabel: "Дундаж үнэлгээ",
  print: PRINT,
  sheetName: "Авлигын эсрэг биелэлт",
};
