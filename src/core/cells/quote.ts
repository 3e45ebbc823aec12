import { plainText } from "./normalize";

/** Longest piece of a cell's text a message quotes, in characters (an emoji is one). */
const QUOTE_LENGTH = 60;

/** A cell's text as a message shows it: plain (no tags, entities or odd spaces), cut at 60 characters. */
function shortText(text: string): string {
  const chars = Array.from(plainText(text));
  return chars.length <= QUOTE_LENGTH
    ? chars.join("")
    : `${chars.slice(0, QUOTE_LENGTH - 1).join("")}…`;
}

/** «text» as every message quotes a cell. */
export function quote(text: string): string {
  return `«${shortText(text)}»`;
}
