import type { Settings } from "../settings";
import type { Bilingual } from "../text";

/** A fulfilment percentage on a five-point scale: percent × 5 ÷ 100. */
export function score5(percent: number): number {
  return (percent * 5) / 100;
}

export type ScoreWeights = Settings["weights"];

export const DEFAULT_WEIGHTS: ScoreWeights = { partOne: 0.7, partTwo: 0.15, maxPoints: 15 };

export interface ScoreProblem {
  field: "partOne" | "partTwo" | "points" | "weights";
  message: Bilingual;
}

export type IndividualScore =
  | {
      ok: true;
      /** Out of 100, unrounded. */
      score: number;
      /** The three parts of the score. */
      partOne: number;
      partTwo: number;
      points: number;
    }
  | { ok: false; problems: ScoreProblem[] };

const percentProblem = (field: "partOne" | "partTwo", x: number): ScoreProblem => {
  const part =
    field === "partOne"
      ? { mn: "Нэгдүгээр", en: "Part one" }
      : { mn: "Хоёрдугаар", en: "Part two" };
  return {
    field,
    message: {
      mn: `${part.mn} хэсгийн биелэлтийн хувь 0-100 хооронд байх ёстой: ${x}.`,
      en: `${part.en} fulfilment must be a percentage from 0 to 100: ${x}.`,
    },
  };
};

/**
 * An official's score out of 100 (Cabinet Secretariat methodology): part-one fulfilment % ×
 * 0.70 + part-two fulfilment % × 0.15 + the evaluator's attitude, ethics and competency points
 * (0–15). Weights are a setting; they must add up to 100.
 */
export function individualScore(
  partOnePercent: number,
  partTwoPercent: number,
  points: number,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): IndividualScore {
  const problems: ScoreProblem[] = [];
  const isPercent = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100;
  if (!isPercent(partOnePercent)) problems.push(percentProblem("partOne", partOnePercent));
  if (!isPercent(partTwoPercent)) problems.push(percentProblem("partTwo", partTwoPercent));
  if (!Number.isFinite(points) || points < 0 || points > weights.maxPoints) {
    problems.push({
      field: "points",
      message: {
        mn: `Хандлага, ёс зүй, ур чадварын оноо 0-${weights.maxPoints} хооронд байх ёстой: ${points}.`,
        en: `Attitude, ethics and competency points must be from 0 to ${weights.maxPoints}: ${points}.`,
      },
    });
  }
  const total = weights.partOne * 100 + weights.partTwo * 100 + weights.maxPoints;
  if (!Number.isFinite(total) || Math.abs(total - 100) > 1e-9) {
    problems.push({
      field: "weights",
      message: {
        mn: `Жингүүдийн нийлбэр 100 байх ёстой (${weights.partOne}×100 + ${weights.partTwo}×100 + ${weights.maxPoints} = ${total}).`,
        en: `The weights must add up to 100 (${weights.partOne}×100 + ${weights.partTwo}×100 + ${weights.maxPoints} = ${total}).`,
      },
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const partOne = partOnePercent * weights.partOne;
  const partTwo = partTwoPercent * weights.partTwo;
  return { ok: true, score: partOne + partTwo + points, partOne, partTwo, points };
}
