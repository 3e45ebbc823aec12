import JSZip from "jszip";
import { LIMITS, MSG, XlsxRefusal } from "./limits";

/**
 * jszip's entry, with the size its directory claims and its content as chunks unpacked (both
 * there at run time, absent from its types).
 */
export interface ZipEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
  internalStream(type: "uint8array"): Chunks<Uint8Array>;
  internalStream(type: "string"): Chunks<string>;
}
export interface Chunks<T> {
  on(event: "data", listener: (chunk: T) => void): Chunks<T>;
  on(event: "end", listener: () => void): Chunks<T>;
  on(event: "error", listener: (e: unknown) => void): Chunks<T>;
  pause(): Chunks<T>;
  resume(): Chunks<T>;
}

/** The unpacked size the directory claims (jszip reads it as a signed 32-bit number). */
export const claimedSize = (e: ZipEntry) => (e._data?.uncompressedSize ?? 0) >>> 0;

/** Node's zlib stopped a part at LIMITS.partBytes (cli/native-zip.ts). */
export const stoppedAtPartLimit = (e: unknown) =>
  (e as { code?: string } | null)?.code === "ERR_BUFFER_TOO_LARGE";

let unpackerStops = false;

/**
 * Parts are unpacked by something that stops at LIMITS.partBytes (Node's zlib, cli/native-zip.ts):
 * a part that outgrows what it claims then costs at most that before jszip refuses it, and the
 * parts need not be unpacked once more beforehand to be counted (3 MB unpacked: 15–35 ms).
 */
export function unpackerStopsAtPartLimit(): void {
  unpackerStops = true;
}

/** Whether a part unpacks to no more than it claims, stopped as soon as it does. */
function unpacksAsClaimed(entry: ZipEntry): Promise<boolean> {
  const most = claimedSize(entry);
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = entry.internalStream("uint8array");
    chunks
      .on("data", (chunk) => {
        size += chunk.length;
        if (size <= most) return;
        chunks.pause();
        resolve(false);
      })
      .on("error", reject)
      .on("end", () => resolve(true))
      .resume();
  });
}

const CENTRAL_ENTRY = 0x02014b50;
const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;

/**
 * How many entries the zip's central directory lists, counted up to `most + 1`: jszip reads
 * every one whatever the end record says (100,000 empty ones cost it 2.5 s and 260 MB), so
 * they are walked here first, by the sizes each entry gives. 0 when there is no end record
 * (jszip then says what is wrong).
 */
function entriesUpTo(bytes: Uint8Array, most: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : 0);
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && u32(end) !== END) end--;
  if (end < stop) return 0;
  let at = u32(end + 16);
  if (at === 0xffffffff && u32(end - 20) === END64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    at = record + 56 <= bytes.length ? Number(view.getBigUint64(record + 48, true)) : -1;
  }
  let count = 0;
  while (count <= most && u32(at) === CENTRAL_ENTRY) {
    count++;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return count;
}

/**
 * The zip's directory against LIMITS, before anything is unpacked; then each part unpacked
 * once and counted, stopped where it outgrows what it claims (a 3 MB file can unpack to 3 GB
 * while its directory says 10 KB). A damaged part is left to the reader's own diagnosis.
 */
export async function zipWithinLimits(bytes: Uint8Array): Promise<JSZip> {
  if (entriesUpTo(bytes, LIMITS.entries) > LIMITS.entries) throw new XlsxRefusal(MSG.entries());
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files) as unknown as ZipEntry[];
  if (entries.length > LIMITS.entries) throw new XlsxRefusal(MSG.entries());
  let total = 0;
  for (const e of entries) {
    if (claimedSize(e) > LIMITS.partBytes) throw new XlsxRefusal(MSG.part(e.name));
    total += claimedSize(e);
  }
  if (total > LIMITS.totalBytes) throw new XlsxRefusal(MSG.total());
  if (unpackerStops) return zip;
  for (const e of entries) {
    if (!e.dir && !(await unpacksAsClaimed(e).catch(() => true))) {
      throw new XlsxRefusal(MSG.hidden());
    }
  }
  return zip;
}
