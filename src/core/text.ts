/** A user-visible message: Mongolian first, English second. Every message exists in both. */
export interface Bilingual {
  mn: string;
  en: string;
}

export type Lang = keyof Bilingual;

export function bi(mn: string, en: string): Bilingual {
  return { mn, en };
}
