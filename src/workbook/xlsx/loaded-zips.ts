import type JSZip from "jszip";

/** A zip readXlsx has loaded and checked against the limits, and the parts its reading needs. */
export interface LoadedZip {
  zip: JSZip;
  /** Whether exceljs is to read a part (by its name in the zip); the others are left unread. */
  reads: (part: string) => boolean;
}

/**
 * The zips readXlsx is about to hand exceljs, by the bytes they were loaded from. exceljs loads
 * the bytes again itself; where its zip loader can be reached (the command line,
 * cli/xlsx-parts.accelerator.ts), it takes the zip offered here instead. In the browser nothing
 * takes it and exceljs reads every part, as it always does.
 */
const offered = new WeakMap<object, LoadedZip>();

/** Offer `loaded` for the next load of `bytes`, until it is taken or withdrawn. */
export function offerLoadedZip(bytes: object, loaded: LoadedZip): void {
  offered.set(bytes, loaded);
}

/** The zip offered for `bytes`, taken (a second load of the same bytes loads them anew). */
export function takeLoadedZip(bytes: object): LoadedZip | undefined {
  const loaded = offered.get(bytes);
  withdrawLoadedZip(bytes);
  return loaded;
}

/** The offer for `bytes` ends, taken or not. */
export function withdrawLoadedZip(bytes: object): void {
  offered.delete(bytes);
}
