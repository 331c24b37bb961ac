// Sheet names and header rows of the structured SAKIP sheets (DESIGN §4, a contract).
// The writer (plans) and the reader (detection of SAKIP input sheets) both use these, so a
// converted workbook reads back into the same model.

export const SHEET = {
  pk: "SAKIP PK",
  realisasi: "SAKIP Realisasi",
  anggaran: "SAKIP Anggaran",
  rencanaAksi: "SAKIP Rencana Aksi",
  validasi: "SAKIP Validasi",
  ringkasan: "SAKIP Ringkasan",
  narasi: "SAKIP Narasi",
  rekap: "SAKIP Rekap",
} as const;

export const INPUT_SHEETS: readonly string[] = [SHEET.pk, SHEET.realisasi, SHEET.anggaran, SHEET.rencanaAksi];
export const OUTPUT_SHEETS: readonly string[] = [SHEET.validasi, SHEET.ringkasan, SHEET.narasi, SHEET.rekap];

const TW = ["TW I", "TW II", "TW III", "TW IV"] as const;

export const PK_HEADERS = [
  "No",
  "Kode",
  "Tingkat",
  "Sasaran",
  "Indikator",
  "Satuan",
  "Polaritas",
  "Formulasi",
  "Target",
  ...TW.map((t) => `Target ${t}`),
  "Target Renstra",
  "Tahun Renstra",
  "Realisasi Tahun Lalu",
  "Standar Nasional",
  "Unit Kerja",
  "Tahun",
  "Sumber",
] as const;

export const REALISASI_HEADERS = [
  "No",
  "Indikator",
  "Satuan",
  "Polaritas",
  "Target",
  "Kumulatif",
  ...TW.flatMap((t) => [`Pembilang ${t}`, `Penyebut ${t}`, `Realisasi ${t}`]),
  "Metode Agregat",
  "Realisasi Tahun",
  "Capaian",
  "Predikat",
  "Keterangan",
  "Sumber",
] as const;

export const ANGGARAN_HEADERS = [
  "No",
  "Jenis",
  "Uraian",
  "Kegiatan",
  "Unit Kerja",
  "Tahun",
  "Volume Target",
  "Volume Realisasi",
  "Satuan Volume",
  "Pagu",
  "Blokir",
  "Pagu Efektif",
  ...TW.map((t) => `Realisasi ${t}`),
  "Realisasi",
  "Sisa",
  "Serapan",
  "Pagu Tahun Lalu",
  "Realisasi Tahun Lalu",
  "Serapan Tahun Lalu",
  "Sumber",
] as const;

export const RENCANA_AKSI_HEADERS = [
  "No",
  "Indikator",
  "Periode",
  "Kegiatan",
  "Rencana Kegiatan",
  "Target",
  "Pagu",
  "Rencana Penarikan Dana",
  "Realisasi Anggaran",
  "Capaian",
  "Data Dukung",
  "Status",
  "Keterangan",
  "Sumber",
] as const;

/** Dropdown choices of the input sheets. */
export const POLARITAS_CHOICES = ["Positif", "Negatif", "Negatif-rasio"];
export const SATUAN_CHOICES = ["%", "Indeks", "Layanan", "Dokumen", "Orang", "Operasi", "Kegiatan", "Laporan", "Unit", "Nilai"];
export const AGREGAT_CHOICES = ["kumulatif", "akhir", "rata", "maks"];
export const TINGKAT_CHOICES = ["Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan"];
export const JENIS_ANGGARAN_CHOICES = ["Program", "Kegiatan", "Output", "Jenis Belanja", "Unit", "Lain"];
/** "Kumulatif" of SAKIP Realisasi: are the quarterly realisasi to-date (s.d. TW) values? */
export const KUMULATIF_CHOICES = ["Ya", "Tidak"];
/** "Periode" of SAKIP Rencana Aksi. */
export const PERIODE_CHOICES = ["TW I", "TW II", "TW III", "TW IV"];
