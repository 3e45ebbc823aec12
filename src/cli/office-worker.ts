/** The worker thread of `consolidate`'s pool (office-pool.ts): reads the files it is handed. */
import { parentPort } from "worker_threads";
import { exceljsWithoutStreams } from "./exceljs-without-streams";
import type { OfficeTask } from "./office-read";

// Before anything loads exceljs, as the command line's main thread does.
exceljsWithoutStreams();
const reader = import("./office-read");

parentPort?.on("message", (task: OfficeTask) => {
  void reader
    .then(({ readOffice }) => readOffice(task))
    .then((read) => parentPort?.postMessage(read));
});
