/**
 * The .xlsx end to end: `guitsetgel compute` (read, evaluate, compute, summaries, write) on a
 * generated 10,000-row report, against exceljs alone reading and writing the same file. A second
 * row times the same steps one by one, to show where the add-in's own time goes; a third the
 * issue's steps (read, check with every finding, compute, write) without the summary sheets.
 */
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import ExcelJS from "exceljs";
import { putAddinSheets } from "../src/cli/addin-sheets";
import { runCli } from "../src/cli/main";
import { checkGrid, evaluateGrid } from "../src/core/checks";
import { evaluationAfter, planCompute } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { summarySheets } from "../src/core/summary";
import {
  applyCellWrites,
  defaultState,
  readXlsx,
  workbookToBuffer,
  writeStateSheet,
} from "../src/workbook";
import type { BenchFiles } from "./files";
import { ratioByRound, summarize, timeInTurns, type Row } from "./measure";

const ROWS = 10_000;
const RUNS = 7;

async function cliCompute(dir: string, input: string, output: string): Promise<void> {
  let stderr = "";
  const code = await runCli(["compute", input, "-o", output, "--force"], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    cwd: dir,
  });
  if (code !== 0) throw new Error(`compute exited ${code}: ${stderr}`);
}

async function exceljsAlone(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

type Phase = "read" | "check" | "evaluate" | "compute" | "summaries" | "write";

/**
 * The compute command's steps on their own clocks (`summaries`: read, evaluate, compute,
 * summaries, write); without, the issue's own steps (read, check, compute, write).
 */
async function phases(
  input: string,
  output: string,
  summaries: boolean,
): Promise<Partial<Record<Phase, number>>> {
  const ms: Partial<Record<Phase, number>> = {};
  let t0 = process.hrtime.bigint();
  const lap = (phase: Phase) => {
    const now = process.hrtime.bigint();
    ms[phase] = Number(now - t0) / 1e6;
    t0 = now;
  };
  const read = await readXlsx(await readFile(input));
  if (!read.ok) throw new Error(read.error.message.en);
  lap("read");
  const grid = read.sheets[0];
  const check = summaries
    ? evaluateGrid(grid, DEFAULT_SETTINGS)
    : checkGrid(grid, DEFAULT_SETTINGS);
  if (!check.ok) throw new Error(check.reason.en);
  lap(summaries ? "evaluate" : "check");
  const ws = read.workbook.getWorksheet(grid.sheet) as ExcelJS.Worksheet;
  const plan = planCompute(check.evaluation);
  applyCellWrites(ws, plan.writes);
  lap("compute");
  if (summaries) {
    const e = evaluationAfter(check.evaluation, plan.writes);
    const models = summarySheets(e, "mn").map((s) => ({
      model: s.model,
      kind: s.kind,
      source: grid.sheet,
      lang: "mn" as const,
    }));
    putAddinSheets(read.workbook, models, defaultState());
  }
  writeStateSheet(read.workbook, defaultState());
  if (summaries) lap("summaries");
  await writeFile(output, await workbookToBuffer(read.workbook));
  lap("write");
  return ms;
}

export async function xlsxBench(files: BenchFiles): Promise<Row[]> {
  const input = await files.report(ROWS);
  const full = join(files.dir, input);
  const out = join(files.dir, "computed.xlsx");
  const laps: Partial<Record<Phase, number>>[] = [];
  const {
    reference,
    cli: timing,
    steps,
    plain,
  } = await timeInTurns(
    {
      reference: () => exceljsAlone(full, join(files.dir, "exceljs.xlsx")),
      cli: () => cliCompute(files.dir, input, "computed.xlsx"),
      steps: async () => laps.push(await phases(full, out, true)),
      plain: () => phases(full, out, false),
    },
    RUNS,
  );
  const phaseNames = Object.keys(laps[0]) as Phase[];
  const perPhase = Object.fromEntries(
    phaseNames.map((p) => [`${p} ms`, summarize(laps.map((l) => l[p] ?? 0)).median.toFixed(0)]),
  );
  const refName = "exceljs alone: read + write the same file";
  return [
    {
      name: `.xlsx end to end: guitsetgel compute, ${ROWS.toLocaleString("en")} rows`,
      timing,
      reference: { name: refName, timing: reference },
      extra: {
        "add-in's own work over exceljs": `${((timing.median / reference.median - 1) * 100).toFixed(0)}%`,
        target: "under 50%",
        "ratio by round": ratioByRound(timing.rounds, reference.rounds),
      },
    },
    {
      name: `.xlsx end to end, step by step, ${ROWS.toLocaleString("en")} rows`,
      timing: steps,
      reference: { name: refName, timing: reference },
      extra: perPhase,
    },
    {
      name: `.xlsx read, check (every finding), compute, write, without the summary sheets, ${ROWS.toLocaleString("en")} rows`,
      timing: plain,
      reference: { name: refName, timing: reference },
      extra: {
        "add-in's own work over exceljs": `${((plain.median / reference.median - 1) * 100).toFixed(0)}%`,
        target: "under 50%",
        "ratio by round": ratioByRound(plain.rounds, reference.rounds),
      },
    },
  ];
}
