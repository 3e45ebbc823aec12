import { createRoot } from "react-dom/client";
import { App, preloadView, viewFromQuery } from "../taskpane/App";
import { createMemoryExcel } from "../workbook/memory/excel";
import { emptyWorkbook } from "../workbook/memory/model";
import { OfficeWorkbook } from "../workbook/office/adapter";
import { previewHost } from "./host";
import { Preview } from "./Preview";

const PANE_WIDTH = { min: 280, default: 360, max: 640 };

/** `?pane=320` sets the task pane's width in pixels (Excel's pane is about 320–400 px). */
function paneWidthFromQuery(search: string): number {
  const asked = Number(new URLSearchParams(search).get("pane"));
  if (!Number.isFinite(asked) || asked === 0) return PANE_WIDTH.default;
  return Math.min(Math.max(asked, PANE_WIDTH.min), PANE_WIDTH.max);
}

// The fake Office host exists before the task pane loads; the pane sees only the port over it,
// exactly as in Excel. No office.js: the preview page never reaches the network.
const excel = createMemoryExcel(emptyWorkbook("Sheet1"));
const host = previewHost(excel);
const port = new OfficeWorkbook(host);

// The live workbook, for the browser tests and for a look from the developer console.
(window as unknown as { guitsetgelPreview: unknown }).guitsetgelPreview = {
  workbook: () => excel.workbook,
};

const query = window.location.search;
const initialView = viewFromQuery(query);
const container = document.getElementById("root");

// The first view's chunk arrives before the first render, as in the task pane's own page.
void preloadView(initialView).then(() => {
  if (!container) return;
  createRoot(container).render(
    // `?only=pane`: the task pane alone at its width, as Excel shows it (what the benchmark loads).
    new URLSearchParams(query).get("only") === "pane" ? (
      <div style={{ width: `${paneWidthFromQuery(query)}px` }}>
        <App port={port} initialView={initialView} />
      </div>
    ) : (
      <Preview
        host={host}
        port={port}
        initialView={initialView}
        paneWidth={paneWidthFromQuery(query)}
      />
    ),
  );
});
