// A Kanwil's per-unit tables: one row per UPT and indicator (each row an indicator of its UPT,
// never merged with another UPT's, never a duplicate or a conflict), and budgets per UPT with
// pagu per jenis belanja (a "unit" line with the totals and one "jenis-belanja" line per jenis,
// counted once in the report and the recap). UPT names and figures shaped like the Kanwil
// Jawa Tengah fixture; indicators from the Bapas Magelang reference.
import ExcelJS from "exceljs";
import { kanwilWorkbook } from "../../bench/workbooks";
import { INDIKATOR, unitNama } from "../../bench/units";
import type { CellValue, Indikator, SakipModel } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { runChecks } from "../../src/checks";
import { buildRekap } from "../../src/consolidate";
import { buildReport } from "../../src/report";
import { indikatorKey } from "../../src/workbook/match";
import { buildModel } from "../../src/workbook/read-model";
import { readXlsx } from "../../src/xlsx";
import { I, num, sheet, type SheetOptions } from "./grids";

const MAGELANG = "Bapas Kelas II Magelang";
const PATI = "Bapas Kelas II Pati";
const TITLE: CellValue[][] = [["KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH"], ["CAPAIAN KINERJA UPT TAHUN 2025"], []];

/** [unit, indicator, target, realisasi s.d. TW IV] of every layout below. */
const WANT: [string, string, number, number][] = [
  [MAGELANG, I.tahanan, 0.025, 0.02],
  [MAGELANG, I.abh, 0.75, 1],
  [PATI, I.tahanan, 0.05, 0.042],
  [PATI, I.abh, 0.8, 0.85],
];

const LAYOUTS: [string, CellValue[][], SheetOptions][] = [
  [
    "the unit on every row",
    [
      ...TITLE,
      ["No", "Unit Kerja", "Indikator", "Satuan", "Target", "Realisasi s.d. TW IV"],
      [1, MAGELANG, I.tahanan, "%", "2,5%", "2%"],
      [2, MAGELANG, I.abh, "%", "75%", "100%"],
      [3, PATI, I.tahanan, "%", "5%", "4,2%"],
      [4, PATI, I.abh, "%", "80%", "85%"],
    ],
    {},
  ],
  [
    "the unit merged down over its indicators",
    [
      ...TITLE,
      ["NO", "UPT", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI S.D. TW IV"],
      [1, MAGELANG, I.tahanan, "%", "2,5%", "2%"],
      [2, null, I.abh, "%", "75%", "100%"],
      [3, PATI, I.tahanan, "%", "5%", "4,2%"],
      [4, null, I.abh, "%", "80%", "85%"],
    ],
    { merges: ["B5:B6", "B7:B8"] },
  ],
  [
    "the unit written once and left blank below",
    [
      ...TITLE,
      ["No", "Satuan Kerja", "Indikator Kinerja", "Target", "Realisasi s.d. TW IV"],
      [1, MAGELANG, I.tahanan, 0.025, 0.02],
      [2, null, I.abh, 0.75, 1],
      [3, PATI, I.tahanan, 0.05, 0.042],
      [4, null, I.abh, 0.8, 0.85],
    ],
    { formats: { D5: "0.0%", E5: "0%", D6: "0%", E6: "0%", D7: "0%", E7: "0.0%", D8: "0%", E8: "0%" } },
  ],
  [
    "the indicator merged down over its units",
    [
      ...TITLE,
      ["No", "Indikator Kinerja", "Satuan", "Unit Kerja", "Target", "Realisasi s.d. TW IV"],
      [1, I.tahanan, "%", MAGELANG, "2,5%", "2%"],
      [null, null, null, PATI, "5%", "4,2%"],
      [2, I.abh, "%", MAGELANG, "75%", "100%"],
      [null, null, null, PATI, "80%", "85%"],
    ],
    { merges: ["A5:A6", "B5:B6", "C5:C6", "A7:A8", "B7:B8", "C7:C8"] },
  ],
];

const year = (ind: Indikator): number | null => num(ind.realisasi.find((e) => e.periode === "TW4")?.nilai);
const byUnit = (m: SakipModel) =>
  m.indikator.map((i) => [i.unit, i.uraian, num(i.target), year(i)]).sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

describe.each(LAYOUTS)("per-unit indicator table: %s", (_name, rows, opts) => {
  const m = buildModel([sheet("Kinerja UPT", rows, opts)]);

  test("one indicator per UPT and indicator, with the row's figures", () => {
    expect(m.tables.map((t) => t.kind)).toEqual(["kinerja"]);
    expect(byUnit(m)).toEqual([...WANT].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)));
  });

  test("the same indicator of two UPTs: two keys, no conflict, one source each", () => {
    expect(new Set(m.indikator.map((i) => i.key)).size).toBe(4);
    for (const ind of m.indikator) {
      expect(ind.key).toBe(indikatorKey(ind.uraian, ind.unit));
      expect(ind.conflicts).toEqual([]);
      expect(ind.sources).toHaveLength(1);
    }
  });

  test("no duplicate-indicator and no conflict among the findings", () => {
    const rules = runChecks(m, DEFAULT_SETTINGS).map((f) => f.rule);
    expect(rules).not.toContain("duplicate-indicator");
  });
});

describe("per-unit indicators across tables", () => {
  const targets = sheet("Target UPT", LAYOUTS[0][1]);
  // The same UPTs written in capitals, an indicator reworded: still the same UPT's indicator.
  const realisasi = sheet("Realisasi UPT", [
    ["REALISASI KINERJA UPT TAHUN 2025"],
    [],
    ["No", "Unit Kerja", "Indikator Kinerja", "Realisasi s.d. TW II"],
    [1, "BAPAS KELAS II  MAGELANG", "Persentase Tahanan yang Mendapatkan Pendampingan", "1,1%"],
    [2, "BAPAS KELAS II PATI", "Persentase Tahanan yang Mendapatkan Pendampingan", "2,3%"],
  ]);
  const own = sheet("PK Kanwil", [
    ["PERJANJIAN KINERJA KANTOR WILAYAH TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Target"],
    [1, I.tahanan, "10%"],
  ]);
  const m = buildModel([targets, realisasi, own]);

  test("rows of the same UPT are merged by near wording; other UPTs' and the Kanwil's own stay apart", () => {
    const tw2 = (i: Indikator) => num(i.realisasi.find((e) => e.periode === "TW2")?.nilai);
    const rows = m.indikator.map((i) => [i.unit ?? null, i.uraian.slice(0, 30), num(i.target), tw2(i), i.conflicts.length]);
    expect(rows).toEqual([
      [MAGELANG, I.tahanan.slice(0, 30), 0.025, 0.011, 0],
      [MAGELANG, I.abh.slice(0, 30), 0.75, null, 0],
      [PATI, I.tahanan.slice(0, 30), 0.05, 0.023, 0],
      [PATI, I.abh.slice(0, 30), 0.8, null, 0],
      [null, I.tahanan.slice(0, 30), 0.1, null, 0],
    ]);
  });

  test("a unit column naming one unit throughout: the workbook's own indicators", () => {
    const one = buildModel([
      sheet("Capaian", [
        ["No", "Unit Kerja", "Indikator Kinerja", "Target"],
        [1, MAGELANG, I.tahanan, "2,5%"],
        [2, MAGELANG, I.abh, "75%"],
      ]),
      own,
    ]);
    expect(one.indikator.map((i) => [i.unit, i.key])).toEqual([
      [undefined, indikatorKey(I.tahanan)],
      [undefined, indikatorKey(I.abh)],
    ]);
    // Its first row and the Kanwil's PK are one indicator: a conflict on the target, as ever.
    expect(one.indikator[0].conflicts.map((c) => c.field)).toEqual(["target"]);
  });

  test("the same UPT and indicator twice in one table is a duplicate", () => {
    const rows = [...LAYOUTS[0][1], [5, PATI, I.abh, "%", "80%", "85%"]];
    const findings = runChecks(buildModel([sheet("Kinerja UPT", rows)]), DEFAULT_SETTINGS).filter((f) => f.rule === "duplicate-indicator");
    expect(findings.map((f) => f.cell)).toEqual(["C9"]);
  });
});

describe("kanwilWorkbook(3) through the xlsx gateway, the model and the recap", () => {
  let m: SakipModel;
  beforeAll(async () => {
    const wb: ExcelJS.Workbook = kanwilWorkbook(3);
    m = buildModel((await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).grids);
  });

  test("30 indicators for each of the 3 UPTs, with their sasaran, polarity and quarters", () => {
    expect(m.indikator).toHaveLength(90);
    const units = [0, 1, 2].map(unitNama);
    expect([...new Set(m.indikator.map((i) => i.unit))]).toEqual(units);
    for (const u of units) {
      const own = m.indikator.filter((i) => i.unit === u);
      expect(own.map((i) => i.uraian)).toEqual(INDIKATOR.map((s) => s.uraian));
      expect(own.map((i) => i.polaritas)).toEqual(INDIKATOR.map((s) => (s.polaritas === "Negatif" ? "negatif" : "positif")));
      expect(own.every((i) => i.kumulatif === true && i.realisasi.length === 4 && i.conflicts.length === 0)).toBe(true);
    }
  });

  test("the recap of the Kanwil alone: one block and one ranking row per UPT", () => {
    const settings = { ...DEFAULT_SETTINGS };
    const rekap = buildRekap([{ file: "kanwil.xlsx", model: m, findings: runChecks(m, settings) }], settings);
    const units = [0, 1, 2].map(unitNama);
    expect([...new Set(rekap.indikator.map((r) => r.unit))]).toEqual(units);
    expect(rekap.ranking.map((r) => r.unit).sort()).toEqual([...units].sort());
    expect(rekap.ranking.every((r) => r.indikator === 30 && r.peringkat !== null && r.serapan !== null)).toBe(true);
    expect(rekap.anggaran.map((a) => a.unit)).toEqual(units);
    // Each UPT's serapan in the ranking is its own budget's.
    for (const r of rekap.ranking) {
      const a = rekap.anggaran.find((x) => x.unit === r.unit)!;
      expect(r.serapan).toBeCloseTo(a.realisasi / a.pagu, 12);
    }
  });
});

describe("per-unit budget tables with pagu per jenis belanja", () => {
  const UPT: [string, number, number, number, number][] = [
    // unit, pegawai, barang, modal, realisasi
    [MAGELANG, 3190965000, 1183108000, 0, 3817025712],
    ["Rutan Kelas IIB Purworejo", 4327073000, 1284708000, 0, 5293032000],
  ];
  const total = (u: (typeof UPT)[number]) => u[1] + u[2] + u[3];
  const TABLES: [string, CellValue[][], SheetOptions, { realisasiJenis: boolean; unitLine: boolean }][] = [
    [
      "one header row, Total Pagu after the jenis",
      [
        ["REKAPITULASI PAGU DAN REALISASI ANGGARAN PER JENIS BELANJA UPT"],
        ["TAHUN ANGGARAN 2025"],
        [],
        ["NO", "Unit Kerja", "Belanja Pegawai", "Belanja Barang", "Belanja Modal", "Total Pagu", "Realisasi", "%"],
        ...UPT.map((u, i) => [i + 1, u[0], u[1], u[2], u[3], total(u), u[4], u[4] / total(u)]),
        ["TOTAL", null, 7518038000, 2467816000, 0, 9985854000, 9110057712, 9110057712 / 9985854000],
      ],
      { merges: ["A7:B7"], formats: { H5: "0.00%", H6: "0.00%", H7: "0.00%" } },
      { realisasiJenis: false, unitLine: true },
    ],
    [
      "PAGU and REALISASI over the jenis and a Jumlah",
      [
        ["REALISASI ANGGARAN PER JENIS BELANJA UPT TAHUN 2025"],
        [],
        ["No", "UPT", "PAGU", null, null, null, "REALISASI", null, null, null],
        [null, null, "Belanja Pegawai (51)", "Belanja Barang (52)", "Belanja Modal (53)", "Jumlah", "Belanja Pegawai (51)", "Belanja Barang (52)", "Belanja Modal (53)", "Jumlah"],
        ...UPT.map((u, i) => [i + 1, u[0], u[1], u[2], u[3], total(u), u[4] - 1000000000, 1000000000, 0, u[4]]),
      ],
      { merges: ["A3:A4", "B3:B4", "C3:F3", "G3:J3"] },
      { realisasiJenis: true, unitLine: true },
    ],
    [
      "pagu and realisasi per jenis only, as text",
      [
        ["ANGGARAN UPT TAHUN 2025"],
        [],
        ["No", "Nama UPT", "Pagu Belanja Pegawai", "Pagu Belanja Barang", "Pagu Belanja Modal", "Realisasi Belanja Pegawai", "Realisasi Belanja Barang", "Realisasi Belanja Modal"],
        ...UPT.map((u, i) => [i + 1, u[0], ...[u[1], u[2], u[3], u[4] - 1000000000, 1000000000, 0].map((v) => `Rp ${v.toLocaleString("de-DE")},-`)]),
      ],
      {},
      { realisasiJenis: true, unitLine: false },
    ],
  ];

  describe.each(TABLES)("%s", (_name, rows, opts, shape) => {
    const m = buildModel([sheet("Anggaran UPT", rows, opts)]);

    test("a unit line with the UPT's totals and one line per jenis belanja", () => {
      const want = UPT.flatMap((u) => [
        ...(shape.unitLine ? [["unit", u[0], u[0], total(u), u[4]]] : []),
      ]);
      const jenis = UPT.flatMap((u) => [
        ["jenis-belanja", "51 Belanja Pegawai", u[0], u[1], shape.realisasiJenis ? u[4] - 1000000000 : null],
        ["jenis-belanja", "52 Belanja Barang", u[0], u[2], shape.realisasiJenis ? 1000000000 : null],
        ["jenis-belanja", "53 Belanja Modal", u[0], u[3], shape.realisasiJenis ? 0 : null],
      ]);
      expect(m.anggaran.map((a) => [a.kind, a.uraian, a.unit, num(a.pagu), num(a.realisasi)])).toEqual([...want, ...jenis]);
      expect(m.anggaran.every((a) => a.tahun === 2025)).toBe(true);
    });

    test("the recap: one row per UPT from its jenis belanja, totals counted once", () => {
      const rekap = buildRekap([{ file: "kanwil.xlsx", model: m, findings: [] }], DEFAULT_SETTINGS);
      expect(rekap.jenis).toEqual(["51", "52", "53"]);
      expect(rekap.anggaran.map((a) => [a.unit, a.dariJenis, a.pagu, a.realisasi, a.jenis["51"]?.pagu, a.jenis["53"]?.pagu])).toEqual(
        UPT.map((u) => [u[0], true, total(u), u[4], u[1], u[3]]),
      );
    });

    test("the report's own budget tables leave the UPTs' lines out", () => {
      const report = buildReport(m, DEFAULT_SETTINGS);
      const jenis = report.tables.find((t) => t.id === "anggaran-jenis-belanja")!;
      expect(jenis.rows).toEqual([]);
    });
  });

  test("the workbook's own jenis belanja table beside the UPTs': only its own lines, its own TOTAL", () => {
    const m = buildModel([
      sheet("Anggaran UPT", TABLES[0][1], TABLES[0][2]),
      sheet("Anggaran Kanwil", [
        ["REALISASI ANGGARAN KANTOR WILAYAH TAHUN 2025"],
        [],
        ["Akun 2 Digit", "Alokasi Anggaran", "Realisasi Anggaran", "Persentase"],
        ["51 Belanja Pegawai", 12640550000, 12500000000, "98,89 %"],
        ["52 Belanja Barang", 7208990000, 7000000000, "97,10 %"],
      ]),
    ]);
    const report = buildReport(m, DEFAULT_SETTINGS);
    const jenis = report.tables.find((t) => t.id === "anggaran-jenis-belanja")!;
    const cells = jenis.rows.map((r) => r.cells.slice(1, 3).map((c) => (c.kind === "teks" ? c.text : c.kind === "rupiah" ? c.value : c.kind)));
    expect(cells).toEqual([
      ["51 Belanja Pegawai", 12640550000],
      ["52 Belanja Barang", 7208990000],
      ["TOTAL", 19849540000],
    ]);
  });

  test("a UPT written once over its kegiatan rows: every line is that UPT's", () => {
    const m = buildModel([
      sheet(
        "Anggaran UPT",
        [
          ["REALISASI ANGGARAN UPT TAHUN 2025"],
          [],
          ["No", "Unit Kerja", "Kegiatan", "Pagu", "Realisasi"],
          [1, MAGELANG, "Layanan Dukungan Manajemen Internal", 3190965000, 3125996383],
          [2, null, "Layanan Bimbingan Kemasyarakatan", 1183108000, 691029329],
          [3, PATI, "Layanan Dukungan Manajemen Internal", 3012540000, 2990000000],
          [4, null, "Layanan Bimbingan Kemasyarakatan", 1045230000, 934269905],
        ],
        { merges: ["B4:B5", "B6:B7"] },
      ),
    ]);
    expect(m.anggaran.map((a) => [a.kind, a.unit, a.uraian])).toEqual([
      ["unit", MAGELANG, "Layanan Dukungan Manajemen Internal"],
      ["unit", MAGELANG, "Layanan Bimbingan Kemasyarakatan"],
      ["unit", PATI, "Layanan Dukungan Manajemen Internal"],
      ["unit", PATI, "Layanan Bimbingan Kemasyarakatan"],
    ]);
    const rekap = buildRekap([{ file: "kanwil.xlsx", model: m, findings: [] }], DEFAULT_SETTINGS);
    expect(rekap.anggaran.map((a) => [a.unit, a.pagu, a.realisasi])).toEqual([
      [MAGELANG, 4374073000, 3817025712],
      [PATI, 4057770000, 3924269905],
    ]);
  });

  test("checks: a Total Pagu that is not the sum of its jenis is a total-mismatch; the clean table has none", () => {
    const [, rows, opts] = TABLES[0];
    const clean = runChecks(buildModel([sheet("Anggaran UPT", rows, opts)]), DEFAULT_SETTINGS);
    expect(clean.filter((f) => f.severity !== "info")).toEqual([]);
    const slipped = rows.map((r) => [...r]);
    slipped[4][5] = 4374703000;
    const rules = runChecks(buildModel([sheet("Anggaran UPT", slipped, opts)]), DEFAULT_SETTINGS).map((f) => `${f.rule}@${f.cell}`);
    expect(rules).toContain("total-mismatch@F5");
  });
});
