import { buildDist, serveDist } from "../../scripts/e2e-harness";

/** Build once and serve the build for every scenario; E2E_ORIGIN tells the tests where. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const build = await buildDist();
  const served = await serveDist(build.dir);
  process.env.E2E_ORIGIN = served.origin;
  process.stdout.write(`\ne2e: built in ${Date.now() - started} ms, serving ${served.origin}\n`);
  (globalThis as { e2eStop?: () => Promise<void> }).e2eStop = async () => {
    await served.close();
    build.dispose();
  };
}
