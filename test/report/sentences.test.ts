// Every sentence of every report is clean (no NaN/undefined/null/{…}) and every number in it
// is a figure of the data, a value the report computed into its tables, or a rule constant.
import fc from "fast-check";
import type { AnggaranLine, Figure, Indikator, SakipModel, Settings } from "../../src/core/model";
import { buildReport, leakIn, planNarasi, planRingkasan } from "../../src/report";
import { indikatorKey } from "../../src/workbook/match";
import { allowedNumbers, expectCleanReport, numbersIn, unexplained } from "./sentences";
import { PITA, bapasModel, indikator, model, settings } from "./builders";

function check(m: SakipModel, s: Settings): void {
  expectCleanReport(m, s);
}

describe("the guard", () => {
  test.each([
    ["sebesar NaN%", "NaN"],
    ["target undefined", "undefined"],
    ["realisasi null", "null"],
    ["capaian Infinity%", "Infinity"],
    ["uraian [object Object]", "[object …]"],
    ["nilai {x}", "{…}"],
    ["serapan #DIV/0!", "Excel error"],
  ])("finds %p", (text, what) => {
    expect(leakIn(text)).toBe(what);
  });

  test("passes clean Indonesian text and the [isi …] placeholders", () => {
    expect(leakIn("Capaian 80%, predikat Memuaskan. [isi analisis penyebab keberhasilan/kegagalan serta alternatif solusi]")).toBeNull();
    expect(leakIn("Nilai nol bukan null-hipotesis")).toBe("null");
  });

  test("the number check catches a number that is not in the data", () => {
    const m = bapasModel();
    const r = buildReport(m, settings());
    const allowed = allowedNumbers(m, r, settings());
    expect(unexplained("Realisasi sebesar 2% dari target 2,5% dengan capaian 80%.", allowed)).toEqual([]);
    expect(unexplained("Realisasi sebesar 2,7% dari target 2,5%.", allowed)).toEqual(["2,7"]);
    expect(unexplained("pagu Rp 3.971.227.001", allowed)).toEqual(["3.971.227.001"]);
    expect(numbersIn("Tabel 3.1 memuat 95,39% dan 0,53 poin persen")).toEqual([
      { text: "95,39", value: 95.39, decimals: 2, percent: true },
      { text: "0,53", value: 0.53, decimals: 2, percent: true },
    ]);
  });
});

describe("reports of hand-made models", () => {
  test.each([
    ["the reference LKjIP", bapasModel(), settings()],
    ["without cap, ratio formula", bapasModel(), settings({ batas: 0, polaritasNegatif: "negatif-rasio" })],
    ["mid-year", bapasModel(), settings({ periode: "TW2" })],
    ["an empty workbook", model({ unit: { nama: null, tahun: null } }), settings()],
    ["indicators without budget", model({ indikator: bapasModel().indikator }), settings()],
  ])("%s", (_name, m, s) => check(m, s));

  test("the sheet plans hold no leaked value either", () => {
    const r = buildReport(bapasModel(), settings());
    for (const plan of [planRingkasan(r), planNarasi(r)])
      for (const row of plan.rows)
        for (const c of row) if (c && typeof c.v === "string") expect([c.v, leakIn(c.v)]).toEqual([c.v, null]);
  });
});

// Random models: any mix of missing, zero, negative-polarity, capped, unit-word figures.
const SASARAN = ["Meningkatnya layanan", "Menurunnya gangguan keamanan", "Meningkatnya tata kelola"];
const KEGIATAN = ["Penyelenggaraan Pemasyarakatan di Wilayah", "Dukungan Manajemen dan Teknis Lainnya"];

function figure(value: number | null, unit: string | null): Figure | null {
  if (value === null) return null;
  return { status: "ok", value, unit, percent: unit === "%", decimals: null, raw: value, ref: { sheet: "Acak", cell: "A1" } };
}

const arbFigure = (unit: string | null) =>
  fc.option(unit === "%" ? fc.integer({ min: 0, max: 15000 }).map((n) => n / 10000) : fc.integer({ min: 0, max: 500 }).map((n) => n / 4), { nil: null });

const arbIndikator = fc
  .record({
    uraian: fc.constantFrom("Persentase klien patuh", "Jumlah pelarian", "Indeks kepuasan layanan", "Layanan dukungan 24 jam"),
    sasaran: fc.option(fc.constantFrom(...SASARAN), { nil: null }),
    satuan: fc.constantFrom("%", null, "Layanan", "Indeks"),
    polaritas: fc.constantFrom("positif" as const, "negatif" as const, "negatif-rasio" as const),
    keterangan: fc.option(fc.constantFrom("Dukungan mitra kerja sejak 2023 meningkat.", "Sarana terbatas."), { nil: null }),
    kegiatan: fc.option(fc.constantFrom(...KEGIATAN, "Layanan Pendampingan Peradilan"), { nil: null }),
    tahunLalu: fc.option(fc.constantFrom(2023, 2024, null), { nil: undefined }),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      target: arbFigure(base.satuan),
      realisasi: arbFigure(base.satuan),
      pembilang: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
      penyebut: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
      renstra: arbFigure(base.satuan),
      standar: arbFigure(base.satuan),
      lalu: arbFigure(base.satuan),
      targetLalu: arbFigure(base.satuan),
    }),
  )
  .map(({ base, ...f }, ): Indikator => {
    const ind = indikator({ uraian: base.uraian, sasaran: base.sasaran, row: 5, target: null, satuan: base.satuan, polaritas: base.polaritas });
    const unit = base.satuan;
    ind.target = figure(f.target, unit);
    ind.realisasi = [{ periode: "TAHUN", nilai: figure(f.realisasi, unit), pembilang: figure(f.pembilang, null), penyebut: figure(f.penyebut, null) }];
    ind.targetRenstra = f.renstra === null ? [] : [{ tahun: 2029, figure: figure(f.renstra, unit) as Figure }];
    ind.standarNasional = figure(f.standar, unit);
    ind.riwayat =
      base.tahunLalu === undefined || f.lalu === null
        ? []
        : [{ tahun: base.tahunLalu, target: figure(f.targetLalu, unit), realisasi: figure(f.lalu, unit), capaian: null }];
    ind.keterangan = base.keterangan ? [{ text: base.keterangan, ref: null }] : [];
    ind.kegiatan = base.kegiatan ? [{ text: base.kegiatan, ref: null }] : [];
    return ind;
  });

const arbLine = fc
  .record({
    kind: fc.constantFrom("output" as const, "kegiatan" as const, "jenis-belanja" as const, "program" as const),
    uraian: fc.constantFrom("Layanan Dukungan Manajemen Internal", "Belanja Barang", "Program Dukungan Manajemen", ...KEGIATAN),
    kegiatan: fc.option(fc.constantFrom(...KEGIATAN), { nil: null }),
    tahun: fc.constantFrom(2024, 2025, null),
    pagu: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
    realisasi: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
    paguLalu: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
    realisasiLalu: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
  })
  .map(
    (l): AnggaranLine => ({
      kind: l.kind,
      uraian: l.uraian,
      kode: null,
      kegiatan: l.kind === "output" ? l.kegiatan : null,
      unit: null,
      tahun: l.tahun,
      volumeTarget: null,
      volumeRealisasi: null,
      pagu: figure(l.pagu, "Rp"),
      blokir: null,
      realisasi: figure(l.realisasi, "Rp"),
      realisasiTw: [null, null, null, null],
      sisa: null,
      serapanStated: null,
      paguTahunLalu: figure(l.paguLalu, "Rp"),
      realisasiTahunLalu: figure(l.realisasiLalu, "Rp"),
      ref: { sheet: "Anggaran", cell: "B5" },
    }),
  );

const arbSettings = fc.record({
  batas: fc.constantFrom(0, 1.2, 1.5),
  polaritasNegatif: fc.constantFrom("negatif" as const, "negatif-rasio" as const),
  periode: fc.constantFrom("TAHUN" as const, "TW4" as const, "S1" as const),
  tahun: fc.constantFrom(null, 2025),
  pita: fc.constant(PITA),
});

test("random models: clean sentences whose numbers all come from the data", () => {
  fc.assert(
    fc.property(fc.array(arbIndikator, { maxLength: 6 }), fc.array(arbLine, { maxLength: 8 }), arbSettings, fc.constantFrom(2025, null), (ind, lines, s, tahun) => {
      check(model({ unit: { nama: "Lapas Kelas IIA Contoh", tahun }, indikator: ind, anggaran: lines }), s);
    }),
    { numRuns: 200 },
  );
});

// Random Kanwil models: the same random indicators measured on a few UPT (and some the Kanwil's own).
const UPT = ["Lapas Kelas IIA Semarang", "Rutan Kelas I Surakarta", "Lapas Kelas IIB Klaten", "Bapas Kelas I Semarang"];

test("random per-UPT models: clean sentences whose numbers all come from the data or the paragraph's own aggregates", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(arbIndikator, fc.option(fc.constantFrom(...UPT), { nil: null })), { maxLength: 12 }), arbSettings, (rows, s) => {
      const ind = rows.map(([i, unit]) => (unit === null ? i : { ...i, unit, key: indikatorKey(i.uraian, unit) }));
      check(model({ unit: { nama: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah", tahun: 2025 }, indikator: ind }), s);
    }),
    { numRuns: 150 },
  );
});
