/** Byte patterns that tell what a file is, before any library opens it (.xlsx and .docx readers). */

/** The file starts with these bytes. */
export function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Position of a byte sequence, -1 when absent. */
export function indexOfBytes(hay: Uint8Array, needle: number[]): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
export const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/** An OLE (CFB) container: an old .xls or .doc, or a password-protected .xlsx or .docx. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
export const ZIP_MAGIC = ascii("PK");
