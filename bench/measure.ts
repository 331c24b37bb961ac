// Timing helpers of the benchmark: medians of repeated runs, a forced garbage collection
// between runs (so one run does not pay for the garbage of the previous one), and progress
// lines on stderr (stdout is kept for the result alone).
import { performance } from "node:perf_hooks";
import * as v8 from "node:v8";
import * as vm from "node:vm";

export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error("median of nothing");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The engine's gc(), also when node was started without --expose-gc (`tsx bench/run.ts`):
 * the flag can be set at run time, and a new context then sees the function.
 */
const gc: () => void = (() => {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
})();

export function collectGarbage(): void {
  gc();
}

export function progress(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

/** Milliseconds of one call, after a garbage collection. */
export async function timeOnce(fn: () => Promise<unknown> | unknown): Promise<number> {
  collectGarbage();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median milliseconds of `runs` calls (each preceded by a garbage collection). */
export async function medianMs(label: string, runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await timeOnce(fn));
    progress(`${label}: run ${i + 1}/${runs} ${Math.round(times[i])} ms`);
  }
  return round(median(times));
}

export function round(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
