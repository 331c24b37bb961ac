// Stated figures against computed ones (DOMAIN §4 "Rounding"): a figure written with d decimals
// agrees with a computed value when it equals that value rounded OR truncated to d decimals.
import type { NumberReading } from "./model";
import { cleanDouble } from "./number";

/** Shifts x by 10^d through its decimal text, so no binary error is added (1.005 → 100.5). */
function shift(x: number, d: number): number {
  const [mantissa, exponent] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent ?? 0) + d}`);
}

function toDecimals(x: number, d: number, cut: (v: number) => number): number {
  if (!Number.isFinite(x)) return x;
  const clean = cleanDouble(x);
  const sign = clean < 0 ? -1 : 1;
  const result = sign * shift(cut(shift(Math.abs(clean), d)), -d);
  return result === 0 ? 0 : result;
}

/** Rounds half away from zero, as Excel's ROUND does: roundTo(44.7761, 2) = 44.78. */
export function roundTo(x: number, d: number): number {
  return toDecimals(x, d, Math.round);
}

/** Cuts toward zero: truncTo(44.7761, 2) = 44.77; truncTo(0.29 * 100, 0) = 29, not 28. */
export function truncTo(x: number, d: number): number {
  return toDecimals(x, d, Math.trunc);
}

const RELATIVE_TOLERANCE = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when the stated figure is the computed value (a fraction for percentages) at its precision. */
export function agrees(stated: NumberReading, computed: number): boolean {
  if (stated.status !== "ok" || stated.value === null || !Number.isFinite(computed)) return false;
  const scale = stated.percent ? 100 : 1;
  const shown = cleanDouble(stated.value * scale);
  const value = cleanDouble(computed * scale);
  if (stated.decimals === null) {
    return Math.abs(shown - value) <= RELATIVE_TOLERANCE * Math.max(Math.abs(shown), Math.abs(value));
  }
  const d = stated.decimals;
  const written = roundTo(shown, d);
  return same(written, roundTo(value, d)) || same(written, truncTo(value, d));
}
