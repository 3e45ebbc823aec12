import type JSZip from "jszip";
import { claimedSize, takeLoadedZip, type LoadedZip, type ZipEntry } from "../workbook";
import { fromExceljs, inflatePart } from "./native-zip";

/*
 * An accelerator of reading an .xlsx file in Node (workbook/xlsx/read.ts): exceljs loads the
 * file's bytes with jszip, after readXlsx has loaded them once already to check them against
 * the limits, and unpacks each part through jszip's workers, which pass it along in chunks
 * from one turn of the event loop to the next. Here exceljs takes the zip readXlsx loaded, and
 * each part it reads is unpacked at once by zlib, the same bytes. A part readXlsx says the
 * reading does not need is left out. Reading 330 soums' reports in one thread: 1.54 → 1.26 s
 * (medians of 6 in turns); the whole consolidation 0.91× the time before (median of 12 rounds'
 * own ratios, 3.30 → 2.95 s). Its equivalence test is test/cli/xlsx-parts.accelerator.test.ts.
 */

/** jszip's entry, with its packed content (there at run time, not in its types). */
type Entry = ZipEntry & {
  async(type: string): Promise<unknown>;
  _data: { compression: { magic: string }; compressedContent: Uint8Array };
};

/** The compressions of a zip entry, by the two bytes jszip names each by. */
const STORED = "\x00\x00";
const DEFLATED = "\x08\x00";

/** The part's bytes unpacked, as jszip would give them (inflatePart stops at the part limit). */
function unpacked(entry: Entry): Buffer {
  const { compression, compressedContent: packed } = entry._data;
  const bytes =
    compression.magic === DEFLATED
      ? inflatePart(packed)
      : Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  // jszip's own check: a part that unpacks to other than its directory says is damaged.
  if (bytes.length !== claimedSize(entry)) {
    throw new Error("Bug : uncompressed data size mismatch");
  }
  return bytes;
}

/** The part read as jszip's `async` reads it: unpacked when asked for, as a text or bytes. */
function readAtOnce(entry: Entry): void {
  const { magic } = entry._data.compression;
  if (magic !== STORED && magic !== DEFLATED) return; // jszip says what is wrong with it
  const byJszip = entry.async.bind(entry);
  entry.async = async (type) => {
    if (type === "string") return unpacked(entry).toString("utf8");
    if (type === "nodebuffer") return unpacked(entry);
    if (type === "uint8array") return new Uint8Array(unpacked(entry));
    return byJszip(type);
  };
}

/** The zip exceljs is to read: the one readXlsx loaded, with the parts its reading needs. */
function handedOver({ zip, reads }: LoadedZip): JSZip {
  const files = zip.files as unknown as Record<string, Entry>;
  for (const [name, entry] of Object.entries(files)) {
    if (!reads(name)) delete files[name];
    else if (!entry.dir) readAtOnce(entry);
  }
  return zip;
}

/** exceljs's jszip. */
const jszipOfExceljs = fromExceljs("jszip") as typeof JSZip & {
  _guitsetgelLoaded?: true;
};

/** exceljs takes the zip readXlsx loaded and offered for the same bytes (loaded-zips.ts). */
export function readLoadedZips(): void {
  if (jszipOfExceljs._guitsetgelLoaded) return;
  jszipOfExceljs._guitsetgelLoaded = true;
  const loadAsync = jszipOfExceljs.loadAsync.bind(jszipOfExceljs);
  jszipOfExceljs.loadAsync = (data, options) => {
    const offered = data !== null && typeof data === "object" ? takeLoadedZip(data) : undefined;
    return offered ? Promise.resolve(handedOver(offered)) : loadAsync(data, options);
  };
}
