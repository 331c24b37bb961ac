// One line naming the settings in force, shown under the main button.
import { PERIODE_LABEL, type PaneSettings } from "./settings-store";

/** 1.2 → "120", 0.875 → "87,5": the pane's short percent text (core/format stays in the engine). */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 100_000) / 1000).replace(".", ",");
}

export function settingsSummary(p: PaneSettings): string {
  return [
    `Periode ${PERIODE_LABEL[p.periode]}`,
    p.tahun === null ? "tahun dari buku kerja" : `tahun ${p.tahun}`,
    p.batasAktif ? `batas capaian ${percentText(p.batas)}%` : "tanpa batas capaian",
    p.pita.nama === "kustom" ? "pita predikat kustom" : "pita Ditjenpas",
  ].join(" · ");
}
