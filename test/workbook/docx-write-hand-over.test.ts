/** @jest-environment jsdom */
import { DOCX_TYPE, handOver, handOverOn } from "../../src/taskpane/hand-over";

describe("handing the Word document to the person", () => {
  it("downloads where the webview does (Windows, the web, the preview page), and says why not on Mac", () => {
    for (const platform of [null, "windows", "web"] as const) {
      expect(handOverOn(platform)).toEqual({ kind: "download" });
    }
    for (const platform of ["mac", "ios", "other"] as const) {
      const how = handOverOn(platform);
      expect(how.kind).toBe("refused");
      if (how.kind === "refused") {
        expect(how.why.mn).toContain("guitsetgel export");
        expect(how.why.en).toContain("Excel on the web");
      }
    }
  });

  it("hands the bytes to the browser as a link to a Blob named after the sheet, and only where it works", () => {
    // The link's URL is let go ten seconds later: a timer this test does not wait for.
    jest.useFakeTimers();
    const made: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return "blob:word";
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    expect(handOver(new Uint8Array([80, 75]), "Биелэлт.docx", DOCX_TYPE, "windows").kind).toBe(
      "download",
    );
    expect(handOver(new Uint8Array([80, 75]), "Биелэлт.docx", DOCX_TYPE, "mac").kind).toBe(
      "refused",
    );
    expect(clicked).toEqual([{ href: "blob:word", download: "Биелэлт.docx" }]);
    expect(made.map((b) => [b.type, b.size])).toEqual([[DOCX_TYPE, 2]]);
    click.mockRestore();
    jest.runAllTimers();
    jest.useRealTimers();
  });
});
