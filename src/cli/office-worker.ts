/** The worker thread of `consolidate`'s pool (office-pool.ts): reads the files it is handed. */
import { parentPort } from "worker_threads";
import { exceljsWithoutStreams } from "./exceljs-without-streams";
import type { OfficeTask } from "./office-read";

// Before anything loads exceljs, as the command line's main thread does.
exceljsWithoutStreams();
// One file at a time, in the order handed: the pool may hand the next before this one is done,
// and a file's heap and time limits are its own.
const reader = import("./office-read");
let last: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: OfficeTask) => {
  last = last.then(async () => {
    const { readOffice } = await reader;
    parentPort?.postMessage(await readOffice(task));
  });
});
