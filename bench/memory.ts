/**
 * Peak memory (max RSS) of `guitsetgel check` on a generated 100,000-row report, in a child
 * process, against exceljs alone reading the same file in a child process started the same way.
 */
import { join } from "path";
import { BIN, RSS_SOURCE, ensureBuiltCli, runNode, type ChildRun } from "./child";
import type { BenchFiles } from "./files";
import { summarize, type Row } from "./measure";

const EXCELJS_READ = join(__dirname, "exceljs-read.ts");
const ROWS = 100_000;
const RUNS = 5;

export async function memoryBench(files: BenchFiles): Promise<Row[]> {
  const input = await files.report(ROWS);
  ensureBuiltCli();
  const cli: ChildRun[] = [];
  const ref: ChildRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runNode([BIN, "check", input], files.dir);
    // 1: the generated report holds error findings on purpose.
    if (run.code !== 1 && run.code !== 0) throw new Error(`check exited ${run.code}`);
    cli.push(run);
    const read = await runNode([EXCELJS_READ, input], files.dir, true);
    if (read.code !== 0) throw new Error(`exceljs-read exited ${read.code}`);
    ref.push(read);
  }
  const seconds = (runs: ChildRun[]) => (summarize(runs.map((r) => r.ms)).median / 1000).toFixed(1);
  return [
    {
      name: `peak memory (max RSS), built CLI check of a ${ROWS.toLocaleString("en")}-row report`,
      unit: "MB",
      timing: summarize(cli.map((r) => r.maxRssMb)),
      reference: {
        name: "exceljs alone reading the same file",
        timing: summarize(ref.map((r) => r.maxRssMb)),
      },
      extra: { "CLI wall s": seconds(cli), "exceljs wall s": seconds(ref), measured: RSS_SOURCE },
    },
  ];
}
