import type { Lang } from "./text";

export type Rounding = "round" | "truncate";
export type FulfilmentMethod = "ratio" | "progress";

/** The add-in's settings, stored inside the workbook so they travel with the file. */
export interface Settings {
  /** Built-in scheme id, or "custom" with `customScheme`. */
  scheme: string;
  customScheme?: unknown;
  rounding: Rounding;
  /** Cap fulfilment at 100 (seed 001 shows 939 of 240 as 100%). */
  cap: boolean;
  method: FulfilmentMethod;
  /** Individual score weights: part one, part two; evaluator points 0..maxPoints. */
  weights: { partOne: number; partTwo: number; maxPoints: number };
  language: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  scheme: "gov-206-2020",
  rounding: "round",
  cap: true,
  method: "ratio",
  weights: { partOne: 0.7, partTwo: 0.15, maxPoints: 15 },
  language: "mn",
};
