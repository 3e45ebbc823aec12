import type { CellValue } from "../grid";
import type { Bilingual } from "../text";
import { scaleOf, type RatingScheme } from "./scheme";
import { saysNotDue } from "../cells/marks";
import { isPercentFormat } from "../cells/number-format";

export type RatingValue =
  | { kind: "rating"; value: number }
  | { kind: "not-due" }
  | { kind: "empty" }
  | { kind: "invalid"; text: string; message: Bilingual };

/** A rating as a number: "95", "97,9", "100%", "100 хувь", "25 оноо" (points on a 0–30 scale). */
const NUMBER = /^(-?\d+(?:[.,]\d+)?)\s*(?:%|хувь\p{L}{0,4}|хуви\p{L}{1,4}|оноо\p{L}{0,3})?$/iu;

const allowedList = (s: RatingScheme): string => (s.allowed ?? []).join(", ");

/**
 * A rating cell under a scheme. "-" (and the scheme's own not-due label, "/-/", "Хугацаа
 * болоогүй") is not due; a number (with "%", «хувь» or «оноо» after it, or none) must lie in
 * 0..the scheme's scale (100, or 30 on a 0–30 scale) and, for a scheme with levels, be one of
 * them, which may be written by name («Бүрэн хэрэгжсэн»). A number under a percentage format
 * is the percentage it shows (a «70%» typed is 0.7 shown «0%»). Never throws.
 */
export function readRating(
  value: CellValue,
  scheme: RatingScheme,
  numberFormat?: string | null,
): RatingValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!isPercentFormat(numberFormat)) return check(value, String(value), scheme);
    const shown = Number((value * 100).toPrecision(15));
    return check(shown, `${shown}%`, scheme);
  }
  if (typeof value !== "string") return invalid(String(value), scheme);
  const text = value
    .replace(/<[^<>]*>/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (text === "") return { kind: "empty" };
  if (saysNotDue(text) || text === scheme.notDueLabel) {
    return { kind: "not-due" };
  }
  const level = levelNamed(text, scheme);
  if (level !== undefined) return { kind: "rating", value: level };
  const number = NUMBER.exec(text);
  if (!number) return invalid(text, scheme);
  return check(Number(number[1].replace(",", ".")), text, scheme);
}

/** Marks around a level's name: "100 - Бүрэн хэрэгжсэн", "Бүрэн хэрэгжсэн (100)". */
const AROUND_NAME = /[\s()\-–—:.,/]+/gu;

/**
 * The value of a scheme's level written by its name, alone or beside its own value
 * ("Бүрэн хэрэгжсэн", "100 - Бүрэн хэрэгжсэн", "Хэрэгжих шатандаа (70)"): a rating as the
 * resolution prints it. A name beside another level's value is no rating.
 */
function levelNamed(text: string, scheme: RatingScheme): number | undefined {
  if (!scheme.levels) return undefined;
  const words = text.toLowerCase().replace(AROUND_NAME, " ").trim();
  for (const { value, label } of scheme.levels) {
    for (const name of [label.mn, label.en]) {
      const own = name.toLowerCase();
      if (words === own || words === `${value} ${own}` || words === `${own} ${value}`) return value;
    }
  }
  return undefined;
}

function invalid(text: string, scheme: RatingScheme): RatingValue {
  const scale = scaleOf(scheme);
  return {
    kind: "invalid",
    text,
    message: {
      mn: `"${text}" нь үнэлгээ биш: 0-${scale} хоорондох тоо эсвэл "-" бичнэ.`,
      en: `"${text}" is not a rating: write a number from 0 to ${scale}, or "-".`,
    },
  };
}

function check(x: number, text: string, scheme: RatingScheme): RatingValue {
  const scale = scaleOf(scheme);
  if (!Number.isFinite(x) || x < 0 || x > scale) {
    return {
      kind: "invalid",
      text,
      message: {
        mn: `Үнэлгээ 0-${scale} хооронд байх ёстой: ${text}.`,
        en: `A rating must lie between 0 and ${scale}: ${text}.`,
      },
    };
  }
  if (scheme.allowed && !scheme.allowed.some((a) => Math.abs(a - x) < 1e-9)) {
    return {
      kind: "invalid",
      text,
      message: {
        mn: `Энэ аргачлалаар үнэлгээ зөвхөн ${allowedList(scheme)} эсвэл "-" байна: ${text}.`,
        en: `This scheme allows only ${allowedList(scheme)} or "-" as a rating: ${text}.`,
      },
    };
  }
  return { kind: "rating", value: x };
}

/**
 * The rating a fulfilment percentage suggests: the first threshold it reaches; below all of
 * them, the scheme's lowest level. A scheme without thresholds rates by the fulfilment itself
 * (its share of the scale, when the scale is not 100), held to the scale and unrounded (round it with `roundFigure`). The evaluator confirms.
 */
export function suggestRating(fulfilment: number, scheme: RatingScheme): number {
  const lowest = scheme.allowed && scheme.allowed.length > 0 ? Math.min(...scheme.allowed) : 0;
  if (!Number.isFinite(fulfilment)) return lowest;
  const scale = scaleOf(scheme);
  if (scheme.thresholds.length === 0) {
    // On another scale the fulfilment's share of it (90% of 30 is 27); on 0–100, itself.
    const rating = scale === 100 ? fulfilment : (fulfilment * scale) / 100;
    return Math.min(scale, Math.max(0, rating));
  }
  for (const t of scheme.thresholds) if (fulfilment >= t.min) return t.value;
  return lowest;
}
