import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** Run a script in a fresh Node (jest keeps a module registry of its own, not require.cache). */
function node(script: string): unknown {
  const run = spawnSync(
    process.execPath,
    ["-r", require.resolve("ts-node/register/transpile-only"), "-e", script],
    { cwd: ROOT, encoding: "utf8", timeout: 60000 },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const DESCRIBE = `
  const exceljs = require("exceljs");
  const keys = Object.keys(exceljs).sort();
  const streamsLoaded = () => Object.keys(require.cache).some((f) => f.includes("workbook-reader"));
  const before = streamsLoaded();
  const stream = Object.keys(exceljs.stream.xlsx).sort();
  console.log(JSON.stringify({ keys, before, stream, valueTypes: exceljs.ValueType }));
`;

it("exceljs without its streams: the same names, the streams loaded only when asked for", () => {
  const whole = node(DESCRIBE) as { before: boolean };
  const light = node(
    `require("./src/cli/exceljs-without-streams").exceljsWithoutStreams();${DESCRIBE}`,
  ) as { before: boolean };
  expect(whole.before).toBe(true);
  expect(light.before).toBe(false);
  expect({ ...light, before: true }).toEqual(whole);
});
