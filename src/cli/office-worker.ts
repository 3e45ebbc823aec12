/** A worker thread of `consolidate`'s pools (office-pool.ts): reads or checks the files it is handed. */
import { parentPort } from "worker_threads";
import { exceljsWithoutStreams } from "./exceljs-without-streams";
import type { OfficeJob } from "./office-read";

// Before anything loads exceljs, as the command line's main thread does.
exceljsWithoutStreams();
// One file at a time, in the order handed: the pool may hand the next before this one is done,
// and a file's heap and time limits are its own.
const stages = import("./office-read");
let last: Promise<void> = Promise.resolve();

parentPort?.on("message", (job: OfficeJob) => {
  last = last.then(async () => {
    const { readOfficeFile, checkOfficeFile } = await stages;
    parentPort?.postMessage(
      "read" in job
        ? await readOfficeFile(job.read)
        : checkOfficeFile(job.check.task, job.check.sheets, job.check.stored),
    );
  });
});
