// Capaian kinerja (DOMAIN §4, DESIGN §3): how far realisasi meets target, as a fraction.
import type { Polaritas } from "./model";

export type CapaianResult =
  | {
      ok: true;
      /** Before the cap ("251%"). */
      mentah: number;
      /** After the cap ("dikonversi menjadi 120%"). */
      nilai: number;
      /** True when the cap lowered the figure. */
      dikonversi: boolean;
    }
  | { ok: false; code: "target-nol" | "tanpa-batas"; message: string };

function capped(mentah: number, batas: number): CapaianResult {
  const dikonversi = batas > 0 && mentah > batas;
  return { ok: true, mentah, nilai: dikonversi ? batas : mentah, dikonversi };
}

/**
 * positif: R/T. negatif (DOMAIN "inverse"): (2T − R)/T, never below 0. negatif-rasio: T/R.
 * batas is the cap as a fraction (1.2 = 120%); 0 means no cap.
 */
export function capaian(realisasi: number, target: number, polaritas: Polaritas, batas: number): CapaianResult {
  const r = realisasi;
  const t = target;
  if (t === 0 && r === 0) return capped(1, batas);
  switch (polaritas) {
    case "positif":
      if (t === 0) return { ok: false, code: "target-nol", message: "Target 0" };
      return capped(r / t, batas);
    case "negatif":
      // Target 0 of a bad thing: any occurrence means the target is missed completely.
      if (t === 0) return capped(r > 0 ? 0 : 1, batas);
      return capped(Math.max(0, (2 * t - r) / t), batas);
    case "negatif-rasio":
      if (r === 0) {
        // T/0 is unbounded: the best possible result, which only a cap can turn into a figure.
        if (batas > 0) return { ok: true, mentah: batas, nilai: batas, dikonversi: false };
        return {
          ok: false,
          code: "tanpa-batas",
          message: "Realisasi 0 dengan rumus negatif-rasio tanpa batas: capaian tak terhingga",
        };
      }
      return capped(Math.max(0, t / r), batas);
  }
}
