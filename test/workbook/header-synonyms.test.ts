import { parseHeader } from "../../src/workbook/detect/header-synonyms";

type Want = { role?: string | null; generic?: string | null; tahun?: number | null; periode?: string | null; money?: boolean; percentPoints?: boolean; kumulatif?: boolean; tingkat?: string | null; periodOnly?: boolean; lastYear?: boolean; jenis?: string | null };

const CASES: [string, Want][] = [
  ["No", { role: "no" }],
  ["No.", { role: "no" }],
  ["NO", { role: "no" }],
  ["Indikator", { role: "indikator" }],
  ["INDIKATOR KINERJA", { role: "indikator" }],
  ["IKU", { role: "indikator", tingkat: "Sasaran Strategis" }],
  ["IKP", { role: "indikator", tingkat: "Sasaran Program" }],
  ["IKK", { role: "indikator", tingkat: "Sasaran Kegiatan" }],
  ["Indikator Kinerja Kegiatan", { role: "indikator", tingkat: "Sasaran Kegiatan" }],
  ["IKU/IKP/IKK", { role: "indikator" }],
  ["Target", { role: "target", tahun: null }],
  ["Target 2025", { role: "target", tahun: 2025 }],
  ["TARGET TAHUN 2025", { role: "target", tahun: 2025 }],
  ["Target 1 tahun (%)", { role: "target", tahun: null, percentPoints: true }],
  ["Target Renstra 2029 (%)", { role: "target-renstra", tahun: 2029, percentPoints: true }],
  ["Target TW I", { role: "target", periode: "TW1" }],
  ["Realisasi", { role: "realisasi" }],
  ["Realisasi thn 2025 (%)", { role: "realisasi", tahun: 2025, percentPoints: true }],
  ["Realisasi s.d. TW II", { role: "realisasi", periode: "TW2", kumulatif: true }],
  ["Realisasi Tahun Lalu", { role: "realisasi", lastYear: true }],
  ["Capaian", { role: "capaian" }],
  ["Kinerja", { role: "capaian" }],
  ["Kinerja (%)", { role: "capaian", percentPoints: true }],
  ["Capaian (%)", { role: "capaian", percentPoints: true }],
  ["%", { role: null, generic: "persen", percentPoints: true }],
  ["(%)", { role: null, generic: "persen", percentPoints: true }],
  ["Persentase", { role: null, generic: "persen" }],
  ["Jumlah", { role: null, generic: "jumlah" }],
  ["Sasaran Strategis", { role: "sasaran", tingkat: "Sasaran Strategis" }],
  ["Sasaran Program", { role: "sasaran", tingkat: "Sasaran Program" }],
  ["SASARAN KEGIATAN", { role: "sasaran", tingkat: "Sasaran Kegiatan" }],
  ["Satuan", { role: "satuan" }],
  ["Polaritas", { role: "polaritas" }],
  ["Pagu", { role: "pagu" }],
  ["Jumlah Anggaran", { role: "pagu" }],
  ["Alokasi", { role: "pagu" }],
  ["Alokasi Anggaran", { role: "pagu" }],
  ["PAGU ANGGARAN", { role: "pagu" }],
  ["Anggaran 2024", { role: "pagu", tahun: 2024 }],
  ["Realisasi (Rp)", { role: "realisasi-anggaran", money: true }],
  ["REALISASI ANGGARAN", { role: "realisasi-anggaran" }],
  ["Sisa", { role: "sisa" }],
  ["Jenis Belanja", { role: "jenis-belanja" }],
  ["Akun 2 Digit", { role: "jenis-belanja" }],
  ["TW I", { role: null, periode: "TW1", periodOnly: true }],
  ["Triwulan III", { role: null, periode: "TW3", periodOnly: true }],
  ["B03", { role: null, periode: "B03", periodOnly: true }],
  ["B12", { role: null, periode: "B12", periodOnly: true }],
  ["Januari", { role: null, periode: "B01", periodOnly: true }],
  ["Des", { role: null, periode: "B12", periodOnly: true }],
  ["Tahun 2022", { role: null, tahun: 2022, periodOnly: true }],
  ["Unit Kerja", { role: "unit" }],
  ["UPT", { role: "unit" }],
  ["Satuan Kerja", { role: "unit" }],
  ["Pembilang", { role: "pembilang" }],
  ["Penyebut", { role: "penyebut" }],
  ["Kegiatan", { role: "kegiatan" }],
  ["Keluaran / Output", { role: "output" }],
  ["INDIKATOR KELUARAN / OUTPUT", { role: "output" }],
  ["Output", { role: "output" }],
  ["Keterangan", { role: "keterangan" }],
  ["Data Dukung", { role: "data-dukung" }],
  ["STATUS PELAKSANA", { role: "status" }],
  ["Rumus Perhitungan", { role: "formulasi" }],
  ["Formulasi", { role: "formulasi" }],
  ["RENCANA PENARIKAN DANA", { role: "rencana-penarikan" }],
  ["Predikat", { role: "predikat" }],
  // Amount columns per jenis belanja (a Kanwil's budget per UPT): the role comes from the
  // group above, or alone is pagu (column-roles.ts); "Belanja" alone is the label column.
  ["Belanja Pegawai", { role: null, generic: null, jenis: "51" }],
  ["BELANJA BARANG", { role: null, jenis: "52" }],
  ["Belanja Barang dan Jasa", { role: null, jenis: "52" }],
  ["Belanja Modal (53)", { role: null, jenis: "53" }],
  ["51 Belanja Pegawai", { role: null, jenis: "51" }],
  ["57 Bansos", { role: null, jenis: "57" }],
  ["Belanja Pegawai 2025", { role: null, jenis: "51", tahun: 2025 }],
  ["Pagu Belanja Pegawai", { role: "pagu", jenis: "51" }],
  ["Realisasi Belanja Modal", { role: "realisasi-anggaran", jenis: "53" }],
  ["Belanja", { role: "jenis-belanja", jenis: null }],
  ["Jenis Belanja", { role: "jenis-belanja", jenis: null }],
  ["Realisasi Belanja", { role: "realisasi-anggaran", jenis: null }],
];

describe("parseHeader: header synonyms", () => {
  test.each(CASES)("%s", (label, want) => {
    const got = parseHeader(label);
    expect(got).not.toBeNull();
    for (const [k, v] of Object.entries(want)) expect([k, got![k as keyof typeof got]]).toEqual([k, v]);
  });

  test.each([
    // Sentences, paragraphs and data cells are not headers.
    "Realisasi anggaran Bapas sampai dengan tahun 2025 sebesar 96.49%, realisasi tersebut sudah memenuhi target",
    "Persentase Tahanan yang mendapatkan pendampingan",
    "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan di luar Peradilan",
    "Layanan Pendampingan Peradilan",
    "2,5%",
    "Isu Strategis / Permasalahan",
    "Kode Satuan Kerja",
    "Jumlah Tahanan di Lapas/Rutan yang mendapatkan pendampingan dalam proses peradilan",
    // Staff or goods counted in a per-unit table, a code at odds with the word: no jenis.
    "Pegawai",
    "Barang",
    "52 Belanja Pegawai",
    "",
  ])("not a header: %s", (label) => {
    expect(parseHeader(label)).toBeNull();
  });
});
