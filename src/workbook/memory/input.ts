import { serialOfDate } from "../../core/cells/excel-dates";
import type { MemoryCell } from "./model";

/**
 * How Excel takes a value assigned through `Range.values`, modelled on what it does with typed
 * input (en-US): text in a cell formatted "@" stays text; otherwise text starting with "=" (or
 * "+"/"-" followed by anything but a number) becomes a formula, and text that reads as a number,
 * a percentage, a date or TRUE/FALSE becomes that value. This is why the adapter must protect
 * text: "=SUM(A1)" or "63%" taken from a person's cell would otherwise change meaning.
 */
export type Entry =
  | { kind: "unchanged" }
  | { kind: "clear" }
  | { kind: "value"; value: string | number | boolean; numberFormat?: string }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseText(s: string): Entry {
  const t = s.trim();
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1) };
  if (s.length > 1 && s.startsWith("=")) return { kind: "formula", formula: s };
  if (NUMBER.test(t)) return { kind: "value", value: Number(t) };
  if (GROUPED.test(t)) return { kind: "value", value: Number(t.replace(/,/g, "")) };
  const pct = PERCENT.exec(t);
  if (pct) {
    const decimals = pct[1].includes(".") ? pct[1].split(".")[1].length : 0;
    return {
      kind: "value",
      value: Number(pct[1]) / 100,
      numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(t);
  const us = US_DATE.exec(t);
  const serial = iso
    ? serialOfDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? serialOfDate(Number(us[3]), Number(us[1]), Number(us[2]))
      : null;
  if (serial !== null) {
    return { kind: "value", value: serial, numberFormat: iso ? "yyyy-mm-dd" : "m/d/yyyy" };
  }
  if (s.length > 1 && /^[+-]/.test(s)) return { kind: "formula", formula: `=${s}` };
  return { kind: "value", value: s };
}

/** What a value assigned to a cell becomes, given the cell's current number format. */
export function enterValue(input: unknown, numberFormat: string | undefined): Entry {
  if (input === null || input === undefined) return { kind: "unchanged" };
  if (input === "") return { kind: "clear" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { kind: "value", value: input } : { kind: "unchanged" };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  const s = String(input);
  if (numberFormat === "@") return { kind: "value", value: s };
  return parseText(s);
}

/** What a formula assigned through `Range.formulas` becomes: text in a text-formatted cell. */
export function enterFormula(input: unknown, numberFormat: string | undefined): Entry {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    return numberFormat === "@"
      ? { kind: "value", value: input }
      : { kind: "formula", formula: input };
  }
  return enterValue(input, numberFormat);
}

/** Apply an entry to a cell (created when missing); returns the cell, or null when now empty. */
export function applyEntry(cell: MemoryCell | undefined, entry: Entry): MemoryCell | null {
  if (entry.kind === "unchanged") return cell ?? null;
  const next: MemoryCell = { ...(cell ?? {}) };
  delete next.value;
  delete next.formula;
  if (entry.kind === "value") {
    next.value = entry.value;
    if (entry.numberFormat && !next.numberFormat) next.numberFormat = entry.numberFormat;
  } else if (entry.kind === "formula") {
    next.formula = entry.formula;
  }
  return Object.keys(next).length > 0 ? next : null;
}
