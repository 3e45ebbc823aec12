import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { unexpected } from "./io";
import { msg } from "./messages";
import type { LeftOut, OfficeFile, OfficeJob, OfficeTask, OfficeUnits } from "./office-read";

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
  /** The file, as the person typed it, that the job is on. */
  file: string;
  job: OfficeJob;
  done: (result: unknown) => void;
}

/**
 * Files handed to a worker at once: the one it reads and the next, waiting in its queue, so that
 * it goes on without waiting for this thread between files (330 soums' reports: 380 ms of 2.3 s
 * idle with one at a time).
 */
const HANDED = 2;

/** A worker and its files: the first is being read, the rest wait in the worker, in order. */
interface Slot {
  worker: Worker;
  jobs: Job[];
  /** The time limit of the file being read. */
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads reading or checking offices' files, each file bounded in heap and time. A
 * worker that runs out of heap, dies or overruns is ended and replaced; its file comes back as
 * left out, with the limits it did not fit in, the files waiting in it go back to the queue, and
 * the others go on. Workers start as files come and stay for the next ones; an idle worker does
 * not keep the process alive.
 */
export class OfficePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(
    /** Workers at once (each may hold OFFICE_LIMITS.heapMb). */
    readonly size: number,
    private readonly limits = OFFICE_LIMITS,
  ) {}

  /** A file read: its grids, state and sheets' copies, or why it was left out. */
  read(task: OfficeTask): Promise<OfficeFile> {
    return this.run(task.file, { read: task }) as Promise<OfficeFile>;
  }

  /** A file's grids checked: its units, or why it was left out. */
  check(task: OfficeTask, file: Extract<OfficeFile, { ok: true }>): Promise<OfficeUnits> {
    const { sheets, stored } = file;
    return this.run(task.file, { check: { task, sheets, stored } }) as Promise<OfficeUnits>;
  }

  private run(file: string, job: OfficeJob): Promise<unknown> {
    return new Promise((done) => {
      this.queue.push({ file, job, done });
      this.dispatch();
    });
  }

  /**
   * Start a worker before the first file is asked for: its start (a thread, the modules it
   * loads) then runs while this thread loads its own.
   */
  warm(): void {
    if (this.slots.length === 0) this.start().worker.unref();
  }

  /** End every worker and drop the files not read yet (a run stopped halfway). */
  async close(): Promise<void> {
    this.queue.length = 0;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => (clearTimeout(s.timer), s.worker.terminate())));
  }

  /** An idle worker, a new one while there may be more, else the least busy with room. */
  private slotFor(): Slot | undefined {
    const idle = this.slots.find((s) => s.jobs.length === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.start();
    const free = this.slots.filter((s) => s.jobs.length < HANDED);
    return free.sort((a, b) => a.jobs.length - b.jobs.length)[0];
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slotFor();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.ref();
      if (slot.jobs.length === 1) this.startClock(slot);
      slot.worker.postMessage(job.job);
    }
  }

  /** The time limit starts when a file's reading does: when the file before it is done. */
  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => this.fail(slot, null), this.limits.seconds * 1000);
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(this.limits), jobs: [] };
    slot.worker.on("message", (result: unknown) => this.finish(slot, result));
    slot.worker.on("error", (e) => this.fail(slot, e));
    slot.worker.on("exit", () => this.fail(slot, null));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, result: unknown): void {
    clearTimeout(slot.timer);
    const job = slot.jobs.shift();
    if (slot.jobs.length > 0) this.startClock(slot);
    job?.done(result);
    this.dispatch();
    if (slot.jobs.length === 0) slot.worker.unref();
  }

  /**
   * The worker ran out of heap or time, or died: its file is left out with the limits, the files
   * waiting in it go back to the front of the queue, and another worker takes its place.
   */
  private fail(slot: Slot, error: Error | null): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [job, ...waiting] = slot.jobs;
    this.queue.unshift(...waiting);
    if (job) {
      const { file } = job;
      const crashed = error && (error as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY";
      const left: LeftOut = {
        ok: false,
        reason: crashed
          ? msg.inFile(file, unexpected(error).text)
          : msg.tooLargeToRead(file, this.limits.heapMb, this.limits.seconds),
      };
      job.done(left);
    }
    this.dispatch();
  }
}

/** The threads reading offices' files and those checking what they read. */
export interface OfficePools {
  readers: OfficePool;
  checkers: OfficePool;
}

let shared: OfficePools | null = null;

/**
 * The process's pools: a second run in the same process (the tests run many) finds their
 * workers started, which under ts-node saves seconds of transpiling per worker. Files are read
 * in one pool and checked in the other, as on a line: each thread compiles only its own half of
 * the code (a thread compiles what it runs anew, and a file is read once), and on two cores a
 * file is checked while the next is read. One of each per two cores, at most 2. On 2 cores the
 * whole command on 330 soums' reports took 3.17 s with a reader and a checker against 3.41 s
 * with one worker doing both (medians of 8 in turns; the 30 aimags' larger reports 1.38 against
 * 1.37 s), and two workers each doing both were slower than one (4.02 against 3.84 s).
 */
export function officePools(): OfficePools {
  const size = Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2)));
  shared ??= { readers: new OfficePool(size), checkers: new OfficePool(size) };
  return shared;
}
