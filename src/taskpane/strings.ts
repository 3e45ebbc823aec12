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

export const STRINGS = {
  title: bi("Гүйцэтгэл", "Гүйцэтгэл"),
  subtitle: bi(
    "Гүйцэтгэлийн төлөвлөгөө, биелэлт, үнэлгээ",
    "Performance plans, fulfilment reports and ratings",
  ),
  views: bi("Хэсгүүд", "Views"),
  /** Names the language the button switches to, in that language. */
  switchLanguage: bi("English", "Монгол"),
  switchLanguageLabel: bi("Хэлийг англи болгох", "Switch the language to Mongolian"),
} satisfies Record<string, Bilingual>;

/** The placeholder a view shows until its feature arrives with the add-in. */
export function comingSoon(view: ViewId): Bilingual {
  const label = VIEW_LABELS[view];
  return bi(
    `«${label.mn}» хэсэг нэмэлтийн дараагийн хувилбарт нэмэгдэнэ.`,
    `The ${label.en} view arrives with the next version of the add-in.`,
  );
}

export function otherLang(lang: Lang): Lang {
  return lang === "mn" ? "en" : "mn";
}
