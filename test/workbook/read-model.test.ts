// buildModel on workbooks shaped like the reference's tables.
import type { Indikator, SakipModel } from "../../src/core/model";
import { buildModel } from "../../src/workbook/read-model";
import { I, S, near, num, sheet } from "./grids";

function byUraian(m: SakipModel, start: string): Indikator {
  const ind = m.indikator.find((i) => i.uraian.startsWith(start));
  if (!ind) throw new Error(`no indikator ${start}: ${m.indikator.map((i) => i.uraian).join(" | ")}`);
  return ind;
}
const tahunan = (ind: Indikator): number | null => num(ind.realisasi.find((e) => e.periode === "TAHUN")?.nilai);
const refs = (ind: Indikator): string[] => ind.sources.map((s) => `${s.sheet}!${s.cell}`);

const PK = sheet(
  "PK 2025",
  [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["BALAI PEMASYARAKATAN KELAS II MAGELANG"],
    [],
    ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET"],
    [S.pendampingan, I.tahanan, "2,5%"],
    [null, I.abh, "75%"],
    ["Meningkatnya klien pemsarakatan yang sudah siap bermasyarakat", "Persentase klien pemsarakatan yang siap bermasyarakat", "70%"],
    [S.rb, I.rb, "100%"],
    [null, "Indeks Kepuasan Unit Kerja Lingkup UPT Pemsarakatan terhadap Layanan Kesekretariatan", "3,51"],
  ],
  { merges: ["A5:A6", "A8:A9"] },
);
const RENSTRA = sheet("Renstra", [
  ["No.", "Indikator Kinerja", "Target Renstra 2029 (%)", "Realisasi thn 2025 (%)"],
  ["1", "Persentase Tahanan yang Mendapatkan Pendampingan", "4,5%", "2%"],
  [],
  [],
  ["No.", "Indikator Kinerja", "Target 1 tahun (%)", "Target Renstra 2029", "Realisasi tahun 2025 (%)"],
  ["1.", "Persentase Meningkatnya Klien Pemasarakatan yang Sudah Siap Bermasyarakat)", "70 %", "90%", "95%"],
]);
const CAPAIAN = sheet("Capaian", [
  ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "CAPAIAN"],
  [S.pendampingan, I.tahanan, "5%", "2%"],
  [null, "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang Mendapatkan Pendampingan Untuk Upaya Keadilan Restoratif", "75%", "100%"],
  [S.siap, I.siap, "70%", "95%"],
  [S.rb, "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan", "100%", "100%"],
  [null, I.ikm, "3,51", "3,51"],
]);

describe("buildModel: one indicator across the tables of a workbook", () => {
  const m = buildModel([PK, RENSTRA, CAPAIAN]);

  test("each indicator once, in the order of its first table", () => {
    expect(m.indikator.map((i) => i.uraian)).toEqual([
      I.tahanan,
      I.abh,
      "Persentase klien pemsarakatan yang siap bermasyarakat",
      I.rb,
      "Indeks Kepuasan Unit Kerja Lingkup UPT Pemsarakatan terhadap Layanan Kesekretariatan",
    ]);
  });

  test("differently worded rows are matched and become sources", () => {
    expect(refs(byUraian(m, "Persentase klien"))).toEqual(["PK 2025!B7", "Renstra!B6", "Capaian!B4"]);
    expect(refs(byUraian(m, I.abh))).toEqual(["PK 2025!B6", "Capaian!B3"]);
    expect(refs(byUraian(m, "Indeks Kepuasan"))).toEqual(["PK 2025!B9", "Capaian!B6"]);
  });

  test("target as a fraction; satuan; sasaran carried down a merge", () => {
    const t = byUraian(m, I.tahanan);
    expect([num(t.target), t.target?.percent, t.target?.decimals, t.satuan, t.sasaran]).toEqual([0.025, true, 1, "%", S.pendampingan]);
    expect(byUraian(m, "Indeks").satuan).toBeNull();
    expect(byUraian(m, "Indeks").sasaran).toBe(S.rb);
  });

  test("realisasi from the Renstra table and from the summary's CAPAIAN column (no realisasi column there)", () => {
    expect(tahunan(byUraian(m, I.tahanan))).toBe(0.02);
    expect(tahunan(byUraian(m, I.abh))).toBe(1);
    expect(tahunan(byUraian(m, "Indeks"))).toBe(3.51);
  });

  test("target Renstra per year", () => {
    const t = byUraian(m, I.tahanan);
    expect(t.targetRenstra.map((r) => [r.tahun, num(r.figure)])).toEqual([[2029, 0.045]]);
  });

  test("conflicting targets are kept, the first source wins", () => {
    const t = byUraian(m, I.tahanan);
    expect(num(t.target)).toBe(0.025);
    expect(t.conflicts.map((c) => [c.field, num(c.a), c.a.ref?.cell, num(c.b), c.b.ref?.sheet, c.b.ref?.cell])).toEqual([
      ["target", 0.025, "C5", 0.05, "Capaian", "C2"],
    ]);
    expect(byUraian(m, I.abh).conflicts).toEqual([]);
  });

  test("unit from the title block", () => {
    expect(m.unit).toEqual({ nama: "BALAI PEMASYARAKATAN KELAS II MAGELANG", tahun: 2025 });
  });
});

describe("buildModel: polarity", () => {
  const rows = (cells: (string | null)[][]) =>
    buildModel([sheet("Capaian", [["INDIKATOR KINERJA", "POLARITAS", "TARGET", "REALISASI", "KETERANGAN"], ...cells])]);

  test.each([
    ["Polaritas column 'Negatif'", ["Jumlah pelarian narapidana", "Negatif", "0 Orang", "0 Orang", null], "negatif", true],
    ["Polaritas column 'Negatif-rasio'", ["Persentase tingkat hunian (overcrowding)", "Negatif-rasio", "140%", "151,2%", null], "negatif-rasio", true],
    ["Polaritas column 'Positif'", [I.siap, "Positif", "70%", "95%", null], "positif", true],
    ["'(berlaku terbalik)' in the indicator's own cell", ["Persentase residivis (berlaku terbalik)", null, "5%", "3,5%", null], "negatif", true],
    ["'(negatif)' in the indicator's own cell", ["Persentase gangguan keamanan dan ketertiban (negatif)", null, "2%", "1%", null], "negatif", true],
    ["nothing stated: positif, not stated (no guessing from other words)", ["Persentase residivis", null, "5%", "3,5%", null], "positif", false],
    [
      "'berlaku terbalik' in a keterangan is only a hint for the checks",
      [I.abh, null, "75%", "100%", "Pada indikator kinerja ini berlaku terbalik, sehingga makin kecil prosentase capaian, makin berhasil mencapai target."],
      "positif",
      false,
    ],
  ])("%s", (_name, cells, polaritas, stated) => {
    const [ind] = rows([cells]).indikator;
    expect([ind.polaritas, ind.polaritasStated]).toEqual([polaritas, stated]);
  });
});

describe("buildModel: years, quarters and riwayat", () => {
  test("two years side by side: the latest year is the report's, the earlier goes to riwayat", () => {
    const m = buildModel([
      sheet(
        "Capaian 2022-2023",
        [
          ["PERBANDINGAN CAPAIAN KINERJA TAHUN 2022 DAN TAHUN 2023"],
          ["LEMBAGA PEMASYARAKATAN KELAS IIA KENDAL"],
          [],
          ["NO", "SASARAN", "INDIKATOR KINERJA", "POLARITAS", "Tahun 2022", null, null, "Tahun 2023", null, null],
          [null, null, null, null, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
          [1, "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "Positif", "3,5 Indeks", "3,62 Indeks", 1.0343, "3,55 Indeks", "3,71 Indeks", "104,51%"],
        ],
        { merges: ["E4:G4", "H4:J4", "A4:A5", "B4:B5", "C4:C5", "D4:D5"], formats: { G6: "0.00%" } },
      ),
    ]);
    expect(m.unit).toEqual({ nama: "LEMBAGA PEMASYARAKATAN KELAS IIA KENDAL", tahun: 2023 });
    const [ikm] = m.indikator;
    expect([num(ikm.target), ikm.satuan, tahunan(ikm), num(ikm.capaianStated)]).toEqual([3.55, "Indeks", 3.71, 1.0451]);
    expect(ikm.riwayat.map((y) => [y.tahun, num(y.target), num(y.realisasi), num(y.capaian)])).toEqual([[2022, 3.5, 3.62, 1.0343]]);
  });

  test("quarterly targets and to-date realisasi ('Realisasi s.d. TW I') with pembilang/penyebut", () => {
    const m = buildModel([
      sheet(
        "Realisasi 2024",
        [
          ["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "TARGET TW I", "TARGET TW II", "Realisasi s.d. TW I", "Realisasi s.d. TW II", "PEMBILANG", "PENYEBUT"],
          [1, "Persentase Anak Binaan yang mengikuti pendidikan formal", "%", 0.8, 0.8, 0.8, 0.75, 0.775, 68, 80],
          [2, "Jumlah layanan informasi publik", "Layanan", 4, 1, 2, 1, 2, null, null],
        ],
        { formats: { D2: "0.00%", E2: "0.00%", F2: "0.00%", G2: "0.00%", H2: "0.00%" } },
      ),
    ]);
    const [pendidikan, layanan] = m.indikator;
    expect(pendidikan.targetTw.map(num)).toEqual([0.8, 0.8, null, null]);
    expect(pendidikan.realisasi.map((e) => [e.periode, num(e.nilai)])).toEqual([["TW1", 0.75], ["TW2", 0.775], ["TAHUN", null]]);
    const tahun = pendidikan.realisasi.find((e) => e.periode === "TAHUN")!;
    expect([num(tahun.pembilang), num(tahun.penyebut)]).toEqual([68, 80]);
    expect(pendidikan.kumulatif).toBe(true);
    expect([num(layanan.target), layanan.satuan]).toEqual([4, "Layanan"]);
  });

  test("Satuan '%' with plain numbers: percent points when any is above 1,5", () => {
    const m = buildModel([
      sheet("Kinerja", [
        ["INDIKATOR", "SATUAN", "TARGET", "REALISASI"],
        ["Persentase Klien usia produktif yang memperoleh atau melanjutkan pelajaran di luar Lembaga", "Persen", 60, 15],
      ]),
    ]);
    const [ind] = m.indikator;
    expect([num(ind.target), ind.target?.percent, tahunan(ind), ind.satuan]).toEqual([0.6, true, 0.15, "%"]);
  });
});

describe("buildModel: budget lines", () => {
  const m = buildModel([
    sheet(
      "Anggaran",
      [
        ["NO", "KEGIATAN", "KELUARAN / OUTPUT", "TARGET TAHUN 2025", null, "PAGU ANGGARAN", null, null],
        [null, null, null, "INDIKATOR KELUARAN / OUTPUT", "REALISASI", "JUMLAH ANGGARAN", "REALISASI ANGGARAN", "(%)"],
        ["1.", "Penyelenggaraan Pemasyarakatan di Wilayah", "Fasilitas dan Pembinaan Masyarakat", "200 orang", "184 orang", "215.828.000", "182.572.600", "84.59"],
        ["JUMLAH", null, null, null, null, "215.828.000", "182.572.600", "84.59"],
        [],
        [],
        ["NO", "Sasaran Kegiatan", "Anggaran 2024", "Realisasi 2024", "%", "Anggaran 2025", "Realisasi 2025", "%"],
        ["1.", "Progran Penegakan dan Pelayanan Hukum", "292.855.000", "251.944.000", "86.03", "215.828.000", "182.572.600", "84.59"],
        [],
        [],
        ["Akun 2 Digit", "Alokasi Anggaran", "Realisasi Anggaran", "Persentase", "Sisa"],
        ["51 Belanja Pegawai", 3190965000, 3125996383, "97,96 %", 64968617],
        ["53 Belanja Modal", 0, 0, "nan %", 0],
      ],
      { merges: ["D1:E1", "F1:H1", "A1:A2", "B1:B2", "C1:C2", "A4:E4"] },
    ),
  ]);

  test("kinds from the label column and wording; TOTAL rows are not lines", () => {
    expect(m.anggaran.map((a) => [a.kind, a.uraian, a.kode])).toEqual([
      ["output", "Fasilitas dan Pembinaan Masyarakat", null],
      ["program", "Progran Penegakan dan Pelayanan Hukum", null],
      ["jenis-belanja", "51 Belanja Pegawai", "51"],
      ["jenis-belanja", "53 Belanja Modal", "53"],
    ]);
  });

  test("output line: kegiatan, volumes with their unit, pagu, realisasi, serapan stated", () => {
    const [o] = m.anggaran;
    expect([o.kegiatan, num(o.volumeTarget), o.volumeTarget?.unit, num(o.volumeRealisasi), num(o.pagu), num(o.realisasi), num(o.serapanStated), o.tahun]).toEqual([
      "Penyelenggaraan Pemasyarakatan di Wilayah", 200, "orang", 184, 215828000, 182572600, 0.8459, 2025,
    ]);
    expect(o.ref).toEqual({ sheet: "Anggaran", cell: "C3" });
  });

  test("year-on-year columns: last year's pagu and realisasi beside this year's", () => {
    const p = m.anggaran[1];
    expect([p.tahun, num(p.pagu), num(p.realisasi), num(p.serapanStated), num(p.paguTahunLalu), num(p.realisasiTahunLalu)]).toEqual([
      2025, 215828000, 182572600, 0.8459, 292855000, 251944000,
    ]);
  });

  test("sisa and 'nan %' (no value, not zero)", () => {
    const [, , pegawai, modal] = m.anggaran;
    expect([num(pegawai.sisa), num(pegawai.serapanStated)]).toEqual([64968617, 0.9796]);
    expect(modal.serapanStated?.status).toBe("empty");
  });

  test("per-unit budget table: one line per UPT, kind unit, and its jenis belanja", () => {
    const k = buildModel([
      sheet("Anggaran per UPT", [
        ["KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH"],
        ["TAHUN ANGGARAN 2025 (s.d. 31 Desember 2025)"],
        [],
        ["NO", "Unit Kerja", "Belanja Pegawai", "Belanja Barang", "Total Pagu", "Realisasi", "%"],
        [1, "Bapas Kelas II Magelang", 3190965000, 1183108000, 4374073000, 3817025712, 0.8726479215138842],
        ["TOTAL", null, 3190965000, 1183108000, 4374073000, 3817025712, 0.8726479215138842],
      ], { formats: { G5: "0.00%", G6: "0.00%" } }),
    ]);
    expect(k.unit).toEqual({ nama: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH", tahun: 2025 });
    expect(k.indikator).toEqual([]);
    expect(k.anggaran.map((a) => [a.kind, a.uraian, a.kode, a.unit, num(a.pagu), num(a.realisasi), a.ref.cell])).toEqual([
      ["unit", "Bapas Kelas II Magelang", null, "Bapas Kelas II Magelang", 4374073000, 3817025712, "B5"],
      ["jenis-belanja", "51 Belanja Pegawai", "51", "Bapas Kelas II Magelang", 3190965000, null, "C5"],
      ["jenis-belanja", "52 Belanja Barang", "52", "Bapas Kelas II Magelang", 1183108000, null, "D5"],
    ]);
  });
});

describe("buildModel: Rencana Aksi", () => {
  const m = buildModel([
    sheet("Rencana Aksi 2026", [
      ["RENCANA AKSI ATAS PERJANJIAN KINERJA DI BALAI PEMASYARAKATAN KELAS II MAGELANG"],
      ["TAHUN 2026"],
      [],
      ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN", "PAGU", "RENCANA PENARIKAN DANA", "REALISASI ANGGARAN", "(TW)", "CAPAIAN", "STATUS"],
      [S.pendampingan, I.tahanan, "5%", "Layanan Pendampingan Peradilan"],
      [null, null, "5%", null, 0, 0, 0, "TW I", "3,85%", "Terlaksana"],
      [null, null, "5%", null, 0, 0, 0, "TW II", "4,21%", "Terlaksana"],
      [null, null, "5%", null, 0, 0, 0, "TW III"],
      [null, null, "5%", null, 0, 0, 0, "TW IV"],
      [S.rb, I.rb, "100%", "Layanan Reformasi Kinerja", 0, 0, 0, "TW I", "25%", "Terlaksana"],
      [null, null, null, null, 0, 0, 0, "TW II", "50%", "Terlaksana"],
    ]),
  ]);

  test("one entry per quarter row, keyed to its indicator", () => {
    expect(m.rencanaAksi.map((e) => [e.indikatorKey === m.indikator[0].key, e.periode, num(e.target), num(e.capaian), e.status, e.ref.cell])).toEqual([
      [true, "TW1", 0.05, 0.0385, "Terlaksana", "H6"],
      [true, "TW2", 0.05, 0.0421, "Terlaksana", "H7"],
      [true, "TW3", 0.05, null, null, "H8"],
      [true, "TW4", 0.05, null, null, "H9"],
      [false, "TW1", null, 0.25, "Terlaksana", "H10"],
      [false, "TW2", null, 0.5, "Terlaksana", "H11"],
    ]);
    expect(m.rencanaAksi.every((e) => e.kegiatan !== null && num(e.pagu) === 0)).toBe(true);
  });

  test("the yearly target stays the indicator's; quarter rows give targetTw and the quarter's realisasi", () => {
    const [tahanan, rb] = m.indikator;
    expect([num(tahanan.target), tahanan.targetTw.map(num)]).toEqual([0.05, [0.05, 0.05, 0.05, 0.05]]);
    expect(tahanan.realisasi.map((e) => [e.periode, num(e.nilai)])).toEqual([["TW1", 0.0385], ["TW2", 0.0421]]);
    // The indicator row carrying "TW I" holds the year's target, not the quarter's.
    expect([num(rb.target), rb.targetTw.map(num)]).toEqual([1, [null, null, null, null]]);
    expect(m.unit.tahun).toBe(2026);
  });
});

describe("buildModel: read notes", () => {
  test("Excel errors, unreadable text, dates, formulas without a value", () => {
    const m = buildModel([
      sheet(
        "Capaian",
        [
          ["INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"],
          [I.tahanan, "2,5%", "#DIV/0!", null],
          [I.abh, "7,5,2", 45000, null],
          [I.siap, "70%", "Tidak ada", "95%"],
        ],
        { formats: { C3: "dd/mm/yyyy" }, formulas: { D2: "=C2/B2", D3: "=C3/B3" } },
      ),
    ]);
    expect(m.readNotes.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ["value-unreadable", "error", "Capaian", "C2"],
      ["value-unreadable", "warning", "Capaian", "D2"],
      ["value-unreadable", "error", "Capaian", "B3"],
      ["value-unreadable", "error", "Capaian", "C3"],
      ["value-unreadable", "warning", "Capaian", "D3"],
    ]);
    expect(m.readNotes.map((f) => f.message)).toEqual([
      "Sel C2 berisi galat Excel #DIV/0!; nilainya tidak dapat dibaca.",
      "Sel D2 berisi rumus tanpa nilai tersimpan; buka dan simpan ulang buku kerja di Excel agar nilainya terhitung.",
      'Nilai "7,5,2" di sel B3 (kolom "TARGET") tidak dapat dibaca sebagai angka.',
      'Sel C3 berisi tanggal, padahal kolom "REALISASI" berisi angka.',
      "Sel D3 berisi rumus tanpa nilai tersimpan; buka dan simpan ulang buku kerja di Excel agar nilainya terhitung.",
    ]);
    // Unreadable is not zero and not a guess.
    expect(m.indikator[1].target?.status).toBe("unreadable");
  });

  test("a workbook without any table", () => {
    const m = buildModel([sheet("Surat Pengantar", [["Dengan hormat kami sampaikan Laporan Kinerja Instansi Pemerintahan (LKjIP)."]]), sheet("Kosong", [])]);
    expect(m.readNotes).toEqual([
      {
        rule: "target-missing",
        severity: "info",
        sheet: "Surat Pengantar",
        cell: "A1",
        message: "Tidak ditemukan tabel kinerja maupun anggaran di buku kerja ini.",
      },
    ]);
    expect([m.indikator, m.anggaran, m.tables]).toEqual([[], [], []]);
  });

  test("targets that cannot be paired with the indicators of a cell", () => {
    const m = buildModel([sheet("PK", [["INDIKATOR KINERJA", "TARGET"], [`1. ${I.tahanan} 2. ${I.abh}`, "2,5%"]])]);
    expect(m.readNotes.map((f) => [f.rule, f.cell])).toEqual([["value-unreadable", "B2"]]);
    expect(m.indikator.map((i) => num(i.target))).toEqual([null, null]);
  });
});

describe("buildModel: SAKIP input sheets", () => {
  const pkHeader = ["No", "Kode", "Tingkat", "Sasaran", "Indikator", "Satuan", "Polaritas", "Formulasi", "Target", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Target Renstra", "Tahun Renstra", "Realisasi Tahun Lalu", "Standar Nasional", "Unit Kerja", "Tahun", "Sumber"];
  const sakipPk = sheet(
    "SAKIP PK",
    [
      pkHeader,
      [1, null, "Sasaran Kegiatan", S.pendampingan, I.tahanan, "%", "Positif", null, 0.025, null, null, null, null, 0.045, 2029, null, null, "BALAI PEMASYARAKATAN KELAS II MAGELANG", 2025, "'PK 2025'!B5"],
      [2, null, "Sasaran Kegiatan", S.pendampingan, I.abh, "%", "Positif", null, 0.75, null, null, null, null, 0.95, 2029, null, null, "BALAI PEMASYARAKATAN KELAS II MAGELANG", 2025, null],
    ],
    { formats: { I2: "0.0%", I3: "0%", N2: "0.0%", N3: "0%" } },
  );
  const sakipRealisasi = sheet(
    "SAKIP Realisasi",
    [
      ["No", "Indikator", "Satuan", "Polaritas", "Target", "Kumulatif", "Pembilang TW I", "Penyebut TW I", "Realisasi TW I", "Pembilang TW II", "Penyebut TW II", "Realisasi TW II", "Pembilang TW III", "Penyebut TW III", "Realisasi TW III", "Pembilang TW IV", "Penyebut TW IV", "Realisasi TW IV", "Metode Agregat", "Realisasi Tahun", "Capaian", "Predikat", "Keterangan", "Sumber"],
      [1, I.tahanan, "%", "Positif", 0.025, "Ya", null, null, null, null, null, null, null, null, null, 3, 183, 0.01639344262295082, "akhir", 0.01639344262295082, 0.6557, "Tidak Memuaskan", "KUHP baru berlaku pada awal tahun 2026.", null],
    ],
    { formats: { R2: "0%", T2: "0%", U2: "0.00%" }, formulas: { B2: "=IF('SAKIP PK'!E2=\"\",\"\",'SAKIP PK'!E2)", R2: "=P2/Q2", T2: "=SAKIP.AGREGAT(R2)", U2: "=SAKIP.CAPAIAN(T2,E2)" } },
  );
  const m = buildModel([CAPAIAN, sakipPk, sakipRealisasi, sheet("SAKIP Validasi", [["Aturan", "Indikator", "Target"], ["x", "y", "1"]])]);

  test("SAKIP PK states the indicators; other tables only add to them", () => {
    expect(m.indikator.map((i) => i.uraian)).toEqual([I.tahanan, I.abh]);
    expect(m.tables.map((t) => [t.sheet, t.kind])).toEqual([["Capaian", "kinerja"], ["SAKIP PK", "sakip-input"], ["SAKIP Realisasi", "sakip-input"]]);
  });

  test("PK figures win, the original table's differing target is a conflict, sources kept", () => {
    const t = m.indikator[0];
    expect([num(t.target), t.tingkat, t.polaritasStated, t.targetRenstra.map((r) => [r.tahun, num(r.figure)])]).toEqual([0.025, "Sasaran Kegiatan", true, [[2029, 0.045]]]);
    expect(t.conflicts.map((c) => [c.field, num(c.b), c.b.ref?.sheet])).toEqual([["target", 0.05, "Capaian"]]);
    expect(refs(t)).toEqual(["SAKIP PK!E2", "PK 2025!B5", "SAKIP Realisasi!B2", "Capaian!B2"]);
  });

  test("SAKIP Realisasi adds quarters; its own formulas (Realisasi Tahun, Capaian) are not read as statements", () => {
    const t = m.indikator[0];
    const tw4 = t.realisasi.find((e) => e.periode === "TW4")!;
    expect([num(tw4.pembilang), num(tw4.penyebut), near(num(tw4.nilai), 3 / 183), t.kumulatif]).toEqual([3, 183, true, true]);
    // The year's realisasi then comes from the original table (CAPAIAN read as realisasi).
    expect(tahunan(t)).toBe(0.02);
    expect(t.keterangan.map((k) => k.text)).toEqual(["KUHP baru berlaku pada awal tahun 2026."]);
    expect(m.unit).toEqual({ nama: "BALAI PEMASYARAKATAN KELAS II MAGELANG", tahun: 2025 });
  });
});
