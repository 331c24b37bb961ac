// The ranking of units in the recap. The rule, as printed above the table:
//   1. the mean capaian after the cap (Konversi Efisiensi Kinerja, default 120%) over the
//      unit's scorable indicators, highest first — an indicator without target or realisasi
//      is left out, never counted as 0;
//   2. on equal means, more indicators tercapai (capaian ≥ 100%) first;
//   3. then the unit's name, alphabetically.
// Units with no scorable indicator come last, unranked.

export interface RankInput {
  unit: string;
  indikator: number;
  terukur: number;
  tercapai: number;
  /** Mean capaian after the cap over the scorable indicators; null when none. */
  rataCapaian: number | null;
  serapan: number | null;
  galat: number;
}

export interface RekapRanking extends RankInput {
  /** 1 = best; null for a unit without any scorable indicator. */
  peringkat: number | null;
}

export const RANKING_RULE =
  "Urutan: rata-rata capaian setelah konversi (batas) atas indikator yang dapat diukur, tertinggi dahulu; " +
  "bila sama, jumlah indikator tercapai terbanyak; lalu nama satuan kerja (abjad).";

/** Means equal to 10 decimals are a tie: the same capaian summed in another order differ in the last bits. */
const key = (x: number): number => Math.round(x * 1e10);

export function rank(rows: RankInput[]): RekapRanking[] {
  const byName = (a: RankInput, b: RankInput): number => a.unit.localeCompare(b.unit, "id", { sensitivity: "base" }) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
  const scored = rows.filter((r) => r.rataCapaian !== null);
  scored.sort((a, b) => key(b.rataCapaian as number) - key(a.rataCapaian as number) || b.tercapai - a.tercapai || byName(a, b));
  const unscored = rows.filter((r) => r.rataCapaian === null).sort(byName);
  return [...scored.map((r, i) => ({ ...r, peringkat: i + 1 })), ...unscored.map((r) => ({ ...r, peringkat: null }))];
}
