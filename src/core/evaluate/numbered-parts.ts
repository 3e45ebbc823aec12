import { listItemOf } from "../cells/item-numbers";
import type { LevelReading } from "../levels";
import { computeFulfilment, type FulfilmentOptions, type FulfilmentResult } from "./fulfilment";

/** What a list's first line opens with: «1», then no digit. */
const FIRST_ITEM = /^\s*1(?!\d)/u;

/**
 * A cell listing its items one a line, numbered from 1 («1. Сургалтын тоо», «2. Зөвлөгөөний
 * тоо»; «1. 100», «2) 4»): each item's text after its number (a line without a number goes with
 * the item above), or null for any other cell, or a list of one.
 */
export function numberedItems(text: string): string[] | null {
  // Most cells are no list: one that opens with no «1» or has one line is told at once.
  if (!FIRST_ITEM.test(text) || !text.includes("\n")) return null;
  const items: string[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const item = listItemOf(line);
    if (item?.number === items.length + 1) items.push(item.rest);
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else return null;
  }
  return items.length >= 2 ? items : null;
}

/**
 * The level of a list's `i`th item: the reading's `i`th figure alone, as its line wrote it; as
 * sure as a figure alone in its cell, unless the list's figures were read with a doubt.
 */
function itemOf(reading: LevelReading, i: number): LevelReading {
  const q = reading.quantities[i];
  return {
    text: q.source,
    kind: "number",
    quantities: [q],
    confidence: reading.ambiguities.length > 0 ? "suggested" : "certain",
    slips: [],
    ambiguities: [],
  };
}

/**
 * A criterion cell listing n numbered criteria, with its levels listed alike, n numbered lines
 * of one figure each (the baseline may be empty): each criterion computed from its own line,
 * paired by number, and the fulfilment their mean (DOMAIN section 5: a measure's is the mean
 * of its criteria's). Null for any other criterion, or where an item computes none.
 */
export function numberedFulfilment(
  input: {
    criterion: string;
    measureText: string;
    baseline: LevelReading;
    target: LevelReading;
    achieved: LevelReading;
  },
  options: FulfilmentOptions,
): Extract<FulfilmentResult, { status: "computed" }> | null {
  const criteria = numberedItems(input.criterion);
  if (!criteria) return null;
  const n = criteria.length;
  const listed = (r: LevelReading) =>
    r.kind === "number" && r.quantities.length === n && numberedItems(r.text)?.length === n;
  const { baseline, target, achieved } = input;
  if (!listed(target) || !listed(achieved)) return null;
  if (baseline.kind !== "empty" && !listed(baseline)) return null;
  const items: Extract<FulfilmentResult, { status: "computed" }>[] = [];
  for (let i = 0; i < n; i++) {
    const item = computeFulfilment(
      {
        texts: [criteria[i], input.measureText],
        baseline: baseline.kind === "empty" ? baseline : itemOf(baseline, i),
        target: itemOf(target, i),
        achieved: itemOf(achieved, i),
      },
      options,
    );
    if (item.status !== "computed") return null;
    items.push(item);
  }
  const mean = (pick: (r: (typeof items)[number]) => number) =>
    items.reduce((sum, r) => sum + pick(r), 0) / n;
  const first = items[0];
  return {
    ...first,
    value: mean((r) => r.value),
    uncapped: mean((r) => r.uncapped),
    suggested: items.some((r) => r.suggested),
    items: n,
  };
}
