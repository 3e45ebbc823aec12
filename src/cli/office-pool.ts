import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { unexpected } from "./io";
import { msg } from "./messages";
import type { OfficeRead, OfficeTask } from "./office-read";

/**
 * What one office's file may take: far above a real report (a generated 10,000-row one reads in
 * a fifth of a second), far below what would stop the run (a column of a million values needs
 * gigabytes).
 */
export const OFFICE_LIMITS = { heapMb: 512, seconds: 60 };

/**
 * A worker running office-worker: the compiled .js in the built command line; under ts-node or
 * ts-jest the .ts, through ts-node (a worker inherits no module hooks from its parent).
 */
function startWorker(limits: typeof OFFICE_LIMITS): Worker {
  const script = path.join(__dirname, `office-worker${path.extname(__filename)}`);
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb };
  if (!script.endsWith(".ts")) return new Worker(script, { resourceLimits });
  const project = path.join(__dirname, "..", "..", "tsconfig.json");
  const register = { transpileOnly: true, project, compilerOptions: { sourceMap: false } };
  const code =
    `require(${JSON.stringify(require.resolve("ts-node"))}).register(${JSON.stringify(register)});` +
    `require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, resourceLimits });
}

interface Job {
  task: OfficeTask;
  done: (read: OfficeRead) => void;
}

/** A worker and the job it is on. */
interface Slot {
  worker: Worker;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads reading offices' files, each file bounded in heap and time. A worker that runs
 * out of heap, dies or overruns is ended and replaced; its file comes back as left out, with the
 * limits it did not fit in, and the others go on. Workers start as files come and stay for the
 * next ones; an idle worker does not keep the process alive.
 */
export class OfficePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(
    /** Workers reading at once: one per core, at most 4 (each may hold OFFICE_LIMITS.heapMb). */
    readonly size = Math.min(availableParallelism(), 4),
    private readonly limits = OFFICE_LIMITS,
  ) {}

  read(task: OfficeTask): Promise<OfficeRead> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  /** End every worker and drop the files not read yet (a run stopped halfway). */
  async close(): Promise<void> {
    this.queue.length = 0;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => (clearTimeout(s.timer), s.worker.terminate())));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.fail(slot, null), this.limits.seconds * 1000);
      slot.worker.postMessage(job.task);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(this.limits), job: null };
    slot.worker.on("message", (read: OfficeRead) => this.finish(slot, read));
    slot.worker.on("error", (e) => this.fail(slot, e));
    slot.worker.on("exit", () => this.fail(slot, null));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, read: OfficeRead): void {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = null;
    job?.done(read);
    this.dispatch();
    if (!slot.job) slot.worker.unref();
  }

  /**
   * The worker ran out of heap or time, or died: its file is left out with the limits, and
   * another worker takes its place for the files still to read.
   */
  private fail(slot: Slot, error: Error | null): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    const job = slot.job;
    if (job) {
      const { file } = job.task;
      const crashed = error && (error as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY";
      job.done({
        ok: false,
        reason: crashed
          ? msg.inFile(file, unexpected(error).text)
          : msg.tooLargeToRead(file, this.limits.heapMb, this.limits.seconds),
      });
    }
    this.dispatch();
  }
}

let shared: OfficePool | null = null;

/**
 * The process's pool: a second run in the same process (the tests run many) finds its workers
 * started, which under ts-node saves seconds of transpiling per worker.
 */
export function officePool(): OfficePool {
  shared ??= new OfficePool();
  return shared;
}
