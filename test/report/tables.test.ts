// The Ringkasan tables of the reference LKjIP 2025 (Bapas Magelang), against figures computed
// by hand from the report's own data.
import { formatPersen } from "../../src/core/format";
import { buildReport } from "../../src/report";
import type { Report, ReportCell, ReportTable, TableId } from "../../src/report/types";
import { KEGIATAN, SASARAN, bapasModel, fig, indikator, model, settings } from "./builders";

function table(r: Report, id: TableId): ReportTable {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function num(c: ReportCell): number | null {
  return c.kind === "persen" || c.kind === "rupiah" || c.kind === "angka" ? c.value : null;
}

function txt(c: ReportCell): string | null {
  return c.kind === "teks" ? c.text : c.kind === "kosong" ? "-" : null;
}

const report = buildReport(bapasModel(), settings());

describe("tabel capaian kinerja", () => {
  const t = table(report, "capaian");

  test.each([
    // nomor, target, realisasi, capaian, capaian after cap, predikat, status
    ["1.1", 0.025, 0.02, "80%", "80%", "Memuaskan", "Tidak tercapai"],
    ["1.2", 0.75, 1, "133,33%", "120%", "Sangat Memuaskan", "Tercapai"],
    ["2.1", 0.7, 683 / 716, "136,27%", "120%", "Sangat Memuaskan", "Tercapai"],
    ["3.1", 0.25, 1, "400%", "120%", "Sangat Memuaskan", "Tercapai"],
    ["3.2", 0.2, 0.18, "90%", "90%", "Memuaskan", "Tidak tercapai"],
    ["4.1", 1, 1, "100%", "100%", "Sangat Memuaskan", "Tercapai"],
    ["4.2", 3.51, 3.51, "100%", "100%", "Sangat Memuaskan", "Tercapai"],
  ])("%s: target %p, realisasi %p → capaian %s, %s, %s, %s", (nomor, target, realisasi, mentah, nilai, predikat, status) => {
    const row = t.rows.find((r) => txt(r.cells[0]) === nomor);
    expect(row).toBeDefined();
    const c = row!.cells;
    expect(num(c[3])).toBeCloseTo(target as number, 12);
    expect(num(c[4])).toBeCloseTo(realisasi as number, 12);
    expect(formatPersen(num(c[5]) as number)).toBe(mentah);
    expect(formatPersen(num(c[6]) as number)).toBe(nilai);
    expect(txt(c[7])).toBe(predikat);
    expect(txt(c[8])).toBe(status);
  });

  test("figures are numbers: percentages as percent cells, the index with its unit", () => {
    const tahanan = t.rows[0].cells;
    expect(tahanan[3]).toEqual({ kind: "persen", value: 0.025 });
    expect(tahanan[5].kind).toBe("persen");
    const indeks = t.rows[6].cells;
    expect(indeks[3]).toEqual({ kind: "angka", value: 3.51, decimals: 2, satuan: "Indeks" });
  });

  test("sasaran written once per group and merged down over its indicators", () => {
    expect(txt(t.rows[0].cells[1])).toBe(SASARAN.pendampingan);
    expect(t.rows[0].rowSpans).toEqual([{ col: 1, rows: 2 }]);
    expect(t.rows[1].cells[1].kind).toBe("gabung");
    expect(txt(t.rows[2].cells[1])).toBe(SASARAN.klien);
    expect(t.rows[2].rowSpans).toBeUndefined();
    expect(t.rows.filter((r) => r.cells[1].kind !== "gabung")).toHaveLength(4);
  });

  test("each row points at the user's cell of its realisasi, else of its target", () => {
    expect(txt(t.rows[0].cells[9])).toBe("'Capaian 2025'!E5");
    expect(t.rows[0].sources[0]).toEqual({ sheet: "Capaian 2025", cell: "E5" });
    // 2.1 has no stated realisasi (pembilang/penyebut only): the target cell is cited first.
    expect(t.rows[2].sources[0]).toEqual({ sheet: "Capaian 2025", cell: "D7" });
  });

  test("the capaian and predikat the user printed are never reused", () => {
    const ind = indikator({ uraian: "Persentase klien", sasaran: SASARAN.klien, row: 7, target: "70%", realisasi: "95%" });
    ind.capaianStated = fig("95%");
    ind.predikatStated = { text: "Memuaskan", ref: null };
    const r = buildReport(model({ indikator: [ind] }), settings());
    const c = table(r, "capaian").rows[0].cells;
    expect(formatPersen(num(c[5]) as number)).toBe("135,71%");
    expect(txt(c[7])).toBe("Sangat Memuaskan");
  });

  test("without the cap, capaian stays raw and both columns agree", () => {
    const r = buildReport(bapasModel(), settings({ batas: 0 }));
    const row = table(r, "capaian").rows[3].cells;
    expect(num(row[5])).toBeCloseTo(4, 12);
    expect(num(row[6])).toBeCloseTo(4, 12);
  });

  test("a missing realisation is not scored: empty cells and 'Belum dapat diukur'", () => {
    const ind = indikator({ uraian: "Persentase klien", sasaran: SASARAN.klien, row: 7, target: "70%" });
    const c = table(buildReport(model({ indikator: [ind] }), settings()), "capaian").rows[0].cells;
    expect(c[4].kind).toBe("kosong");
    expect(c[5].kind).toBe("kosong");
    expect(c[7].kind).toBe("kosong");
    expect(txt(c[8])).toBe("Belum dapat diukur");
  });
});

describe("perbandingan tables", () => {
  test("last year: the one indicator with 2024 data has its figures, the others '-'", () => {
    const t = table(report, "tahun-lalu");
    expect(t.rows).toHaveLength(7);
    const rb = t.rows[5].cells;
    expect(txt(rb[2])).toBe("2024");
    expect(num(rb[4])).toBe(1);
    expect(num(rb[5])).toBe(1);
    expect(num(rb[9])).toBe(0);
    expect(t.rows[0].cells.slice(2, 6).every((c) => c.kind === "kosong")).toBe(true);
    expect(t.columns.filter((c) => c.group === "Tahun 2025")).toHaveLength(3);
  });

  test("no indicator with last year's data: an empty table that says so", () => {
    const m = bapasModel();
    m.indikator.forEach((i) => (i.riwayat = []));
    const t = table(buildReport(m, settings()), "tahun-lalu");
    expect(t.rows).toEqual([]);
    expect(t.note).toBe("Tidak terdapat data realisasi tahun lalu untuk indikator mana pun.");
  });

  test("Renstra: the end target with its year and the realisasi measured against it", () => {
    const t = table(report, "renstra");
    expect(t.rows).toHaveLength(7);
    const tahanan = t.rows[0].cells;
    expect(txt(tahanan[2])).toBe("2029");
    expect(num(tahanan[3])).toBe(0.045);
    expect(formatPersen(num(tahanan[5]) as number)).toBe("44,44%");
    expect(formatPersen(num(t.rows[6].cells[5]) as number)).toBe("98,87%");
  });

  test("the latest Renstra year is the medium-term target", () => {
    const ind = indikator({
      uraian: "Persentase klien",
      sasaran: SASARAN.klien,
      row: 7,
      target: "70%",
      realisasi: "80%",
      renstra: [
        { tahun: 2029, target: "90%" },
        { tahun: 2025, target: "70%" },
      ],
    });
    const t = table(buildReport(model({ indikator: [ind] }), settings()), "renstra");
    expect(txt(t.rows[0].cells[2])).toBe("2029");
    expect(num(t.rows[0].cells[3])).toBe(0.9);
  });
});

describe("rekapitulasi", () => {
  test("by predikat and by status, with totals", () => {
    const p = table(report, "rekap-predikat").rows.map((r) => [txt(r.cells[0]), num(r.cells[1])]);
    expect(p).toEqual([
      ["Sangat Memuaskan", 5],
      ["Memuaskan", 2],
      ["Cukup Memuaskan", 0],
      ["Kurang Memuaskan", 0],
      ["Tidak Memuaskan", 0],
      ["Belum dapat diukur", 0],
      ["Jumlah", 7],
    ]);
    const s = table(report, "rekap-status").rows;
    expect(s.map((r) => [txt(r.cells[0]), num(r.cells[1])])).toEqual([
      ["Tercapai", 5],
      ["Tidak tercapai", 2],
      ["Belum dapat diukur", 0],
      ["Jumlah", 7],
    ]);
    expect(formatPersen(num(s[0].cells[2]) as number)).toBe("71,43%");
    expect(s[3].kind).toBe("total");
  });
});

describe("realisasi anggaran", () => {
  test("per kegiatan/keluaran: serapan per output and a computed TOTAL", () => {
    const t = table(report, "anggaran-kegiatan");
    const serapan = t.rows.map((r) => num(r.cells[7])).map((x) => formatPersen(x as number, 2));
    expect(serapan).toEqual(["84,59%", "97,46%", "99,13%", "36,86%", "96,49%"]);
    const total = t.rows[4];
    expect(total.kind).toBe("total");
    expect(num(total.cells[5])).toBe(3_971_227_000);
    expect(num(total.cells[6])).toBe(3_831_896_908);
    expect(num(total.cells[8])).toBe(139_330_092);
    expect(num(t.rows[0].cells[8])).toBe(33_255_400);
  });

  test("volumes keep their unit; one kegiatan spelled two ways is one merged group", () => {
    const t = table(report, "anggaran-kegiatan");
    expect(t.rows[0].cells[3]).toEqual({ kind: "angka", value: 200, decimals: 0, satuan: "orang" });
    expect(t.rows[1].cells[4]).toEqual({ kind: "angka", value: 4, decimals: 0, satuan: "Layanan" });
    expect(txt(t.rows[1].cells[1])).toBe(KEGIATAN.dukungan);
    expect(t.rows[1].rowSpans).toEqual([{ col: 1, rows: 3 }]);
    expect(t.rows[2].cells[1].kind).toBe("gabung");
    expect(t.rows[3].cells[1].kind).toBe("gabung");
  });

  test("a kegiatan line with outputs under it is not counted twice", () => {
    const m = bapasModel();
    m.anggaran.push({ ...m.anggaran[0], kind: "kegiatan", uraian: KEGIATAN.wilayah, kegiatan: null, pagu: fig("484.708.000"), realisasi: null });
    const t = table(buildReport(m, settings()), "anggaran-kegiatan");
    expect(num(t.rows[t.rows.length - 1].cells[5])).toBe(3_971_227_000);
  });

  test("per jenis belanja: 51 97,96%, 52 58,41%, empty accounts 0, total 87,26%", () => {
    const t = table(report, "anggaran-jenis-belanja");
    expect(t.rows.map((r) => txt(r.cells[1]))).toEqual(["51 Belanja Pegawai", "52 Belanja Barang", "53 Belanja Modal", "57 Belanja Bantuan Sosial", "TOTAL"]);
    expect(t.rows.map((r) => formatPersen(num(r.cells[4]) as number, 2))).toEqual(["97,96%", "58,41%", "0,00%", "0,00%", "87,26%"]);
    expect(num(t.rows[4].cells[2])).toBe(4_374_073_000);
    expect(num(t.rows[4].cells[3])).toBe(3_817_025_712);
  });

  test("year on year: 2024 97,03% against 2025 96,49%", () => {
    const t = table(report, "anggaran-tahunan");
    expect(t.columns.map((c) => c.group ?? "")).toEqual(["", "", "Tahun 2024", "Tahun 2024", "Tahun 2024", "Tahun 2025", "Tahun 2025", "Tahun 2025", ""]);
    const total = t.rows[2].cells;
    expect(num(total[2])).toBe(4_001_129_000);
    expect(num(total[3])).toBe(3_882_144_474);
    expect(formatPersen(num(total[4]) as number, 2)).toBe("97,03%");
    expect(formatPersen(num(total[7]) as number, 2)).toBe("96,49%");
    expect(formatPersen(num(total[8]) as number, 2)).toBe("-0,53%");
    expect(formatPersen(num(t.rows[0].cells[4]) as number, 2)).toBe("86,03%");
  });

  test("year on year from separate lines of two years, paired by name", () => {
    const lines = [
      { uraian: "Program Penegakan dan Pelayanan Hukum", tahun: 2024, pagu: "292.855.000", realisasi: "251.944.000" },
      { uraian: "Program Penegakan dan Pelayanan Hukum", tahun: 2025, pagu: "215.828.000", realisasi: "182.572.600" },
    ].map((l, i) => ({ ...bapasModel().anggaran[8], ...l, paguTahunLalu: null, realisasiTahunLalu: null, pagu: fig(l.pagu), realisasi: fig(l.realisasi), ref: { sheet: "A", cell: `B${i + 2}` } }));
    const t = table(buildReport(model({ anggaran: lines }), settings()), "anggaran-tahunan");
    expect(t.rows).toHaveLength(2);
    expect(num(t.rows[0].cells[2])).toBe(292_855_000);
    expect(num(t.rows[0].cells[5])).toBe(215_828_000);
  });

  test("no budget data: empty tables with notes", () => {
    const r = buildReport(model({ indikator: bapasModel().indikator }), settings());
    expect(table(r, "anggaran-kegiatan").rows).toEqual([]);
    expect(table(r, "anggaran-kegiatan").note).toBe("Tidak terdapat data realisasi anggaran per kegiatan/keluaran.");
    expect(table(r, "anggaran-jenis-belanja").note).toBe("Tidak terdapat data realisasi anggaran per jenis belanja.");
    expect(table(r, "anggaran-tahunan").note).toBe("Tidak terdapat data anggaran tahun lalu untuk perbandingan.");
  });
});

describe("efisiensi", () => {
  const t = table(report, "efisiensi");

  test("each kegiatan with the capaian of the indicators linked to it and its serapan", () => {
    expect(t.rows.map((r) => [txt(r.cells[1]), txt(r.cells[2]), formatPersen(num(r.cells[5]) as number, 2), num(r.cells[6])])).toEqual([
      [KEGIATAN.wilayah, "2.1 Persentase klien pemasyarakatan yang siap bermasyarakat", "84,59%", 1.2],
      [KEGIATAN.dukungan, "4.1 Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan", "97,18%", 1],
    ]);
    expect(txt(t.rows[0].cells[7])).toBe("hasil dicapai dengan biaya lebih rendah dari rencana");
    expect(t.note).toBe(
      "5 indikator belum terhubung dengan kegiatan anggaran; isi kolom Kegiatan pada SAKIP Rencana Aksi dengan nama kegiatan atau keluaran sesuai DIPA.",
    );
  });

  test("a kegiatan no indicator names says so", () => {
    const m = bapasModel();
    m.rencanaAksi = [];
    const rows = table(buildReport(m, settings()), "efisiensi").rows;
    expect(rows.map((r) => txt(r.cells[2]))).toEqual(["Tidak ada indikator yang terhubung", "Tidak ada indikator yang terhubung"]);
    expect(rows[0].cells[6].kind).toBe("kosong");
  });

  test("two indicators of one kegiatan share its merged budget cells", () => {
    const m = bapasModel();
    m.indikator[3].kegiatan = [{ text: KEGIATAN.wilayah, ref: null }];
    const rows = table(buildReport(m, settings()), "efisiensi").rows;
    expect(rows[0].rowSpans).toEqual([0, 1, 3, 4, 5].map((col) => ({ col, rows: 2 })));
    expect(rows[1].cells[3].kind).toBe("gabung");
    expect(txt(rows[1].cells[2])).toMatch(/^3\.1 /);
  });
});
