import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../workbook/office/adapter";
import { officeHost } from "../workbook/office/host";
import { App, preloadView, viewFromQuery } from "./App";

const initialView = viewFromQuery(window.location.search);
// The first view's chunk downloads while office.js initialises.
const firstView = preloadView(initialView);

/** Once Office is ready, the pane talks to the workbook through the Office adapter. */
function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const port = new OfficeWorkbook(officeHost());
  createRoot(container).render(<App port={port} initialView={initialView} />);
}

// Outside Office (office.js not loaded) there is no workbook to talk to.
if (typeof Office !== "undefined") void Promise.all([Office.onReady(), firstView]).then(start);
