// Tables of the reference LKjIP 2025 of Bapas Kelas II Magelang (shared/reference), as the
// reader hands them over. Their budget tables are internally consistent: no error in them.
import type { CellValue, DetectedTable } from "../../src/core/model";
import { table } from "./builders";

/** Chapter III.B, realisasi anggaran per output (header row 1, rows 2–5). */
export function anggaranOutput(): DetectedTable {
  return table(
    "Realisasi Anggaran",
    "anggaran",
    [
      { role: "no" },
      { role: "kegiatan" },
      { role: "output" },
      { role: "volume-target", label: "TARGET TAHUN 2025 / INDIKATOR KELUARAN / OUTPUT", tahun: 2025 },
      { role: "volume-realisasi", label: "TARGET TAHUN 2025 / REALISASI", tahun: 2025 },
      { role: "pagu", label: "PAGU ANGGARAN / JUMLAH ANGGARAN" },
      { role: "realisasi-anggaran", label: "PAGU ANGGARAN / REALISASI ANGGARAN" },
      { role: "serapan", label: "PAGU ANGGARAN / (%)", points: true },
    ],
    [
      ["1.", "Penyelenggaraan Pemasyarakatan di Wilayah", "Fasilitas dan Pembinaan Masyarakat", "200 orang", "184 orang", "215.828.000", "182.572.600", "84.59"],
      ["2.", "Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", "Layanan Dukungan Manajemen Internal", "4 Layanan", "4 Layanan", "3.719.514.000", "3.625.133.308", "97.46"],
      ["3.", "Dukungan Manajemen dan Teknis Lainnya UPT Pemasarakatan", "Layanan Manajemen SDM Internal", "39 orang", "39 orang", "17.607.000", "17.454.000", "99.13"],
      ["4.", "Dukungan Manajemen dan Teknis Lainnya UPT Pemasarakatan", "Layanan Manajemen Kinerja Internal", "4 Dokumen", "4 Dokumen", "18.278.000", "6.737.000", "36.86"],
    ],
  );
}

/** Year on year (2024 | 2025) with a TOTAL row (header row 1, rows 2–4). */
export function anggaranDuaTahun(cells: { total2025?: CellValue; serapanTotal2025?: CellValue } = {}): DetectedTable {
  return table(
    "Perbandingan Anggaran",
    "anggaran",
    [
      { role: "no" },
      { role: "program", label: "Sasaran Kegiatan" },
      { role: "pagu", label: "Anggaran 2024", tahun: 2024 },
      { role: "realisasi-anggaran", label: "Realisasi 2024", tahun: 2024 },
      { role: "serapan", label: "%", points: true },
      { role: "pagu", label: "Anggaran 2025", tahun: 2025 },
      { role: "realisasi-anggaran", label: "Realisasi 2025", tahun: 2025 },
      { role: "serapan", label: "%", points: true },
    ],
    [
      ["1.", "Progran Penegakan dan Pelayanan Hukum", "292.855.000", "251.944.000", "86.03", "215.828.000", "182.572.600", "84.59"],
      ["2.", "Program dukuman manajemen", "3.708.274.000", "3.630.200.474", "97.89", "3.755.399.000", "3.649.324.308", "97.18"],
      [null, "TOTAL", "4.001.129.000", "3.882.144.474", "97.03", cells.total2025 ?? "3.971.227.000", "3.831.896.908", cells.serapanTotal2025 ?? "96.49"],
    ],
  );
}

/** Smart DJA composition per jenis belanja ("nan %" for 0/0, "0,00 %" for 0/0). */
export function jenisBelanja(): DetectedTable {
  return table(
    "Jenis Belanja",
    "anggaran",
    [
      { role: "jenis-belanja", label: "Akun 2 Digit" },
      { role: "pagu", label: "Alokasi Anggaran" },
      { role: "realisasi-anggaran", label: "Realisasi Anggaran" },
      { role: "serapan", label: "Persentase" },
    ],
    [
      ["51 Belanja Pegawai", "3.190.965.000", "3.125.996.383", "97,96 %"],
      ["52 Belanja Barang", "1.183.108.000", "691.029.329", "58,41 %"],
      ["53 Belanja Modal", 0, 0, "nan %"],
      ["57 Belanja Bantuan Sosial", 0, 0, "0,00 %"],
    ],
  );
}

export const INDIKATOR = {
  tahanan: "Persentase Tahanan yang mendapatkan pendampingan",
  abh: "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
  klien: "Persentase klien pemasyarakatan yang siap bermasyarakat",
  penerimaan: "Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
  pemberdayaan: "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif",
  rb: "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
  ikm: "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan",
};

/**
 * Chapter III capaian with realisasi and the converted capaian (header row 1, rows 2–8):
 * columns A sasaran, B indikator, C target, D realisasi, E capaian, F predikat.
 */
export function capaianKinerja(rows?: CellValue[][]): DetectedTable {
  return table(
    "Capaian Kinerja",
    "kinerja",
    [
      { role: "sasaran" },
      { role: "indikator" },
      { role: "target", label: "TARGET" },
      { role: "realisasi", label: "REALISASI" },
      { role: "capaian", label: "CAPAIAN" },
      { role: "predikat", label: "PREDIKAT" },
    ],
    rows ?? [
      ["Meningkatnya Pelaksanaan Pendampingan", INDIKATOR.tahanan, "2,5%", "2%", "80%", "Memuaskan"],
      ["Meningkatnya Pelaksanaan Pendampingan", INDIKATOR.abh, "75%", "100%", "120%", "Sangat Memuaskan"],
      ["Meningkatnya klien yang siap bermasyarakat", INDIKATOR.klien, "70%", "95%", "120%", "Sangat Memuaskan"],
      ["Meningkatnya penerimaan Masyarakat", INDIKATOR.penerimaan, "25%", "100%", "120%", "Sangat Memuaskan"],
      ["Meningkatnya penerimaan Masyarakat", INDIKATOR.pemberdayaan, "20%", "18%", "90%", "Memuaskan"],
      ["Meningkatnya Pelaksanaan Reformasi Birokrasi", INDIKATOR.rb, "100%", "100%", "100%", "Sangat Memuaskan"],
      ["Meningkatnya Pelaksanaan Reformasi Birokrasi", INDIKATOR.ikm, "3,51", "3,51", "100%", "Sangat Memuaskan"],
    ],
  );
}

/** The chapter's computations: pembilang / penyebut × 100% = realisasi (header row 1, rows 2–6). */
export function pengukuran(rows?: CellValue[][]): DetectedTable {
  return table(
    "Pengukuran",
    "kinerja",
    [{ role: "indikator" }, { role: "pembilang" }, { role: "penyebut" }, { role: "realisasi", label: "Realisasi (%)", points: true }],
    rows ?? [
      [INDIKATOR.tahanan, 3, 183, "2%"],
      [INDIKATOR.abh, 401, 401, "100%"],
      [INDIKATOR.klien, 683, 716, "95%"],
      [INDIKATOR.penerimaan, 716, 716, "100%"],
      [INDIKATOR.rb, 120, 120, "100%"],
    ],
  );
}
