// Calls per second of the CAPAIAN custom function (src/functions/functions.ts), called the way
// Excel calls it: numbers from numeric cells (percent cells as fractions) and texts typed in
// Indonesian notation. Median of several runs, each at least `minMs` long.
import { performance } from "node:perf_hooks";
import { capaian } from "../src/functions/functions";
import { median, progress } from "./measure";

type Args = [realisasi: number | string | null, target: number | string | null, polaritas?: string | null, batas?: number | string | null];

/** Numbers, as Excel passes numeric cells (every argument valid: errors are not the hot path). */
export const NUMBER_ARGS: Args[] = [
  [0.75, 0.8],
  [0.9512, 0.9],
  [1, 1.5, "negatif"],
  [0.12, 0.1, "negatif-rasio"],
  [3.6, 3.5, null, 0],
  [44, 67, "positif", 1.2],
  [0.825, 0.8],
];

/** Texts in the notations staff type (DOMAIN §7). */
export const TEXT_ARGS: Args[] = [
  ["75 %", "80%"],
  ["95,12%", "90 %"],
  ["1 Layanan", "1 Layanan"],
  ["3,6 Indeks", "3,5 Indeks"],
  ["12,5%", "10%", "negatif"],
  ["4 Dokumen", "4 Dokumen", "Positif", "1,2"],
  ["82,5\u00a0%", "80 %"], // a non-breaking space, as text copied from a web page or a PDF has
];

const BATCH = 10_000;

/** Calls per second over `args` (cycled) for at least `minMs`. */
function rateOnce(args: Args[], minMs: number): number {
  let calls = 0;
  let sink = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < BATCH; i++) {
      const a = args[i % args.length];
      sink += capaian(a[0], a[1], a[2], a[3]);
    }
    calls += BATCH;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  if (!Number.isFinite(sink)) throw new Error("CAPAIAN returned a non-finite value");
  return (calls / elapsed) * 1000;
}

export interface CapaianRate {
  /** Numbers and texts interleaved: what a sheet of CAPAIAN formulas looks like. */
  mixed: number;
  numbers: number;
  texts: number;
}

export function capaianRate(runs: number, minMs: number): CapaianRate {
  const mixedArgs = NUMBER_ARGS.flatMap((n, i) => [n, TEXT_ARGS[i]]);
  rateOnce(mixedArgs, 200); // warm-up: let the JIT compile the readers first
  const measure = (label: string, args: Args[]) => {
    const rates: number[] = [];
    for (let i = 0; i < runs; i++) rates.push(rateOnce(args, minMs));
    const m = Math.round(median(rates));
    progress(`CAPAIAN ${label}: ${m.toLocaleString("en-US")} calls/s (median of ${runs} × ≥ ${minMs} ms)`);
    return m;
  };
  return { mixed: measure("mixed", mixedArgs), numbers: measure("numbers", NUMBER_ARGS), texts: measure("texts", TEXT_ARGS) };
}
