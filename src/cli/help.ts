import { BUILT_IN_SCHEMES } from "../core/ratings/scheme";
import { TEMPLATE_IDS } from "../core/templates/spec";
import type { Bilingual, Lang } from "../core/text";

export const COMMANDS = [
  "scaffold",
  "check",
  "compute",
  "report-from-plan",
  "year-end",
  "next-plan",
  "consolidate",
  "import",
  "export",
] as const;
export type CommandName = (typeof COMMANDS)[number];

interface CommandDoc {
  usage: Bilingual;
  summary: Bilingual;
  options: { flag: string; text: Bilingual }[];
}

const LANG_OPTION = {
  flag: "--lang mn|en",
  text: { mn: "Мэдээллийн хэл (анхдагч mn)", en: "Language of the messages (default mn)" },
};
const TEMPLATE_OPTION = {
  flag: `--template ${TEMPLATE_IDS.join("|")}`,
  text: {
    mn: "Хуудсыг энэ төрлийн баримт гэж уншина (анхдагч: хүснэгтийн гарчиг, баганаас таньсан төрөл)",
    en: "Read the sheets as this kind of document (default: the kind told by the table's title and columns)",
  },
};
const YEAR_OPTION = {
  flag: "--year <yyyy>",
  text: {
    mn: "Зорилтот түвшин оноор хэд хэдэн баганад байвал тайлагнах он (анхдагч: гарчгийн он, эсвэл сүүлийн он)",
    en: "Where targets are given per year in several columns, the year reported (default: the title's year, else the last)",
  },
};
const PERIOD_OPTION = {
  flag: "--period half|year",
  text: {
    mn: "Зорилтот түвшин хагас жил, жилээр өгөгдсөн бол тайлагнах үе (анхдагч: гарчгийн үе, эсвэл жил)",
    en: "Where targets are given per half-year and for the year, the period reported (default: the title's, else the year)",
  },
};
const SCHEME_OPTIONS = [
  {
    flag: `--scheme ${BUILT_IN_SCHEMES.map((s) => s.id).join("|")}`,
    text: {
      mn: "Үнэлгээний аргачлал (анхдагч: ажлын номд хадгалсан, эсвэл загварынх)",
      en: "Rating scheme (default: the one stored in the workbook, or the template's)",
    },
  },
  {
    flag: "--rounding round|truncate",
    text: {
      mn: "Нэг оронгийн нарийвчлалд тоймлох эсвэл таслах",
      en: "Round half up or truncate to one decimal",
    },
  },
];

const OUTPUT_OPTIONS = [
  { flag: "-o, --output <файл/file>", text: { mn: "Үүсгэх файл", en: "File to write" } },
  {
    flag: "--force",
    text: {
      mn: "Байгаа файлыг асуулгүй дарж бичнэ (терминалаас бусад үед шаардлагатай)",
      en: "Write over an existing file without asking (needed when not on a terminal)",
    },
  },
];

const DOCS: Record<CommandName, CommandDoc> = {
  scaffold: {
    usage: {
      mn: 'guitsetgel scaffold <загвар> -o <гарах.xlsx> [--org "…"] [--year 2026] [--period half|year] [--example]',
      en: 'guitsetgel scaffold <template> -o <out.xlsx> [--org "…"] [--year 2026] [--period half|year] [--example]',
    },
    summary: {
      mn: `Сонгосон загвартай шинэ ажлын ном үүсгэнэ. Загвар: ${TEMPLATE_IDS.join(", ")}.`,
      en: `Makes a new workbook holding the template. Templates: ${TEMPLATE_IDS.join(", ")}.`,
    },
    options: [
      ...OUTPUT_OPTIONS,
      { flag: '--org "…"', text: { mn: "Байгууллагын нэр", en: "Organisation name" } },
      { flag: "--year 2026", text: { mn: "Он", en: "Year" } },
      {
        flag: "--period half|year",
        text: { mn: "Хагас жил эсвэл жилийн эцэс", en: "Half-year or year-end" },
      },
      {
        flag: "--example",
        text: { mn: "Жишээ мөрүүдтэй", en: "With example rows from real documents" },
      },
      LANG_OPTION,
    ],
  },
  check: {
    usage: {
      mn: "guitsetgel check <файл.xlsx|файл.docx> [--sheet <нэр>] [--template …] [--year …] [--period …] [--scheme …] [--rounding …] [--lang mn|en] [--json]",
      en: "guitsetgel check <file.xlsx|file.docx> [--sheet <name>] [--template …] [--year …] [--period …] [--scheme …] [--rounding …] [--lang mn|en] [--json]",
    },
    summary: {
      mn: "Танигдах хүснэгттэй хуудас бүрийг шалгаж, алдаа, анхааруулга, тэмдэглэлийг нүдээр нь гаргана. Word (.docx) баримтын олдворыг хүснэгт, мөр, багана, бичвэрээр нь заана.",
      en: "Checks every sheet holding a known table and lists errors, warnings and notes with their cells. A Word (.docx) document's findings name the table, row, column and text.",
    },
    options: [
      { flag: "--sheet <нэр/name>", text: { mn: "Зөвхөн энэ хуудсыг", en: "Only this sheet" } },
      TEMPLATE_OPTION,
      YEAR_OPTION,
      PERIOD_OPTION,
      ...SCHEME_OPTIONS,
      LANG_OPTION,
      {
        flag: "--json",
        text: { mn: "Үр дүнг JSON хэлбэрээр гаргана", en: "Print the result as JSON" },
      },
    ],
  },
  compute: {
    usage: {
      mn: "guitsetgel compute <оролт.xlsx> -o <гарах.xlsx> [--template …] [--year …] [--period …] [--scheme …] [--rounding …]",
      en: "guitsetgel compute <in.xlsx> -o <out.xlsx> [--template …] [--year …] [--period …] [--scheme …] [--rounding …]",
    },
    summary: {
      mn: "Гүйцэтгэлийн хувь, үнэлгээг хоосон болон өмнө нь өөрөө бөглөсөн нүдэнд бичиж, хүний бичсэн утгыг хэвээр үлдээнэ; товчоо, биелэлтийн нэгтгэлийн хуудас нэмнэ. Оролтын файлыг өөрчлөхгүй.",
      en: "Fills fulfilment % and ratings into empty cells and cells it filled before, keeps what a person typed, adds the summary sheets. The input file is never changed.",
    },
    options: [
      ...OUTPUT_OPTIONS,
      TEMPLATE_OPTION,
      YEAR_OPTION,
      PERIOD_OPTION,
      ...SCHEME_OPTIONS,
      LANG_OPTION,
    ],
  },
  "report-from-plan": {
    usage: {
      mn: "guitsetgel report-from-plan <төлөвлөгөө.xlsx> -o <тайлан.xlsx> [--period half|year]",
      en: "guitsetgel report-from-plan <plan.xlsx> -o <report.xlsx> [--period half|year]",
    },
    summary: {
      mn: "Батлагдсан төлөвлөгөөнөөс биелэлтийн тайлан үүсгэнэ: төлөвлөгөөний нүд бүр хэвээр, Хүрсэн түвшин, Гүйцэтгэлийн хувь багана нэмэгдэнэ.",
      en: "Makes the fulfilment report of an approved plan: every cell of the plan as it is, the achieved level and fulfilment % columns added.",
    },
    options: [
      ...OUTPUT_OPTIONS,
      {
        flag: "--period half|year",
        text: {
          mn: "Эхний хагас жил (анхдагч) эсвэл жилийн эцэс",
          en: "First half-year (default) or year-end",
        },
      },
      LANG_OPTION,
    ],
  },
  "year-end": {
    usage: {
      mn: "guitsetgel year-end <хагас-жил.xlsx> -o <жилийн-эцэс.xlsx>",
      en: "guitsetgel year-end <half-year.xlsx> -o <year-end.xlsx>",
    },
    summary: {
      mn: "Хагас жилийн биелэлтээс жилийн эцсийн биелэлт үүсгэнэ: хагас жилд хүрсэн түвшин тусдаа баганад харагдана, хүрсэн түвшин, хувь хоосон.",
      en: "Makes the year-end report from the half-year report: the half-year levels kept in view in a column of their own, the achieved level and % left empty.",
    },
    options: [...OUTPUT_OPTIONS, LANG_OPTION],
  },
  "next-plan": {
    usage: {
      mn: "guitsetgel next-plan <жилийн-эцэс.xlsx> -o <дараа-жилийн-төлөвлөгөө.xlsx>",
      en: "guitsetgel next-plan <year-end.xlsx> -o <next-year-plan.xlsx>",
    },
    summary: {
      mn: "Жилийн эцсийн биелэлтээс дараа жилийн төлөвлөгөө үүсгэнэ: хүрсэн түвшин суурь түвшин болж, зорилтот түвшин хоосон үлдэнэ.",
      en: "Makes next year's plan from the year-end report: the level reached becomes the baseline, the targets are left for the planner.",
    },
    options: [...OUTPUT_OPTIONS, LANG_OPTION],
  },
  consolidate: {
    usage: {
      mn: "guitsetgel consolidate <файл.xlsx>… -o <гарах.xlsx>",
      en: "guitsetgel consolidate <file.xlsx>… -o <out.xlsx>",
    },
    summary: {
      mn: "Олон нэгжийн тайланг нэг ажлын номд нэгтгэнэ: нэгж бүрийн хуудас, нэгтгэл хүснэгт, бүх файлын шалгалтын дүн. Уншигдаагүй файлыг шалтгаантай нь жагсаана.",
      en: "Consolidates many offices' reports into one workbook: a sheet per office, the consolidated table, the findings of every file. Files that cannot be read are listed with the reason.",
    },
    options: [...OUTPUT_OPTIONS, ...SCHEME_OPTIONS, LANG_OPTION],
  },
  import: {
    usage: {
      mn: "guitsetgel import <оролт.docx> -o <гарах.xlsx> [--template …] [--year …] [--period …]",
      en: "guitsetgel import <in.docx> -o <out.xlsx> [--template …] [--year …] [--period …]",
    },
    summary: {
      mn: "Word (.docx) төлөвлөгөө, тайлангийн хүснэгт, гарчиг, батлах, гарын үсгийн хэсгийг албан ёсны загварын хуудсанд бичнэ: дараа нь report-from-plan, compute, check-ээр үргэлжлүүлнэ.",
      en: "Writes a Word (.docx) plan's or report's table, title, approval and sign-off into the official template sheet, ready for report-from-plan, compute and check.",
    },
    options: [...OUTPUT_OPTIONS, TEMPLATE_OPTION, YEAR_OPTION, PERIOD_OPTION, LANG_OPTION],
  },
  export: {
    usage: {
      mn: "guitsetgel export <биелэлт.xlsx> -o <биелэлт.docx> [--what all|report|summary|fulfilment] [--sheet <нэр>]",
      en: "guitsetgel export <report.xlsx> -o <report.docx> [--what all|report|summary|fulfilment] [--sheet <name>]",
    },
    summary: {
      mn: "Биелэлтийг (эсвэл төлөвлөгөөг) албан ёсны Word баримт болгоно: батлах хэсэг, гарчиг, хуудас бүрт давтагдах толгойтой хүснэгт, дараа нь ажлын номд тооцоолсон товчоо, дүгнэлт, биелэлтийн нэгтгэл.",
      en: "Writes the report (or plan) as the official Word document: approval block, title, the table with its header repeated on every page, then the товчоо with its conclusion and the fulfilment summary the workbook has computed.",
    },
    options: [
      {
        flag: "-o, --output <файл/file>",
        text: { mn: "Үүсгэх .docx файл", en: ".docx file to write" },
      },
      OUTPUT_OPTIONS[1],
      {
        flag: "--what all|report|summary|fulfilment",
        text: {
          mn: "Юуг гаргах: бүгд (анхдагч), зөвхөн биелэлт, товчоо ба дүгнэлт, биелэлтийн нэгтгэл",
          en: "What to write: everything (default), the report only, the товчоо and its conclusion, the fulfilment summary",
        },
      },
      {
        flag: "--sheet <нэр/name>",
        text: {
          mn: "Ажлын номд хэд хэдэн хүснэгт байвал гаргах хуудас",
          en: "The sheet to export, when the workbook holds several tables",
        },
      },
      TEMPLATE_OPTION,
      YEAR_OPTION,
      PERIOD_OPTION,
      LANG_OPTION,
    ],
  },
};

const EXIT_TEXT: Bilingual = {
  mn: "Гаралтын код: 0 — алдаа олдсонгүй, 1 — алдаа олдсон (эсвэл зарим файл уншигдаагүй), 2 — оролтыг ашиглах боломжгүй.",
  en: "Exit status: 0 no error found, 1 errors found (or some files not read), 2 the input cannot be used.",
};

const TITLE: Bilingual = {
  mn: "Гүйцэтгэл — гүйцэтгэлийн төлөвлөгөө, биелэлт, үнэлгээний командын мөр",
  en: "Гүйцэтгэл (Guitsetgel) — command line for performance plans, fulfilment reports and ratings",
};

function mainPart(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  return [
    TITLE[lang],
    "",
    lang === "mn"
      ? "Хэрэглээ: guitsetgel <команд> [сонголт]"
      : "Usage: guitsetgel <command> [options]",
    "",
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${DOCS[c].summary[lang]}`),
    "",
    lang === "mn" ? "Дэлгэрэнгүй: guitsetgel <команд> --help" : "More: guitsetgel <command> --help",
    EXIT_TEXT[lang],
  ].join("\n");
}

/** Widest flag printed beside its text. */
const FLAG_WIDTH = 32;

function commandPart(name: CommandName, lang: Lang): string {
  const doc = DOCS[name];
  // A flag longer than this (--template's list of kinds) puts its text on the next line, so the
  // other texts stay beside their flags in an 80-column terminal.
  const width = Math.max(
    0,
    ...doc.options.map((o) => o.flag.length).filter((n) => n <= FLAG_WIDTH),
  );
  return [
    `${lang === "mn" ? "Хэрэглээ" : "Usage"}: ${doc.usage[lang]}`,
    "",
    doc.summary[lang],
    "",
    ...doc.options.map((o) =>
      o.flag.length > width
        ? `  ${o.flag}\n  ${"".padEnd(width)}  ${o.text[lang]}`
        : `  ${o.flag.padEnd(width)}  ${o.text[lang]}`,
    ),
    "",
    EXIT_TEXT[lang],
  ].join("\n");
}

/** `guitsetgel --help`: every command, in Mongolian then in English. */
export function mainHelp(): string {
  return `${mainPart("mn")}\n\n${mainPart("en")}\n`;
}

/** `guitsetgel <command> --help`, in Mongolian then in English. */
export function commandHelp(name: CommandName): string {
  return `${commandPart(name, "mn")}\n\n${commandPart(name, "en")}\n`;
}
