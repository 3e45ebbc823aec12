import type { Evaluation } from "../evaluate";
import { cellAddress } from "../grid";
import { countEn, type Bilingual } from "../text";

/** Replaced cells a summary's sentence names before it says "…". */
const NAMED_CELLS = 10;

/** The cells of the stated figures the computed ones replaced (CALC-MISMATCH is at each). */
export function replacedAddresses(e: Evaluation): string[] {
  return e.replaced.map((c) => cellAddress(c.row, c.col));
}

/**
 * The sentence a summary adds when its figures use computed fulfilment in place of stated
 * figures that differ from it (DOMAIN section 4); null when none was replaced.
 */
export function replacedSentence(cells: string[]): Bilingual | null {
  const n = cells.length;
  if (n === 0) return null;
  const named = cells.slice(0, NAMED_CELLS).join(", ") + (n > NAMED_CELLS ? ", …" : "");
  return {
    mn: `Гүйцэтгэлийн хувь бичсэн ${n} нүдний утга (${named}) түвшнээс тооцсон хувиас зөрж байгаа тул дүнд тооцсон хувийг авав.`,
    en: `${countEn(n, "stated fulfilment figure")} (${named}) ${n === 1 ? "differs" : "differ"} from the fulfilment computed from the levels; the figures use the computed fulfilment.`,
  };
}
