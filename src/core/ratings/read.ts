import type { CellValue } from "../grid";
import type { Bilingual } from "../text";
import type { RatingScheme } from "./scheme";
import { saysNotDue } from "../cells/marks";

export type RatingValue =
  | { kind: "rating"; value: number }
  | { kind: "not-due" }
  | { kind: "empty" }
  | { kind: "invalid"; text: string; message: Bilingual };

const NUMBER = /^-?\d+(?:[.,]\d+)?\s*%?$/u;

const allowedList = (s: RatingScheme): string => (s.allowed ?? []).join(", ");

/**
 * A rating cell under a scheme. "-" (and the scheme's own not-due label, "/-/", "Хугацаа
 * болоогүй") is not due; a number must lie in 0..100 and, for a scheme with levels, be one of
 * them. Never throws.
 */
export function readRating(value: CellValue, scheme: RatingScheme): RatingValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return check(value, String(value), scheme);
  if (typeof value !== "string") return invalid(String(value));
  const text = value
    .replace(/<[^<>]*>/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (text === "") return { kind: "empty" };
  if (saysNotDue(text) || text === scheme.notDueLabel) {
    return { kind: "not-due" };
  }
  if (!NUMBER.test(text)) return invalid(text);
  return check(Number(text.replace("%", "").trim().replace(",", ".")), text, scheme);
}

function invalid(text: string): RatingValue {
  return {
    kind: "invalid",
    text,
    message: {
      mn: `"${text}" нь үнэлгээ биш: 0-100 хоорондох тоо эсвэл "-" бичнэ.`,
      en: `"${text}" is not a rating: write a number from 0 to 100, or "-".`,
    },
  };
}

function check(x: number, text: string, scheme: RatingScheme): RatingValue {
  if (!Number.isFinite(x) || x < 0 || x > 100) {
    return {
      kind: "invalid",
      text,
      message: {
        mn: `Үнэлгээ 0-100 хооронд байх ёстой: ${text}.`,
        en: `A rating must lie between 0 and 100: ${text}.`,
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
 * them, the scheme's lowest level. A scheme without thresholds rates by the fulfilment itself,
 * held to 0..100 and unrounded (round it with `roundFigure`). The evaluator confirms.
 */
export function suggestRating(fulfilment: number, scheme: RatingScheme): number {
  const lowest = scheme.allowed && scheme.allowed.length > 0 ? Math.min(...scheme.allowed) : 0;
  if (!Number.isFinite(fulfilment)) return lowest;
  if (scheme.thresholds.length === 0) return Math.min(100, Math.max(0, fulfilment));
  for (const t of scheme.thresholds) if (fulfilment >= t.min) return t.value;
  return lowest;
}
