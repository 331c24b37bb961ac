// The recap's pure parts: which budget lines make a unit's totals, the RB plan per month, the
// ranking rule, unit names, and to which unit each finding belongs.
import type { AnggaranLine } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildRekap, unitName } from "../../src/consolidate";
import { unitBudget } from "../../src/consolidate/anggaran";
import { rbOf } from "../../src/consolidate/rb";
import { rank, type RankInput } from "../../src/consolidate/ranking";
import { finding, line, model, table } from "./build";

describe("unitBudget: one level of lines, the most complete one", () => {
  const kegiatan = [line("kegiatan", "Layanan Perkantoran", 600, 500), line("kegiatan", "Layanan Registrasi", 400, 300)];
  const jenis = [line("jenis-belanja", "51 Belanja Pegawai", 700, 600), line("jenis-belanja", "52 Belanja Barang", 300, 200)];
  const cases: [string, AnggaranLine[], { pagu: number; realisasi: number; rincian: string; jenis?: object }][] = [
    ["kegiatan only", kegiatan, { pagu: 1000, realisasi: 800, rincian: "2 baris kegiatan" }],
    [
      "kegiatan and a complete jenis belanja table: the jenis breakdown",
      [...kegiatan, ...jenis],
      { pagu: 1000, realisasi: 800, rincian: "2 baris jenis belanja", jenis: { "51": { pagu: 700, realisasi: 600 }, "52": { pagu: 300, realisasi: 200 } } },
    ],
    ["a programme over its kegiatan is not counted twice", [line("program", "Program Dukungan Manajemen", 1000, 800), ...kegiatan], { pagu: 1000, realisasi: 800, rincian: "2 baris kegiatan" }],
    ["a partial output level loses to the complete kegiatan", [line("output", "Layanan Perkantoran (RO)", 600, 500), ...kegiatan], { pagu: 1000, realisasi: 800, rincian: "2 baris kegiatan" }],
    ["last year's lines are left out", [...kegiatan, line("kegiatan", "Layanan Perkantoran", 900, 900, { tahun: 2024 })], { pagu: 1000, realisasi: 800, rincian: "2 baris kegiatan" }],
    [
      "jenis by words when the account code is missing",
      [line("jenis-belanja", "Belanja Modal", 50, 10), line("jenis-belanja", "Belanja Bantuan Sosial", 20, 20)],
      { pagu: 70, realisasi: 30, rincian: "2 baris jenis belanja", jenis: { "53": { pagu: 50, realisasi: 10 }, "57": { pagu: 20, realisasi: 20 } } },
    ],
    [
      "a pagu-only breakdown takes the realisasi of the line with the same pagu (Kanwil per UPT)",
      [line("jenis-belanja", "Belanja Pegawai", 700, null), line("jenis-belanja", "Belanja Barang", 300, null), line("unit", "Lapas X", 1000, 950)],
      { pagu: 1000, realisasi: 950, rincian: "2 baris jenis belanja", jenis: { "51": { pagu: 700, realisasi: null }, "52": { pagu: 300, realisasi: null } } },
    ],
  ];
  test.each(cases)("%s", (_, lines, e) => {
    const b = unitBudget(lines, 2025);
    expect(b).not.toBeNull();
    expect({ pagu: b!.pagu, realisasi: b!.realisasi, rincian: b!.rincian }).toEqual({ pagu: e.pagu, realisasi: e.realisasi, rincian: e.rincian });
    expect(b!.jenis).toEqual(e.jenis ?? {});
    expect(b!.dariJenis).toBe(e.jenis !== undefined);
  });

  test("no line with a pagu: no budget", () => {
    expect(unitBudget([line("kegiatan", "Layanan Perkantoran", null, 10)], 2025)).toBeNull();
  });
});

describe("rbOf: target and realisasi per reporting month", () => {
  const monthCols = [
    { role: "target" as const, periode: "B03" },
    { role: "realisasi" as const, periode: "B03" },
    { role: "capaian" as const, periode: "B03" },
    { role: "target" as const, periode: "B06" },
    { role: "realisasi" as const, periode: "B06" },
  ];

  test("a unit's own action plan is summed over its actions; TOTAL rows are not added", () => {
    const t = table("Rencana Aksi RB", "rencana-aksi", [{ role: "no" }, { role: "rencana-kegiatan" }, ...monthCols], [
      { cells: [1, "SOP", 2, 2, 1, 4, 3] },
      { cells: [2, "Survei", 3, 2, 0.67, 5, 5] },
      { kind: "total", cells: [null, "JUMLAH", 5, 4, 0.8, 9, 8] },
    ]);
    const rb = rbOf([t]);
    expect(rb.own).toEqual({ B03: { target: 5, realisasi: 4 }, B06: { target: 9, realisasi: 8 } });
    expect(rb.perUnit.size).toBe(0);
  });

  test("a Kanwil's per-unit table gives one plan per UPT", () => {
    const t = table("RB per UPT", "per-unit", [{ role: "no" }, { role: "unit" }, ...monthCols], [
      { cells: [1, "Lapas A", 36, 36, 1, 72, 70] },
      { cells: [2, "Rutan B", 30, 29, 0.97, 60, 60] },
    ]);
    const rb = rbOf([t]);
    expect(rb.own).toBeNull();
    expect([...rb.perUnit]).toEqual([
      ["Lapas A", { B03: { target: 36, realisasi: 36 }, B06: { target: 72, realisasi: 70 } }],
      ["Rutan B", { B03: { target: 30, realisasi: 29 }, B06: { target: 60, realisasi: 60 } }],
    ]);
  });

  test("PK indicators with monthly figures are not an RB plan, unless the sheet says RB", () => {
    const rows = [{ cells: [1, "Persentase layanan", 0.5, 0.4, 0.8, 1, 0.9] }];
    const cols = [{ role: "no" as const }, { role: "indikator" as const }, ...monthCols];
    expect(rbOf([table("Realisasi Bulanan", "kinerja", cols, rows)]).own).toBeNull();
    expect(rbOf([table("Realisasi Bulanan", "kinerja", cols, rows, ["RENCANA AKSI REFORMASI BIROKRASI 2025"])]).own).toEqual({
      B03: { target: 0.5, realisasi: 0.4 },
      B06: { target: 1, realisasi: 0.9 },
    });
    // Quarters are not reporting months.
    const tw = table("X", "rencana-aksi", [{ role: "rencana-kegiatan" }, { role: "target", periode: "TW1" }, { role: "realisasi", periode: "TW1" }], [{ cells: ["SOP", 1, 1] }]);
    expect(rbOf([tw]).own).toBeNull();
  });
});

describe("rank: mean capaian after the cap, then tercapai, then name", () => {
  const row = (unit: string, rataCapaian: number | null, tercapai: number): RankInput => ({
    unit,
    indikator: 30,
    terukur: rataCapaian === null ? 0 : 30,
    tercapai,
    rataCapaian,
    serapan: null,
    galat: 0,
  });

  test.each([
    ["higher mean first", [row("B", 0.9, 20), row("A", 0.95, 10)], ["A", "B"]],
    ["equal means: more tercapai first", [row("A", 0.9, 10), row("B", 0.9, 12)], ["B", "A"]],
    ["equal means and tercapai: by name", [row("Rutan", 0.9, 10), row("Lapas", 0.9, 10)], ["Lapas", "Rutan"]],
    // 0.1 + 0.2 vs 0.3: the same capaian summed in another order is still a tie.
    ["float noise is a tie", [row("A", (0.1 + 0.2) / 3, 5), row("B", 0.3 / 3, 6)], ["B", "A"]],
  ] as [string, RankInput[], string[]][])("%s", (_, rows, order) => {
    const r = rank(rows);
    expect(r.map((x) => x.unit)).toEqual(order);
    expect(r.map((x) => x.peringkat)).toEqual([1, 2]);
  });

  test("units without a scorable indicator come last, unranked", () => {
    const r = rank([row("Z", null, 0), row("A", null, 0), row("M", 0.5, 0)]);
    expect(r.map((x) => [x.unit, x.peringkat])).toEqual([
      ["M", 1],
      ["A", null],
      ["Z", null],
    ]);
  });
});

describe("buildRekap: names, budgets and findings per unit", () => {
  test("the workbook's unit name, else the file name; a second workbook of the same unit stays apart", () => {
    const rekap = buildRekap(
      [
        { file: "/data/upt/lapas-semarang.xlsx", model: model({ unit: { nama: " LAPAS KELAS I SEMARANG ", tahun: 2025 } }), findings: [] },
        { file: "C:\\data\\Rutan Demak.XLSX", model: model(), findings: [] },
        { file: "/data/upt/lapas-semarang-revisi.xlsx", model: model({ unit: { nama: "Lapas Kelas I Semarang", tahun: 2025 } }), findings: [] },
      ],
      DEFAULT_SETTINGS,
    );
    expect(rekap.units).toEqual(["LAPAS KELAS I SEMARANG", "Rutan Demak", "Lapas Kelas I Semarang (lapas-semarang-revisi)"]);
    expect(unitName({ file: "x/y/z.xlsx", model: model(), findings: [] })).toBe("z");
  });

  test("a Kanwil workbook: a row per UPT; a finding on a UPT's row belongs to that UPT", () => {
    const perUnit = table("Anggaran per UPT", "per-unit", [{ role: "no" }, { role: "unit" }, { role: "pagu" }, { role: "realisasi-anggaran" }], [
      { cells: [1, "Lapas A", 1000, 900] },
      { cells: [2, "Rutan B", 500, 400] },
      { kind: "total", cells: [null, "TOTAL", 1600, 1300] },
    ]);
    const m = model({
      unit: { nama: "KANWIL JAWA TENGAH", tahun: 2025 },
      tables: [perUnit],
      anggaran: [line("unit", "Lapas A", 1000, 900, { unit: "Lapas A" }), line("unit", "Rutan B", 500, 400, { unit: "Rutan B" })],
    });
    // Rows are 0-based in tables: row 2 is "Rutan B" on sheet row 3; row 3 the TOTAL on sheet row 4.
    const findings = [finding("serapan-low", "Anggaran per UPT", "E3", "info"), finding("total-mismatch", "Anggaran per UPT", "C4")];
    const rekap = buildRekap([{ file: "kanwil.xlsx", model: m, findings }], DEFAULT_SETTINGS);
    expect(rekap.anggaran.map((a) => [a.unit, a.pagu, a.realisasi])).toEqual([
      ["Lapas A", 1000, 900],
      ["Rutan B", 500, 400],
    ]);
    expect(rekap.findings.map((f) => [f.unit, f.finding.rule])).toEqual([
      ["Rutan B", "serapan-low"],
      ["KANWIL JAWA TENGAH", "total-mismatch"],
    ]);
  });

  test("a unit's stated TOTAL that is not the sum of its rows shows on its budget row", () => {
    const t = table("Anggaran 2025", "anggaran", [{ role: "kegiatan" }, { role: "pagu" }, { role: "realisasi-anggaran" }], [
      { cells: ["Layanan Perkantoran", 600, 500] },
      { cells: ["Layanan Registrasi", 400, 300] },
      { kind: "total", cells: ["TOTAL", 1100, 800] },
    ]);
    const m = model({ unit: { nama: "RUTAN DEMAK", tahun: 2025 }, tables: [t], anggaran: [line("kegiatan", "Layanan Perkantoran", 600, 500), line("kegiatan", "Layanan Registrasi", 400, 300)] });
    const wrong = finding("total-mismatch", "Anggaran 2025", "B4");
    const rekap = buildRekap([{ file: "demak.xlsx", model: m, findings: [wrong, finding("capaian-mismatch", "Capaian", "F5")] }], DEFAULT_SETTINGS);
    expect(rekap.anggaran).toHaveLength(1);
    expect(rekap.anggaran[0].pagu).toBe(1000);
    expect(rekap.anggaran[0].selisih).toEqual([wrong]);
    expect(rekap.ranking[0]).toMatchObject({ unit: "RUTAN DEMAK", galat: 2, serapan: 0.8, peringkat: null });
  });

  test("skipped files are kept in the recap, in order", () => {
    const rekap = buildRekap([{ file: "a.xlsx", model: model(), findings: [] }], DEFAULT_SETTINGS, [{ file: "b.xlsx", message: "Berkas kosong (0 byte): b.xlsx" }]);
    expect(rekap.skipped).toEqual([{ file: "b.xlsx", message: "Berkas kosong (0 byte): b.xlsx" }]);
  });
});
