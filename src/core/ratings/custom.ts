import type { Bilingual } from "../text";
import { validateScheme, type SchemeProblem } from "./bands";
import type { Band, RatingScheme } from "./scheme";

const shape = (mn: string, en: string): SchemeProblem => ({
  kind: "shape",
  from: 0,
  to: 0,
  message: { mn, en },
});

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u);

/** A number, or a numeric string as people type it into settings ("90", "97,9"). */
function num(u: unknown): number | null {
  if (typeof u === "number") return Number.isFinite(u) ? u : null;
  if (typeof u === "string" && /^\s*-?\d+(?:[.,]\d+)?\s*$/u.test(u)) {
    return Number(u.trim().replace(",", "."));
  }
  return null;
}

function bilingual(u: unknown): Bilingual | null {
  if (typeof u === "string" && u.trim()) return { mn: u, en: u };
  if (isRecord(u) && typeof u.mn === "string" && typeof u.en === "string") {
    return { mn: u.mn, en: u.en };
  }
  return null;
}

function band(u: unknown): Band | null {
  if (!isRecord(u)) return null;
  const min = num(u.min);
  const max = num(u.max);
  if (min === null || max === null) return null;
  const label = typeof u.label === "string" ? u.label : `${min}-${max}`;
  return { label, min, max };
}

/**
 * A custom scheme from workbook settings (unknown JSON): the same data as a built-in scheme
 * (name, levels, thresholds, bands, the scale's top `max`, the not-due label). Returns the scheme when its shape is
 * right, with every problem `validateScheme` finds; a malformed one gives only "shape" problems.
 */
export function parseCustomScheme(u: unknown): {
  scheme?: RatingScheme;
  problems: SchemeProblem[];
} {
  if (!isRecord(u)) {
    return {
      problems: [
        shape("Үнэлгээний аргачлал бүтэцгүй байна.", "The rating scheme is not an object."),
      ],
    };
  }
  const problems: SchemeProblem[] = [];
  const rawBands = Array.isArray(u.bands) ? u.bands : null;
  const bands = (rawBands ?? []).map(band);
  if (!rawBands || bands.some((b) => b === null)) {
    problems.push(
      shape(
        "Бүлэг бүр доод (min) ба дээд (max) хязгаартай байх ёстой.",
        "Every band needs a lower (min) and an upper (max) bound.",
      ),
    );
  }
  const rawThresholds = u.thresholds === undefined ? [] : u.thresholds;
  const thresholds = Array.isArray(rawThresholds)
    ? rawThresholds.map((t) => (isRecord(t) ? { min: num(t.min), value: num(t.value) } : null))
    : null;
  if (!thresholds || thresholds.some((t) => !t || t.min === null || t.value === null)) {
    problems.push(
      shape(
        "Босго бүр хувь (min) ба үнэлгээтэй (value) байх ёстой.",
        "Every threshold needs a fulfilment (min) and a rating (value).",
      ),
    );
  }
  let allowed: number[] | undefined;
  if (u.allowed !== undefined) {
    const values = Array.isArray(u.allowed) ? u.allowed.map(num) : null;
    if (!values || values.length === 0 || values.some((v) => v === null)) {
      problems.push(
        shape(
          "Зөвшөөрөгдсөн үнэлгээ тоонуудын жагсаалт байх ёстой.",
          "Allowed ratings must be a list of numbers.",
        ),
      );
    } else allowed = values as number[];
  }
  const max = u.max === undefined ? 100 : num(u.max);
  if (max === null || max <= 0) {
    problems.push(
      shape(
        "Үнэлгээний дээд оноо (max) 0-ээс их тоо байх ёстой.",
        "The top of the rating scale (max) must be a number above 0.",
      ),
    );
  }
  const levels = Array.isArray(u.levels)
    ? u.levels.flatMap((l) => {
        const value = isRecord(l) ? num(l.value) : null;
        const label = isRecord(l) ? bilingual(l.label) : null;
        return value !== null && label ? [{ value, label }] : [];
      })
    : undefined;
  if (problems.length > 0) return { problems };

  const scheme: RatingScheme = {
    id: typeof u.id === "string" && u.id.trim() ? u.id : "custom",
    name: bilingual(u.name) ?? { mn: "Тусгай аргачлал", en: "Custom scheme" },
    thresholds: (thresholds ?? []) as { min: number; value: number }[],
    bands: bands as Band[],
    notDueLabel: typeof u.notDueLabel === "string" ? u.notDueLabel : "-",
  };
  if (max !== null && max !== 100) scheme.max = max;
  if (allowed) scheme.allowed = allowed;
  if (levels && levels.length > 0) scheme.levels = levels;
  return { scheme, problems: validateScheme(scheme) };
}
