import JSZip from "jszip";

export type ZipRefusal = "too-large";

/** jszip's entry with the sizes its central directory declares (private, untyped). */
interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/** jszip's stream of an entry's content (public at run time, absent from its types). */
interface EntryStream {
  on(event: "data", fn: (chunk: string) => void): EntryStream;
  on(event: "end", fn: () => void): EntryStream;
  on(event: "error", fn: (e: unknown) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

export type EntryRead =
  { ok: true } | { ok: false; refusal: ZipRefusal } | { ok: false; missing: true };

/**
 * Streams one part of the zip as text to `take`, chunk by chunk, stopping once more than
 * `cap` characters came (the declared size is checked first, but a damaged or hostile file
 * may declare less than it holds).
 */
export async function streamEntry(
  zip: JSZip,
  name: string,
  cap: number,
  take: (chunk: string) => void,
): Promise<EntryRead> {
  const entry = zip.file(name);
  if (!entry) return { ok: false, missing: true };
  const declared = (entry as unknown as SizedEntry)._data?.uncompressedSize ?? 0;
  if (declared > cap) return { ok: false, refusal: "too-large" };
  const stream = (
    entry as unknown as { internalStream(type: "string"): EntryStream }
  ).internalStream("string");
  return new Promise<EntryRead>((resolve, reject) => {
    let seen = 0;
    let stopped = false;
    stream
      .on("data", (chunk) => {
        if (stopped) return;
        seen += chunk.length;
        if (seen > cap) {
          stopped = true;
          stream.pause();
          resolve({ ok: false, refusal: "too-large" });
          return;
        }
        try {
          take(chunk);
        } catch (e) {
          stopped = true;
          stream.pause();
          reject(e);
        }
      })
      .on("end", () => {
        if (!stopped) resolve({ ok: true });
      })
      .on("error", (e) => {
        if (!stopped) reject(e);
      })
      .resume();
  });
}
