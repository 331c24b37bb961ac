// Example data of the blank template: the Perjanjian Kinerja 2025 of Bapas Kelas II Magelang,
// its year-end realisasi and budget, as its LKjIP states them (shared/reference). Figures are
// written as the report writes them and read with the core's reader, like a user's cells.
import type { AnggaranKind, AnggaranLine, Figure, Indikator, RencanaAksiEntry, SakipModel } from "../../core/model";
import { readNumber } from "../../core/number";

const CONTOH_UNIT = "CONTOH - Bapas Kelas II Magelang";
export const CONTOH_SUMBER = "CONTOH dari LKjIP 2025 Bapas Kelas II Magelang; ganti dengan data satker Anda";
const TAHUN = 2025;

function fig(written: string, money = false): Figure {
  return { ...readNumber(written, { money }), ref: null };
}

function key(uraian: string): string {
  return uraian.toLowerCase().replace(/\s+/g, " ").trim();
}

interface IndikatorContoh {
  sasaran: string;
  uraian: string;
  formulasi: string | null;
  satuan: string;
  target: string;
  renstra2029: string;
  /** Year-end (s.d. TW IV) realisasi: pembilang, penyebut, the figure as reported. */
  twIV: [string | null, string | null, string];
  tahunLalu?: string;
  keterangan?: string;
}

const PENDAMPINGAN = "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan di luar Peradilan";
const SIAP = "Meningkatnya klien pemasyarakatan yang sudah siap bermasyarakat";
const PENERIMAAN =
  "Meningkatnya penerimaan Masyarakat terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial";
const RB = "Meningkatnya Pelaksanaan Reformasi Birokrasi di Lingkup UPT Pemasyarakatan";

const INDIKATOR: IndikatorContoh[] = [
  {
    sasaran: PENDAMPINGAN,
    uraian: "Persentase Tahanan yang mendapatkan pendampingan",
    formulasi:
      "Jumlah Tahanan di Lapas/Rutan yang mendapatkan pendampingan dalam proses peradilan / Jumlah seluruh Tahanan di Lapas/Rutan × 100%",
    satuan: "%",
    target: "2,5%",
    renstra2029: "4,5%",
    twIV: ["3", "183", "2%"],
    keterangan:
      "Di bawah target karena pada tahun 2025 belum ada permintaan pendampingan untuk tahanan; KUHP baru berlaku pada awal tahun 2026.",
  },
  {
    sasaran: PENDAMPINGAN,
    uraian: "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
    formulasi:
      "Jumlah pendampingan terhadap ABH dalam proses peradilan (pra adjudikasi sampai dengan adjudikasi) untuk upaya keadilan restoratif / Jumlah Permintaan Pendampingan ABH × 100%",
    satuan: "%",
    target: "75%",
    renstra2029: "95%",
    twIV: ["401", "401", "100%"],
  },
  {
    sasaran: SIAP,
    uraian: "Persentase klien pemasyarakatan yang siap bermasyarakat",
    formulasi:
      "Klien yang tidak melakukan pelanggaran syarat umum dan khusus selama masa pembimbingan / Total Klien × 100%",
    satuan: "%",
    target: "70%",
    renstra2029: "90%",
    twIV: ["683", "716", "95%"],
    keterangan: "Inovasi pembimbingan Batako (Bapas Tekan Kono) dan pengawasan Pohon Ketan (izin ke luar kota secara online).",
  },
  {
    sasaran: PENERIMAAN,
    uraian:
      "Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
    formulasi:
      "Jumlah klien yang diikutsertakan oleh Ketua RT/pengurus masyarakat dalam kegiatan sosial kemasyarakatan / Total Klien × 100%",
    satuan: "%",
    target: "25%",
    renstra2029: "45%",
    twIV: ["716", "716", "100%"],
  },
  {
    sasaran: PENERIMAAN,
    uraian: "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif",
    formulasi:
      "(Pokmas dan Pemda yang melaksanakan pemberdayaan klien tahun berjalan − tahun sebelumnya) / Pokmas dan Pemda tahun sebelumnya × 100%",
    satuan: "%",
    target: "20%",
    renstra2029: "40%",
    // (13 − 11) / 11
    twIV: ["2", "11", "18%"],
    keterangan: "Di bawah target karena Perjanjian Kerja Sama dengan Pokmas yang lama belum diperbarui.",
  },
  {
    sasaran: RB,
    uraian: "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
    formulasi: "Rencana aksi RB terkait UPT PAS yang terlaksana / Total rencana aksi RB terkait UPT PAS × 100%",
    satuan: "%",
    target: "100%",
    renstra2029: "100%",
    twIV: ["120", "120", "100%"],
    tahunLalu: "100%",
  },
  {
    sasaran: RB,
    uraian: "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan",
    formulasi: null,
    satuan: "Indeks",
    target: "3,51",
    renstra2029: "3,55",
    twIV: [null, null, "3,51"],
  },
];

function indikator(c: IndikatorContoh): Indikator {
  const [pembilang, penyebut, nilai] = c.twIV;
  return {
    key: key(c.uraian),
    no: null,
    kode: null,
    uraian: c.uraian,
    sasaran: c.sasaran,
    tingkat: "Sasaran Kegiatan",
    satuan: c.satuan,
    polaritas: "positif",
    polaritasStated: true,
    formulasi: c.formulasi,
    target: fig(c.target),
    targetTw: [null, null, null, null],
    targetRenstra: [{ tahun: 2029, figure: fig(c.renstra2029) }],
    riwayat: c.tahunLalu
      ? [{ tahun: TAHUN - 1, target: null, realisasi: fig(c.tahunLalu), capaian: null }]
      : [],
    standarNasional: null,
    realisasi: [
      {
        periode: "TW4",
        nilai: fig(nilai),
        pembilang: pembilang === null ? null : fig(pembilang),
        penyebut: penyebut === null ? null : fig(penyebut),
      },
    ],
    kumulatif: true,
    capaianStated: null,
    predikatStated: null,
    keterangan: c.keterangan ? [{ text: c.keterangan, ref: null }] : [],
    kegiatan: [],
    sources: [],
    conflicts: [],
  };
}

/** Examples come from no cell of a workbook; the template's Sumber column says CONTOH instead. */
const REF = { sheet: "Contoh", cell: "A1" };

function line(
  kind: AnggaranKind,
  uraian: string,
  pagu: string,
  realisasi: string,
  more: Partial<AnggaranLine> = {},
): AnggaranLine {
  return {
    kind,
    uraian,
    kode: null,
    kegiatan: null,
    unit: null,
    tahun: TAHUN,
    volumeTarget: null,
    volumeRealisasi: null,
    pagu: fig(pagu, true),
    blokir: null,
    realisasi: fig(realisasi, true),
    realisasiTw: [null, null, null, null],
    sisa: null,
    serapanStated: null,
    paguTahunLalu: null,
    realisasiTahunLalu: null,
    ref: REF,
    ...more,
  };
}

const PEMASYARAKATAN = "Penyelenggaraan Pemasyarakatan di Wilayah";
const DUKUNGAN = "Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan";

function output(kegiatan: string, uraian: string, volume: [string, string], pagu: string, realisasi: string): AnggaranLine {
  return line("output", uraian, pagu, realisasi, { kegiatan, volumeTarget: fig(volume[0]), volumeRealisasi: fig(volume[1]) });
}

const ANGGARAN: AnggaranLine[] = [
  output(PEMASYARAKATAN, "Fasilitas dan Pembinaan Masyarakat", ["200 Orang", "184 Orang"], "215.828.000", "182.572.600"),
  output(DUKUNGAN, "Layanan Dukungan Manajemen Internal", ["4 Layanan", "4 Layanan"], "3.719.514.000", "3.625.133.308"),
  output(DUKUNGAN, "Layanan Manajemen SDM Internal", ["39 Orang", "39 Orang"], "17.607.000", "17.454.000"),
  output(DUKUNGAN, "Layanan Manajemen Kinerja Internal", ["4 Dokumen", "4 Dokumen"], "18.278.000", "6.737.000"),
  line("program", "Program Penegakan dan Pelayanan Hukum", "215.828.000", "182.572.600", {
    paguTahunLalu: fig("292.855.000", true),
    realisasiTahunLalu: fig("251.944.000", true),
  }),
  line("program", "Program Dukungan Manajemen", "3.755.399.000", "3.649.324.308", {
    paguTahunLalu: fig("3.708.274.000", true),
    realisasiTahunLalu: fig("3.630.200.474", true),
  }),
  line("jenis-belanja", "51 Belanja Pegawai", "3.190.965.000", "3.125.996.383", { kode: "51" }),
  line("jenis-belanja", "52 Belanja Barang", "1.183.108.000", "691.029.329", { kode: "52" }),
  line("jenis-belanja", "53 Belanja Modal", "0", "0", { kode: "53" }),
  line("jenis-belanja", "57 Belanja Bantuan Sosial", "0", "0", { kode: "57" }),
];

function rencanaAksi(uraian: string, kegiatan: string, rencanaKegiatan: string): RencanaAksiEntry[] {
  return [1, 2, 3, 4].map((q) => ({
    indikatorKey: key(uraian),
    periode: `TW${q}`,
    kegiatan,
    rencanaKegiatan: q === 1 ? rencanaKegiatan : null,
    target: null,
    pagu: fig("0", true),
    rencanaPenarikan: fig("0", true),
    realisasiAnggaran: fig("0", true),
    capaian: null,
    dataDukung: "Laporan dan dokumentasi pelaksanaan kegiatan sesuai format TNDE",
    status: null,
    keterangan: null,
    ref: REF,
  }));
}

/** The example workbook's model (a fresh copy each call). */
export function contohModel(): SakipModel {
  return {
    unit: { nama: CONTOH_UNIT, tahun: TAHUN },
    indikator: INDIKATOR.map(indikator),
    anggaran: ANGGARAN.map((l) => ({ ...l })),
    rencanaAksi: [
      ...rencanaAksi(INDIKATOR[0].uraian, "Layanan Pendampingan Peradilan", "Melaksanakan pendampingan pada tahanan"),
      ...rencanaAksi(
        INDIKATOR[2].uraian,
        "Bimbingan Kemasyarakatan dan Pengawasan",
        "Melaksanakan bimbingan kemandirian dan kepribadian klien anak dan dewasa; pengawasan program bimbingan klien",
      ),
    ],
    tables: [],
    readNotes: [],
  };
}
