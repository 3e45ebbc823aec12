/** A user-visible message: Mongolian first, English second. Every message exists in both. */
export interface Bilingual {
  mn: string;
  en: string;
}

export type Lang = keyof Bilingual;

export function bi(mn: string, en: string): Bilingual {
  return { mn, en };
}

/** A count in English with its noun: "1 error", "3 errors" (Mongolian nouns do not change). */
export function countEn(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
