import { spawnSync } from "child_process";
import * as path from "path";
import { seed003 } from "../fixtures/seeds/seed003";
import { expectedExit, makeTmp, parseCheckJson, removeTmp, writeGrids } from "./helpers";

const BIN = path.resolve(__dirname, "../../bin/guitsetgel.js");

let dir: string;
beforeAll(async () => {
  dir = makeTmp("bin");
  await writeGrids(path.join(dir, "plan.xlsx"), [seed003]);
});
afterAll(() => removeTmp(dir));

it("bin/guitsetgel.js runs the command line (built when current, else the sources): output, stderr, exit status", () => {
  const spawn = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60000 });

  const help = spawn("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("Хэрэглээ: guitsetgel <команд>");
  expect(help.stdout).toContain("Usage: guitsetgel <command>");

  const check = spawn("check", "plan.xlsx", "--json");
  expect(check.stderr).toBe("");
  const doc = parseCheckJson(check.stdout);
  expect(doc.sheets[0].template).toBe("org-plan");
  expect(check.status).toBe(expectedExit(doc));
  expect(check.status).toBe(1);
});
