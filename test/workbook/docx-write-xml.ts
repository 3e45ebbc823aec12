import JSZip from "jszip";

/** A written .docx's parts, as a person unzipping it would read them. */
export async function docxParts(bytes: Uint8Array): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the .docx`);
    return file.async("string");
  };
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml") };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of an XML fragment: its w:t runs, paragraphs separated by a newline. */
export function textOf(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(""),
    )
    .filter((t) => t !== "")
    .join("\n");
}

/** Each table of the document: its rows, with their text (cells joined by " | ") and whether they repeat. */
export function tablesOf(xml: string): { header: boolean; text: string; cells: string[] }[][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => {
      const cells = [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]);
      return {
        header: /<w:tblHeader\/>/.test(r[1]),
        text: cells.map((c) => textOf(c)).join(" | "),
        cells,
      };
    }),
  );
}

/** The page size and orientation of each section. */
export function pagesOf(xml: string): { w: number; h: number; orient: string }[] {
  return [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="(\w+)")?\/>/g)].map(
    (m) => ({
      w: Number(m[1]),
      h: Number(m[2]),
      orient: m[3] ?? "portrait",
    }),
  );
}
