import { checkGrid } from "../src/core/checks";
import { planCompute } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateReport } from "../test/fixtures/generate-report";
import type { Grid } from "../src/core/grid";
import { time, type Row } from "./measure";
import { realPlan, realReport } from "./real-sizes";

/** Check + compute of one grid, as the pane runs it on a sheet; the number of findings. */
function checkAndCompute(grid: Grid): number {
  const result = checkGrid(grid, DEFAULT_SETTINGS);
  if (!result.ok) throw new Error(`${grid.sheet ?? "grid"} not recognised`);
  planCompute(result.evaluation);
  return result.findings.length;
}

/**
 * The sizes people have, from the seeds: an office's 141-row plan and a 600-row report (target:
 * check + compute under 30 ms). Reference: a JSON round trip of the same grid.
 */
export async function realSizeBench(): Promise<Row[]> {
  const cases: [string, Grid][] = [
    ["core check + compute, seed 003's plan (141 rows)", realPlan],
    ["core check + compute, a 600-row report of seed 000's rows", realReport(600)],
  ];
  const rows: Row[] = [];
  for (const [name, grid] of cases) {
    let findings = 0;
    for (let i = 0; i < 10; i++) findings = checkAndCompute(grid); // warmed up first
    const timing = await time(() => checkAndCompute(grid), 31);
    const reference = await time(() => JSON.parse(JSON.stringify(grid)), 31);
    const chars = grid.cells.flat().reduce<number>((n, v) => n + String(v ?? "").length, 0);
    rows.push({
      name,
      timing,
      reference: { name: "JSON round trip of the grid", timing: reference },
      extra: { rows: grid.cells.length, characters: chars.toLocaleString("en"), findings },
    });
  }
  return rows;
}

/**
 * Core check + compute of generated reports; reference: a JSON round trip of the same grid.
 * The time per row must stay flat as the rows grow (linear growth).
 */
export async function coreBench(sizes = [1_000, 10_000, 100_000]): Promise<Row[]> {
  const rows: Row[] = [];
  let firstPerRow: number | undefined;
  for (const n of sizes) {
    const grid = generateReport(n);
    const runs = n >= 100_000 ? 5 : 7;
    let findings = 0;
    const timing = await time(() => (findings = checkAndCompute(grid)), runs);
    const reference = await time(() => JSON.parse(JSON.stringify(grid)), runs);
    const perRow = (timing.median * 1000) / n;
    firstPerRow ??= perRow;
    rows.push({
      name: `core check + compute, ${n.toLocaleString("en")} criterion rows`,
      timing,
      reference: { name: "JSON round trip of the grid", timing: reference },
      extra: {
        "µs/row": perRow.toFixed(1),
        [`µs/row against ${sizes[0].toLocaleString("en")} rows`]: `${(perRow / firstPerRow).toFixed(2)}×`,
        findings,
      },
    });
  }
  return rows;
}
