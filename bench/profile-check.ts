/**
 * Profile the core checks: `node -r ts-node/register/transpile-only --cpu-prof bench/profile-check.ts 10000`
 * runs checkGrid + planCompute on a generated report of that many criterion rows a few times.
 */
import { checkGrid } from "../src/core/checks";
import { planCompute } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateReport } from "../test/fixtures/generate-report";

const rows = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const grid = generateReport(rows);
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  const result = checkGrid(grid, DEFAULT_SETTINGS);
  if (result.ok) planCompute(result.evaluation);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    `${rows} rows: ${ms.toFixed(0)} ms, ${((ms * 1000) / rows).toFixed(1)} µs/row, ${result.findings.length} findings\n`,
  );
}
