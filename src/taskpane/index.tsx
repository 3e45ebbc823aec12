import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../workbook/office/adapter";
import { officeHost } from "../workbook/office/host";
import { App, viewFromQuery } from "./App";

/** Once Office is ready, the pane talks to the workbook through the Office adapter. */
function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const port = new OfficeWorkbook(officeHost());
  createRoot(container).render(
    <App port={port} initialView={viewFromQuery(window.location.search)} />,
  );
}

// Outside Office (office.js not loaded) there is no workbook to talk to.
if (typeof Office !== "undefined") void Office.onReady(start);
