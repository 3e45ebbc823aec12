/** Timing helpers: medians of repeated runs next to a reference measured in the same run. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of repeated measurements. */
export function summarize(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: sorted.length,
  };
}

export async function time(fn: () => unknown | Promise<unknown>, runs = 5): Promise<Timing> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return summarize(ms);
}

/** A case timed in turns: its summary, and each round's time in order (for ratioByRound). */
export type TurnTiming = Timing & { rounds: number[] };

/**
 * Each round's own ratio of `a` to `b` (times of runs made in turns, round by round),
 * summarised: the machine's drift between rounds does not move it.
 */
export function ratioByRound(a: readonly number[], b: readonly number[]): string {
  const r = summarize(a.map((ms, i) => ms / b[i]));
  return `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
}

/**
 * Times several cases in turns (a run of each, then the next round), so that a machine slowing
 * down or speeding up mid-run weighs on every case alike and their ratios hold.
 */
export async function timeInTurns<K extends string>(
  cases: Record<K, () => unknown | Promise<unknown>>,
  runs = 5,
): Promise<Record<K, TurnTiming>> {
  const names = Object.keys(cases) as K[];
  const ms = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const t0 = process.hrtime.bigint();
      await cases[name]();
      ms[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return Object.fromEntries(
    names.map((n) => [n, { ...summarize(ms[n]), rounds: ms[n] }]),
  ) as Record<K, TurnTiming>;
}

export interface Row {
  name: string;
  timing: Timing;
  /** What `timing` measures; milliseconds unless said. */
  unit?: "ms" | "MB";
  reference?: { name: string; timing: Timing };
  /** Extra figures (per-row time, bytes, syncs). */
  extra?: Record<string, number | string>;
}

const fixed = (n: number): string => n.toFixed(1);

export function formatTable(rows: Row[]): string {
  const lines = [
    "| case | median (min–max) | reference | ref median | ratio | notes |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    const t = r.timing;
    const unit = r.unit ?? "ms";
    const ref = r.reference;
    const ratio = ref ? (t.median / ref.timing.median).toFixed(2) : "";
    const notes = r.extra
      ? Object.entries(r.extra)
          .map(([k, v]) => `${k}: ${v}`)
          .join("; ")
      : "";
    const shown = `${fixed(t.median)} ${unit} (${fixed(t.min)}–${fixed(t.max)}, ${t.runs} runs)`;
    const refShown = ref ? `${fixed(ref.timing.median)} ${unit}` : "";
    lines.push(`| ${r.name} | ${shown} | ${ref?.name ?? ""} | ${refShown} | ${ratio} | ${notes} |`);
  }
  return lines.join("\n");
}
