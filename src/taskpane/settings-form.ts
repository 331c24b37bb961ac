// The settings form's text fields ⇄ PaneSettings. Percentages are typed as the user says them
// ("120", "87,5"), stored as fractions (1.2, 0.875).
import type { Band, Periode, RumusNegatif } from "../core/model";
import { DEFAULT_PITA } from "../core/predikat";
import { batasProblem, pitaProblem, tahunProblem, type PaneSettings } from "./settings-store";
import { percentText } from "./settings-summary";

export interface BandDraft {
  min: string;
  label: string;
}

export interface SettingsDraft {
  batasAktif: boolean;
  batas: string;
  polaritasNegatif: RumusNegatif;
  periode: Periode;
  tahun: string;
  pitaNama: "ditjenpas" | "kustom";
  bands: BandDraft[];
}

export interface DraftErrors {
  batas?: string;
  tahun?: string;
  pita?: string;
}

export function toDraft(p: PaneSettings): SettingsDraft {
  const bands = p.pita.nama === "kustom" ? p.pita.bands : DEFAULT_PITA;
  return {
    batasAktif: p.batasAktif,
    batas: percentText(p.batas),
    polaritasNegatif: p.polaritasNegatif,
    periode: p.periode,
    tahun: p.tahun === null ? "" : String(p.tahun),
    pitaNama: p.pita.nama,
    bands: bands.map((b) => ({ min: percentText(b.min), label: b.label })),
  };
}

/** "120", "87,5", "87.5", "120 %" → 120 / 87.5; null when it is not a plain number. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,4})(?:[.,](\d{1,4}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(`${m[1]}.${m[2] ?? "0"}`);
}

export function fromDraft(d: SettingsDraft): { settings: PaneSettings | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const batasPercent = parsePercent(d.batas);
  const batas = batasPercent === null ? NaN : batasPercent / 100;
  const batasError = batasProblem(batas);
  // A cap that is switched off keeps its value but is not checked.
  if (d.batasAktif && batasError) errors.batas = batasError;

  let tahun: number | null = null;
  if (d.tahun.trim() !== "") {
    tahun = /^\s*\d{4}\s*$/.test(d.tahun) ? Number(d.tahun) : NaN;
    const problem = tahunProblem(tahun);
    if (problem) errors.tahun = problem;
  }

  let bands: Band[] = [];
  if (d.pitaNama === "kustom") {
    bands = d.bands.map((b) => {
      const p = parsePercent(b.min);
      return { min: p === null ? NaN : p / 100, label: b.label.trim() };
    });
    const problem = pitaProblem(bands);
    if (problem) errors.pita = problem;
  }

  if (errors.batas || errors.tahun || errors.pita) return { settings: null, errors };
  return {
    settings: {
      batasAktif: d.batasAktif,
      batas: batasError ? 1.2 : batas,
      polaritasNegatif: d.polaritasNegatif,
      periode: d.periode,
      tahun,
      pita: d.pitaNama === "kustom" ? { nama: "kustom", bands: [...bands].sort((a, b) => b.min - a.min) } : { nama: "ditjenpas" },
    },
    errors,
  };
}
