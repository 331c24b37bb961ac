// Predikat bands (DOMAIN §5). Bands are data: an institution may bring its own table.
import type { Band } from "./model";

/** Ditjen Pemasyarakatan's bands, capaian after the cap, as fractions. */
export const DEFAULT_PITA: Band[] = [
  { min: 1, label: "Sangat Memuaskan" },
  { min: 0.8, label: "Memuaskan" },
  { min: 0.7, label: "Cukup Memuaskan" },
  { min: 0.6, label: "Kurang Memuaskan" },
  { min: 0, label: "Tidak Memuaskan" },
];

/** Computed capaian like 0.56 / 0.7 = 0.7999999999999999 belong to the band they print as. */
const EPSILON = 1e-9;

/**
 * The label of the highest band whose lower bound the capaian reaches. Below every bound, the
 * lowest band: its bound is where the table starts, not a floor that leaves capaian unlabelled.
 */
export function predikat(capaianFraction: number, pita: Band[] = DEFAULT_PITA): string {
  if (pita.length === 0) throw new RangeError("Pita predikat kosong");
  const sorted = [...pita].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => capaianFraction + EPSILON >= b.min);
  return (band ?? sorted[sorted.length - 1]).label;
}

/** Tercapai: capaian of at least 100%. */
export function tercapai(capaianFraction: number): boolean {
  return capaianFraction + EPSILON >= 1;
}
