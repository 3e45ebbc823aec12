import type { Objective } from "./model";
import { parseObjectiveLabel } from "../cells/item-numbers";
import type { Bilingual } from "../text";

/**
 * An objective's normalised number ("3", "6.1"), read from its label when the reader gave none.
 * An ordinal word ("Хоёр.") heading part two names the part, not an objective number.
 */
export function objectiveNumber(o: Objective): string | undefined {
  if (o.number) return o.number;
  const parsed = o.label ? parseObjectiveLabel(o.label) : null;
  const numbered = parsed?.kind === "objective" || parsed?.kind === "number";
  return numbered && parsed.number ? parsed.number : undefined;
}

/** "Зорилт 3" / "Objective 3"; the label as written when it holds no number. */
export function objectiveLabel(o: Objective): Bilingual {
  const number = objectiveNumber(o);
  if (number) return { mn: `Зорилт ${number}`, en: `Objective ${number}` };
  const written = o.label.replace(/[\s.:)]+$/u, "").trim();
  return written ? { mn: written, en: written } : { mn: "Зорилт", en: "Objective" };
}
