// Hand-made models for the report tests, with the real figures of the reference LKjIP 2025 of
// Bapas Kelas II Magelang (seven indicators, budget per output, per jenis belanja, 2024 vs 2025).
// Figures are parsed from the text a report writes ("2,5%", "3,51", "Rp 215.828.000") by the
// shared builders of test/support/model.ts, independently of the core's reader.
import type { AnggaranLine, CellRef, Figure, Indikator, RealisasiEntry, RencanaAksiEntry, SakipModel, YearFigure } from "../../src/core/model";
import { indikatorKey } from "../../src/workbook/match";
import * as build from "../support/model";
import { model, ref } from "../support/model";

export { PITA, settings, ref, model } from "../support/model";

/** "2,5%" → 0.025 percent; "3,51" → 3.51; "4 Layanan"; "Rp 215.828.000" → money. A typo throws. */
export function fig(written: string, at: CellRef | null = null): Figure {
  const f = build.figure(written, at);
  if (f.status !== "ok") throw new Error(`builder cannot read ${written}`);
  return f;
}

export interface IndikatorSpec {
  uraian: string;
  sasaran: string | null;
  row: number;
  target: string | null;
  satuan?: string | null;
  /** Stated realisasi of the year ("2%"), or null. */
  realisasi?: string | null;
  pembilang?: string;
  penyebut?: string;
  polaritas?: Indikator["polaritas"];
  formulasi?: string;
  renstra?: { tahun: number | null; target: string }[];
  riwayat?: { tahun: number | null; target?: string; realisasi: string }[];
  standar?: string;
  keterangan?: string[];
  kegiatan?: string[];
  tingkat?: Indikator["tingkat"];
}

const SHEET_PK = "Capaian 2025";

export function indikator(s: IndikatorSpec): Indikator {
  const at = (col: string) => ref(SHEET_PK, `${col}${s.row}`);
  const real: RealisasiEntry[] =
    s.realisasi || s.pembilang
      ? [
          build.entry(
            "TAHUN",
            s.realisasi ? fig(s.realisasi, at("E")) : null,
            s.pembilang ? fig(s.pembilang, at("F")) : null,
            s.penyebut ? fig(s.penyebut, at("G")) : null,
          ),
        ]
      : [];
  const riwayat: YearFigure[] = (s.riwayat ?? []).map((y, i) => ({
    tahun: y.tahun,
    target: y.target ? fig(y.target, ref("Capaian 2024", `D${s.row + i}`)) : null,
    realisasi: fig(y.realisasi, ref("Capaian 2024", `E${s.row + i}`)),
    capaian: null,
  }));
  return build.indikator(s.uraian, {
    sasaran: s.sasaran,
    tingkat: s.tingkat ?? "Sasaran Kegiatan",
    satuan: s.satuan === undefined ? (s.target?.endsWith("%") ? "%" : null) : s.satuan,
    polaritas: s.polaritas ?? "positif",
    polaritasStated: s.polaritas !== undefined,
    formulasi: s.formulasi ?? null,
    target: s.target === null ? null : fig(s.target, at("D")),
    targetRenstra: (s.renstra ?? []).map((r, i) => ({ tahun: r.tahun, figure: fig(r.target, ref("Renstra", `C${s.row + i}`)) })),
    riwayat,
    standarNasional: s.standar ? fig(s.standar, at("H")) : null,
    realisasi: real,
    keterangan: (s.keterangan ?? []).map((text) => ({ text, ref: at("J") })),
    kegiatan: (s.kegiatan ?? []).map((text) => ({ text, ref: at("K") })),
    sources: [at("C")],
  });
}

export interface LineSpec {
  kind: AnggaranLine["kind"];
  uraian: string;
  row: number;
  kegiatan?: string;
  kode?: string;
  tahun?: number | null;
  volumeTarget?: string;
  volumeRealisasi?: string;
  pagu?: string;
  realisasi?: string;
  paguTahunLalu?: string;
  realisasiTahunLalu?: string;
  sheet?: string;
}

export function line(s: LineSpec): AnggaranLine {
  const sheet = s.sheet ?? "Anggaran 2025";
  const at = (col: string) => ref(sheet, `${col}${s.row}`);
  return build.anggaranLine(s.uraian, {
    kind: s.kind,
    kode: s.kode ?? null,
    kegiatan: s.kegiatan ?? null,
    tahun: s.tahun === undefined ? 2025 : s.tahun,
    volumeTarget: s.volumeTarget ? fig(s.volumeTarget, at("D")) : null,
    volumeRealisasi: s.volumeRealisasi ? fig(s.volumeRealisasi, at("E")) : null,
    pagu: s.pagu ? fig(s.pagu, at("F")) : null,
    realisasi: s.realisasi ? fig(s.realisasi, at("G")) : null,
    paguTahunLalu: s.paguTahunLalu ? fig(s.paguTahunLalu, at("I")) : null,
    realisasiTahunLalu: s.realisasiTahunLalu ? fig(s.realisasiTahunLalu, at("J")) : null,
    ref: at("B"),
  });
}

export function rencanaAksi(ind: Indikator, kegiatan: string, rencanaKegiatan: string | null, row: number): RencanaAksiEntry {
  return build.rencanaAksi(ind.key, "TW1", { kegiatan, rencanaKegiatan, ref: ref("Rencana Aksi", `E${row}`) });
}

export const SASARAN = {
  pendampingan: "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan di luar Peradilan",
  klien: "Meningkatnya klien pemasyarakatan yang sudah siap bermasyarakat",
  penerimaan: "Meningkatnya penerimaan Masyarakat terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
  rb: "Meningkatnya Pelaksanaan Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
};

export const KEGIATAN = {
  wilayah: "Penyelenggaraan Pemasyarakatan di Wilayah",
  dukungan: "Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan",
};

/**
 * The seven indicators of the PK 2025 with the realisations of the LKjIP 2025's summary table.
 * 1.1 and 3.2 carry only the stated realisasi (2%, 18%), as that table does; their
 * pembilang/penyebut (3/183, 2/11) are added where a test is about the computed ratio.
 */
export function bapasIndikator(): Indikator[] {
  return [
    indikator({
      uraian: "Persentase Tahanan yang mendapatkan pendampingan",
      sasaran: SASARAN.pendampingan,
      row: 5,
      target: "2,5%",
      realisasi: "2%",
      formulasi:
        "Jumlah Tahanan di Lapas/Rutan yang mendapatkan pendampingan dalam proses peradilan dibagi Jumlah seluruh Tahanan di Lapas/Rutan x 100%",
      renstra: [{ tahun: 2029, target: "4,5%" }],
      keterangan: [
        "Persentase masih di bawah target tahun 2025 karena pada tahun 2025 belum ada permintaan pendampingan untuk tahanan. Sekalipun ada baru permintaan litmas perawatan tahanan. KUHP baru berlaku pada awal tahun 2026.",
      ],
    }),
    indikator({
      uraian: "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
      sasaran: SASARAN.pendampingan,
      row: 6,
      target: "75%",
      realisasi: "100%",
      pembilang: "401",
      penyebut: "401",
      renstra: [{ tahun: 2029, target: "95%" }],
      keterangan: [
        "Keberhasilan memenuhi target menunjukkan komitmen Pembimbing Kemasyarakatan di Balai Pemasyarakatan untuk mengupayakan pendampingan pada anak dengan berpedoman pada upaya keadilan restoratif.",
      ],
    }),
    indikator({
      uraian: "Persentase klien pemasyarakatan yang siap bermasyarakat",
      sasaran: SASARAN.klien,
      row: 7,
      target: "70%",
      pembilang: "683",
      penyebut: "716",
      formulasi: "Klien yang tidak melakukan pelanggaran syarat umum dan khusus selama masa menjalani masa pembimbingan dibagi Total Klien x 100%",
      renstra: [{ tahun: 2029, target: "90%" }],
    }),
    indikator({
      uraian: "Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
      sasaran: SASARAN.penerimaan,
      row: 8,
      target: "25%",
      pembilang: "716",
      penyebut: "716",
      renstra: [{ tahun: 2029, target: "45%" }],
    }),
    indikator({
      uraian: "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif",
      sasaran: SASARAN.penerimaan,
      row: 9,
      target: "20%",
      realisasi: "18%",
      renstra: [{ tahun: 2029, target: "40%" }],
      keterangan: [
        "Tingkat Pemberdayaan Masyarakat Untuk Pembimbingan Kemasyarakatan Dalam Pelaksanaan Keadilan Restoratif masih di bawah target karena belum adanya pembaharuan Perjanjian kerjasama Pokmas yang lama.",
      ],
    }),
    indikator({
      uraian: "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
      sasaran: SASARAN.rb,
      row: 10,
      target: "100%",
      pembilang: "120",
      penyebut: "120",
      renstra: [{ tahun: 2029, target: "100%" }],
      riwayat: [{ tahun: 2024, target: "100%", realisasi: "100%" }],
    }),
    indikator({
      uraian: "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan",
      sasaran: SASARAN.rb,
      row: 11,
      target: "3,51",
      satuan: "Indeks",
      realisasi: "3,51",
      renstra: [{ tahun: 2029, target: "3,55" }],
    }),
  ];
}

/** Realisasi anggaran 2025 per output, per jenis belanja, and per program with 2024. */
export function bapasAnggaran(): AnggaranLine[] {
  return [
    line({ kind: "output", row: 5, kegiatan: KEGIATAN.wilayah, uraian: "Fasilitas dan Pembinaan Masyarakat", volumeTarget: "200 orang", volumeRealisasi: "184 orang", pagu: "215.828.000", realisasi: "182.572.600" }),
    line({ kind: "output", row: 6, kegiatan: KEGIATAN.dukungan, uraian: "Layanan Dukungan Manajemen Internal", volumeTarget: "4 Layanan", volumeRealisasi: "4 Layanan", pagu: "3.719.514.000", realisasi: "3.625.133.308" }),
    // The reference spells this kegiatan "Pemasarakatan" on two rows; it is the same kegiatan.
    line({ kind: "output", row: 7, kegiatan: "Dukungan Manajemen dan Teknis Lainnya UPT Pemasarakatan", uraian: "Layanan Manajemen SDM Internal", volumeTarget: "39 orang", volumeRealisasi: "39 orang", pagu: "17.607.000", realisasi: "17.454.000" }),
    line({ kind: "output", row: 8, kegiatan: "Dukungan Manajemen dan Teknis Lainnya UPT Pemasarakatan", uraian: "Layanan Manajemen Kinerja Internal", volumeTarget: "4 Dokumen", volumeRealisasi: "4 Dokumen", pagu: "18.278.000", realisasi: "6.737.000" }),
    line({ kind: "jenis-belanja", row: 15, kode: "51", uraian: "Belanja Pegawai", pagu: "3.190.965.000", realisasi: "3.125.996.383", sheet: "Smart DJA" }),
    line({ kind: "jenis-belanja", row: 16, kode: "52", uraian: "Belanja Barang", pagu: "1.183.108.000", realisasi: "691.029.329", sheet: "Smart DJA" }),
    line({ kind: "jenis-belanja", row: 17, kode: "53", uraian: "Belanja Modal", pagu: "0", realisasi: "0", sheet: "Smart DJA" }),
    line({ kind: "jenis-belanja", row: 18, kode: "57", uraian: "Belanja Bantuan Sosial", pagu: "0", realisasi: "0", sheet: "Smart DJA" }),
    line({ kind: "program", row: 25, uraian: "Program Penegakan dan Pelayanan Hukum", pagu: "215.828.000", realisasi: "182.572.600", paguTahunLalu: "292.855.000", realisasiTahunLalu: "251.944.000" }),
    line({ kind: "program", row: 26, uraian: "Program Dukungan Manajemen", pagu: "3.755.399.000", realisasi: "3.649.324.308", paguTahunLalu: "3.708.274.000", realisasiTahunLalu: "3.630.200.474" }),
  ];
}

/** The whole reference unit; two indicators linked to budget kegiatan through the Rencana Aksi. */
export function bapasModel(): SakipModel {
  const indikator = bapasIndikator();
  return model({
    indikator,
    anggaran: bapasAnggaran(),
    rencanaAksi: [
      rencanaAksi(indikator[2], "1. Bimbingan Kemasyarakatan dan Pengawasan 2. Fasilitas dan Pembinaan Masyarakat", "Melaksanakan pengawasan program bimbingan klien", 20),
      rencanaAksi(indikator[5], "Layanan Manajemen Kinerja Internal", "Melaksanakan Reformasi Birokrasi (Pembangunan Zona Integritas WBK/WBBM)", 40),
      rencanaAksi(indikator[0], "Layanan Pendampingan Peradilan", "Melaksanakan Pendampingan pada tahanan", 8),
    ],
  });
}

/** A UPT's row of a Kanwil's per-unit table ("Kinerja UPT"): the indicator of that unit, keyed as the reader keys it. */
export function upt(unit: string, s: IndikatorSpec): Indikator {
  const ind = indikator(s);
  const move = <T extends { sheet: string } | null>(r: T): T => (r ? { ...r, sheet: "Kinerja UPT" } : r);
  return {
    ...ind,
    unit,
    key: indikatorKey(s.uraian, unit),
    target: ind.target && { ...ind.target, ref: move(ind.target.ref) },
    realisasi: ind.realisasi.map((r) => ({ ...r, nilai: r.nilai && { ...r.nilai, ref: move(r.nilai.ref) } })),
    keterangan: ind.keterangan.map((k) => ({ ...k, ref: move(k.ref) })),
    sources: ind.sources.map((r) => move(r)),
  };
}
