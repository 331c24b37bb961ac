// The opening of "A. Capaian Kinerja Organisasi": how capaian was measured with the settings
// of this run (formula for negative indicators, the cap, the predikat bands).
import type { Settings } from "../core/model";
import { paragraph } from "./paragraph";
import type { Entry, IndikatorBab } from "./hasil";
import { jumlahUnit } from "./rekap-unit";
import { daftar, jumlahTerbilang, paragraf, persen } from "./text";
import type { Paragraph, ReportTable } from "./types";

/**
 * `tabel` is the capaian table the text points the reader to; the paragraph cites its first row.
 * With indicators measured per UPT (`bab`), it also says how their sections summarise the UPT.
 */
export function pengantar(
  unit: string | null,
  tahun: number | null,
  settings: Settings,
  tabel: ReportTable,
  bab: IndikatorBab[],
  entries: Entry[],
): Paragraph[] {
  const satker = unit ?? "satuan kerja";
  const th = tahun === null ? "tahun berjalan" : `tahun ${tahun}`;
  const negatif =
    settings.polaritasNegatif === "negatif"
      ? "dua kali target dikurangi realisasi, kemudian dibagi target"
      : "target dibagi realisasi";
  const bands = [...settings.pita].sort((a, b) => b.min - a.min);
  const pita = bands.map((b, i) =>
    i === 0
      ? `${b.label} untuk capaian ${persen(b.min)} ke atas`
      : `${b.label} untuk capaian ${persen(b.min)} sampai kurang dari ${persen(bands[i - 1].min)}`,
  );
  const penutup = perUnit(bab, entries, tabel);
  const cara = paragraf([
    `Pengukuran capaian kinerja ${satker} ${th} dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja pada masing-masing sasaran`,
    `Capaian dihitung sebagai realisasi dibagi target; untuk indikator yang berlaku terbalik (semakin kecil realisasi semakin baik), capaian dihitung sebagai ${negatif}`,
    settings.batas > 0
      ? `Sesuai ketentuan Konversi Efisiensi Kinerja, capaian di atas ${persen(settings.batas)} dikonversi menjadi ${persen(settings.batas)}`
      : "Capaian tidak dikonversi (tanpa batas atas)",
    bands.length > 0 ? `Predikat capaian ditetapkan sebagai berikut: ${daftar(pita)}` : null,
    `Indikator dinyatakan tercapai apabila capaiannya sekurang-kurangnya ${persen(1)}; indikator yang realisasinya belum tersedia dinyatakan belum dapat diukur, tidak dinilai nol`,
    ...penutup.text,
  ]);
  const refs = tabel.rows.length > 0 ? [{ table: tabel.id, row: 0 }] : [];
  return [paragraph("", "", cara, refs, [], penutup.figures)];
}

/** The closing sentences: where the figures are, and for a Kanwil how a per-UPT indicator is told. */
function perUnit(bab: IndikatorBab[], entries: Entry[], tabel: ReportTable): { text: string[]; figures: number[] } {
  if (!bab.some((b) => b.perUnit)) return { text: [`Rincian capaian setiap indikator disajikan pada Tabel 3.${tabel.nomor}`], figures: [] };
  const n = bab.filter((b) => b.perUnit).length;
  const upt = jumlahUnit(entries);
  const text = [
    `${n === bab.length ? "Seluruh" : jumlahTerbilang(n)} indikator diukur pada masing-masing UPT, yaitu ${jumlahTerbilang(upt)} UPT`,
    "Uraian setiap indikator tersebut merangkum capaian seluruh UPT: jumlah UPT yang telah dan belum mencapai target, rentang capaian, UPT dengan capaian terendah dan tertinggi, serta rata-rata capaian, yaitu rata-rata sederhana capaian UPT setelah konversi",
    `Rincian capaian setiap indikator dan setiap UPT disajikan pada Tabel 3.${tabel.nomor}`,
  ];
  return { text, figures: n === bab.length ? [upt] : [n, upt] };
}
