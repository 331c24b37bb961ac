// Figures in Indonesian notation for output: "4.327.073.000", "3,51", "2,5%", "Rp 182.572.600".
import type { NumberReading } from "./model";
import { cleanDouble } from "./number";
import { roundTo } from "./precision";

/** Without a stated precision: at most 2 decimals, trailing zeros dropped. */
const DEFAULT_DECIMALS = 2;

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** formatAngka(4327073000) = "4.327.073.000"; formatAngka(2, 2) = "2,00"; formatAngka(3.5) = "3,5". */
export function formatAngka(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = Math.min(20, Math.max(0, Math.trunc(decimals ?? DEFAULT_DECIMALS)));
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
