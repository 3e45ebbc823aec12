import * as path from "path";
import { OfficePool } from "../../src/cli/office-pool";
import type { OfficeFile, OfficeTask } from "../../src/cli/office-read";
import { generateReport } from "../fixtures/generate-report";
import { makeTmp, removeTmp, writeGrids } from "./helpers";

/*
 * consolidate's two pools: a file is read in one worker and checked in another, each bounded in
 * heap and time. A worker that overruns is ended: its file comes back left out with the limits,
 * the files handed to it after that one go back to the queue, and a new worker takes them on.
 */
let dir: string;
const tasks: OfficeTask[] = [];

beforeAll(async () => {
  dir = makeTmp("pool");
  for (const i of [1, 2, 3]) {
    const file = `Сум ${i}.xlsx`;
    await writeGrids(path.join(dir, file), [generateReport(15, i)]);
    tasks.push({ file, cwd: dir, flags: {} });
  }
}, 60_000);
afterAll(() => removeTmp(dir));

describe("a file read in one pool and checked in another", () => {
  const readers = new OfficePool(1);
  afterAll(() => readers.close());

  let read: OfficeFile[];
  beforeAll(async () => {
    read = await Promise.all(tasks.map((t) => readers.read(t)));
  }, 120_000);

  it("reads each file's sheet, with its copy, in the reader", () => {
    for (const r of read) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const sheet = generateReport(15).sheet!;
      expect(r.sheets.map((s) => s.sheet)).toEqual([sheet]);
      expect(Object.keys(r.copies)).toEqual([sheet]);
      expect(r.copies[sheet].rows.length).toBeGreaterThan(15);
    }
  });

  it("checks them in the checker: each file's unit, its findings and figures", async () => {
    const checkers = new OfficePool(1);
    try {
      const units = await Promise.all(
        tasks.map((t, i) => checkers.check(t, read[i] as Extract<OfficeFile, { ok: true }>)),
      );
      for (const u of units) {
        expect(u.ok).toBe(true);
        if (!u.ok) continue;
        expect(u.sheets).toHaveLength(1);
        expect(u.sheets[0].template).toBe("org-report");
        // 15 criteria rows: every measure has a line of the consolidation.
        const measures = u.sheets[0].figures.lines.flatMap((l) => l.measures);
        expect(measures.length).toBeGreaterThan(0);
      }
    } finally {
      await checkers.close();
    }
  }, 120_000);

  it("leaves out, in order, every file a checker cannot check in its time, and the pool goes on", async () => {
    // 50 ms: no checker starts in that time, so each file's check overruns. The two handed to
    // the first checker behind the first go back to the queue, each to a new checker.
    const checkers = new OfficePool(1, { heapMb: 512, seconds: 0.05 });
    try {
      const units = await Promise.all(
        tasks.map((t, i) => checkers.check(t, read[i] as Extract<OfficeFile, { ok: true }>)),
      );
      expect(units.map((u) => (u.ok ? "ok" : u.reason.en))).toEqual(
        tasks.map((t) => expect.stringContaining(`«${t.file}»: too large to read within 512 MB`)),
      );
    } finally {
      await checkers.close();
    }
  }, 120_000);
});
