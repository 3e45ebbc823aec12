/**
 * `guitsetgel consolidate` of the 30 aimag and district offices' reports and of 330 soums'
 * reports, each run in a child process (time and peak memory), against exceljs alone reading
 * the same files in a child process started the same way.
 */
import { join } from "path";
import { BIN, RSS_SOURCE, ensureBuiltCli, runNode, type ChildRun } from "./child";
import type { BenchFiles } from "./files";
import { ratioByRound, summarize, type Row } from "./measure";

const EXCELJS_READ = join(__dirname, "exceljs-read.ts");
const RUNS = 7;

/**
 * Each run of the command followed by one of its reference, in turns: this machine's speed drifts
 * by a fifth within an hour, and runs in two blocks would each meet a different speed.
 */
async function runsInTurns(
  run: () => Promise<ChildRun>,
  reference: () => Promise<ChildRun>,
  runs: number,
): Promise<{ runs: ChildRun[]; references: ChildRun[] }> {
  const out = { runs: [] as ChildRun[], references: [] as ChildRun[] };
  for (let i = 0; i < runs; i++) {
    out.runs.push(await run());
    out.references.push(await reference());
  }
  return out;
}

function checked(runs: ChildRun[], ok: number[], what: string): ChildRun[] {
  const bad = runs.find((r) => !ok.includes(r.code));
  if (bad) throw new Error(`${what} exited ${bad.code}`);
  return runs;
}

export async function consolidateBench(files: BenchFiles): Promise<Row[]> {
  const rows: Row[] = [];
  ensureBuiltCli();
  for (const which of ["30", "330"] as const) {
    const inputs = await files.officeReports(which);
    const out = `consolidated-${which}.xlsx`;
    const turns = await runsInTurns(
      () => runNode([BIN, "consolidate", ...inputs, "-o", out, "--force"], files.dir),
      () => runNode([EXCELJS_READ, ...inputs], files.dir, true),
      RUNS,
    );
    // 1: the reports hold error findings, which is what they are generated to do.
    const cli = checked(turns.runs, [0, 1], "consolidate");
    const ref = checked(turns.references, [0], "exceljs-read");
    const offices = which === "30" ? "21 aimags + 9 districts" : "330 soums";
    const rss = summarize(cli.map((r) => r.maxRssMb));
    const refRss = summarize(ref.map((r) => r.maxRssMb));
    rows.push({
      name: `consolidate ${which} offices' reports (${offices}), built CLI in a child process`,
      timing: summarize(cli.map((r) => r.ms)),
      reference: {
        name: "exceljs alone reading the same files (child process)",
        timing: summarize(ref.map((r) => r.ms)),
      },
      extra: {
        "ms/office": (summarize(cli.map((r) => r.ms)).median / inputs.length).toFixed(0),
        "ratio by round": ratioByRound(
          cli.map((r) => r.ms),
          ref.map((r) => r.ms),
        ),
      },
    });
    if (which === "330") {
      rows.push({
        name: "peak memory (max RSS), CLI consolidate of 330 offices",
        unit: "MB",
        timing: rss,
        reference: { name: "exceljs alone reading the same files", timing: refRss },
        extra: { measured: RSS_SOURCE },
      });
    }
  }
  return rows;
}
