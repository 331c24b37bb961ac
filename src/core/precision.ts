// Stated figures against computed ones (DOMAIN §4 "Rounding"): a figure written with d decimals
// agrees with a computed value when it equals that value rounded OR truncated to d decimals.
import type { NumberReading } from "./model";
import { cleanDouble, shortestDecimals } from "./number";

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Shifts x by 10^d through its decimal text, so no binary error is added (1.005 → 100.5). */
function shift(x: number, d: number): number {
  // A safe integer is its decimal text exactly, and so is 10^|d| up to 22: one IEEE multiply
  // or divide rounds the exact result just as reading the shifted text does.
  if (Number.isSafeInteger(x) && Math.abs(d) <= 22) return d >= 0 ? x * POW10[d] : x / POW10[-d];
  const text = String(x);
  const e = text.indexOf("e");
  if (e < 0) return Number(`${text}e${d}`);
  return Number(`${text.slice(0, e)}e${Number(text.slice(e + 1)) + d}`);
}

function toDecimals(x: number, d: number, cut: (v: number) => number): number {
  if (!Number.isFinite(x)) return x;
  const clean = cleanDouble(x);
  const sign = clean < 0 ? -1 : 1;
  const result = sign * shift(cutShifted(Math.abs(clean), d, cut), -d);
  return result === 0 ? 0 : result;
}

/**
 * cut(shift(x, d)) for x ≥ 0. The binary product x × 10^d is within a few units of its last
 * bit of the shifted decimal text; below 10^9 that is far less than 10^-6, so where the
 * product is further than that from the point where `cut` jumps (a half for rounding, an
 * integer for cutting), it gives the same integer without going through the text.
 */
function cutShifted(x: number, d: number, cut: (v: number) => number): number {
  if (Number.isInteger(d) && d >= 0 && d <= 15) {
    const y = x * POW10[d];
    if (y < 1e9) {
      const fromJump = cut === Math.round ? y - Math.floor(y) - 0.5 : y - Math.round(y);
      if (Math.abs(fromJump) > 1e-6) return cut(y);
    }
  }
  return cut(shift(x, d));
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
  if (nearWritten(shown, value, d)) return true;
  const written = roundTo(shown, d);
  return same(written, roundTo(value, d)) || same(written, truncTo(value, d));
}

/**
 * The common case of agrees(), settled without decimal texts: `shown` is written with at most
 * d decimals and `value` lies well within half a unit of its last decimal, so rounding value to
 * d decimals gives shown itself. Kept to magnitudes where binary error is far below that unit.
 */
function nearWritten(shown: number, value: number, d: number): boolean {
  if (!Number.isInteger(d) || d < 0 || d > 15) return false;
  const unit = POW10[d];
  return Math.abs(shown) * unit < 1e12 && Math.abs(value - shown) * unit <= 0.49 && shortestDecimals(shown) <= d;
}
