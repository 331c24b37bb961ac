// Figures in Indonesian notation for output: "4.327.073.000", "3,51", "2,5%", "Rp 182.572.600".
import type { NumberReading } from "./model";
import { cleanDouble } from "./number";
import { roundTo } from "./precision";

/** Without a stated precision: at most 2 decimals, trailing zeros dropped. */
const DEFAULT_DECIMALS = 2;

const DIGITS = /^\d+$/;

/** Thousands marks in the digits of an integer part ("4327073000" → "4.327.073.000"). */
function group(integer: string): string {
  if (!DIGITS.test(integer)) return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const n = integer.length;
  if (n <= 3) return integer;
  let head = n % 3 || 3;
  let out = integer.slice(0, head);
  for (; head < n; head += 3) out += `.${integer.slice(head, head + 3)}`;
  return out;
}

/** Written fractions of zeros, by decimals ("", "0", "00" …). */
const ZEROS = Array.from({ length: 7 }, (_, d) => "0".repeat(d));

/** formatAngka(4327073000) = "4.327.073.000"; formatAngka(2, 2) = "2,00"; formatAngka(3.5) = "3,5". */
export function formatAngka(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = Math.min(20, Math.max(0, Math.trunc(decimals ?? DEFAULT_DECIMALS)));
  // Integers (every amount of money) are their own rounding: no decimal text to go through.
  if (Number.isInteger(n) && Math.abs(n) < 1e15 && d <= 6 && Math.abs(n) * 10 ** d <= Number.MAX_SAFE_INTEGER) {
    const text = group(String(Math.abs(n))) + (decimals === undefined || d === 0 ? "" : `,${ZEROS[d]}`);
    return n < 0 ? `-${text}` : text;
  }
  const r = roundTo(n, d);
  const [integer, fixed = ""] = Math.abs(r).toFixed(d).split(".");
  const fraction = decimals === undefined ? fixed.replace(/0+$/, "") : fixed;
  const text = group(integer) + (fraction ? `,${fraction}` : "");
  return r < 0 ? `-${text}` : text;
}

/** formatPersen(0.025) = "2,5%"; formatPersen(0.8459, 2) = "84,59%". */
export function formatPersen(fraction: number, decimals?: number): string {
  return `${formatAngka(cleanDouble(fraction * 100), decimals)}%`;
}

function rupiah(n: number, decimals?: number): string {
  const text = formatAngka(Math.abs(n), decimals);
  return n < 0 && /[1-9]/.test(text) ? `-Rp ${text}` : `Rp ${text}`;
}

/** formatRupiah(4327073000) = "Rp 4.327.073.000"; a debt is "-Rp 5.000". */
export function formatRupiah(n: number): string {
  return rupiah(n);
}

/** A reading as it was stated, in Indonesian notation, with its unit word ("1 Layanan"). */
export function formatFigure(r: NumberReading): string {
  if (r.status !== "ok" || r.value === null) return typeof r.raw === "string" ? r.raw.trim() : "";
  const d = r.decimals ?? undefined;
  if (r.percent) return formatPersen(r.value, d);
  if (r.unit === "Rp") return rupiah(r.value, d);
  const text = formatAngka(r.value, d);
  return r.unit ? `${text} ${r.unit}` : text;
}
