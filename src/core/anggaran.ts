// Budget arithmetic (DOMAIN §6).
import { cleanDouble } from "./number";

/** realisasi / pagu as a fraction; 0 when both are 0; null when pagu is 0 but money was spent. */
export function serapan(realisasi: number, pagu: number): number | null {
  if (pagu === 0) return realisasi === 0 ? 0 : null;
  return realisasi / pagu;
}

/** pagu − realisasi, free of binary noise for amounts with sen. */
export function sisa(pagu: number, realisasi: number): number {
  return cleanDouble(pagu - realisasi);
}
