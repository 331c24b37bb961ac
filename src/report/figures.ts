// Figures derived from an indicator beyond its own evaluation — last year, the Renstra target,
// the national standard — computed once here so a table cell and its sentence agree.
import { capaian } from "../core/capaian";
import type { Figure, Indikator, Polaritas, Settings } from "../core/model";

export function valueOf(f: Figure | null | undefined): number | null {
  return f && f.status === "ok" && f.value !== null && Number.isFinite(f.value) ? f.value : null;
}

/** The formula actually used: "negatif" follows the setting (DOMAIN §4). */
export function rumus(polaritas: Polaritas, settings: Settings): Polaritas {
  return polaritas === "negatif" ? settings.polaritasNegatif : polaritas;
}

export function isNegatif(polaritas: Polaritas): boolean {
  return polaritas !== "positif";
}

/** Capaian of realisasi against target with the indicator's formula; null when undefined. */
export function capaianOf(
  realisasi: number | null,
  target: number | null,
  polaritas: Polaritas,
  batas: number,
): { mentah: number; nilai: number } | null {
  if (realisasi === null || target === null) return null;
  const r = capaian(realisasi, target, polaritas, batas);
  return r.ok ? { mentah: r.mentah, nilai: r.nilai } : null;
}

export interface TahunLalu {
  tahun: number | null;
  target: number | null;
  realisasi: number;
  /** Computed from that year's target and realisasi (after cap); null without a target. */
  capaian: number | null;
}

/** Earlier years with a realisasi, most recent first. */
export function riwayatOf(ind: Indikator, settings: Settings): TahunLalu[] {
  const pol = rumus(ind.polaritas, settings);
  const out: TahunLalu[] = [];
  for (const y of ind.riwayat) {
    const realisasi = valueOf(y.realisasi);
    if (realisasi === null) continue;
    const target = valueOf(y.target);
    out.push({ tahun: y.tahun, target, realisasi, capaian: capaianOf(realisasi, target, pol, settings.batas)?.nilai ?? null });
  }
  return out.sort((a, b) => (b.tahun ?? -Infinity) - (a.tahun ?? -Infinity));
}

export interface TargetRenstra {
  tahun: number | null;
  target: number;
  /** Realisasi of this year against the Renstra target, without cap; null when not computable. */
  capaian: number | null;
}

/** The medium-term target: the Renstra's last year (the end target), or the only one given. */
export function renstraOf(ind: Indikator, realisasi: number | null, settings: Settings): TargetRenstra | null {
  let best: { tahun: number | null; target: number } | null = null;
  for (const t of ind.targetRenstra) {
    const v = valueOf(t.figure);
    if (v === null) continue;
    if (best === null || (t.tahun ?? -Infinity) >= (best.tahun ?? -Infinity)) best = { tahun: t.tahun, target: v };
  }
  if (!best) return null;
  const c = capaianOf(realisasi, best.target, rumus(ind.polaritas, settings), 0);
  return { ...best, capaian: c?.mentah ?? null };
}

/** Sign of the comparison of a realisasi with a benchmark, from the point of view of success. */
export function banding(realisasi: number, pembanding: number, negatif: boolean): "lebih-baik" | "sama" | "lebih-buruk" {
  if (Math.abs(realisasi - pembanding) < 1e-12) return "sama";
  const higher = realisasi > pembanding;
  return higher !== negatif ? "lebih-baik" : "lebih-buruk";
}
