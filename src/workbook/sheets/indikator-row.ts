// What the PK and Realisasi sheets both need to know about one indicator's row.
import type { Indikator, Polaritas, Settings } from "../../core/model";
import { numberFormat, percentFormat } from "./cells";

/** The unit of an indicator's figures: its satuan, else the target's unit. */
export function satuanOf(ind: Indikator): string | null {
  if (ind.satuan) return ind.satuan;
  if (ind.target?.status === "ok") return ind.target.percent ? "%" : ind.target.unit;
  return null;
}

/**
 * The polarity the sheet's CAPAIAN formula uses. A plain "negatif" indicator is scored with
 * the formula the settings choose for negative indicators, so that choice is written out:
 * the live formula then computes what the report computes.
 */
export function polaritasOf(ind: Indikator, settings: Settings): Polaritas {
  return ind.polaritas === "negatif" ? settings.polaritasNegatif : ind.polaritas;
}

const POLARITAS_LABEL: Record<Polaritas, string> = {
  positif: "Positif",
  negatif: "Negatif",
  "negatif-rasio": "Negatif-rasio",
};

export function polaritasLabel(p: Polaritas): string {
  return POLARITAS_LABEL[p];
}

/** Units of levels (a rate, an index), as src/core/evaluate.ts counts them. */
const LEVEL_UNITS = new Set(["%", "indeks", "nilai", "skor", "poin", "rasio", "level"]);

/**
 * True when the indicator's quarterly values are levels, not counts: over a year the latest
 * stands and nothing is summed. Same test as evaluateIndikator, so sheet and report agree.
 */
export function isLevel(ind: Indikator): boolean {
  const t = ind.target?.status === "ok" ? ind.target : null;
  const unit = t?.unit ?? ind.satuan;
  if (t?.percent || (unit !== null && LEVEL_UNITS.has(unit.toLowerCase()))) return true;
  return unit === null && t !== null && t.value !== null && !Number.isInteger(t.value);
}

/** Format of an empty figure cell of the row, so a typed value shows in the row's unit. */
export function emptyFormat(satuan: string | null): string | null {
  if (satuan === "%") return percentFormat(2);
  if (satuan?.toLowerCase() === "indeks") return numberFormat(2);
  return null;
}
