import { bi, type Bilingual } from "../core/text";
import { officePlatform, type OfficePlatform } from "../workbook/office/platform";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** How a file the pane made reaches the person: a download, or a message saying why not. */
export type HandOver = { kind: "download" } | { kind: "refused"; why: Bilingual };

const NO_DOWNLOADS = bi(
  "Excel-ийн энэ хувилбарын хажуугийн самбар файл хадгалж чаддаггүй. Word баримтыг вэб дэх Excel-ээс (Excel on the web) хадгална уу, эсвэл «guitsetgel export» командыг ашиглана уу.",
  "This Excel's task pane cannot save files. Save the Word document from Excel on the web, or with the «guitsetgel export» command.",
);

/**
 * The one place that knows how each Office hands a file over (sources in the README, «Word
 * documents from the pane»). Windows (WebView2) and the web download a link's Blob as a browser
 * does; Mac and iPad (WKWebView) ignore such a download without a word (office-js #2700, "by
 * design"; #3385, #4681), and `openBrowserWindow` opens only a web address of ours, never the
 * file made in the pane (#3, #3848). Outside Office (the preview page) the page is a browser's.
 */
export function handOverOn(platform: OfficePlatform | null): HandOver {
  if (platform === null || platform === "windows" || platform === "web")
    return { kind: "download" };
  return { kind: "refused", why: NO_DOWNLOADS };
}

/** Download bytes as a file through a link to a Blob, as a browser saves any download. */
export function downloadFile(bytes: Uint8Array, file: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file;
  a.click();
  // The browser has the bytes once the download has started; later the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hand the file to the person the way this Office can; what happened. */
export function handOver(
  bytes: Uint8Array,
  file: string,
  type: string,
  platform: OfficePlatform | null = officePlatform(),
): HandOver {
  const how = handOverOn(platform);
  if (how.kind === "download") downloadFile(bytes, file, type);
  return how;
}
