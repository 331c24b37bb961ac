// Indonesian wording helpers for the narrative: figures with their unit, lists, sentences.
// Every figure goes through the core formatters, so notation is the same everywhere (2,5%;
// Rp 4.327.073.000).
import { formatAngka, formatPersen, formatRupiah } from "../core/format";
import { terbilang } from "../core/terbilang";
import type { Periode } from "../core/model";

export const PLACEHOLDER = {
  analisis: "[isi analisis penyebab keberhasilan/kegagalan serta alternatif solusi]",
  efisiensi: "[isi analisis efisiensi penggunaan sumber daya]",
  program: "[isi program/kegiatan yang menunjang keberhasilan atau kegagalan pencapaian]",
} as const;

/** Fewest decimals (0–2) that show `n` without loss at 2 decimals. */
export function decimalsFor(n: number): number {
  for (let d = 0; d < 2; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(n * f) / f - n) < 1e-9) return d;
  }
  return 2;
}

/** At most 2 decimals, trailing zeros dropped: "3,51", "184", "4.327.073.000". */
export function angka(n: number): string {
  return formatAngka(n);
}

export function persen(fraction: number): string {
  return formatPersen(fraction);
}

export function rupiah(n: number): string {
  return formatRupiah(n);
}

/** "Rp 3.831.896.908 (tiga miliar … rupiah)". */
export function rupiahTerbilang(n: number): string {
  return `${formatRupiah(n)} (${terbilang(n, "rupiah")})`;
}

/** "4 (empat)", "30.000 (tiga puluh ribu)". */
export function jumlahTerbilang(n: number): string {
  return `${formatAngka(n)} (${terbilang(n)})`;
}

/** A figure in its unit: "2,5%", "3,51", "4 Layanan". */
export function nilai(value: number, satuan: string | null): string {
  if (satuan === "%") return persen(value);
  return satuan ? `${angka(value)} ${satuan}` : angka(value);
}

/** "A", "A dan B", "A, B, dan C". */
export function daftar(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}

/** Trims and ends the text with a full stop unless it already ends a sentence. */
export function kalimat(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t === "") return t;
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/** Joins sentences into one paragraph. */
export function paragraf(sentences: (string | null | false)[]): string {
  return sentences
    .filter((s): s is string => typeof s === "string" && s.trim() !== "")
    .map(kalimat)
    .join(" ");
}

const TRIWULAN = ["I", "II", "III", "IV"];

/** "tahun 2025", "Triwulan II tahun 2025", "Semester I tahun berjalan". */
export function periodeText(periode: Periode, tahun: number | null): string {
  const th = tahun === null ? "tahun berjalan" : `tahun ${tahun}`;
  if (periode === "TAHUN" || periode === "TW4") return th;
  if (periode === "S1") return `Semester I ${th}`;
  return `Triwulan ${TRIWULAN[Number(periode.slice(2)) - 1]} ${th}`;
}

/** "tahun 2024", or "tahun sebelumnya" when the year is not known. */
export function tahunText(tahun: number | null): string {
  return tahun === null ? "tahun sebelumnya" : `tahun ${tahun}`;
}

/** First letter upper case (sentences built from a lower-case phrase). */
export function kapital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
