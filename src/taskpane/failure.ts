import { bi, type Bilingual } from "../core/text";
import { WorkbookError } from "../workbook/port";
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

/** What an action has written so far, so that a failure can say what is and is not in the workbook. */
export class Journal {
  readonly done: Bilingual[] = [];
  record(item: Bilingual): void {
    this.done.push(item);
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
