import { createRequire } from "module";
import { deflateRawSync, inflateRawSync } from "zlib";
import { LIMITS, unpackerStopsAtPartLimit } from "../workbook";

/** The parts of jszip's worker that a compression worker uses (jszip ships no types for them). */
interface Chunk {
  data: unknown;
  meta: unknown;
}
interface Worker {
  push(chunk: Chunk): void;
  error(e: unknown): boolean;
}
type WorkerClass = new (name: string) => Worker;
interface Compression {
  magic: string;
  compressWorker(options: { level?: number }): Worker;
  uncompressWorker(): Worker;
}

/** A module of exceljs's own dependencies (its jszip), wherever the package manager put it. */
export const fromExceljs = createRequire(require.resolve("exceljs"));
const GenericWorker = fromExceljs("jszip/lib/stream/GenericWorker") as WorkerClass;
const { transformTo } = fromExceljs("jszip/lib/utils") as {
  transformTo(type: "uint8array", data: unknown): Uint8Array;
};
const compressions = fromExceljs("jszip/lib/compressions") as { DEFLATE: Compression };

/**
 * One entry deflated or inflated by Node's zlib at its end, in place of jszip's pako, which
 * works through the bytes in JavaScript. The entry's bytes are the same once inflated.
 */
class NativeFlate extends GenericWorker {
  private chunks: Uint8Array[] = [];
  private meta: unknown = {};

  constructor(private readonly run: (bytes: Buffer) => Buffer) {
    super("NativeFlate");
  }

  processChunk(chunk: Chunk): void {
    this.meta = chunk.meta;
    // jszip hands over Buffers in Node: taken as they are, not copied into new arrays.
    const data = chunk.data;
    this.chunks.push(data instanceof Uint8Array ? data : transformTo("uint8array", data));
  }

  flush(): void {
    let data: Buffer;
    try {
      data = this.run(Buffer.concat(this.chunks));
    } catch (e) {
      // A damaged entry: the file's reader rejects, as it does when pako finds one.
      this.error(e);
      return;
    }
    this.chunks = [];
    this.push({ data, meta: this.meta });
  }
}

/**
 * A zip part's deflated bytes unpacked by zlib, which stops at LIMITS.partBytes: a part that
 * would outgrow any part a file may hold (a bomb whose directory claims less) stops there, and
 * the read is refused (workbook/xlsx/zip-limits.ts).
 */
export const inflatePart = (bytes: Uint8Array): Buffer =>
  inflateRawSync(bytes, { maxOutputLength: LIMITS.partBytes });

/**
 * In Node, the .xlsx files the command line reads and writes are (un)zipped by zlib: writing
 * the 330-office consolidation's workbook 300 → 140 ms of CPU. The level is the one the writer
 * asks for; the browser keeps pako.
 */
export function useNativeZip(): void {
  const deflate = compressions.DEFLATE;
  if (deflate.compressWorker.name === "nativeCompress") return;
  unpackerStopsAtPartLimit();
  compressions.DEFLATE = {
    magic: deflate.magic,
    compressWorker: function nativeCompress(options) {
      return new NativeFlate((bytes) => deflateRawSync(bytes, { level: options.level ?? -1 }));
    },
    // zlib unpacks a part at once, and stops where it outgrows any part a file may hold.
    uncompressWorker: () => new NativeFlate(inflatePart),
  };
}
