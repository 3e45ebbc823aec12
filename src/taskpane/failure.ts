import { bi, type Bilingual } from "../core/text";
import { WorkbookError, type CellSnapshot } from "../workbook/port";
import type { WorkbookState } from "../workbook/state";
import { STRINGS, sayBoth } from "./strings";

/** An action that declined to start or go on, with the reason for the person. */
export class Refusal extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = "Refusal";
    this.text = text;
  }
}

/** A change an action made to the workbook, as the undo puts it back. */
export type UndoStep =
  /** Cells as they were, and what the add-in wrote in them (in the same order). */
  | { kind: "cells"; sheet: string; before: CellSnapshot[]; written: (string | number)[] }
  | { kind: "sheet-added"; name: string }
  /** A sheet the add-in wrote again: the one before it is kept aside as `kept`. */
  | { kind: "sheet-replaced"; name: string; kept: string }
  | { kind: "rows-inserted"; sheet: string; at: number; count: number };

/**
 * What an action has written so far: in words, so that a failure can say what is and is not in
 * the workbook; and as steps, with the add-in's state before it, so that «Буцаах» can put the
 * workbook back, also after a failure part way.
 */
export class Journal {
  readonly done: Bilingual[] = [];
  readonly steps: UndoStep[] = [];
  /** The add-in's state before the action changed it. */
  stateBefore?: WorkbookState;

  record(item: Bilingual): void {
    this.done.push(item);
  }

  /** Note a change before it is made: undoing a change that did not happen puts back what was. */
  step(step: UndoStep): void {
    this.steps.push(step);
  }

  /** The state the workbook held before the action, noted once. */
  before(state: WorkbookState): void {
    this.stateBefore ??= state;
  }

  /** The action changed something an undo can put back. */
  get undoable(): boolean {
    return this.steps.length > 0;
  }
}

function joined(items: Bilingual[]): Bilingual {
  return bi(items.map((i) => i.mn).join(", "), items.map((i) => i.en).join(", "));
}

function sentences(parts: Bilingual[]): Bilingual {
  return bi(parts.map((p) => p.mn).join(" "), parts.map((p) => p.en).join(" "));
}

/**
 * The message for a failed action: what happened (the workbook's own words when it is a
 * WorkbookError; for a write they already say how far it got), and what the action had written
 * before that step.
 */
export function failureMessage(error: unknown, journal: Journal): Bilingual {
  const parts: Bilingual[] = [];
  if (error instanceof WorkbookError || error instanceof Refusal) {
    parts.push(error.text);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    parts.push(sayBoth("hostError", { detail: detail.slice(0, 200) }));
  }
  const partial = error instanceof WorkbookError && error.progress !== undefined;
  if (journal.done.length > 0) {
    parts.push(sayBoth("alreadyWritten", { items: joined(journal.done) }));
    if (!partial) parts.push(STRINGS.notWritten);
  } else if (!partial) {
    parts.push(STRINGS.nothingWritten);
  }
  return sentences(parts);
}
