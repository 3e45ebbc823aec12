import { checkGrid } from "../src/core/checks";
import { planCompute } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateReport } from "../test/fixtures/generate-report";
import { time, type Row } from "./measure";

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
    const timing = await time(() => {
      const result = checkGrid(grid, DEFAULT_SETTINGS);
      if (!result.ok) throw new Error("generated report not recognised");
      findings = result.findings.length;
      planCompute(result.evaluation);
    }, runs);
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
