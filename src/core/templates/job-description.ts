import { PRINT } from "./columns";
import type { TemplateSpec } from "./spec";

/** The functions table of an албан тушаалын тодорхойлолт (seed 004). */
export const JOB_DESCRIPTION: TemplateSpec = {
  id: "job-description",
  name: { mn: "Албан тушаалын тодорхойлолт", en: "Job description" },
  title: "АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ",
  infoBlock: {
    left: ["Байгууллагын нэр:", "Нэгжийн нэр:", "Албан тушаалын нэр:"],
    right: ["{org}", "{unit}", "{position}"],
  },
  columns: [
    {
      role: "objective",
      header: "Зорилт",
      aliases: ["Албан тушаалын зорилт"],
      width: 18,
      required: true,
    },
    {
      role: "function",
      header: "Албан тушаалын гүйцэтгэх чиг үүрэг",
      aliases: ["Гүйцэтгэх чиг үүрэг", "Чиг үүрэг"],
      width: 60,
      required: true,
    },
    {
      role: "criterion",
      header: "Гүйцэтгэлийн шалгуур үзүүлэлт",
      aliases: ["Шалгуур үзүүлэлт"],
      width: 40,
      required: true,
    },
    {
      role: "responsibility",
      header: "Хариуцлага, оролцооны хэлбэр",
      // Seed 004 prints the legend inside the header cell.
      aliases: [
        "Хариуцлага, оролцооны хэлбэр Туслах-Т, Гүйцэтгэх-Г Хянах-Х Шийдвэрлэх-Ш",
        "Хариуцлага, оролцооны хэлбэр (Туслах-Т, Гүйцэтгэх-Г, Хянах-Х, Шийдвэрлэх-Ш)",
        "Оролцооны хэлбэр",
      ],
      width: 18,
      required: true,
    },
  ],
  partOneHeading: "II. АЛБАН ТУШААЛЫН ЗОРИЛГО, ЗОРИЛТ, ЧИГ ҮҮРЭГ",
  rowKinds: ["activity", "criterion"],
  numbering: "N.",
  columnNumbers: false,
  print: PRINT,
  sheetName: "Албан тушаалын тодорхойлолт",
};
