/**
 * Preloaded (`node -r`) into a benchmarked child where /usr/bin/time is missing: writes the
 * process's peak memory (kilobytes) to BENCH_RSS_FILE when it exits.
 */
import { writeFileSync } from "fs";

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
