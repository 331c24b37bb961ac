// Table detection on grids shaped like the reference reports' tables (wording and figures
// copied from the LKjIP 2025 and the Rencana Aksi 2026 of Bapas Kelas II Magelang).
import type { DetectedTable, TableRow } from "../../src/core/model";
import { detectTables } from "../../src/workbook/detect/tables";
import { I, S, near, num, sheet } from "./grids";

function roles(t: DetectedTable): string[] {
  return t.columns.map((c) => c.role);
}
function col(t: DetectedTable, role: string, tahun: number | null = null) {
  const i = t.columns.findIndex((c) => c.role === role && (tahun === null || c.tahun === tahun));
  if (i < 0) throw new Error(`no ${role} ${tahun ?? ""} in ${roles(t).join(",")}`);
  return i;
}
function text(t: DetectedTable, row: TableRow, role: string): string | null {
  return row.texts[col(t, role)];
}
function value(t: DetectedTable, row: TableRow, role: string, tahun: number | null = null): number | null {
  return num(row.figures[col(t, role, tahun)]);
}

const PK_LAMPIRAN = sheet(
  "PK 2025",
  [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["BALAI PEMASYARAKATAN KELAS II MAGELANG"],
    ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN"],
    [],
    ["No.", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target"],
    ["(1)", "(2)", "(3)", "(4)"],
    ["1.", "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan Diluar Peradilan", `1. ${I.tahanan}\n2. ${I.abh}`, "2,5%\n75%"],
    ["2.", S.siap, `1. ${I.siap}`, "70%"],
    ["3.", "Meningkatnya penerimaan Masyarakat terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
      "1. Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial 2. Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif", "25% 20%"],
    [],
    [null, "Kegiatan", null, "Anggaran"],
    [null, "Penyelenggaraan Pemasyarakatan di Wilayah", null, "Rp. 484,708,000,-"],
    [null, "Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", null, "Rp. 3,724,365,000,-"],
    [],
    [null, null, null, "Magelang, 20 November 2025"],
  ],
  { merges: ["A1:D1", "A2:D2", "A3:D3", "B11:C11", "B12:C12", "B13:C13"] },
);

describe("detectTables: PK lampiran (title block, numbering row, several indicators per cell)", () => {
  const tables = detectTables([PK_LAMPIRAN]);
  const [pk, anggaran] = tables;

  test("finds the PK table and the kegiatan budget table", () => {
    expect(tables.map((t) => t.kind)).toEqual(["kinerja", "anggaran"]);
    expect(roles(pk)).toEqual(["no", "sasaran", "indikator", "target"]);
    expect(roles(anggaran)).toEqual(["kegiatan", "pagu"]);
  });

  test("title lines are kept, the numbering row belongs to the header", () => {
    expect(pk.title).toEqual(["PERJANJIAN KINERJA TAHUN 2025", "BALAI PEMASYARAKATAN KELAS II MAGELANG", "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN"]);
    expect([pk.headerTop, pk.headerBottom]).toEqual([4, 5]);
    expect(pk.rows.some((r) => r.row === 5)).toBe(false);
  });

  test("'1. … 2. …' cells split with their targets, by line or by space", () => {
    const rows = pk.rows.map((r) => [r.row, text(pk, r, "indikator"), value(pk, r, "target")]);
    expect(rows).toEqual([
      [6, I.tahanan, 0.025],
      [6, I.abh, 0.75],
      [7, `1. ${I.siap}`, 0.7],
      [8, "Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial", 0.25],
      [8, "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif", 0.2],
    ]);
    const split = pk.rows[1].figures[col(pk, "target")]!;
    expect([split.raw, split.ref, split.decimals]).toEqual(["75%", { sheet: "PK 2025", cell: "D7" }, 0]);
  });

  test("money in Rp with comma thousands; the signature line is not a row", () => {
    expect(anggaran.rows.map((r) => value(anggaran, r, "pagu"))).toEqual([484708000, 3724365000]);
    expect(anggaran.rows.map((r) => r.row)).toEqual([11, 12]);
  });
});

describe("detectTables: two-row headers", () => {
  const header = [
    ["PERBANDINGAN CAPAIAN KINERJA TAHUN 2022 DAN TAHUN 2023"],
    [],
    ["NO", "SASARAN", "INDIKATOR KINERJA", "Tahun 2022", null, null, "Tahun 2023", null, null],
    [null, null, null, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
    [1, "Meningkatnya kualitas pembinaan narapidana", "Persentase narapidana yang mengikuti pembinaan kemandirian", "60%", "66%", "110%", "65%", "71,5%", "110%"],
  ];
  const cases: [string, ReturnType<typeof sheet>][] = [
    ["merged group cells", sheet("Capaian", header, { merges: ["D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4"] })],
    ["typed without merges", sheet("Capaian", header)],
  ];
  test.each(cases)("'Tahun 2022 | Tahun 2023' over Target | Realisasi | Capaian (%s)", (_name, grid) => {
    const [t] = detectTables([grid]);
    expect(t.columns.map((c) => `${c.role}${c.tahun ?? ""}`)).toEqual([
      "no", "sasaran", "indikator", "target2022", "realisasi2022", "capaian2022", "target2023", "realisasi2023", "capaian2023",
    ]);
    expect(t.columns[3].label).toBe("Tahun 2022 / Target");
    expect([t.headerTop, t.headerBottom]).toEqual([2, 3]);
    expect(t.rows).toHaveLength(1);
    expect(value(t, t.rows[0], "realisasi", 2023)).toBeCloseTo(0.715, 12);
  });

  test("'TARGET TAHUN 2025' over INDIKATOR KELUARAN | REALISASI and 'PAGU ANGGARAN' over JUMLAH | REALISASI | (%)", () => {
    const grid = sheet(
      "Anggaran",
      [
        ["NO", "KEGIATAN", "KELUARAN / OUTPUT", "TARGET TAHUN 2025", null, "PAGU ANGGARAN", null, null],
        [null, null, null, "INDIKATOR KELUARAN / OUTPUT", "REALISASI", "JUMLAH ANGGARAN", "REALISASI ANGGARAN", "(%)"],
        ["1.", "Penyelenggaraan Pemasyarakatan di Wilayah", "Fasilitas dan Pembinaan Masyarakat", "200 orang", "184 orang", "215.828.000", "182.572.600", "84.59"],
        ["2.", "Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", "Layanan Dukungan Manajemen Internal", "4 Layanan", "4 Layanan", "3.719.514.000", "3.625.133.308", 97.46],
        [],
        ["Dari tabel diatas dapat diambil kesimpulan realisasi anggaran Bapas sampai dengan tahun 2025 sebesar 96.49%, realisasi tersebut sudah memenuhi target dari Kementerian Keuangan"],
      ],
      { merges: ["D1:E1", "F1:H1", "A1:A2", "B1:B2", "C1:C2"] },
    );
    const [t] = detectTables([grid]);
    expect(t.kind).toBe("anggaran");
    expect(roles(t)).toEqual(["no", "kegiatan", "output", "volume-target", "volume-realisasi", "pagu", "realisasi-anggaran", "serapan"]);
    expect(t.columns.filter((c) => c.money).map((c) => c.role)).toEqual(["pagu", "realisasi-anggaran"]);
    const [r1, r2] = t.rows;
    expect([value(t, r1, "volume-target"), r1.figures[col(t, "volume-target")]?.unit]).toEqual([200, "orang"]);
    expect(value(t, r1, "pagu")).toBe(215828000);
    // Percent points in a "(%)" column: 84.59 is 84,59%, kept with its two decimals.
    const serapan = r1.figures[col(t, "serapan")]!;
    expect([serapan.value, serapan.percent, serapan.decimals]).toEqual([0.8459, true, 2]);
    expect(value(t, r2, "serapan")).toBe(0.9746);
    expect(t.rows).toHaveLength(2);
  });
});

describe("detectTables: rows", () => {
  test("year-on-year budget table: years per column, '%' belongs to the year before it, TOTAL row", () => {
    const [t] = detectTables([
      sheet("Anggaran", [
        ["NO", "Sasaran Kegiatan", "Anggaran 2024", "Realisasi 2024", "%", "Anggaran 2025", "Realisasi 2025", "%"],
        ["1.", "Progran Penegakan dan Pelayanan Hukum", "292.855.000", "251.944.000", "86.03", "215.828.000", "182.572.600", "84.59"],
        ["2.", "Program dukuman manajemen", "3.708.274.000", "3.630.200.474", "97.89", "3.755.399.000", "3.649.324.308", "97.18"],
        [null, "TOTAL", "4.001.129.000", "3.882.144.474", "97.03", "3.971.227.000", "3.831.896.908", "96.49"],
      ]),
    ]);
    expect(t.columns.map((c) => `${c.role}${c.tahun ?? ""}`)).toEqual([
      "no", "sasaran", "pagu2024", "realisasi-anggaran2024", "serapan2024", "pagu2025", "realisasi-anggaran2025", "serapan2025",
    ]);
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "data", "total"]);
    expect(value(t, t.rows[2], "serapan", 2025)).toBe(0.9649);
  });

  test("section rows 'TAHUN 2022' / 'TAHUN 2023' label the rows under them; TOTAL rows are totals", () => {
    const [t] = detectTables([
      sheet(
        "Anggaran 2022-2023",
        [
          ["NO", "JENIS BELANJA", "PAGU (Rp)", "REALISASI (Rp)", "SISA (Rp)", "SERAPAN (%)"],
          ["TAHUN 2022"],
          [1, "Belanja Pegawai", 8215430000, 8102118450, 113311550, 98.62],
          [2, "Belanja Barang", 3104870000, 2987412300, 117457700, 96.22],
          ["TOTAL", null, 11320300000, 11089530750, 230769250, 97.96],
          ["TAHUN 2023"],
          [1, "Belanja Pegawai", 8640112000, 8598341220, 41770780, 99.52],
          ["TOTAL", null, 8640112000, 8598341220, 41770780, 99.52],
          [],
          ["Sumber: Aplikasi SAKTI dan OM-SPAN, diolah."],
        ],
        { merges: ["A2:F2", "A5:B5", "A6:F6", "A8:B8"] },
      ),
    ]);
    expect(t.rows.map((r) => [r.row, r.kind, r.section])).toEqual([
      [1, "section", "TAHUN 2022"],
      [2, "data", "TAHUN 2022"],
      [3, "data", "TAHUN 2022"],
      [4, "total", "TAHUN 2022"],
      [5, "section", "TAHUN 2023"],
      [6, "data", "TAHUN 2023"],
      [7, "total", "TAHUN 2023"],
    ]);
    expect(value(t, t.rows[1], "serapan")).toBe(0.9862);
  });

  test("merged or blank sasaran is carried down; a merged target is read once", () => {
    const [t] = detectTables([
      sheet(
        "Capaian",
        [
          ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "CAPAIAN"],
          [S.pendampingan, I.tahanan, "2,5%", "2%"],
          [null, I.abh, "75%", "100%"],
          [S.siap, I.siap, "70%", "95%"],
          [null, "Persentase Meningkatnya Klien Pemasyarakatan yang Sudah Siap Bermasyarakat", null, "95%"],
        ],
        { merges: ["A2:A3", "C4:C5"] },
      ),
    ]);
    expect(t.rows.map((r) => text(t, r, "sasaran"))).toEqual([S.pendampingan, S.pendampingan, S.siap, S.siap]);
    expect(t.rows.map((r) => value(t, r, "target"))).toEqual([0.025, 0.75, 0.7, null]);
  });

  test("a TOTAL row is a total, but an indicator starting with 'Jumlah' is data", () => {
    const [t] = detectTables([
      sheet("Capaian", [
        ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI"],
        [1, "Jumlah pelarian narapidana", "0 Orang", "0 Orang"],
        [2, "Jumlah layanan informasi publik", "4 Layanan", "4 Layanan"],
        ["JUMLAH", null, 4, 4],
      ]),
    ]);
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "data", "total"]);
  });

  test.each([
    ["Sumber: data pembimbingan dan pendampingan Bapas Kelas II Magelang s.d. 10 Desember 2025."],
    ["*) Capaian di atas 120% dikonversi menjadi 120% (Konversi Efisiensi Kinerja)."],
    ["Keterangan: capaian indikator Negatif = (2 x Target - Realisasi) / Target"],
    ["Magelang, 22 Juni 2026"],
    ["Dari tabel diatas dapat diambil kesimpulan realisasi anggaran Bapas sampai dengan tahun 2025 sebesar 96.49%, realisasi tersebut sudah memenuhi target"],
  ])("a footnote ends the table and is not a row: %s", (footnote) => {
    const [t] = detectTables([
      sheet("Capaian", [
        ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI"],
        [1, I.tahanan, "2,5%", "2%"],
        [footnote],
        [2, I.abh, "75%", "100%"],
      ]),
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([1]);
  });

  test("a single blank row inside a table is skipped; two blank rows end it", () => {
    const rows = [
      ["NO", "INDIKATOR KINERJA", "TARGET"],
      [1, I.tahanan, "2,5%"],
      [],
      [2, I.abh, "75%"],
      [],
      [],
      [3, I.siap, "70%"],
    ];
    const [t] = detectTables([sheet("PK", rows)]);
    expect(t.rows.map((r) => r.row)).toEqual([1, 3]);
  });

  test("a numbering row under the header is not data", () => {
    const [t] = detectTables([
      sheet("PK", [
        ["No.", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target"],
        [1, 2, 3, 4],
        ["1.", S.siap, I.siap, "70%"],
      ]),
    ]);
    expect([t.headerBottom, t.rows.map((r) => r.row)]).toEqual([1, [2]]);
  });
});

describe("detectTables: Rencana Aksi", () => {
  const header = ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN", "PAGU", "RENCANA PENARIKAN DANA", "REALISASI ANGGARAN", "(TW)", "RENCANA KEGIATAN", "CAPAIAN", "STATUS"];
  test("an indicator row followed by TW I … TW IV rows", () => {
    const [t] = detectTables([
      sheet("Rencana Aksi 2026", [
        header,
        [S.pendampingan, I.tahanan, "5%", "Layanan Pendampingan Peradilan", null, null, null, null, "Melaksanakan Pendampingan pada tahanan"],
        [null, null, "5%", null, 0, 0, 0, "TW I", null, "3,85%", "Terlaksana"],
        [null, null, "5%", null, 0, 0, 0, "TW II", null, "4,21%", "Terlaksana"],
        [null, null, "5%", null, 0, 0, 0, "TW III"],
        [null, null, "5%", null, 0, 0, 0, "TW IV"],
      ]),
    ]);
    expect(t.kind).toBe("rencana-aksi");
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "periode", "periode", "periode", "periode"]);
    expect(t.rows.map((r) => text(t, r, "periode"))).toEqual([null, "TW I", "TW II", "TW III", "TW IV"]);
    // Quarter rows belong to the indicator above them.
    expect(t.rows.map((r) => text(t, r, "indikator"))).toEqual(Array(5).fill(I.tahanan));
    expect(near(value(t, t.rows[1], "capaian"), 0.0385)).toBe(true);
  });

  test("TW labels in an unnamed column (the reference's shifted layout) make the quarter column", () => {
    const [t] = detectTables([
      sheet("RA", [
        ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN", "PAGU", "RENCANA KEGIATAN", "CAPAIAN"],
        [S.pendampingan, I.tahanan, "5%", "Layanan Pendampingan Peradilan", 0, "TW I", "Melaksanakan Pendampingan pada tahanan"],
        [null, null, null, null, 0, "TW II"],
        [null, null, null, null, 0, "TW III"],
        [null, null, null, null, 0, "TW IV"],
      ]),
    ]);
    expect(t.columns.map((c) => c.role)).toContain("periode");
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "periode", "periode", "periode"]);
    // A sentence under CAPAIAN is not a number slip.
    expect(t.rows[0].figures[col(t, "capaian")]).toBeNull();
  });
});

describe("detectTables: where tables are", () => {
  test("several tables on one sheet, one under the other and side by side", () => {
    const grid = sheet("Ringkas", [
      ["INDIKATOR KINERJA", "TARGET", null, null, "Akun 2 Digit", "Alokasi Anggaran", "Realisasi Anggaran"],
      [I.tahanan, "2,5%", null, null, "51 Belanja Pegawai", "3.190.965.000", "3.125.996.383"],
      [I.abh, "75%", null, null, "52 Belanja Barang", "1.183.108.000", "691.029.329"],
      [],
      [],
      [null, null, "KEGIATAN", "PAGU"],
      [null, null, "Penyelenggaraan Pemasyarakatan di Wilayah", "Rp 484.708.000"],
    ]);
    const tables = detectTables([grid]);
    expect(tables.map((t) => [t.kind, t.columns[0].col, t.rows.length])).toEqual([
      ["kinerja", 0, 2],
      ["anggaran", 4, 2],
      ["anggaran", 2, 1],
    ]);
  });

  test("a letter-like sheet yields no table", () => {
    const letter = sheet("Surat", [
      ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA"],
      ["Nomor : WP13.PAS.PAS.49.KU.01.01-"],
      ["Hal : Laporan Kinerja Instansi Pemerintahan (LKjIP)"],
      ["Dengan hormat kami sampaikan Laporan Kinerja Instansi Pemerintahan (LKjIP) Balai Pemasyarakatan Kelas II Magelang."],
      ["Target kinerja tahun 2025 telah tercapai dengan realisasi anggaran sebesar 96,49%."],
      ["Kepala Balai Pemasyarakatan", null, "Syamsurijal"],
    ]);
    expect(detectTables([letter])).toEqual([]);
  });

  test("a table without a key column is not a table (No | Isu Strategis | Tindak Lanjut)", () => {
    const grid = sheet("Isu", [
      ["No", "Isu Strategis / Permasalahan", "Tindak Lanjut/ Solusi"],
      ["1.", "Belum adanya lahan untuk pembangunan Griya Abipraya", "Menjalin kerjasama dengan Pemerintah Kota / Kabupaten"],
    ]);
    expect(detectTables([grid])).toEqual([]);
  });

  test("hidden sheets are read; the product's output sheets are not", () => {
    const rows = [
      ["INDIKATOR KINERJA", "TARGET"],
      [I.tahanan, "2,5%"],
    ];
    const tables = detectTables([sheet("SAKIP Ringkasan", rows), sheet("Lama", rows, { hidden: true })]);
    expect(tables.map((t) => t.sheet)).toEqual(["Lama"]);
  });

  test("per-unit tables of a Kanwil: budget per UPT and B03/B06 target-realisasi-capaian", () => {
    const tables = detectTables([
      sheet("Anggaran per UPT", [
        ["NO", "Unit Kerja", "Belanja Pegawai", "Total Pagu", "Realisasi", "%"],
        [1, "Bapas Kelas II Magelang", 3190965000, 4374073000, 3817025712, 0.8726479215138842],
      ], { formats: { F2: "0.00%" } }),
      sheet("RB per UPT", [
        ["NO", "Unit Kerja", "B03", null, null, "B06", null, null],
        [null, null, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
        [1, "Lapas Kelas I Semarang", 36, 36, 1, 72, 70, 0.9722222222222222],
      ], { merges: ["C1:E1", "F1:H1", "A1:A2", "B1:B2"] }),
    ]);
    expect(tables.map((t) => t.kind)).toEqual(["per-unit", "per-unit"]);
    // Pagu per jenis belanja beside "Total Pagu": the latter is the row total.
    expect(tables[0].columns.map((c) => c.role)).toEqual(["no", "unit", "pagu", "total", "realisasi-anggaran", "serapan"]);
    expect(tables[1].columns.map((c) => `${c.role}${c.periode ?? ""}`)).toEqual([
      "no", "unit", "targetB03", "realisasiB03", "capaianB03", "targetB06", "realisasiB06", "capaianB06",
    ]);
    // Capaian typed as fractions (no "%" header, no value above 1,5) stay fractions.
    expect(value(tables[1], tables[1].rows[0], "capaian")).toBe(1);
  });
});

describe("detectTables: figures", () => {
  const read = (header: string, cells: (string | number)[], formats?: Record<string, string>) => {
    const rows = [["INDIKATOR KINERJA", "TARGET", "REALISASI", header], ...cells.map((c, i) => [`Indikator ${i + 1}`, "80%", "84%", c])];
    const [t] = detectTables([sheet("K", rows, { formats })]);
    return t.rows.map((r) => {
      const f = r.figures[3];
      return f ? [f.value, f.percent, f.decimals] : null;
    });
  };

  const cases: [string, (string | number)[], Record<string, string>, unknown][] = [
    ["Kinerja (%)", ["99,91", 84.59], {}, [[0.9991, true, 2], [0.8459, true, 2]]],
    ["Capaian (%)", ["105", "100,00"], {}, [[1.05, true, 0], [1, true, 2]]],
    // No "(%)" in the header: plain numbers above 1,5 are percent points …
    ["CAPAIAN", [104.17, "95"], {}, [[1.0417, true, 2], [0.95, true, 0]]],
    // … and when none is, the column holds fractions.
    ["CAPAIAN", [1.0417, 0.95], {}, [[1.0417, true, 2], [0.95, true, 0]]],
    // Written with the sign or formatted as percent: as it is.
    ["CAPAIAN", ["104,17%", 1.2], { D3: "0.00%" }, [[1.0417, true, 2], [1.2, true, 2]]],
  ];
  test.each(cases)("%s %j %j", (header, cells, formats, want) => {
    expect(read(header, cells, formats)).toEqual(want);
  });

  test("money columns read a single three-digit group as thousands", () => {
    const [t] = detectTables([sheet("A", [["KEGIATAN", "PAGU", "REALISASI ANGGARAN", "SISA"], ["Layanan Perkantoran", "4.327", "Rp 4.327.073.000,-", "Rp. 484,708,000,-"]])]);
    expect(t.rows[0].figures.slice(1).map(num)).toEqual([4327, 4327073000, 484708000]);
  });

  test("IKU / IKK headers and Sasaran Program name the level", () => {
    const [t] = detectTables([sheet("K", [["Sasaran Program", "IKP", "Target"], ["Meningkatnya …", "Indeks Kepuasan Masyarakat", "3,6"]])]);
    expect(t.columns.map((c) => c.role)).toEqual(["sasaran", "indikator", "target"]);
  });
});

describe("detectTables: e-Performance and Smart DJA pages of the LKjIP", () => {
  test("'TARGET' over WAKTU PENYELESAIAN | JUMLAH | SATUAN and 'REALISASI' over JUMLAH | (%)", () => {
    const [t] = detectTables([
      sheet(
        "e-Performance",
        [
          ["NO", "SASARAN STRATEGIS", "NO", "INDIKATOR KINERJA", "KASKADING", null, "TARGET", null, null, "REALISASI", null, "CATATAN MONITORING"],
          [null, null, null, null, "KELUAR", "MASUK", "WAKTU PENYELESAIAN", "JUMLAH", "SATUAN", "JUMLAH", "(%)", null],
          ["1.", "Meningkatkan Pelayanan Pemasyarakatan dari Pemenuhan Hak Pendidikan Klien anak", 1, "Presentase Klien usia produktif yang memperoleh atau melanjutkan pelajaran di luar Lembaga", null, null, "Triwulan I/II", 60, "Persen", 15, 100, "Januari: 0%"],
        ],
        { merges: ["E1:F1", "G1:I1", "J1:K1"] },
      ),
    ]);
    expect(t.columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:no", "1:sasaran", "2:no", "3:indikator", "7:target", "8:satuan", "9:realisasi", "10:capaian", "11:keterangan"]);
    // Satuan "Persen": the plain 60 and 15 are percent points; "(%)" holds points too.
    expect([value(t, t.rows[0], "target"), value(t, t.rows[0], "realisasi"), value(t, t.rows[0], "capaian")]).toEqual([0.6, 0.15, 1]);
  });

  test("month ticks per satker, the IKPA table and the anomaly table are not tables to read", () => {
    const tables = detectTables([
      sheet("Partisipasi", [
        ["No.", "Kode Satuan Kerja", "Satuan Kerja", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun"],
        [1, "692174", "BAPAS KELAS II MAGELANG", "✓", "✓", "✓", "✓", "✓", "!"],
      ]),
      sheet("IKPA", [
        ["No", "Kode KPPN", "Kode Satker", "Uraian Satker", "Keterangan", "Revisi DIPA", "Deviasi Halaman III DIPA", "Nilai Total", "Konversi Bobot"],
        [1, 115, 692174, "BAPAS KELAS II MAGELANG", "Nilai", 100, 100, 79.77, "80%"],
      ]),
      sheet("Anomali", [
        ["Kondisi", "Keterangan", "Jumlah RO", "Persentase"],
        ["Case 1", "PCRO dilaporkan 0 meskipun telah ada realisasi anggaran", 0, "0%"],
      ]),
    ]);
    expect(tables).toEqual([]);
  });
});

describe("detectTables: other tables with targets", () => {
  test("an RB action plan per action and month is kept as kind 'lain' and gives no indicator", () => {
    const grid = sheet(
      "Rencana Aksi RB",
      [
        ["RENCANA AKSI REFORMASI BIROKRASI LAPAS KELAS IIA KENDAL"],
        [],
        ["No", "Rencana Aksi", "B03", null, null, "B06", null, null],
        [null, null, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
        [1, "Penyusunan SOP layanan", 2, 2, "100%", 4, 3, "75%"],
        [2, "Survei kepuasan masyarakat", 3, 2, "66,67%", 6, 6, "100%"],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:E3", "F3:H3"] },
    );
    const [t] = detectTables([grid]);
    expect([t.kind, t.columns.map((c) => `${c.role}${c.periode ?? ""}`)]).toEqual([
      "lain",
      ["no", "rencana-kegiatan", "targetB03", "realisasiB03", "capaianB03", "targetB06", "realisasiB06", "capaianB06"],
    ]);
    expect(t.rows.map((r) => value(t, r, "capaian"))).toEqual([1, 0.6667]);
  });
});
