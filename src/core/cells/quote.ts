import { plainText } from "./normalize";

/** Longest piece of a cell's text a message quotes, in characters (an emoji is one). */
const QUOTE_LENGTH = 60;

/** A cell's text as a message shows it: plain (no tags, entities or odd spaces), cut at 60 characters. */
function shortText(text: string): string {
  const plain = plainText(text);
  // Characters counted as the string iterator counts them (a surrogate pair is one), and only
  // up to the cut: a long paragraph is not split into an array of its every character.
  let cut = 0;
  for (let i = 0, n = 0; i < plain.length; n++) {
    if (n === QUOTE_LENGTH - 1) cut = i;
    if (n === QUOTE_LENGTH) return `${plain.slice(0, cut)}…`;
    i += plain.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return plain;
}

/** «text» as every message quotes a cell. */
export function quote(text: string): string {
  return `«${shortText(text)}»`;
}
