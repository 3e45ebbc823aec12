/**
 * What Fluent UI v9 needs from a browser that jsdom lacks. Imported first by the task pane's
 * jsdom tests (jest's config is shared, so the tests bring their own setup).
 */
import { TextDecoder, TextEncoder } from "util";
import { configure } from "@testing-library/react";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
  }
  if (!window.matchMedia) {
    Object.defineProperty(window, "matchMedia", {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // Tabster (Fluent's keyboard navigation) skips elements whose offsetParent is null, which jsdom
  // answers for every element; answer as a browser would: null only inside display:none.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      const shown = (el: HTMLElement | null): boolean =>
        !el ||
        (!el.hidden && window.getComputedStyle(el).display !== "none" && shown(el.parentElement));
      return shown(this) ? this.parentElement : null;
    },
  });
  // …and treats a page whose body has no size as hidden (jsdom lays nothing out): a 320 px pane.
  document.body.getBoundingClientRect = () => new DOMRect(0, 0, 320, 768);
  // Browsers read a picked file with Blob.arrayBuffer; jsdom has only FileReader.
  if (typeof Blob !== "undefined" && !("arrayBuffer" in Blob.prototype)) {
    Object.defineProperty(Blob.prototype, "arrayBuffer", {
      value(this: Blob): Promise<ArrayBuffer> {
        return new Promise((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error);
          reader.readAsArrayBuffer(this);
        });
      },
    });
  }
  // exceljs (consolidation) decodes the file's XML with these.
  if (!("TextDecoder" in globalThis)) Object.assign(globalThis, { TextDecoder, TextEncoder });
}

// Lazy views and Fluent's first render can take seconds on a loaded 2-core CI machine: wait
// for what the person would see rather than fail on jsdom's default one-second patience.
configure({ asyncUtilTimeout: 15000 });
