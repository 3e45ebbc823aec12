/**
 * Node programs run in a child process, timed from outside, with their peak memory (max RSS):
 * from `/usr/bin/time -v` where it exists, else from `process.resourceUsage().maxRSS` written by
 * the max-rss.ts preload when the child exits.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const GNU_TIME = "/usr/bin/time";
/** ts-node in a child started elsewhere would look for a tsconfig.json from its own folder. */
const ENV = { ...process.env, TS_NODE_PROJECT: join(__dirname, "..", "tsconfig.json") };
const PRELOAD = [
  "-r",
  require.resolve("ts-node/register/transpile-only"),
  "-r",
  join(__dirname, "max-rss.ts"),
];

export interface ChildRun {
  ms: number;
  maxRssMb: number;
  code: number;
}

/** How the peak memory is measured on this machine, for the table's notes. */
export const RSS_SOURCE = existsSync(GNU_TIME)
  ? "/usr/bin/time -v"
  : "process.resourceUsage().maxRSS";

function spawned(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/**
 * Run `node <args>` in `cwd`. A program that needs no ts-node (the built bin/guitsetgel.js)
 * runs without it; with `tsNode` set, a .ts script gets it.
 */
export async function runNode(args: string[], cwd: string, tsNode = false): Promise<ChildRun> {
  const node = process.execPath;
  const register = tsNode ? ["-r", require.resolve("ts-node/register/transpile-only")] : [];
  const t0 = process.hrtime.bigint();
  if (existsSync(GNU_TIME)) {
    const { code, stderr } = await spawned(GNU_TIME, ["-v", node, ...register, ...args], cwd, ENV);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (!kb) throw new Error(`no max RSS in /usr/bin/time output:\n${stderr.slice(-2000)}`);
    return { ms, maxRssMb: Number(kb[1]) / 1024, code };
  }
  const file = join(tmpdir(), `guitsetgel-rss-${process.pid}-${Date.now()}.txt`);
  try {
    const { code } = await spawned(node, [...PRELOAD, ...args], cwd, {
      ...ENV,
      BENCH_RSS_FILE: file,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, maxRssMb: Number(readFileSync(file, "utf8")) / 1024, code };
  } finally {
    rmSync(file, { force: true });
  }
}

const ROOT = join(__dirname, "..");
export const BIN = join(ROOT, "bin", "guitsetgel.js");

/**
 * Compile the command line (`npm run build:cli`) unless the build is current, so that the child
 * processes time the command line people run after a build, not ts-node transpiling at start.
 */
export function ensureBuiltCli(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { builtCli } = require("../bin/built-cli") as { builtCli: (root: string) => string | null };
  if (builtCli(ROOT)) return;
  const run = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0 || !builtCli(ROOT)) {
    throw new Error(`the command line did not build:\n${run.stdout}${run.stderr}`);
  }
}
