// The run settings as the pane edits them, kept with the document (Office document settings,
// saved inside the workbook file) so every user of a workbook checks it the same way.
import type { Band, Periode, RumusNegatif, Settings } from "../core/model";
import { DEFAULT_SETTINGS } from "../core/settings";
import { DEFAULT_PITA } from "../core/predikat";

export const SETTINGS_KEY = "sakip.pengaturan";

export type PitaChoice = { nama: "ditjenpas" } | { nama: "kustom"; bands: Band[] };

export interface PaneSettings {
  /** The cap ("Konversi Efisiensi Kinerja") on or off. */
  batasAktif: boolean;
  /** The cap as a fraction (1.2 = 120%); kept when the cap is switched off. */
  batas: number;
  polaritasNegatif: RumusNegatif;
  periode: Periode;
  /** Reporting year; null = take it from the workbook. */
  tahun: number | null;
  pita: PitaChoice;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  batasAktif: DEFAULT_SETTINGS.batas > 0,
  batas: DEFAULT_SETTINGS.batas > 0 ? DEFAULT_SETTINGS.batas : 1.2,
  polaritasNegatif: DEFAULT_SETTINGS.polaritasNegatif,
  periode: DEFAULT_SETTINGS.periode,
  tahun: DEFAULT_SETTINGS.tahun,
  pita: { nama: "ditjenpas" },
};

export const PERIODE_LABEL: Record<Periode, string> = {
  TW1: "Triwulan I",
  TW2: "Triwulan II",
  TW3: "Triwulan III",
  TW4: "Triwulan IV",
  S1: "Semester I",
  TAHUN: "Tahunan",
};

export const RUMUS_LABEL: Record<RumusNegatif, string> = {
  negatif: "(2T − R) / T (pedoman Ditjenpas)",
  "negatif-rasio": "T / R (rasio)",
};

/** Limits of the cap (DESIGN §3: a fraction from 1 to 10) and of the year. */
export const BATAS_MIN = 1;
export const BATAS_MAX = 10;
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

export function toSettings(p: PaneSettings): Settings {
  return {
    batas: p.batasAktif ? p.batas : 0,
    polaritasNegatif: p.polaritasNegatif,
    periode: p.periode,
    tahun: p.tahun,
    pita: p.pita.nama === "kustom" ? p.pita.bands : DEFAULT_PITA,
  };
}

/** Why a custom band table cannot be used, or null when it can. */
export function pitaProblem(bands: readonly Band[]): string | null {
  if (bands.length < 2) return "Pita kustom memerlukan sedikitnya dua baris.";
  if (bands.some((b) => b.label.trim() === "")) return "Setiap baris pita memerlukan nama predikat.";
  if (bands.some((b) => !Number.isFinite(b.min) || b.min < 0 || b.min > BATAS_MAX)) {
    return "Batas bawah pita harus antara 0% dan 1000%.";
  }
  if (new Set(bands.map((b) => b.min)).size !== bands.length) return "Batas bawah pita tidak boleh sama.";
  return null;
}

export function batasProblem(batas: number): string | null {
  return Number.isFinite(batas) && batas >= BATAS_MIN && batas <= BATAS_MAX ? null : "Batas capaian harus antara 100% dan 1000%.";
}

export function tahunProblem(tahun: number | null): string | null {
  if (tahun === null) return null;
  return Number.isInteger(tahun) && tahun >= TAHUN_MIN && tahun <= TAHUN_MAX
    ? null
    : `Tahun harus antara ${TAHUN_MIN} dan ${TAHUN_MAX}, atau kosong.`;
}

export function settingsProblem(p: PaneSettings): string | null {
  return batasProblem(p.batas) ?? tahunProblem(p.tahun) ?? (p.pita.nama === "kustom" ? pitaProblem(p.pita.bands) : null);
}

const PERIODES = Object.keys(PERIODE_LABEL) as Periode[];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function readBands(x: unknown): Band[] | null {
  if (!Array.isArray(x)) return null;
  const bands = x.map((b) =>
    isRecord(b) && typeof b.min === "number" && typeof b.label === "string" ? { min: b.min, label: b.label } : null,
  );
  if (bands.some((b) => b === null)) return null;
  return pitaProblem(bands as Band[]) === null ? (bands as Band[]) : null;
}

/**
 * The settings stored in a document. A value written by another version, or edited by hand,
 * falls back field by field to the default instead of failing the pane.
 */
export function parseStored(raw: unknown): PaneSettings {
  const d = DEFAULT_PANE_SETTINGS;
  const data = typeof raw === "string" ? safeJson(raw) : raw;
  if (!isRecord(data)) return d;
  const batas = typeof data.batas === "number" && batasProblem(data.batas) === null ? data.batas : d.batas;
  const tahun = typeof data.tahun === "number" && tahunProblem(data.tahun) === null ? data.tahun : d.tahun;
  const rumus =
    data.polaritasNegatif === "negatif" || data.polaritasNegatif === "negatif-rasio" ? data.polaritasNegatif : d.polaritasNegatif;
  const periode = PERIODES.includes(data.periode as Periode) ? (data.periode as Periode) : d.periode;
  let pita: PitaChoice = d.pita;
  if (isRecord(data.pita) && data.pita.nama === "kustom") {
    const bands = readBands(data.pita.bands);
    if (bands) pita = { nama: "kustom", bands };
  }
  return {
    batasAktif: typeof data.batasAktif === "boolean" ? data.batasAktif : d.batasAktif,
    batas,
    polaritasNegatif: rumus,
    periode,
    tahun,
    pita,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The part of Office.Settings the pane uses (Office.context.document.settings). */
export type SettingsBag = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export function loadSettings(bag: SettingsBag | null): PaneSettings {
  return bag ? parseStored(bag.get(SETTINGS_KEY)) : DEFAULT_PANE_SETTINGS;
}

/** Stores the settings in the document; rejects with Office's message when saving fails. */
export function saveSettings(bag: SettingsBag, p: PaneSettings): Promise<void> {
  bag.set(SETTINGS_KEY, { versi: 1, ...p });
  return new Promise((resolve, reject) => {
    bag.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is the string "failed" at run time.
      if (String(result.status) === "failed")
        reject(new Error(`Pengaturan tidak tersimpan di dokumen: ${result.error?.message ?? "galat tidak dikenal"}`));
      else resolve();
    });
  });
}
