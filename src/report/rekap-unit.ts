// The figures a Kanwil reports for one indicator measured on each UPT: how many UPT could be
// measured, reached the target, fell short, could not be measured, and the plain mean of their
// capaian. Computed once here so the indicator's summary and the Kesimpulan state the same.
import { agregat } from "../core/agregat";
import { unitKey } from "../workbook/match";
import type { Entry } from "./hasil";
import { STATUS, statusOf } from "./tables-kinerja";

export interface RekapUnit {
  rows: Entry[];
  /** UPT with a capaian, lowest capaian first. */
  diukur: Entry[];
  tercapai: Entry[];
  /** UPT below target, lowest capaian first. */
  gagal: Entry[];
  /** UPT without a capaian (no target, no realisasi, units that differ …). */
  belum: Entry[];
  /** Plain mean of the measured UPT's capaian after the cap; null when none is measured. */
  rataRata: number | null;
}

export const capaianOf = (e: Entry): number => e.hasil.evaluasi.capaian as number;

/** The plain mean, by the core's agregat ("rata"); callers pass at least one value. */
export function mean(values: number[]): number {
  return agregat(values, "rata") as number;
}

export function rekapUnit(rows: Entry[]): RekapUnit {
  const diukur = rows.filter((e) => statusOf(e) !== STATUS.belumDiukur).sort((a, b) => capaianOf(a) - capaianOf(b));
  return {
    rows,
    diukur,
    tercapai: diukur.filter((e) => statusOf(e) === STATUS.tercapai),
    gagal: diukur.filter((e) => statusOf(e) === STATUS.tidakTercapai),
    belum: rows.filter((e) => statusOf(e) === STATUS.belumDiukur),
    rataRata: diukur.length > 0 ? mean(diukur.map(capaianOf)) : null,
  };
}

/** How many different UPT the entries name (names compared as the reader compares them). */
export function jumlahUnit(entries: Entry[]): number {
  return new Set(entries.filter((e) => e.hasil.unit !== null).map((e) => unitKey(e.hasil.unit as string))).size;
}
