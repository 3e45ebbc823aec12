/**
 * `npm run bench`: every figure is a median of several runs with its min and max, beside a
 * reference measured in the same run, so ratios hold on a noisy machine. Prints a table and
 * writes bench/results.json. `npm run bench -- core office` runs only the groups named.
 */
import { writeFileSync } from "fs";
import { cpus } from "os";
import { join } from "path";
import { consolidateBench } from "./consolidate";
import { coreBench, realSizeBench } from "./core";
import { BenchFiles } from "./files";
import { formatTable, type Row } from "./measure";
import { memoryBench } from "./memory";
import { officeBench } from "./office";
import { taskpaneBench } from "./taskpane";
import { xlsxBench } from "./xlsx";

const GROUPS: Record<string, (files: BenchFiles) => Promise<Row[]>> = {
  real: () => realSizeBench(),
  core: () => coreBench(),
  xlsx: (files) => xlsxBench(files),
  consolidate: (files) => consolidateBench(files),
  office: () => officeBench(),
  memory: (files) => memoryBench(files),
  taskpane: () => taskpaneBench(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const names = wanted.length ? wanted : Object.keys(GROUPS);
  const unknown = names.filter((n) => !GROUPS[n]);
  if (unknown.length > 0) {
    throw new Error(
      `unknown bench group: ${unknown.join(", ")} (known: ${Object.keys(GROUPS).join(", ")})`,
    );
  }
  const started = Date.now();
  const files = new BenchFiles();
  const rows: Row[] = [];
  const seconds: Record<string, number> = {};
  try {
    for (const name of names) {
      const t0 = Date.now();
      process.stderr.write(`bench: ${name}…\n`);
      rows.push(...(await GROUPS[name](files)));
      seconds[name] = Math.round((Date.now() - t0) / 1000);
    }
  } finally {
    files.remove();
  }
  const total = Math.round((Date.now() - started) / 1000);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}`;
  process.stdout.write(
    `${formatTable(rows)}\n\n${machine}; groups took ${JSON.stringify(seconds)}, ${total} s in all.\n`,
  );
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine,
    seconds,
    total,
    rows,
  };
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
