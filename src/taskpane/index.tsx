import { createRoot } from "react-dom/client";
import { App, viewFromQuery } from "./App";

/** Waits for Office when office.js is present; in a plain browser (preview) the pane renders anyway. */
async function start(): Promise<void> {
  if (typeof Office !== "undefined") {
    await Office.onReady();
  }
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(<App initialView={viewFromQuery(window.location.search)} />);
  }
}

void start();
