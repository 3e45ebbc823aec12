import type JSZip from "jszip";
import type { ZipEntry } from "../xlsx/zip-limits";

export type ZipRefusal = "too-large";

export type EntryRead =
  { ok: true } | { ok: false; refusal: ZipRefusal } | { ok: false; missing: true };

/**
 * Streams one part of the zip as text to `take`, chunk by chunk, stopping once more than
 * `cap` characters came. The declared sizes were checked before (zipWithinLimits), but a
 * damaged or hostile file may declare less than it holds.
 */
export async function streamEntry(
  zip: JSZip,
  name: string,
  cap: number,
  take: (chunk: string) => void,
): Promise<EntryRead> {
  const entry = zip.file(name);
  if (!entry) return { ok: false, missing: true };
  const stream = (entry as unknown as ZipEntry).internalStream("string");
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
